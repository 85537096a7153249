#!/usr/bin/python3
"""
scikit-learn, logistic regression: `<file.csv>` with x0..x9, c0..c2, churned. Reading the CSV
(pandas) and building the design (numbers z-scored with the population SD, categories one-hot
in level order) is timed as readMs, not compared. The compared time is
LogisticRegression(C=1.0).fit (lbfgs, its default tolerance), run with OMP_NUM_THREADS=1.
Prints one JSON line.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

LEVELS = [4, 4, 3]

t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1])
numbers = df[[f'x{j}' for j in range(10)]].to_numpy(dtype=float)
numbers = (numbers - numbers.mean(axis=0)) / numbers.std(axis=0)
hot = [np.eye(k)[df[f'c{i}'].to_numpy()] for i, k in enumerate(LEVELS)]
x = np.ascontiguousarray(np.hstack([numbers] + hot))
y = df['churned'].to_numpy()
t1 = time.perf_counter()
m = LogisticRegression(C=1.0).fit(x, y)
t2 = time.perf_counter()
eta = x @ m.coef_[0] + m.intercept_[0]
objective = float(np.sum(np.logaddexp(0, eta) - y * eta) + 0.5 * m.coef_[0] @ m.coef_[0])
print(json.dumps({
    'ms': (t2 - t1) * 1000,
    'readMs': (t1 - t0) * 1000,
    'rows': int(len(y)),
    'columns': int(x.shape[1]),
    'iterations': int(m.n_iter_[0]),
    'objective': objective,
    'coefficients': [float(m.intercept_[0])] + [float(v) for v in m.coef_[0]],
    'peakRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
