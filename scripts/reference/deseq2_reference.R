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

writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.txt"))
