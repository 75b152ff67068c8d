#!/usr/bin/env Rscript
# Reference runs of R's optim(method = "L-BFGS-B") for the Java port (LbfgsBTest): every point at which optim
# evaluated the objective (in order, so the Java iterates can be compared one by one) and optim's result.
# Also the R numerics DESeq2's refit depends on (RNumericsTest): dnbinom(mu =, log = TRUE), dnorm(log = TRUE),
# lgamma, and qr.Q / qr.R of the reference sets' designs, bit for bit (%a).
# Usage (from the repository root, after deseq2_reference.R, whose sample sheets it reads):
#   Rscript scripts/reference/lbfgsb_reference.R src/test/resources/expression/reference/lbfgsb
# Made with R 4.2.2 from Debian 12 (r-base-core); optim's defaults unless a case says otherwise
# (lmm 5, factr 1e7, pgtol 0, maxit 100, ndeps 1e-3, parscale and fnscale 1).
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: lbfgsb_reference.R OUT_DIR")
out <- args[1]
dir.create(out, showWarnings = FALSE, recursive = TRUE)
num <- function(x) sprintf("%.17g", x)

rosenbrock <- function(x) 100 * (x[2] - x[1] * x[1]) * (x[2] - x[1] * x[1]) + (1 - x[1]) * (1 - x[1])
rosenbrockGrad <- function(x) c(-400 * x[1] * (x[2] - x[1] * x[1]) - 2 * (1 - x[1]), 200 * (x[2] - x[1] * x[1]))
# decreasing towards the lower bounds and flat there: the relative-reduction test stops it early
flat <- function(x) 5 + exp(x[1]) + 0.5 * exp(x[1] + x[2]) + 1e-6 * x[2] * x[2]
# an 8-dimensional coupled quadratic (tridiagonal Hessian) with targets partly outside the box
qc <- c(1, 2, 3, 4, 5, 6, 7, 8); qt <- c(2, -3, 0.5, 1.5, -0.25, 4, -2, 0.75)
quadratic <- function(x) {
  s <- 0
  for (i in 1:8) s <- s + qc[i] * (x[i] - qt[i]) * (x[i] - qt[i])
  for (i in 1:7) s <- s + 0.3 * x[i] * x[i + 1]
  s
}
quadraticGrad <- function(x) {
  g <- numeric(8)
  for (i in 1:8) g[i] <- 2 * qc[i] * (x[i] - qt[i])
  for (i in 1:7) { g[i] <- g[i] + 0.3 * x[i + 1]; g[i + 1] <- g[i + 1] + 0.3 * x[i] }
  g
}

# DESeq2 1.38.3's objective in fitNbinomGLMsOptim (R/core.R) for one gene, counts zero in all but one sample
# (d0110 of the divergent set), at its final dispersion 10 and size factors, from its least-squares start
deseqNf <- c(0.8245317681214914, 1.1026299647406892, 1.2479072343299271, 0.9150042684123859, 1.0775884959373816,
             0.9568225866387965)
deseqK <- c(0, 0, 0, 0, 0, 797); deseqX <- cbind(1, c(0, 0, 0, 1, 1, 1)); deseqLambda <- rep(1e-6, 2)
deseqObjective <- function(p) {
  mu_row <- as.numeric(deseqNf * 2^(deseqX %*% p))
  logLike <- sum(dnbinom(deseqK, mu = mu_row, size = 1 / 10, log = TRUE))
  logPrior <- sum(dnorm(p, 0, sqrt(1 / deseqLambda), log = TRUE))
  negLogPost <- -1 * (logLike + logPrior)
  if (is.finite(negLogPost)) negLogPost else 10^300
}

