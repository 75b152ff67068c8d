# Shared by deseq2_reference.R and deseq2_lowdf_reference.R: how one DESeq2 reference set is run and written.
# Made with R 4.2.2 and DESeq2 1.38.3 from Debian 12 (r-bioc-deseq2); every call uses DESeq2's defaults.
suppressMessages(library(DESeq2))
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

write_tsv <- function(df, out, file) {
  con <- if (grepl("\\.gz$", file)) gzfile(file.path(out, file), "w") else file(file.path(out, file), "w")
  write.table(df, con, sep = "\t", quote = FALSE, row.names = FALSE)
  close(con)
}

# DESeq2's own intermediate values of estimateDispersionsPriorVar, taken at the function's exit by trace() (the
# function is not changed): the residuals it starts from (log dispGeneEst - log dispFit of the genes above
# 100 * minDisp) and, on the simulated path (1 to 3 residual df), klDivs and lofitFitted.
priorVarCapture <- NULL
suppressMessages(trace("estimateDispersionsPriorVar", where = asNamespace("DESeq2"), print = FALSE, exit = quote(
  if (is.null(priorVarCapture)) priorVarCapture <<- list(
    residuals = dispResiduals[aboveMinDisp], dispPriorVar = dispPriorVar,
    klDivs = if (exists("klDivs", inherits = FALSE)) klDivs,
    lofitFitted = if (exists("lofitFitted", inherits = FALSE)) lofitFitted))))

# One reference: results() columns, the per-gene intermediate values and size factors, lfcShrink(normal), the
# dispersion prior's variance and, where DESeq2 simulated it, its intermediate values.
reference <- function(out, name, counts, coldata, design, contrast) {
  priorVarCapture <<- NULL
  dds <- DESeqDataSetFromMatrix(counts, coldata, design)
  dds <- DESeq(dds, quiet = TRUE)                                  # DESeq() with all defaults
  res <- results(dds, contrast = contrast)                          # results(), alpha 0.1, BH, filtering on
  shr <- lfcShrink(dds, contrast = contrast, type = "normal", quiet = TRUE)
  mc <- mcols(dds)
  replaced <- if (is.null(mc$replace)) rep(FALSE, nrow(dds)) else !is.na(mc$replace) & mc$replace
  write_tsv(data.frame(gene_id = rownames(res), baseMean = num(res$baseMean),
                       log2FoldChange = num(res$log2FoldChange), lfcSE = num(res$lfcSE), stat = num(res$stat),
                       pvalue = num(res$pvalue), padj = num(res$padj),
                       dispGeneEst = num(mc$dispGeneEst), dispFit = num(mc$dispFit), dispersion = num(mc$dispersion),
                       dispOutlier = mc$dispOutlier, maxCooks = num(mc$maxCooks), replaced = replaced,
                       betaConv = mc$betaConv, betaIter = mc$betaIter,
                       shrunkLog2FoldChange = num(shr$log2FoldChange), shrunkLfcSE = num(shr$lfcSE)),
            out, paste0(name, ".results.tsv.gz"))
  write_tsv(data.frame(sample = colnames(dds), sizeFactor = num(sizeFactors(dds))), out,
            paste0(name, ".sizeFactors.tsv"))
  fn <- dispersionFunction(dds)
  mm <- model.matrix(design(dds), colData(dds))
  write_tsv(data.frame(name = c("dispPriorVar", "varLogDispEsts", "residualDf"),
                       value = c(num(attr(fn, "dispPriorVar")), num(attr(fn, "varLogDispEsts")),
                                 nrow(mm) - ncol(mm))),
            out, paste0(name, ".priorVar.tsv"))
  stopifnot(!is.null(priorVarCapture), identical(priorVarCapture$dispPriorVar, attr(fn, "dispPriorVar")))
  if (!is.null(priorVarCapture$klDivs)) {
    cap <- priorVarCapture
    write_tsv(rbind(data.frame(name = "residuals", index = seq_along(cap$residuals), value = num(cap$residuals)),
                    data.frame(name = "klDivs", index = seq_along(cap$klDivs), value = num(cap$klDivs)),
                    data.frame(name = "lofitFitted", index = seq_along(cap$lofitFitted),
                               value = num(cap$lofitFitted))),
              out, paste0(name, ".priorVarSimulation.tsv.gz"))
  }
  cat(name, ": ", nrow(dds), " genes, ", sum(res$padj < 0.05, na.rm = TRUE), " with padj < 0.05, ",
      sum(replaced), " refitted after outlier replacement, ", sum(mc$betaIter == 100, na.rm = TRUE),
      " refitted by L-BFGS-B, fit ", attr(fn, "fitType"), ", dispPriorVar ",
      attr(fn, "dispPriorVar"), " (", nrow(mm) - ncol(mm), " residual df)\n", sep = "")
}

