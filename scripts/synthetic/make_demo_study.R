#!/usr/bin/env Rscript
# SYNTHETIC demonstration RNA-seq studies for GlueGraph (no real measurements).
#
# No public lenalidomide count matrix was available to the project, so the demonstration studies are simulated:
# negative-binomial counts (rnbinom) with realistic gene means, a mean-dispersion trend and library size
# differences, and a known truth (which genes and gene sets were moved, by how much), so that the DE and
# enrichment results can be judged against it.
#
# Usage: Rscript scripts/synthetic/make_demo_study.R HGNC_COMPLETE_SET.txt.gz HALLMARK.gmt [OUT_DIR]
#   e.g. Rscript scripts/synthetic/make_demo_study.R /work/shared/data/hgnc/hgnc_complete_set.txt.gz \
#          /work/shared/data/msigdb/h.all.v2023.2.Hs.symbols.gmt seed-data/expression
# Files larger than 1 MB are gzipped. Deterministic: same inputs + same seed = same bytes (modulo gzip header).

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) {
  stop("usage: make_demo_study.R HGNC_COMPLETE_SET.txt.gz HALLMARK.gmt [OUT_DIR]")
}
hgnc_path <- args[1]
gmt_path <- args[2]
out_dir <- if (length(args) >= 3) args[3] else "seed-data/expression"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

SEED <- 20251123L
set.seed(SEED)

# ---- genes: HGNC protein-coding genes with an Ensembl id, in HGNC file order ----
hgnc <- read.delim(gzfile(hgnc_path), quote = "", colClasses = "character", comment.char = "", na.strings = "")
hgnc <- hgnc[hgnc$locus_group == "protein-coding gene" & !is.na(hgnc$ensembl_gene_id) &
               hgnc$ensembl_gene_id != "", c("symbol", "ensembl_gene_id")]
hgnc <- hgnc[!duplicated(hgnc$ensembl_gene_id), ]
n <- nrow(hgnc)
symbols <- hgnc$symbol
ids <- hgnc$ensembl_gene_id
# a few hundred ids carry a (made-up) version suffix, as GENCODE/featureCounts output does,
# so that id mapping must strip versions
versioned <- sort(sample.int(n, 300))
ids[versioned] <- paste0(ids[versioned], ".", sample(1:20, length(versioned), replace = TRUE))

# ---- gene sets ----
gmt <- strsplit(readLines(gmt_path), "\t")
sets <- setNames(lapply(gmt, function(x) x[-(1:2)]), vapply(gmt, `[`, "", 1))
ifn_alpha <- sets[["HALLMARK_INTERFERON_ALPHA_RESPONSE"]]
ifn_gamma <- sets[["HALLMARK_INTERFERON_GAMMA_RESPONSE"]]
myc_targets <- sets[["HALLMARK_MYC_TARGETS_V1"]]
stopifnot(length(ifn_alpha) > 0, length(ifn_gamma) > 0, length(myc_targets) > 0)

# ---- expression level and dispersion of each gene ----
# log-normal means of normalized counts (median ~150, long right tail, a tail of barely expressed genes);
# dispersion = asymptote + extra Poisson-like term / mean, with log-normal gene-to-gene scatter
# (DESeq2's parametric trend shape).
base_mean <- exp(rnorm(n, log(150), 1.8))
scatter <- exp(rnorm(n, 0, 0.45))
marker_means <- c(IRF4 = 6000, MYC = 3000, IKZF1 = 1500, IKZF3 = 1200, CRBN = 900, CDK6 = 700, ADAR = 2500)
for (g in names(marker_means)) base_mean[symbols == g] <- marker_means[[g]]
# markers get the typical dispersion of their mean (no unlucky scatter draw hiding the designed effect)
scatter[symbols %in% names(marker_means)] <- 1
# the moved sets are expressed in a myeloma line (otherwise the truth could not be seen)
in_moved_sets <- symbols %in% c(ifn_alpha, ifn_gamma, myc_targets)
base_mean[in_moved_sets] <- pmax(base_mean[in_moved_sets], exp(rnorm(sum(in_moved_sets), log(80), 0.5)))

simulate <- function(lfc, samples, numerator, size_factors, disp_asymptote) {
  disp <- (disp_asymptote + 1 / base_mean) * scatter
  # the denominator group has mean base_mean * 2^(-lfc/2), the numerator base_mean * 2^(lfc/2)
  counts <- matrix(0L, n, length(samples), dimnames = list(NULL, samples))
  for (j in seq_along(samples)) {
    sign <- if (numerator[j]) 0.5 else -0.5
    mu <- size_factors[j] * base_mean * 2^(sign * lfc)
    counts[, j] <- rnbinom(n, size = 1 / disp, mu = mu)
  }
  counts
}

unmapped_rows <- function(samples) {
  # made-up ids that map to no HGNC gene, so the mapping report has something to show; counts are null
  k <- 12
  m <- matrix(rnbinom(k * length(samples), size = 5, mu = 40), k, length(samples),
              dimnames = list(NULL, samples))
  list(ids = sprintf("SYNTHETIC_UNMAPPED_%04d", seq_len(k)), counts = m)
}

