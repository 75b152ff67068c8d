#!/usr/bin/env Rscript
# DESeq2 reference run for bench/de/run.sh: read counts and samples, DESeq() + results(), write the table.
# Prints "pipeline_seconds <elapsed>" = system.time() of DESeq() + results() only (reading/writing excluded).
# Usage: Rscript bench_deseq2.R COUNTS SAMPLES DESIGN FACTOR NUMERATOR DENOMINATOR OUT.tsv
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 7) stop("usage: bench_deseq2.R COUNTS SAMPLES DESIGN FACTOR NUMERATOR DENOMINATOR OUT")
suppressPackageStartupMessages(library(DESeq2))
counts <- as.matrix(read.delim(args[1], row.names = 1, check.names = FALSE))
samples <- read.delim(args[2], row.names = 1, check.names = FALSE, colClasses = "character")
samples <- samples[colnames(counts), , drop = FALSE]
for (f in colnames(samples)) samples[[f]] <- factor(samples[[f]])
dds <- DESeqDataSetFromMatrix(counts, samples, as.formula(args[3]))
elapsed <- system.time({
  dds <- DESeq(dds, quiet = TRUE)
  res <- results(dds, contrast = c(args[4], args[5], args[6]))
})[["elapsed"]]
out <- data.frame(gene_id = rownames(res), baseMean = res$baseMean, log2FoldChange = res$log2FoldChange,
                  lfcSE = res$lfcSE, stat = res$stat, pvalue = res$pvalue, padj = res$padj)
write.table(out, args[7], sep = "\t", quote = FALSE, row.names = FALSE)
cat("pipeline_seconds", elapsed, "\n")
