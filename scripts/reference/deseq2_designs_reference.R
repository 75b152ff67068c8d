#!/usr/bin/env Rscript
# Reference outputs of DESeq2 for the designs the engine supports beyond an additive model of factors:
# numeric covariates, interactions and results(name = ...), the likelihood-ratio test, lfcThreshold with each
# altHypothesis, a one-sample group, rounded non-integer counts (DESeqDataSetFromTximport) and the VST with
# plotPCA. Read by DeseqDesignsFidelityTest, VarianceStabilizingTransformationTest and DesignFormulaTest.
# Usage (from the repository root; it reads pasilla.counts.tsv.gz and pasilla.samples.tsv from OUT_DIR):
#   Rscript scripts/reference/deseq2_designs_reference.R src/test/resources/expression/reference
# Made with R 4.2.2 and DESeq2 1.38.3 from Debian 12 (r-bioc-deseq2). DESeq() always with its defaults.
suppressMessages(library(DESeq2))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: deseq2_designs_reference.R OUT_DIR")
out <- args[1]
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.12g", x))

write_tsv <- function(df, file) {
  con <- if (grepl("\\.gz$", file)) gzfile(file.path(out, file), "w") else file(file.path(out, file), "w")
  write.table(df, con, sep = "\t", quote = FALSE, row.names = FALSE)
  close(con)
}
calls <- character()
record <- function(name, call) {
  calls <<- c(calls, paste0(name, "\t", call))
}

# The sample sheet as a user's R session reads it: read.delim's type.convert decides numeric vs character, and
# DESeqDataSetFromMatrix turns character columns into factors (levels sorted).
read_sheet <- function(file) {
  read.delim(file.path(out, file), row.names = 1, stringsAsFactors = FALSE)
}

# The dispersion trend varianceStabilizingTransformation(blind = TRUE) uses, refitted the same way to record it.
vst_trend <- function(name, dds) {
  d <- estimateSizeFactors(dds)
  design(d) <- ~ 1
  d <- estimateDispersionsFit(estimateDispersionsGeneEst(d, quiet = TRUE), quiet = TRUE)
  f <- dispersionFunction(d)
  co <- attr(f, "coefficients")
  writeLines(c(paste0("fitType\t", attr(f, "fitType")),
               if (length(co) > 0) paste0(names(co), "\t", sprintf("%.17g", co))),
             file.path(out, paste0(name, ".trend.tsv")))
  cat(name, ": fitType", attr(f, "fitType"), "coefficients", co, "\n")
}

# One results table with the per-gene values the engine also reports.
write_results <- function(name, dds, res) {
  mc <- mcols(dds)
  replaced <- if (is.null(mc$replace)) rep(FALSE, nrow(dds)) else !is.na(mc$replace) & mc$replace
  conv <- if (!is.null(mc$betaConv)) mc$betaConv else mc$fullBetaConv
  write_tsv(data.frame(gene_id = rownames(res), baseMean = num(res$baseMean),
                       log2FoldChange = num(res$log2FoldChange), lfcSE = num(res$lfcSE), stat = num(res$stat),
                       pvalue = num(res$pvalue), padj = num(res$padj),
                       dispGeneEst = num(mc$dispGeneEst), dispFit = num(mc$dispFit), dispersion = num(mc$dispersion),
                       dispOutlier = mc$dispOutlier, maxCooks = num(mc$maxCooks), replaced = replaced,
                       betaConv = conv, betaIter = mc$betaIter),
            paste0(name, ".results.tsv.gz"))
  write_tsv(data.frame(sample = colnames(dds), sizeFactor = sprintf("%.17g", sizeFactors(dds))),
            paste0(name, ".sizeFactors.tsv"))
  cat(name, ": ", nrow(dds), " genes, resultsNames ", paste(resultsNames(dds), collapse = ","), "; ",
      sum(res$padj < 0.05, na.rm = TRUE), " with padj < 0.05, ", sum(is.na(res$pvalue)), " NA p-values, ",
      sum(replaced), " replaced; ", mcols(res)$description[2], "\n", sep = "")
}

