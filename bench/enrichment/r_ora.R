# R's time for the same ORA: phyper over every set of the three collections (bench/enrichment/run.sh).
args <- commandArgs(TRUE); dir <- args[1]
read_gmt <- function(path) { p <- strsplit(readLines(path, encoding = "UTF-8"), "\t", fixed = TRUE); s <- lapply(p, function(x) unique(x[-(1:2)])); names(s) <- vapply(p, `[`, "", 1); s }
sets <- c(read_gmt("seed-data/pathways/reactome/ReactomePathways_2025-09-02.gmt"),
          read_gmt("seed-data/pathways/hallmark/h.all.v2023.2.Hs.symbols.gmt"),
          read_gmt("seed-data/pathways/wikipathways/wikipathways-20260610-gmt-Homo_sapiens.gmt"))
sets <- sets[!duplicated(names(sets))]
q <- readLines(file.path(dir, "query.txt")); u <- readLines(file.path(dir, "universe.txt"))
ora <- function() {
  N <- length(u); qq <- intersect(q, u); n <- length(qq)
  K <- vapply(sets, function(s) sum(s %in% u), 0L); k <- vapply(sets, function(s) sum(s %in% qq), 0L)
  keep <- K >= 5 & K <= 500
  p <- phyper(k[keep] - 1, K[keep], N - K[keep], n, lower.tail = FALSE)
  p.adjust(p, "BH")
}
for (i in 1:3) ora()
t <- replicate(20, system.time(ora())[["elapsed"]])
cat(sprintf("| R 4.2.2 ORA (%%in%% + phyper + p.adjust over %d sets) | median of 20: %.1f ms |\n", length(sets), 1000 * median(t)))
