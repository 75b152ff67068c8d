#!/usr/bin/env Rscript
# Benchmark inputs (SYNTHETIC): negative-binomial counts for two groups, design ~ condition.
#   g60000_s24:  60,000 genes x 24 samples (12 vs 12), a GENCODE-sized table with many barely expressed genes
#   g20000_s200: 20,000 genes x 200 samples (100 vs 100), where DESeq2 replaces Cook's outliers (>= 7 replicates)
#   g60000_s4:   60,000 genes x 4 samples (2 vs 2): 2 residual degrees of freedom, where DESeq2 estimates the
#                dispersion prior's variance by its seeded simulation (estimateDispersionsPriorVar)
# Usage: Rscript bench/de/make_synthetic.R OUT_DIR   (run.sh uses bench/out/de/data, which git ignores)
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: make_synthetic.R OUT_DIR")
out <- args[1]

make <- function(name, genes, samples, seed) {
  set.seed(seed)
  dir <- file.path(out, name)
  dir.create(dir, showWarnings = FALSE, recursive = TRUE)
  mean <- exp(rnorm(genes, log(60), 2.2))             # wide: many near-zero genes, a few very high
  disp <- (0.04 + 1 / mean) * exp(rnorm(genes, 0, 0.5))
  lfc <- ifelse(runif(genes) < 0.1, rnorm(genes, 0, 1.2), 0)   # 10% of genes differ
  condition <- rep(c("A", "B"), each = samples / 2)
  sf <- exp(rnorm(samples, 0, 0.2))
  ids <- sprintf("GENE%06d", seq_len(genes))
  counts <- vapply(seq_len(samples), function(j) {
    mu <- sf[j] * mean * 2^(if (condition[j] == "B") lfc / 2 else -lfc / 2)
    rnbinom(genes, size = 1 / disp, mu = mu)
  }, numeric(genes))
  storage.mode(counts) <- "integer"
  # a few outliers per sample, like real data, so Cook's distance handling is exercised
  k <- max(1, genes %/% 2000)
  for (j in seq_len(samples)) {
    rows <- sample.int(genes, k)
    counts[rows, j] <- counts[rows, j] * 20L + 50L
  }
  colnames(counts) <- sprintf("S%03d", seq_len(samples))
  write.table(data.frame(gene_id = ids, counts, check.names = FALSE), file.path(dir, "counts.tsv"),
              sep = "\t", quote = FALSE, row.names = FALSE)
  write.table(data.frame(sample = colnames(counts), condition = condition), file.path(dir, "samples.tsv"),
              sep = "\t", quote = FALSE, row.names = FALSE)
  cat(name, ":", genes, "genes x", samples, "samples ->", dir, "\n")
}

make("g60000_s24", 60000, 24, 60024)
make("g20000_s200", 20000, 200, 20200)
make("g60000_s4", 60000, 4, 60004)