# Only the columns results() changes, for several results() calls on one fitted object.
write_results_only <- function(name, res) {
  write_tsv(data.frame(gene_id = rownames(res), baseMean = num(res$baseMean),
                       log2FoldChange = num(res$log2FoldChange), lfcSE = num(res$lfcSE), stat = num(res$stat),
                       pvalue = num(res$pvalue), padj = num(res$padj)),
            paste0(name, ".results.tsv.gz"))
  cat(name, ": ", sum(res$padj < 0.05, na.rm = TRUE), " with padj < 0.05, ", sum(is.na(res$pvalue)),
      " NA p-values\n", sep = "")
}

# --- pasilla (counts and sheet written by deseq2_reference.R) -------------------------------------------------
cts <- as.matrix(read.delim(gzfile(file.path(out, "pasilla.counts.tsv.gz")), row.names = 1, check.names = FALSE))
ann <- read_sheet("pasilla.samples.tsv")

dds <- DESeqDataSetFromMatrix(cts, ann, ~ type + condition)
dds <- DESeq(dds, test = "LRT", reduced = ~ type, quiet = TRUE)
write_results("pasilla_lrt", dds, results(dds))
record("pasilla_lrt", "DESeq(DESeqDataSetFromMatrix(cts, ann, ~ type + condition), test = 'LRT', reduced = ~ type); results(dds)")

dds <- DESeqDataSetFromMatrix(cts, ann, ~ type + condition)
dds <- DESeq(dds, quiet = TRUE)
for (alt in c("greaterAbs", "lessAbs", "greater", "less")) {
  res <- results(dds, contrast = c("condition", "treated", "untreated"), lfcThreshold = 1, altHypothesis = alt)
  write_results_only(paste0("pasilla_lfc1_", alt), res)
  record(paste0("pasilla_lfc1_", alt), paste0("results(DESeq(DESeqDataSetFromMatrix(cts, ann, ~ type + condition)), contrast = c('condition', 'treated', 'untreated'), lfcThreshold = 1, altHypothesis = '", alt, "')"))
}
res <- results(dds, contrast = c("condition", "treated", "untreated"), lfcThreshold = 0.5, alpha = 0.05)
write_results_only("pasilla_lfc05_alpha05", res)
record("pasilla_lfc05_alpha05", "results(DESeq(DESeqDataSetFromMatrix(cts, ann, ~ type + condition)), contrast = c('condition', 'treated', 'untreated'), lfcThreshold = 0.5, alpha = 0.05)")

vsd <- varianceStabilizingTransformation(dds, blind = TRUE)
pca <- plotPCA(vsd, intgroup = "condition", returnData = TRUE)
write_tsv(data.frame(sample = rownames(pca), PC1 = sprintf("%.17g", pca$PC1), PC2 = sprintf("%.17g", pca$PC2)),
          "pasilla_vst.pca.tsv")
writeLines(sprintf("%.17g", attr(pca, "percentVar")), file.path(out, "pasilla_vst.percentVar.txt"))
record("pasilla_vst", "plotPCA(varianceStabilizingTransformation(dds, blind = TRUE), intgroup = 'condition', returnData = TRUE)")
vst_trend("pasilla_vst", dds)

# --- SYNTHETIC: numeric covariates ------------------------------------------------------------------------------
set.seed(101)
n <- 1500; m <- 12
age <- round(runif(m, 20, 70), 1)
sex <- rep(c("F", "M"), times = 6)
batch <- rep(1:3, each = 4)
mu0 <- exp(rnorm(n, 4, 1.8))
bAge <- ifelse(runif(n) < 0.2, rnorm(n, 0, 0.04), 0)
bSex <- ifelse(runif(n) < 0.1, rnorm(n, 0, 1), 0)
bBatch <- matrix(rnorm(n * 3, 0, 0.3), n, 3)
sf <- exp(rnorm(m, 0, 0.2))
cov <- sapply(seq_len(m), function(j) {
  rnbinom(n, mu = sf[j] * mu0 * 2^(bAge * (age[j] - 45) + bSex * (sex[j] == "M") + bBatch[, batch[j]]),
          size = 1 / (0.03 + 1.5 / mu0))
})
cov[1:3, ] <- 0L
cov[4, 5] <- as.integer(cov[4, 5] * 40 + 300)
storage.mode(cov) <- "integer"
rownames(cov) <- sprintf("c%04d", seq_len(n)); colnames(cov) <- sprintf("p%02d", seq_len(m))
write_tsv(data.frame(gene_id = rownames(cov), cov, check.names = FALSE), "covariate.counts.tsv")
write_tsv(data.frame(sample = colnames(cov), age = age, sex = sex, batch = batch), "covariate.samples.tsv")
cd <- read_sheet("covariate.samples.tsv")
stopifnot(is.numeric(cd$age), is.numeric(cd$batch), is.character(cd$sex))