cases <- list(
  list(name = "rosenbrock_unbounded_fd", fn = rosenbrock, gr = NULL, par = c(-1.2, 1),
       lower = -Inf, upper = Inf, control = list()),
  list(name = "rosenbrock_box_fd", fn = rosenbrock, gr = NULL, par = c(-1.2, 1),
       lower = c(-2, -2), upper = c(0.8, 2), control = list()),
  list(name = "rosenbrock_onesided_grad", fn = rosenbrock, gr = rosenbrockGrad, par = c(-1.2, 0.3),
       lower = c(-1.5, -Inf), upper = c(Inf, 0.5), control = list()),
  list(name = "rosenbrock_start_outside_fd", fn = rosenbrock, gr = NULL, par = c(3, -3),
       lower = c(-2, -2), upper = c(2, 2), control = list()),
  list(name = "flat_fd", fn = flat, gr = NULL, par = c(2, -1),
       lower = c(-30, -30), upper = c(30, 30), control = list()),
  list(name = "quadratic8_lmm2_grad", fn = quadratic, gr = quadraticGrad, par = rep(0.5, 8),
       lower = c(-1, -1, -1, -1, -1, -10, -10, -10), upper = c(1, 1, 1, 1, 1, 10, 10, 10),
       control = list(lmm = 2)),
  list(name = "quadratic8_fd", fn = quadratic, gr = NULL, par = rep(0.5, 8),
       lower = c(-1, -1, -1, -1, -1, -10, -10, -10), upper = c(1, 1, 1, 1, 1, 10, 10, 10),
       control = list()),
  list(name = "quadratic8_maxit3_fd", fn = quadratic, gr = NULL, par = rep(0.5, 8),
       lower = c(-1, -1, -1, -1, -1, -10, -10, -10), upper = c(1, 1, 1, 1, 1, 10, 10, 10),
       control = list(maxit = 3)),
  list(name = "deseq2_single_sample_fd", fn = deseqObjective, gr = NULL,
       par = c(-2.3025850929940459, 3.0092323690760558), lower = -30, upper = 30, control = list()),
  list(name = "quadratic8_factr1_fd", fn = quadratic, gr = NULL, par = rep(0.5, 8),
       lower = c(-1, -1, -1, -1, -1, -10, -10, -10), upper = c(1, 1, 1, 1, 1, 10, 10, 10),
       control = list(factr = 1, pgtol = 1e-12))
)

summary <- NULL
for (cs in cases) {
  evals <- NULL
  fn <- function(x) { v <- cs$fn(x); evals <<- rbind(evals, c(v, x)); v }
  o <- optim(cs$par, fn, cs$gr, method = "L-BFGS-B", lower = cs$lower, upper = cs$upper, control = cs$control)
  colnames(evals) <- c("f", paste0("x", seq_along(cs$par)))
  write.table(apply(evals, 2, num), file.path(out, paste0(cs$name, ".evals.tsv")), sep = "\t", quote = FALSE,
              row.names = FALSE)
  summary <- rbind(summary, data.frame(case = cs$name, value = num(o$value), par = paste(num(o$par), collapse = ","),
                                       counts = o$counts[[1]], convergence = o$convergence,
                                       message = if (is.null(o$message)) "" else o$message))
  cat(cs$name, ": value ", num(o$value), ", ", nrow(evals), " evaluations, convergence ", o$convergence, " ",
      o$message, "\n", sep = "")
}
write.table(summary, file.path(out, "cases.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)

# dnbinom over counts 0..3000, dispersions 1e-8..50 (size = 1/alpha) and means down to 1e-11 (a zero group
# on DESeq2's bound 2^-30), dnorm with DESeq2's prior sd, lgamma
set.seed(42)
nb <- 600
x <- c(rep(0, 100), rpois(250, 3), rnbinom(250, mu = 300, size = 1))
size <- 1 / exp(runif(nb, log(1e-8), log(50)))
mu <- exp(runif(nb, -25, 10))
write.table(data.frame(x = sprintf("%a", x), size = sprintf("%a", size), mu = sprintf("%a", mu),
                       dnbinom = sprintf("%a", dnbinom(x, size = size, mu = mu, log = TRUE)),
                       dnorm = sprintf("%a", dnorm(log(mu), 0, sqrt(1 / 1e-6), log = TRUE)),
                       lgamma = sprintf("%a", lgamma(size))),
            file.path(out, "nmath.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)

# qr() of the model matrices of the reference sets (stats::model.matrix, treatment contrasts)
ref <- dirname(out)
designs <- list(c("divergent", "~ cond"), c("divergent", "~ batch + cond"), c("divergent8", "~ batch + cond"),
                c("pasilla", "~ type + condition"), c("synthetic", "~ batch + cond"), c("edge", "~ grp"),
                c("refit", "~ grp"))
qrs <- NULL
for (d in designs) {
  cd <- read.table(file.path(ref, paste0(d[1], ".samples.tsv")), header = TRUE, row.names = 1, sep = "\t",
                   stringsAsFactors = TRUE)
  mm <- model.matrix(as.formula(d[2]), cd)
  q <- qr(mm)
  qrs <- rbind(qrs, data.frame(dataset = d[1], design = d[2], rows = nrow(mm), columns = ncol(mm), rank = q$rank,
                               x = paste(sprintf("%a", mm), collapse = ","),
                               Q = paste(sprintf("%a", qr.Q(q)), collapse = ","),
                               R = paste(sprintf("%a", qr.R(q)), collapse = ",")))
}
write.table(qrs, file.path(out, "qr.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.txt"))
