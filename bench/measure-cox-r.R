# R survival, Cox model: `Rscript bench/measure-cox-r.R <file.csv>`.
# Reads the CSV (timed as readMs, not compared), then times coxph(Surv(time, event) ~ x1 + … ,
# ties = "efron") — which also computes the concordance — and cox.zph(fit) apart, each with
# proc.time() around it. Prints one JSON line.
suppressPackageStartupMessages(library(survival))

file <- commandArgs(trailingOnly = TRUE)[1]
elapsed_ms <- function(started) (proc.time() - started)[["elapsed"]] * 1000

started <- proc.time()
d <- read.csv(file)
read_ms <- elapsed_ms(started)
covariates <- setdiff(names(d), c("time", "event"))
formula <- as.formula(paste("Surv(time, event) ~", paste(covariates, collapse = " + ")))

started <- proc.time()
fit <- coxph(formula, data = d, ties = "efron")
fit_ms <- elapsed_ms(started)
started <- proc.time()
zph <- cox.zph(fit)
zph_ms <- elapsed_ms(started)

num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ","), "]")
status <- readLines("/proc/self/status")
hwm <- as.numeric(sub("^VmHWM:\\s+(\\d+) kB$", "\\1", grep("^VmHWM:", status, value = TRUE))) / 1024
cat(paste0(
  "{",
  "\"ms\":", num(fit_ms),
  ",\"zphMs\":", num(zph_ms),
  ",\"readMs\":", num(read_ms),
  ",\"rows\":", nrow(d),
  ",\"events\":", sum(d$event),
  ",\"coefficients\":", vec(unname(coef(fit))),
  ",\"standardErrors\":", vec(unname(sqrt(diag(vcov(fit))))),
  ",\"logLik\":", num(fit$loglik[2]),
  ",\"concordance\":", num(fit$concordance[["concordance"]]),
  ",\"zphGlobal\":", num(zph$table["GLOBAL", "chisq"]),
  ",\"iterations\":", fit$iter,
  ",\"peakRssMiB\":", num(hwm),
  ",\"detail\":{\"r\":\"", R.version.string, "\",\"survival\":\"", as.character(packageVersion("survival")), "\"}",
  "}\n"
))