dds <- DESeq(DESeqDataSetFromMatrix(cov, cd, ~ sex + age), quiet = TRUE)
write_results("covariate_age", dds, results(dds))
record("covariate_age", "results(DESeq(DESeqDataSetFromMatrix(cov, read.delim('covariate.samples.tsv'), ~ sex + age)))  # age numeric; default = last coefficient 'age'")

cdf <- cd; cdf$batch <- factor(cdf$batch)
dds <- DESeq(DESeqDataSetFromMatrix(cov, cdf, ~ batch + age), quiet = TRUE)
write_results("covariate_batchfactor", dds, results(dds, name = "batch_3_vs_1"))
record("covariate_batchfactor", "results(DESeq(DESeqDataSetFromMatrix(cov, sheet with batch <- factor(batch), ~ batch + age)), name = 'batch_3_vs_1')")

dds <- DESeq(DESeqDataSetFromMatrix(cov, cd, ~ batch + sex), quiet = TRUE)
write_results("covariate_batchnumeric", dds, results(dds, name = "batch"))
record("covariate_batchnumeric", "results(DESeq(DESeqDataSetFromMatrix(cov, read.delim('covariate.samples.tsv'), ~ batch + sex)), name = 'batch')  # batch numeric 1,2,3")

# --- SYNTHETIC: interaction genotype x condition ----------------------------------------------------------------
set.seed(202)
n <- 2000
genotype <- rep(c("A", "B"), each = 6)
condition <- rep(rep(c("untrt", "trt"), each = 3), times = 2)
m <- length(genotype)
mu0 <- exp(rnorm(n, 4.5, 1.7))
bG <- ifelse(runif(n) < 0.15, rnorm(n, 0, 1), 0)
bC <- ifelse(runif(n) < 0.2, rnorm(n, 0, 1.2), 0)
bGC <- ifelse(runif(n) < 0.1, rnorm(n, 0, 1.5), 0)
sf <- exp(rnorm(m, 0, 0.25))
int <- sapply(seq_len(m), function(j) {
  g <- genotype[j] == "B"; t <- condition[j] == "trt"
  rnbinom(n, mu = sf[j] * mu0 * 2^(bG * g + bC * t + bGC * g * t), size = 1 / (0.04 + 1 / mu0))
})
int[1:2, ] <- 0L
int[3, 2] <- as.integer(int[3, 2] * 30 + 500)
int[4, ] <- c(0L, 0L, 0L, 5L, 9L, 7L, 0L, 0L, 0L, 8L, 4L, 6L)
storage.mode(int) <- "integer"
rownames(int) <- sprintf("i%04d", seq_len(n)); colnames(int) <- sprintf("q%02d", seq_len(m))
write_tsv(data.frame(gene_id = rownames(int), int, check.names = FALSE), "interaction.counts.tsv")
write_tsv(data.frame(sample = colnames(int), genotype = genotype, condition = condition), "interaction.samples.tsv")
icd <- read_sheet("interaction.samples.tsv")
icd$genotype <- factor(icd$genotype)
icd$condition <- relevel(factor(icd$condition), ref = "untrt")

