#!/usr/bin/env Rscript
# Reference over-representation results for EnrichmentFidelityTest, computed directly with base R:
#   p = phyper(k - 1, K, N - K, n, lower.tail = FALSE), padj = p.adjust(p, "BH"),
# N = universe size, K = set size within the universe, n = query genes within the universe, k = overlap;
# sets with K outside [5, 500] are not tested; rows ordered by p-value, then set id (C-locale order).
# Usage (repository root): Rscript scripts/reference/enrichment_reference.R src/test/resources/enrichment
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) == 1) args[1] else "src/test/resources/enrichment"
read_gmt <- function(path) {
  lines <- readLines(path, encoding = "UTF-8")
  lines <- lines[nzchar(lines)]
  parts <- strsplit(lines, "\t", fixed = TRUE)
  sets <- lapply(parts, function(p) unique(p[-(1:2)][nzchar(p[-(1:2)])]))
  # a set is named by its stable id, as GlueGraph names it (pathway/Gmt.java): Reactome's is the second column
  # (R-HSA-...), the others' the first
  ids <- vapply(parts, function(p) if (grepl("^R-[A-Z]{3}-[0-9]+$", p[2])) p[2] else p[1], "")
  names(sets) <- ids
  sets
}
read_genes <- function(path) { g <- trimws(readLines(path)); g[nzchar(g) & !startsWith(g, "#")] }
ora <- function(query, sets, universe = NULL, minSize = 5, maxSize = 500) {
  if (is.null(universe)) universe <- unique(unlist(sets))
  universe <- unique(universe)
  q <- intersect(unique(query), universe)
  N <- length(universe); n <- length(q)
  K <- vapply(sets, function(s) sum(s %in% universe), 0L)
  k <- vapply(sets, function(s) sum(s %in% q), 0L)
  keep <- K >= minSize & K <= maxSize
  p <- phyper(k[keep] - 1, K[keep], N - K[keep], n, lower.tail = FALSE)
  res <- data.frame(id = names(sets)[keep], setSize = K[keep], overlap = k[keep], pValue = p,
                    padj = p.adjust(p, "BH"), stringsAsFactors = FALSE)
  res[order(res$pValue, res$id, method = "radix"), ]
}
out <- function(res, file) {
  res$pValue <- sprintf("%.17g", res$pValue); res$padj <- sprintf("%.17g", res$padj)
  write.table(res, file.path(dir, file), sep = "\t", quote = FALSE, row.names = FALSE)
}
hallmark <- read_gmt("seed-data/pathways/hallmark/h.all.v2023.2.Hs.symbols.gmt")
reactome <- read_gmt("seed-data/pathways/reactome/ReactomePathways_2025-09-02.gmt")
down <- read_genes(file.path(dir, "lenalidomide_down.txt"))
up <- read_genes(file.path(dir, "lenalidomide_up.txt"))
universe <- read_genes(file.path(dir, "universe_demo.txt"))
out(ora(down, hallmark), "ora_down_hallmark.tsv")
out(ora(up, hallmark), "ora_up_hallmark.tsv")
out(ora(down, reactome), "ora_down_reactome.tsv")
out(ora(up, reactome), "ora_up_reactome.tsv")
out(ora(down, hallmark, universe), "ora_down_hallmark_universe.tsv")
# R's own time for the benchmark: all three collections, phyper over every set
writeLines(capture.output(sessionInfo()), file.path(dir, "sessionInfo.txt"))
