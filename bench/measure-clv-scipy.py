#!/usr/bin/python3
"""SciPy's peer for the customer-lifetime-value benchmark: the BG/NBD log-likelihood of Fader,
Hardie & Lee (2005) with its analytic gradient, vectorised in NumPy over the weighted unique
(x, t_x, T) rows (np.unique with counts), minimised by scipy.optimize.minimize(method='L-BFGS-B')
over the log-parameters from the same start as ours (r = a = b = 1, α = max T / 10), on the mean
log-likelihood per customer. Reading the CSV is timed apart (readMs); ms = unique rows + fit.
Prints one JSON line. Usage: /usr/bin/python3 bench/measure-clv-scipy.py <file.csv>"""
import json, sys, time

import numpy as np
from scipy.optimize import minimize
from scipy.special import digamma, gammaln


def main(path):
    t0 = time.perf_counter()
    data = np.loadtxt(path, delimiter=',', skiprows=1)
    x, tx, T = data[:, 0], data[:, 1] / 7, data[:, 2] / 7
    read_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    rows, w = np.unique(np.column_stack([x, tx, T]), axis=0, return_counts=True)
    ux, utx, uT = rows[:, 0], rows[:, 1], rows[:, 2]
    w = w.astype(float)
    n = w.sum()
    has = ux > 0
    bx = np.where(has, ux, 1.0)

    def negll(theta):
        r, al, a, b = np.exp(theta)
        a1 = gammaln(r + ux) - gammaln(r) + r * np.log(al)
        a2 = gammaln(a + b) + gammaln(b + ux) - gammaln(b) - gammaln(a + b + ux)
        l3 = -(r + ux) * np.log(al + uT)
        l4 = np.where(has, np.log(a) - np.log(b + bx - 1) - (r + ux) * np.log(al + utx), -np.inf)
        m = np.logaddexp(l3, l4)
        w3, w4 = np.exp(l3 - m), np.exp(l4 - m)
        ll = np.sum(w * (a1 + a2 + m))
        gr = digamma(r + ux) - digamma(r) + np.log(al) - w3 * np.log(al + uT) - w4 * np.log(al + utx)
        gal = r / al - (r + ux) * (w3 / (al + uT) + w4 / (al + utx))
        ga = digamma(a + b) - digamma(a + b + ux) + w4 / a
        gb = digamma(a + b) + digamma(b + ux) - digamma(b) - digamma(a + b + ux) - w4 / (b + bx - 1)
        grad = np.array([np.sum(w * g) for g in (gr, gal, ga, gb)]) * np.array([r, al, a, b])
        return -ll / n, -grad / n

    start = np.array([0.0, np.log(T.max() / 10), 0.0, 0.0])
    res = minimize(negll, start, jac=True, method='L-BFGS-B', bounds=[(-11.5, 11.5)] * 4,
                   options={'gtol': 1e-8, 'ftol': 1e-15, 'maxiter': 1000})
    ms = (time.perf_counter() - t0) * 1000
    print(json.dumps({'ms': ms, 'readMs': read_ms, 'customers': int(n), 'uniqueRows': int(len(w)),
                      'params': np.exp(res.x).tolist(), 'logLik': float(-res.fun * n), 'converged': bool(res.success),
                      'iterations': int(res.nit), 'evaluations': int(res.nfev), 'peakRssMiB': None}))


if __name__ == '__main__':
    main(sys.argv[1])