dds <- DESeq(DESeqDataSetFromMatrix(int, icd, ~ genotype * condition), quiet = TRUE)
write_results("interaction_name", dds, results(dds, name = "genotypeB.conditiontrt"))
record("interaction_name", "results(DESeq(DESeqDataSetFromMatrix(int, sheet with condition <- relevel(factor(condition), ref = 'untrt'), ~ genotype * condition)), name = 'genotypeB.conditiontrt')")
write_results("interaction_contrast", dds, results(dds, contrast = c("condition", "trt", "untrt")))
record("interaction_contrast", "results(same dds, contrast = c('condition', 'trt', 'untrt'))")

dds <- DESeq(DESeqDataSetFromMatrix(int, icd, ~ genotype * condition), test = "LRT",
             reduced = ~ genotype + condition, quiet = TRUE)
write_results("interaction_lrt", dds, results(dds))
record("interaction_lrt", "results(DESeq(same data, ~ genotype * condition, test = 'LRT', reduced = ~ genotype + condition))  # default name = last coefficient")

# --- SYNTHETIC (synthetic.counts.tsv, 8 vs 8, written by deseq2_reference.R): LRT against ~ 1 with refitting
syn <- as.matrix(read.delim(file.path(out, "synthetic.counts.tsv"), row.names = 1, check.names = FALSE))
scd <- read_sheet("synthetic.samples.tsv")
dds <- DESeq(DESeqDataSetFromMatrix(syn, scd, ~ group), test = "LRT", reduced = ~ 1, quiet = TRUE)
write_results("synthetic_group_lrt", dds, results(dds))
record("synthetic_group_lrt", "results(DESeq(DESeqDataSetFromMatrix(syn, sheet, ~ group), test = 'LRT', reduced = ~ 1))")

dds <- DESeqDataSetFromMatrix(syn, scd, ~ group)
vsd <- varianceStabilizingTransformation(dds, blind = TRUE)
write_tsv(data.frame(gene_id = rownames(vsd), apply(assay(vsd), 2, function(v) sprintf("%.12g", v)),
                     check.names = FALSE), "synthetic_vst.values.tsv.gz")
pca <- plotPCA(vsd, intgroup = "group", returnData = TRUE)
write_tsv(data.frame(sample = rownames(pca), PC1 = sprintf("%.17g", pca$PC1), PC2 = sprintf("%.17g", pca$PC2)),
          "synthetic_vst.pca.tsv")
writeLines(sprintf("%.17g", attr(pca, "percentVar")), file.path(out, "synthetic_vst.percentVar.txt"))
record("synthetic_vst", "vsd <- varianceStabilizingTransformation(DESeqDataSetFromMatrix(syn, sheet, ~ group), blind = TRUE); assay(vsd); plotPCA(vsd, intgroup = 'group', returnData = TRUE)")
vst_trend("synthetic_vst", dds)

# --- SYNTHETIC: dispersion rising with the mean, so that the parametric trend fails and DESeq2 falls back to its
# local (locfit) trend in the VST
set.seed(606)
n <- 2000; m <- 8
mu0 <- exp(rnorm(n, 4, 1.8))
lvst <- sapply(seq_len(m), function(j) rnbinom(n, mu = mu0 * exp(rnorm(1, 0, 0.1)), size = 1 / (0.004 * mu0^0.45)))
storage.mode(lvst) <- "integer"
rownames(lvst) <- sprintf("l%04d", seq_len(n)); colnames(lvst) <- sprintf("v%d", seq_len(m))
write_tsv(data.frame(gene_id = rownames(lvst), lvst, check.names = FALSE), "localvst.counts.tsv")
write_tsv(data.frame(sample = colnames(lvst), g = rep(c("a", "b"), 4)), "localvst.samples.tsv")
dds <- DESeqDataSetFromMatrix(lvst, read_sheet("localvst.samples.tsv"), ~ g)
vsd <- suppressMessages(varianceStabilizingTransformation(dds, blind = TRUE))
write_tsv(data.frame(gene_id = rownames(vsd), apply(assay(vsd), 2, function(v) sprintf("%.12g", v)),
                     check.names = FALSE), "localvst.values.tsv.gz")
pca <- plotPCA(vsd, intgroup = "g", returnData = TRUE)
write_tsv(data.frame(sample = rownames(pca), PC1 = sprintf("%.17g", pca$PC1), PC2 = sprintf("%.17g", pca$PC2)),
          "localvst.pca.tsv")
