"""scikit-learn, CART: DecisionTreeClassifier(criterion='gini', max_depth, random_state=0).fit(X, y),
one thread (the tree builder is single-threaded), on the benchmark's column-major float64 file.
`/usr/bin/python3 bench/measure-cart-sklearn.py <file.f64> <labels.u8> <features> <maxDepth>`.
Reading the file and converting X to the float32 Fortran-ordered array the builder works on are
timed apart (readMs, not compared); the compared time is fit() alone. Prints one JSON line."""
import json
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn.tree import DecisionTreeClassifier

path, labels, features, depth = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
started = time.perf_counter()
y = np.fromfile(labels, dtype=np.uint8).astype(np.int64)
n = len(y)
X = np.asfortranarray(np.fromfile(path, dtype=np.float64).reshape(features, n).T.astype(np.float32))
read_ms = (time.perf_counter() - started) * 1000
started = time.perf_counter()
model = DecisionTreeClassifier(criterion='gini', max_depth=depth, random_state=0).fit(X, y)
ms = (time.perf_counter() - started) * 1000
t = model.tree_
# Pre-order, left child first: scikit-learn's node numbering, and ours.
nodes = [{'feature': max(-1, int(t.feature[i])), 'threshold': float(t.threshold[i]) if t.feature[i] >= 0 else None,
          'samples': int(t.n_node_samples[i]), 'impurity': float(t.impurity[i])} for i in range(t.node_count)]
leaves = int((t.children_left == -1).sum())
top = nodes[:15]
print(json.dumps({
    'ms': ms, 'readMs': read_ms, 'rows': n, 'nodes': int(t.node_count), 'leaves': leaves,
    'top': top,
    'leafImpurity': float(sum(t.impurity[i] * t.n_node_samples[i] for i in range(t.node_count) if t.children_left[i] == -1) / n),
    'peakRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    'detail': {'sklearn': sklearn.__version__, 'numpy': np.__version__},
}))
