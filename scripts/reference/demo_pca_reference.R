#!/usr/bin/env Rscript
# plotPCA of the two SYNTHETIC demonstration studies (seed-data/expression), the coordinates the seed stores on
# each demo contrast (Contrast.samplePca). Read by SamplePcaApiTest.
# Usage (from the repository root):
#   Rscript scripts/reference/demo_pca_reference.R src/test/resources/contrast/reference
# Made with R 4.2.2 and DESeq2 1.38.3 from Debian 12 (r-bioc-deseq2).
suppressMessages(library(DESeq2))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: demo_pca_reference.R OUT_DIR")
out <- args[1]
studies <- read.delim("seed-data/expression/studies.tsv", stringsAsFactors = FALSE)
calls <- "set\tcall"
for (i in seq_len(nrow(studies))) {
  s <- studies[i, ]
  cts <- as.matrix(read.delim(file.path("seed-data/expression", s$counts), row.names = 1, check.names = FALSE))
  sheet <- read.delim(file.path("seed-data/expression", s$samples), row.names = 1, stringsAsFactors = FALSE)
  dds <- DESeqDataSetFromMatrix(cts, sheet[colnames(cts), , drop = FALSE], as.formula(s$design))
  vsd <- varianceStabilizingTransformation(dds, blind = TRUE)
  pca <- plotPCA(vsd, intgroup = s$factor, returnData = TRUE)
  write.table(data.frame(sample = rownames(pca), group = as.character(pca$group),
                         PC1 = sprintf("%.17g", pca$PC1), PC2 = sprintf("%.17g", pca$PC2)),
              file.path(out, paste0(s$name, ".pca.tsv")), sep = "\t", quote = FALSE, row.names = FALSE)
  writeLines(sprintf("%.17g", attr(pca, "percentVar")), file.path(out, paste0(s$name, ".percentVar.txt")))
  calls <- c(calls, paste0(s$name, "\tvsd <- varianceStabilizingTransformation(DESeqDataSetFromMatrix(cts, sheet, ",
                           s$design, "), blind = TRUE); plotPCA(vsd, intgroup = '", s$factor, "', returnData = TRUE)"))
}
writeLines(calls, file.path(out, "demo_pca.calls.tsv"))
writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.demo_pca.txt"))