writeLines(sprintf("%.17g", attr(pca, "percentVar")), file.path(out, "localvst.percentVar.txt"))
record("localvst", "vsd <- varianceStabilizingTransformation(DESeqDataSetFromMatrix(lvst, sheet, ~ g), blind = TRUE)  # parametric trend fails: local fallback; plotPCA(vsd, intgroup = 'g', returnData = TRUE)")
suppressMessages(vst_trend("localvst", dds))
# the local VST's integral and spline on a given trend (not locfit's): getVarianceStabilizedData with a dispersion
# function 0.02 + 0.8/mu + 0.004 sqrt(mu) marked fitType 'local'
d <- estimateSizeFactors(dds)
dispersionFunction(d) <- structure(function(q) 0.02 + 0.8 / q + 0.004 * sqrt(q), fitType = "local")
write_tsv(data.frame(gene_id = rownames(d), apply(getVarianceStabilizedData(d), 2, function(v) sprintf("%.12g", v)),
                     check.names = FALSE), "localvst_giventrend.values.tsv.gz")
record("localvst_giventrend", "dispersionFunction(d) <- structure(function(q) 0.02 + 0.8/q + 0.004*sqrt(q), fitType = 'local'); getVarianceStabilizedData(d)  # d: size factors of localvst")

# --- SYNTHETIC: a one-sample group next to groups with replicates ---------------------------------------------
set.seed(303)
n <- 1500
group <- c("A", "B", "B", "B", "C", "C", "C", "C")
m <- length(group)
mu0 <- exp(rnorm(n, 4, 1.8))
lfcB <- ifelse(runif(n) < 0.15, rnorm(n, 0, 1.5), 0)
lfcC <- ifelse(runif(n) < 0.15, rnorm(n, 0, 1.5), 0)
sf <- exp(rnorm(m, 0, 0.2))
one <- sapply(seq_len(m), function(j) {
  rnbinom(n, mu = sf[j] * mu0 * 2^(lfcB * (group[j] == "B") + lfcC * (group[j] == "C")), size = 1 / (0.04 + 1.2 / mu0))
})
one[1:2, ] <- 0L
one[3, 6] <- as.integer(one[3, 6] * 40 + 400)
one[4, ] <- c(0L, 0L, 0L, 0L, 10L, 12L, 9L, 14L)
storage.mode(one) <- "integer"
rownames(one) <- sprintf("o%04d", seq_len(n)); colnames(one) <- sprintf("r%02d", seq_len(m))
write_tsv(data.frame(gene_id = rownames(one), one, check.names = FALSE), "onesample.counts.tsv")
write_tsv(data.frame(sample = colnames(one), group = group), "onesample.samples.tsv")
ocd <- read_sheet("onesample.samples.tsv")
dds <- DESeq(DESeqDataSetFromMatrix(one, ocd, ~ group), quiet = TRUE)
write_results("onesample_BvsA", dds, results(dds, contrast = c("group", "B", "A")))
record("onesample_BvsA", "results(DESeq(DESeqDataSetFromMatrix(one, sheet, ~ group)), contrast = c('group', 'B', 'A'))  # A has one sample")
write_results("onesample_AvsC", dds, results(dds, contrast = c("group", "A", "C")))
record("onesample_AvsC", "results(same dds, contrast = c('group', 'A', 'C'))")

