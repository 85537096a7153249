# R survival, Kaplan–Meier by group and the log-rank test:
# `Rscript bench/measure-survival-r.R <file.csv> <t1,t2,…>`.
# Reads the CSV (timed as readMs, not compared), then times survfit(Surv(time, event) ~ group)
# and survdiff(…) on the same formula, each with proc.time() around it. Prints one JSON line:
# the times, S(t) per group at the requested times (summary(fit, times, extend = TRUE)), the
# chi-square and observed/expected counts, and the process's peak memory (VmHWM).
suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
file <- args[1]
ticks <- as.numeric(strsplit(args[2], ",")[[1]])

elapsed_ms <- function(started) (proc.time() - started)[["elapsed"]] * 1000

started <- proc.time()
d <- read.csv(file, colClasses = c("numeric", "integer", "factor"))
read_ms <- elapsed_ms(started)

started <- proc.time()
fit <- survfit(Surv(time, event) ~ group, data = d, conf.type = "log")
fit_ms <- elapsed_ms(started)

started <- proc.time()
diff <- survdiff(Surv(time, event) ~ group, data = d)
diff_ms <- elapsed_ms(started)

at <- summary(fit, times = ticks, extend = TRUE)
groups <- levels(d$group)
num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ","), "]")
surv_by_group <- vapply(groups, function(g) {
  vec(at$surv[as.character(at$strata) == paste0("group=", g)])
}, character(1))
status <- readLines("/proc/self/status")
hwm <- as.numeric(sub("^VmHWM:\\s+(\\d+) kB$", "\\1", grep("^VmHWM:", status, value = TRUE))) / 1024
obs <- if (is.matrix(diff$obs)) rowSums(diff$obs) else diff$obs
expd <- if (is.matrix(diff$exp)) rowSums(diff$exp) else diff$exp

cat(paste0(
  "{",
  "\"ms\":", num(fit_ms + diff_ms),
  ",\"fitMs\":", num(fit_ms),
  ",\"logRankMs\":", num(diff_ms),
  ",\"readMs\":", num(read_ms),
  ",\"rows\":", nrow(d),
  ",\"groups\":[", paste0("\"", groups, "\"", collapse = ","), "]",
  ",\"n\":", vec(as.numeric(fit$n)),
  ",\"events\":", vec(as.numeric(vapply(groups, function(g) sum(d$event[d$group == g]), numeric(1)))),
  ",\"distinctTimes\":", vec(as.numeric(fit$strata)),
  ",\"ticks\":", vec(ticks),
  ",\"survival\":[", paste(surv_by_group, collapse = ","), "]",
  ",\"chi2\":", num(diff$chisq),
  ",\"observed\":", vec(obs),
  ",\"expected\":", vec(expd),
  ",\"peakRssMiB\":", num(hwm),
  ",\"detail\":{\"r\":\"", R.version.string, "\",\"survival\":\"", as.character(packageVersion("survival")), "\"}",
  "}\n"
))
