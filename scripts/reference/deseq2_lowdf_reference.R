#!/usr/bin/env Rscript
# DESeq2 reference outputs for designs with 1 to 3 residual degrees of freedom, where DESeq2 simulates the width of
# the dispersion prior (estimateDispersionsPriorVar); tests: DeseqLowDfFidelityTest.java.
# Usage (from the repository root):
#   Rscript scripts/reference/deseq2_lowdf_reference.R src/test/resources/expression/reference
# Reads pasilla.counts.tsv.gz and pasilla.samples.tsv from that directory (written by deseq2_reference.R) and
# writes the sets below into it. Made with R 4.2.2 and DESeq2 1.38.3 from Debian 12 (r-bioc-deseq2); every DESeq2
# call uses its defaults (see deseq2_reference_lib.R).
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: deseq2_lowdf_reference.R REFERENCE_DIR")
out <- args[1]
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))),
                 "deseq2_reference_lib.R"))                        # num(), write_tsv(), reference()

# (a) pasilla, 2 vs 2: the paired-end libraries treated2, treated3 vs untreated3, untreated4; ~ condition (2 df)
cts <- as.matrix(read.table(gzfile(file.path(out, "pasilla.counts.tsv.gz")), header = TRUE, row.names = 1,
                            sep = "\t", check.names = FALSE))
ann <- read.table(file.path(out, "pasilla.samples.tsv"), header = TRUE, sep = "\t", row.names = 1)
keep <- c("treated2", "treated3", "untreated3", "untreated4")
col2 <- data.frame(row.names = keep, condition = factor(ann[keep, "condition"]))
write_tsv(data.frame(sample = keep, condition = col2$condition), out, "pasilla_2v2.samples.tsv")
reference(out, "pasilla_2v2", cts[, keep], col2, ~ condition, c("condition", "treated", "untreated"))

# SYNTHETIC, 2,500 genes x 8 samples: four cell lines L1-L4, each untreated (U) and treated (T); negative binomial
# counts with line effects, a treatment effect on 12% of the genes and gene-to-gene spread of the dispersions
# around the trend (log-normal, sd 1.3) so that the prior width is above its floor of 0.25; 3 all-zero genes.
set.seed(20261201)
n <- 2500
line <- rep(c("L1", "L2", "L3", "L4"), each = 2); treatment <- rep(c("U", "T"), times = 4)
mu0 <- exp(rnorm(n, 4.5, 1.8))
lineEffect <- matrix(rnorm(n * 4, 0, 0.4), n, 4, dimnames = list(NULL, c("L1", "L2", "L3", "L4")))
lfc <- ifelse(runif(n) < 0.12, rnorm(n, 0, 1.2), 0)
disp <- (0.03 + 1.2 / mu0) * exp(rnorm(n, 0, 1.3))
sf <- exp(rnorm(8, 0, 0.25))
low <- sapply(1:8, function(j) rnbinom(n, size = 1 / disp,
                                       mu = sf[j] * mu0 * exp(lineEffect[, line[j]]) * 2^(lfc * (treatment[j] == "T"))))
low[1:3, ] <- 0L
storage.mode(low) <- "integer"
rownames(low) <- sprintf("s%04d", seq_len(n)); colnames(low) <- paste0(line, treatment)
write_tsv(data.frame(gene_id = rownames(low), low, check.names = FALSE), out, "lowdf.counts.tsv.gz")

# (c) the four lines, ~ line + treatment (8 samples, 5 coefficients: 3 df)
colc <- data.frame(row.names = colnames(low), line = factor(line), treatment = factor(treatment, c("U", "T")))
write_tsv(data.frame(sample = rownames(colc), colc), out, "lowdf_lines.samples.tsv")
reference(out, "lowdf_lines", low, colc, ~ line + treatment, c("treatment", "T", "U"))

# (b) three donors x two conditions, ~ donor + condition: the lines L1-L3 taken as donors (6 samples, 4
# coefficients: 2 df)
six <- colnames(low)[1:6]
colb <- data.frame(row.names = six, donor = factor(sub("L", "D", line[1:6])),
                   condition = factor(ifelse(treatment[1:6] == "T", "trt", "ctrl"), c("ctrl", "trt")))
write_tsv(data.frame(sample = rownames(colb), colb), out, "lowdf_donors.samples.tsv")
reference(out, "lowdf_donors", low[, six], colb, ~ donor + condition, c("condition", "trt", "ctrl"))

# (d) 2 vs 1, ~ grp: L1U, L2U vs L1T (3 samples, 2 coefficients: 1 df, the chi-square's shape 1/2 path)
three <- c("L1U", "L2U", "L1T")
cold <- data.frame(row.names = three, grp = factor(c("ctrl", "ctrl", "trt"), c("ctrl", "trt")))
write_tsv(data.frame(sample = rownames(cold), cold), out, "lowdf_pair.samples.tsv")
reference(out, "lowdf_pair", low[, three], cold, ~ grp, c("grp", "trt", "ctrl"))

writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.lowdf.txt"))