# --- SYNTHETIC: non-integer counts (Salmon-like estimated counts) through DESeqDataSetFromTximport --------------
set.seed(404)
n <- 1200
group <- rep(c("ctl", "trt"), each = 4)
m <- length(group)
mu0 <- exp(rnorm(n, 4, 1.7))
lfc <- ifelse(runif(n) < 0.15, rnorm(n, 0, 1.3), 0)
est <- sapply(seq_len(m), function(j) {
  rnbinom(n, mu = mu0 * 2^(lfc * (group[j] == "trt")), size = 1 / (0.05 + 1 / mu0)) * runif(n, 0.8, 1.2)
})
est <- round(est, 3)
est[5:12, 1] <- c(0.5, 1.5, 2.5, 3.5, 10.5, 0.49, 0.51, 7.5)   # halves: R's round() goes to the even integer
rownames(est) <- sprintf("t%04d", seq_len(n)); colnames(est) <- sprintf("x%d", seq_len(m))
write_tsv(data.frame(gene_id = rownames(est), est, check.names = FALSE), "tximport.counts.tsv")
write_tsv(data.frame(sample = colnames(est), group = group), "tximport.samples.tsv")
tcd <- read_sheet("tximport.samples.tsv")
txi <- list(abundance = est, counts = est, length = matrix(1000, n, m, dimnames = dimnames(est)),
            countsFromAbundance = "lengthScaledTPM")
dds <- suppressMessages(DESeqDataSetFromTximport(txi, tcd, ~ group))
stopifnot(is.null(assays(dds)[["avgTxLength"]]))
dds <- DESeq(dds, quiet = TRUE)
write_results("tximport_round", dds, results(dds, contrast = c("group", "trt", "ctl")))
record("tximport_round", "results(DESeq(DESeqDataSetFromTximport(list(counts = est, countsFromAbundance = 'lengthScaledTPM', ...), sheet, ~ group)), contrast = c('group', 'trt', 'ctl'))  # = round(est), no length offsets")

# --- model.matrix column names and values, as DESeq2 names them (resultsNames) ----------------------------------
mmdata <- data.frame(f1 = factor(c("a", "b", "c", "a", "b", "c", "a", "b", "c")),
                     f2 = factor(c("u", "u", "u", "v", "v", "v", "u", "v", "u")),
                     x = c(1.5, -2, 3.25, 0, 10, 4, -1, 2, 6))
write_tsv(data.frame(row = seq_len(nrow(mmdata)), mmdata), "modelmatrix.data.tsv")
formulas <- c("~ f1", "~ x", "~ f1 + f2", "~ f2 + f1", "~ f1 * f2", "~ f2 * f1", "~ f1 + f2 + f1:f2",
              "~ f1:f2 + f1 + f2", "~ f1 + f1:f2", "~ f2 + f1:f2", "~ f1 + x", "~ x + f1", "~ f1 * x",
              "~ x * f1", "~ f1:x + x", "~ f1 + f1:x", "~ f2 + x + f2:x", "~ f1 + f2 + x",
              "~ f2*x + f1", "~ x:f2 + f2 + x", "~ f2 + x + x:f2 + f1")
rows <- character()
for (f in formulas) {
  mm <- model.matrix(as.formula(f), mmdata)
  stopifnot(qr(mm)$rank == ncol(mm))
  nm <- colnames(mm)
  nm[nm == "(Intercept)"] <- "Intercept"
  nm <- make.names(nm)
  conv <- DESeq2:::renameModelMatrixColumns(mmdata, as.formula(f))
  conv <- conv[conv$from %in% nm, , drop = FALSE]
  nm[match(conv$from, nm)] <- conv$to
  rows <- c(rows, paste(f, paste(nm, collapse = ","),
                        paste(apply(mm, 1, function(r) paste(sprintf("%.17g", r), collapse = ",")), collapse = ";"),
                        sep = "\t"))
}
writeLines(c("formula\tresultsNames\trows", rows), file.path(out, "modelmatrix.names.tsv"))

# --- R's exp and lgamma bit for bit (hex), where DESeq2's grid search depends on their last bits ----------------
set.seed(505)
la <- c(runif(3000, log(1e-8), log(1e-4)), runif(1000, -5, 3))
xg <- c(exp(runif(3000, log(10), log(5e9))), 1e8 + 0:999)
writeLines(c("x\tvalue", paste(sprintf("%a", la), sprintf("%a", exp(la)), sep = "\t")), file.path(out, "rmath.exp.tsv"))
writeLines(c("x\tvalue", paste(sprintf("%a", xg), sprintf("%a", lgamma(xg)), sep = "\t")), file.path(out, "rmath.lgamma.tsv"))

writeLines(c("set\tcall", calls), file.path(out, "designs.calls.tsv"))
writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.designs.txt"))