write_study <- function(name, counts, samples_df, truth) {
  extra <- unmapped_rows(colnames(counts))
  table <- data.frame(gene_id = c(ids, extra$ids), rbind(counts, extra$counts), check.names = FALSE)
  counts_file <- file.path(out_dir, paste0("synthetic_", name, "_counts.tsv"))
  write.table(table, counts_file, sep = "\t", quote = FALSE, row.names = FALSE)
  if (file.size(counts_file) > 1e6) {
    con <- gzfile(paste0(counts_file, ".gz"), "w")
    writeLines(readLines(counts_file), con)
    close(con)
    file.remove(counts_file)
    counts_file <- paste0(counts_file, ".gz")
  }
  samples_file <- file.path(out_dir, paste0("synthetic_", name, "_samples.tsv"))
  write.table(samples_df, samples_file, sep = "\t", quote = FALSE, row.names = FALSE)
  truth_file <- file.path(out_dir, paste0("synthetic_", name, "_truth.tsv"))
  write.table(truth, truth_file, sep = "\t", quote = FALSE, row.names = FALSE)
  c(counts = basename(counts_file), samples = basename(samples_file))
}

truth_table <- function(lfc, reason) {
  keep <- reason != ""
  data.frame(gene_id = ids[keep], symbol = symbols[keep], true_log2FoldChange = round(lfc[keep], 4),
             reason = reason[keep])
}

# ---- study 1: myeloma cell line, lenalidomide vs DMSO, 3 vs 3 ----
lfc1 <- numeric(n)
reason1 <- character(n)
hit <- symbols %in% myc_targets
lfc1[hit] <- rnorm(sum(hit), -0.7, 0.1); reason1[hit] <- "HALLMARK_MYC_TARGETS_V1"
hit <- symbols %in% union(ifn_alpha, ifn_gamma)
lfc1[hit] <- runif(sum(hit), 1, 2)
reason1[hit] <- ifelse(symbols[hit] %in% ifn_alpha & symbols[hit] %in% ifn_gamma,
                       "HALLMARK_INTERFERON_ALPHA_RESPONSE+HALLMARK_INTERFERON_GAMMA_RESPONSE",
                       ifelse(symbols[hit] %in% ifn_alpha, "HALLMARK_INTERFERON_ALPHA_RESPONSE",
                              "HALLMARK_INTERFERON_GAMMA_RESPONSE"))
hit <- symbols %in% c("IRF4", "MYC")
lfc1[hit] <- -1.5; reason1[hit] <- "IRF4/MYC loss downstream of IKZF1/IKZF3 degradation"
hit <- symbols %in% c("IKZF1", "IKZF3")
lfc1[hit] <- 0; reason1[hit] <- "unchanged: degraded as protein, mRNA not changed"

s1 <- c(paste0("DMSO_", 1:3), paste0("lenalidomide_", 1:3))
counts1 <- simulate(lfc1, s1, numerator = grepl("^lenalidomide", s1),
                    size_factors = c(0.85, 1.10, 1.00, 1.20, 0.90, 0.95), disp_asymptote = 0.02)
files1 <- write_study("lenalidomide_vs_dmso", counts1,
                      data.frame(sample = s1, treatment = sub("_[0-9]+$", "", s1)),
                      truth_table(lfc1, reason1))

# ---- study 2: lenalidomide-resistant vs sensitive myeloma lines, 4 vs 4 ----
lfc2 <- numeric(n)
reason2 <- character(n)
moves2 <- c(CRBN = -2, CDK6 = 1.5, ADAR = 1.5, IRF4 = 1.5)
for (g in names(moves2)) {
  lfc2[symbols == g] <- moves2[[g]]
  reason2[symbols == g] <- if (moves2[[g]] < 0) "resistance: low" else "resistance: high"
}
s2 <- c(paste0("sensitive_", 1:4), paste0("resistant_", 1:4))
# different cell lines, not replicates of one line: more biological variation (higher asymptote)
counts2 <- simulate(lfc2, s2, numerator = grepl("^resistant", s2),
                    size_factors = c(1.05, 0.80, 1.15, 0.95, 1.25, 0.90, 1.00, 0.85), disp_asymptote = 0.08)
files2 <- write_study("resistant_vs_sensitive", counts2,
                      data.frame(sample = s2, response = sub("_[0-9]+$", "", s2)),
                      truth_table(lfc2, reason2))

studies <- data.frame(
  name = c("lenalidomide_vs_dmso_synthetic", "resistant_vs_sensitive_synthetic"),
  counts = c(files1[["counts"]], files2[["counts"]]),
  samples = c(files1[["samples"]], files2[["samples"]]),
  design = c("~ treatment", "~ response"),
  factor = c("treatment", "response"),
  numerator = c("lenalidomide", "resistant"),
  denominator = c("DMSO", "sensitive"))
write.table(studies, file.path(out_dir, "studies.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
cat("seed", SEED, "genes", n, "versioned ids", length(versioned), "\n")
cat("study 1 moved genes:", sum(lfc1 != 0), " study 2 moved genes:", sum(lfc2 != 0), "\n")
print(studies)
