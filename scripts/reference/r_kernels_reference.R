#!/usr/bin/env Rscript
# Reference values of the pieces of R that DESeq2's prior-width simulation (estimateDispersionsPriorVar with 1 to 3
# residual degrees of freedom) runs on, for the Java classes RRandom, RDistributions, RHist, RSum and Loess
# (tests: src/test/java/org/gluegraph/expression/internal/RKernelsTest.java).
# Usage (from the repository root):
#   Rscript scripts/reference/r_kernels_reference.R src/test/resources/expression/reference
# Made with R 4.2.2 from Debian 12 (r-base); default RNG kinds (Mersenne-Twister, Inversion, Rejection).
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: r_kernels_reference.R OUT_DIR")
out <- args[1]
stopifnot(identical(RNGkind(), c("Mersenne-Twister", "Inversion", "Rejection")))
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
rows <- list()
add <- function(call, values) {
  rows[[length(rows) + 1]] <<- data.frame(call = call, index = seq_along(values), value = num(values))
}
write_rows <- function(file) {
  con <- if (grepl("\\.gz$", file)) gzfile(file.path(out, file), "w") else file(file.path(out, file), "w")
  write.table(do.call(rbind, rows), con, sep = "\t", quote = FALSE, row.names = FALSE)
  close(con)
  rows <<- list()
}

# Random streams: one set.seed(2) and the calls in this order on the same stream.
set.seed(2)
add("set.seed(2); runif(5)", runif(5))
add("rnorm(5)", rnorm(5))
add("rexp(5)", rexp(5))
add("rchisq(5, df = 1)", rchisq(5, df = 1))
add("rchisq(5, df = 2)", rchisq(5, df = 2))
add("rchisq(5, df = 3)", rchisq(5, df = 3))
add("rgamma(5, shape = 2.5)", rgamma(5, shape = 2.5))
add("rgamma(5, shape = 0.3, scale = 4)", rgamma(5, shape = 0.3, scale = 4))
add("rnorm(5, 1.5, 0)", rnorm(5, 1.5, 0))   # sd 0: the mean, no draw
add("rnorm(5, -1, 2.5)", rnorm(5, -1, 2.5))
add("runif(3)", runif(3))
# long streams as DESeq2 draws them: rchisq(1e4, df) then rnorm(1e4, 0, sd); first 500 and last 10 of each
for (df in 1:3) {
  set.seed(2)
  x <- rchisq(1e4, df = df)
  y <- rnorm(1e4, 0, sqrt(8 / 199))
  add(sprintf("set.seed(2); rchisq(1e4, df = %d)[c(1:500, 9991:10000)]", df), x[c(1:500, 9991:10000)])
  add(sprintf("then rnorm(1e4, 0, sqrt(8/199))[c(1:500, 9991:10000)] (df = %d)", df), y[c(1:500, 9991:10000)])
  add(sprintf("then runif(2) (df = %d)", df), runif(2))
}
# other seeds (the initial scrambling of set.seed on negative and large seeds)
set.seed(-7); add("set.seed(-7); runif(3)", runif(3))
set.seed(20261123); add("set.seed(20261123); runif(3)", runif(3))
set.seed(.Machine$integer.max); add("set.seed(.Machine$integer.max); runif(3)", runif(3))
# qnorm in its three regions (central, r <= 5, r > 5), lower tail
p <- c(0.5, 0.3, 0.925, 0.075, 0.01, 1e-5, 0.9999, 1e-12, 1e-300, 1 - 1e-16, 2^-1074)
add("qnorm(c(0.5, 0.3, 0.925, 0.075, 0.01, 1e-5, 0.9999, 1e-12, 1e-300, 1 - 1e-16, 2^-1074))", qnorm(p))
write_rows("r_random.tsv.gz")

# hist(x, breaks = -20:20/2, plot = FALSE)$density, with values on and next to the breaks (fuzz 1e-7 * 0.5)
brks <- -20:20/2
h1 <- c(-10, -9.99, -0.5, -0.5 + 4e-8, -0.5 + 6e-8, 0, 0.25, 3 + 4e-8, 3 + 6e-8, 9.99, 10, -10 - 4e-8, 10 + 4e-8)
add("hist(h1, breaks = -20:20/2)$counts, h1 = c(-10, -9.99, -0.5, -0.5 + 4e-8, -0.5 + 6e-8, 0, 0.25, 3 + 4e-8, 3 + 6e-8, 9.99, 10, -10 - 4e-8, 10 + 4e-8)",
    hist(h1, breaks = brks, plot = FALSE)$counts)
