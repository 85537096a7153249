"""scikit-learn's k-means on the benchmark matrix (a child of kmeansBench.ts), one thread.

Arguments: <matrix.f64> <n> <d> <k> <init.f64> <labels-out.i32>. (a) KMeans(algorithm='lloyd',
init=the given centres, n_init=1), (b) KMeans(algorithm='lloyd', init='k-means++', n_init=1,
random_state=1), (c) kmeans_plusplus(X, k, random_state=1) alone. The caller sets
OMP_NUM_THREADS=1 (and OPENBLAS_NUM_THREADS=1). One JSON line.
"""
import json
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from threadpoolctl import threadpool_info

path, n, d, k, init_path, labels_path = sys.argv[1:]
n, d, k = int(n), int(d), int(k)
t = time.perf_counter()
X = np.fromfile(path, dtype=np.float64, count=n * d).reshape(n, d)
init = np.fromfile(init_path, dtype=np.float64, count=k * d).reshape(k, d)
read_ms = (time.perf_counter() - t) * 1000

t = time.perf_counter()
given = KMeans(n_clusters=k, init=init, n_init=1, algorithm='lloyd').fit(X)
lloyd_ms = (time.perf_counter() - t) * 1000
given.labels_.astype(np.int32).tofile(labels_path)

t = time.perf_counter()
full = KMeans(n_clusters=k, init='k-means++', n_init=1, algorithm='lloyd', random_state=1).fit(X)
full_ms = (time.perf_counter() - t) * 1000

t = time.perf_counter()
kmeans_plusplus(X, k, random_state=1)
seeding_ms = (time.perf_counter() - t) * 1000

print(json.dumps({
    'readMs': read_ms,
    'lloydMs': lloyd_ms,
    'lloydIterations': int(given.n_iter_),
    'lloydInertia': float(given.inertia_),
    'fullMs': full_ms,
    'fullIterations': int(full.n_iter_),
    'fullInertia': float(full.inertia_),
    'seedingMs': seeding_ms,
    'peakRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    'detail': {
        'sklearn': sklearn.__version__,
        'numpy': np.__version__,
        'threads': [(i['internal_api'], i.get('architecture'), i['num_threads']) for i in threadpool_info()],
    },
}))
