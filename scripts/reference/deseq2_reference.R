#!/usr/bin/env Rscript
# Reference outputs of DESeq2 for the Java engine's fidelity tests (src/test/java/.../DeseqFidelityTest.java).
# Usage (from the repository root):
#   Rscript scripts/reference/deseq2_reference.R PASILLA_DIR src/test/resources/expression/reference
# PASILLA_DIR holds pasilla_gene_counts.tsv and pasilla_sample_annotation.csv (../shared/data/pasilla).
# Made with R 4.2.2 and DESeq2 1.38.3 from Debian 12 (r-bioc-deseq2); every call uses DESeq2's defaults.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: deseq2_reference.R PASILLA_DIR OUT_DIR")
pasilla <- args[1]; out <- args[2]
dir.create(out, showWarnings = FALSE, recursive = TRUE)
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))),
                 "deseq2_reference_lib.R"))                        # num(), write_tsv(), reference()

# pasilla (Brooks et al. 2011): 7 samples, condition treated/untreated, library type single-read/paired-end
cts <- as.matrix(read.table(file.path(pasilla, "pasilla_gene_counts.tsv"), header = TRUE, row.names = 1, sep = "\t"))
ann <- read.csv(file.path(pasilla, "pasilla_sample_annotation.csv"), row.names = 1)
rownames(ann) <- sub("fb$", "", rownames(ann))
ann <- data.frame(row.names = colnames(cts), condition = factor(ann[colnames(cts), "condition"]),
                  type = factor(sub("-.*", "", ann[colnames(cts), "type"])))
write_tsv(data.frame(sample = rownames(ann), condition = ann$condition, type = ann$type), out, "pasilla.samples.tsv")
write_tsv(data.frame(gene_id = rownames(cts), cts, check.names = FALSE), out, "pasilla.counts.tsv.gz")
reference(out, "pasilla_condition", cts, ann, ~ condition, c("condition", "treated", "untreated"))
reference(out, "pasilla_type_condition", cts, ann, ~ type + condition, c("condition", "treated", "untreated"))

# SYNTHETIC, 8 vs 8 (so outliers are replaced and refitted), with planted single outliers and all-zero genes;
# also a 3-level factor with a batch, contrast between two non-reference levels.
set.seed(20261123)
n <- 3000; m <- 16
mu0 <- exp(rnorm(n, 4, 2)); lfc <- ifelse(runif(n) < 0.15, rnorm(n, 0, 1.5), 0)
disp <- 0.02 + 2 / mu0
group <- rep(c("A", "B"), each = 8)
sf <- exp(rnorm(m, 0, 0.2))
syn <- sapply(seq_len(m), function(j) rnbinom(n, mu = sf[j] * mu0 * (if (group[j] == "B") 2^lfc else 1), size = 1 / disp))
for (g in sample(n, 40)) syn[g, sample(m, 1)] <- as.integer(syn[g, 1] * 50 + 200)
syn[1:5, ] <- 0L
storage.mode(syn) <- "integer"
rownames(syn) <- sprintf("g%04d", seq_len(n)); colnames(syn) <- sprintf("s%02d", seq_len(m))
write_tsv(data.frame(gene_id = rownames(syn), syn, check.names = FALSE), out, "synthetic.counts.tsv")
col <- data.frame(row.names = colnames(syn), group = factor(group), batch = factor(rep(c("x", "y"), times = 8)),
                  cond = factor(rep(c("C", "D", "E", "F"), each = 4)))
write_tsv(data.frame(sample = rownames(col), col), out, "synthetic.samples.tsv")
reference(out, "synthetic_group", syn, col, ~ group, c("group", "B", "A"))
reference(out, "synthetic_batch_cond", syn, col, ~ batch + cond, c("cond", "F", "E"))

# SYNTHETIC edge cases, 2 vs 3: all-zero genes, one huge outlier, genes with a single read, a gene that is
# zero in one group (its fold change runs to the ridge and IRLS does not converge).
set.seed(7)
n <- 400; grp <- c("a", "a", "b", "b", "b")
mu0 <- exp(rnorm(n, 3.5, 1.8)); lfc <- ifelse(runif(n) < 0.2, rnorm(n, 0, 2), 0)
edge <- sapply(seq_along(grp), function(j) rnbinom(n, mu = mu0 * (if (grp[j] == "b") 2^lfc else 1), size = 1 / (0.05 + 1 / mu0)))
edge[1:3, ] <- 0L
edge[4, ] <- c(120L, 95L, 110L, 101L, 9000L)
edge[5:8, ] <- 0L; edge[5, 5] <- 1L; edge[6, 1] <- 1L; edge[7, 3] <- 1L; edge[8, c(2, 4)] <- 1L
edge[9, ] <- c(0L, 0L, 250L, 310L, 280L)
edge[10, ] <- c(0L, 0L, 3L, 0L, 1L)
storage.mode(edge) <- "integer"
rownames(edge) <- sprintf("e%03d", seq_len(n)); colnames(edge) <- c("a1", "a2", "b1", "b2", "b3")
write_tsv(data.frame(gene_id = rownames(edge), edge, check.names = FALSE), out, "edge.counts.tsv")
ecol <- data.frame(row.names = colnames(edge), grp = factor(grp))
write_tsv(data.frame(sample = rownames(ecol), ecol), out, "edge.samples.tsv")
reference(out, "edge_grp", edge, ecol, ~ grp, c("grp", "b", "a"))