add("hist(h1, breaks = -20:20/2)$density", hist(h1, breaks = brks, plot = FALSE)$density)
set.seed(11)
h2 <- rnorm(997, 0.3, 2)
add("set.seed(11); h2 = rnorm(997, 0.3, 2)", h2)
add("hist(h2, breaks = -20:20/2)$density", hist(h2, breaks = brks, plot = FALSE)$density)
# unequal bins (fuzz 1e-7 * median width = 2e-7), values on and next to breaks
h3 <- c(h2, -10, -3, 0, 0.5, 5, 10, 0.5 + 1e-7, 0.5 + 3e-7, -3 - 1e-7)
add("hist(h3, breaks = c(-10, -3, -1, 0, 0.5, 2, 5, 10))$counts, h3 = c(h2, -10, -3, 0, 0.5, 5, 10, 0.5 + 1e-7, 0.5 + 3e-7, -3 - 1e-7)",
    hist(h3, breaks = c(-10, -3, -1, 0, 0.5, 2, 5, 10), plot = FALSE)$counts)
add("hist(h3, breaks = c(-10, -3, -1, 0, 0.5, 2, 5, 10))$density",
    hist(h3, breaks = c(-10, -3, -1, 0, 0.5, 2, 5, 10), plot = FALSE)$density)
# sum() accumulates in long double: values whose double sum differs from it
s <- c(1, 2^-60, -1, 1e-3, 3.3, -3.3, 0.1, 0.2, -0.3)
add("sum(s), s = c(1, 2^-60, -1, 1e-3, 3.3, -3.3, 0.1, 0.2, -0.3)", sum(s))
add("sum(h2 * exp(h2))", sum(h2 * exp(h2)))
add("h2 * exp(h2)", h2 * exp(h2))
write_rows("r_hist.tsv.gz")

# loess(y ~ x, span, degree) with all other defaults (gaussian, surface interpolate, cell 0.2), predicted on grids
loess_case <- function(name, x, y, span, degree, newx) {
  fit <- loess(y ~ x, span = span, degree = degree)
  add(paste0(name, " x"), x)
  add(paste0(name, " y"), y)
  add(paste0(name, " newx"), newx)
  add(paste0(name, " predict"), predict(fit, newx))
  add(paste0(name, " fitted"), fitted(fit))
}
set.seed(3)
gx <- seq(0, 8, length = 200)
loess_case("A: KL-like curve, x = seq(0, 8, length = 200), span 0.2, degree 2", gx,
           0.05 + 0.3 * (gx - 1.3)^2 / (1 + gx) + rnorm(200, 0, 0.01), 0.2, 2, seq(0, 8, length = 1000))
bx <- sort(runif(57) * 10)
loess_case("B: sin, 57 uniform x, span 0.3, degree 1", bx, sin(bx) + rnorm(57, 0, 0.2), 0.3, 1,
           seq(min(bx), max(bx), length = 101))
cx <- rep(1:20, each = 3)
loess_case("C: ties, x = rep(1:20, each = 3), span 0.5, degree 2", cx, log(cx) + rnorm(60, 0, 0.1), 0.5, 2,
           c(seq(1, 20, length = 77), 0.5, 21))
dx <- runif(600) * 3
loess_case("D: 600 uniform x, span 0.1, degree 2", dx, exp(-dx) * cos(4 * dx) + rnorm(600, 0, 0.05), 0.1, 2,
           seq(min(dx), max(dx), length = 333))
write_rows("r_loess.tsv.gz")

# DESeq2's simulation (estimateDispersionsPriorVar, DESeq2 1.38.3, residual df 1 to 3): after set.seed(2), per
# grid variance x in seq(0, 8, length = 200): log(rchisq(1e4, df)) + rnorm(1e4, 0, sqrt(x)) - log(df), the values
# in (-10, 10) counted in hist(breaks = -20:20/2). Written: the 40 counts, the number kept, the first and the last
# value of the 10,000 (before the filter).
sim <- list()
grid <- seq(from = 0, to = 8, length = 200)
for (df in 1:3) {
  set.seed(2)
  for (g in seq_along(grid)) {
    randDist <- log(rchisq(1e4, df = df)) + rnorm(1e4, 0, sqrt(grid[g])) - log(df)
    kept <- randDist[randDist > -10 & randDist < 10]
    counts <- hist(kept, breaks = brks, plot = FALSE)$counts
    sim[[length(sim) + 1]] <- data.frame(df = df, grid = g, kept = length(kept), first = num(randDist[1]),
                                         last = num(randDist[1e4]), counts = paste(counts, collapse = ","))
  }
}
con <- gzfile(file.path(out, "r_priorvar_simulation.tsv.gz"), "w")
write.table(do.call(rbind, sim), con, sep = "\t", quote = FALSE, row.names = FALSE)
close(con)

writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.r_kernels.txt"))
