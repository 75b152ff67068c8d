#!/usr/bin/env Rscript
# Reference files for DeCommandTest (the `de` command's happy path): a small SYNTHETIC two-factor experiment
# and what DESeq2 makes of it.
# Usage (from the repository root): Rscript scripts/reference/make_de_small.R src/test/resources/expression/de-small
suppressPackageStartupMessages(library(DESeq2))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "src/test/resources/expression/de-small"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

set.seed(7)
genes <- 500
samples <- c("c1_trt", "c1_untrt", "c2_trt", "c2_untrt", "c3_trt", "c3_untrt")
cell <- sub("_.*", "", samples)
dex <- sub(".*_", "", samples)
mean <- exp(rnorm(genes, log(100), 1.5))
disp <- (0.05 + 1 / mean) * exp(rnorm(genes, 0, 0.4))
lfc <- ifelse(runif(genes) < 0.15, rnorm(genes, 0, 1.5), 0)
cell_effect <- matrix(rnorm(genes * 3, 0, 0.3), genes, 3, dimnames = list(NULL, c("c1", "c2", "c3")))
sf <- c(0.9, 1.1, 1.0, 1.3, 0.8, 1.0)
counts <- sapply(seq_along(samples), function(j) {
  mu <- sf[j] * mean * 2^(cell_effect[, cell[j]] + if (dex[j] == "trt") lfc else 0)
  rnbinom(genes, size = 1 / disp, mu = mu)
})
counts[1:3, ] <- 0L                      # all-zero genes: results NA
counts[4, 2] <- counts[4, 2] * 30 + 200  # an outlier (fewer than 7 replicates: flagged, p-value NA)
dimnames(counts) <- list(sprintf("ENSG%011d", seq_len(genes)), samples)
storage.mode(counts) <- "integer"
write.table(data.frame(gene_id = rownames(counts), counts, check.names = FALSE), file.path(out, "counts.tsv"),
            sep = "\t", quote = FALSE, row.names = FALSE)
# the sheet lists the samples in another order and as quoted CSV, as R's write.csv writes it
sheet <- data.frame(sample = samples, cell = cell, dex = dex)[c(4, 1, 6, 3, 5, 2), ]
write.csv(sheet, file.path(out, "samples.csv"), row.names = FALSE)

coldata <- data.frame(cell = factor(cell), dex = factor(dex), row.names = samples)
dds <- DESeqDataSetFromMatrix(counts, coldata, ~ cell + dex)
dds <- DESeq(dds, quiet = TRUE)
res <- results(dds, contrast = c("dex", "trt", "untrt"))
fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write.table(data.frame(gene_id = rownames(res), baseMean = fmt(res$baseMean),
                       log2FoldChange = fmt(res$log2FoldChange), lfcSE = fmt(res$lfcSE), stat = fmt(res$stat),
                       pvalue = fmt(res$pvalue), padj = fmt(res$padj)),
            file.path(out, "deseq2_results.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
write.table(data.frame(sample = colnames(dds), sizeFactor = fmt(sizeFactors(dds))),
            file.path(out, "deseq2_sizeFactors.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
cat("DESeq2", as.character(packageVersion("DESeq2")), "on", R.version.string, "\n")