# SYNTHETIC divergent fits: a line where the gene is lost (e.g. CRBN-null) against its parent, with a batch
# that crosses the groups. Genes zero in every sample of one group, zero in all but one sample, with two zeros,
# with a single read; under both designs several do not converge in IRLS and go to DESeq2's L-BFGS-B refit
# (betaIter 100). 3 vs 3 (~ batch + cond then has 3 residual degrees of freedom, DESeq2's simulated prior
# width) and 4 vs 4.
divergentCounts <- function(seed, cond, batch, sf, prefix) {
  set.seed(seed)
  n <- 1000; m <- length(cond); A <- which(cond == "A"); B <- which(cond == "B")
  mu0 <- exp(rnorm(n, 4, 1.8)); lfc <- ifelse(runif(n) < 0.15, rnorm(n, 0, 1.5), 0)
  beff <- ifelse(runif(n) < 0.3, rnorm(n, 0, 0.7), 0)
  div <- sapply(seq_len(m), function(j) rnbinom(n, mu = sf[j] * mu0 * (if (cond[j] == "B") 2^lfc else 1) *
                                                   (if (batch[j] == "y") 2^beff else 1), size = 1 / (0.04 + 1 / mu0)))
  g <- 0
  put <- function(v) { g <<- g + 1; div[g, ] <<- as.integer(v) }
  level <- function() exp(runif(1, log(5), log(3000)))
  for (i in 1:40) { v <- rnbinom(m, mu = sf * level(), size = 8); v[A] <- 0; put(v) }          # A all zero
  for (i in 1:40) { v <- rnbinom(m, mu = sf * level(), size = 8); v[B] <- 0; put(v) }          # B all zero
  for (i in 1:48) { v <- integer(m); v[(i - 1) %% m + 1] <- round(exp(runif(1, 0, log(2000)))); put(v) }  # one sample
  for (i in 1:30) { v <- rnbinom(m, mu = sf * level(), size = 8); v[sample(m, 2)] <- 0; put(v) }  # two zeros
  for (i in 1:20) { v <- integer(m); v[sample(B, 1)] <- 1; put(v) }                             # a single read in B
  for (i in 1:30) { v <- rnbinom(m, mu = sf * exp(runif(1, -1, 2)), size = 2); put(v) }        # low counts
  div[g + 1:4, ] <- 0L                                                                        # all zero
  storage.mode(div) <- "integer"
  rownames(div) <- sprintf("%s%04d", prefix, seq_len(n))
  colnames(div) <- paste0(cond, ave(seq_len(m), cond, FUN = seq_along))
  div
}
divergentSet <- function(dataset, div, cond, batch) {
  write_tsv(data.frame(gene_id = rownames(div), div, check.names = FALSE), out, paste0(dataset, ".counts.tsv"))
  dcol <- data.frame(row.names = colnames(div), cond = factor(cond), batch = factor(batch))
  write_tsv(data.frame(sample = rownames(dcol), dcol), out, paste0(dataset, ".samples.tsv"))
  reference(out, paste0(dataset, "_cond"), div, dcol, ~ cond, c("cond", "B", "A"))
  reference(out, paste0(dataset, "_batch_cond"), div, dcol, ~ batch + cond, c("cond", "B", "A"))
}
cond <- rep(c("A", "B"), each = 3); batch <- c("x", "x", "y", "x", "y", "y")
divergentSet("divergent", divergentCounts(20261201, cond, batch, c(0.8, 1.1, 1.25, 0.9, 1.05, 0.95), "d"),
             cond, batch)
cond <- rep(c("A", "B"), each = 4); batch <- c("x", "x", "y", "y", "x", "y", "y", "x")
divergentSet("divergent8", divergentCounts(20261203, cond, batch,
                                           c(0.8, 1.1, 1.25, 0.9, 1.05, 0.95, 1.2, 0.85), "e"), cond, batch)

# SYNTHETIC, 7 vs 7 so that outliers are replaced and the genes refitted: one group zero but for one large count
# (replaced, so the refit sees a single non-zero sample), and genes with two non-zero samples. Several refits
# go to the L-BFGS-B path.
set.seed(20261202)
n <- 600; m <- 14
grp <- rep(c("A", "B"), each = 7)
sf <- exp(rnorm(m, 0, 0.15))
mu0 <- exp(rnorm(n, 4, 1.8)); lfc <- ifelse(runif(n) < 0.15, rnorm(n, 0, 1.5), 0)
rft <- sapply(seq_len(m), function(j) rnbinom(n, mu = sf[j] * mu0 * (if (grp[j] == "B") 2^lfc else 1),
                                               size = 1 / (0.04 + 1 / mu0)))
g <- 0
put <- function(v) { g <<- g + 1; rft[g, ] <<- as.integer(v) }
for (i in 1:30) { v <- rnbinom(m, mu = sf * exp(runif(1, log(5), log(2000))), size = 8); v[1:7] <- 0
                  v[sample(1:7, 1)] <- round(exp(runif(1, log(20), log(3000)))); put(v) }
for (i in 1:30) { v <- integer(m); v[sample(m, 2)] <- round(exp(runif(2, 0, log(2000)))); put(v) }
for (i in 1:30) { v <- rnbinom(m, mu = sf * exp(runif(1, log(5), log(2000))), size = 8); v[8:14] <- 0
                  v[sample(8:14, 1)] <- round(exp(runif(1, log(20), log(3000)))); put(v) }
storage.mode(rft) <- "integer"
rownames(rft) <- sprintf("r%04d", seq_len(n)); colnames(rft) <- sprintf("s%02d", 1:m)
write_tsv(data.frame(gene_id = rownames(rft), rft, check.names = FALSE), out, "refit.counts.tsv")
rcol <- data.frame(row.names = colnames(rft), grp = factor(grp))
write_tsv(data.frame(sample = rownames(rcol), rcol), out, "refit.samples.tsv")
reference(out, "refit_grp", rft, rcol, ~ grp, c("grp", "B", "A"))

writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.txt"))
