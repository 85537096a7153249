/**
 * The Chow–Liu tree (Chow & Liu 1968): the maximum-weight spanning tree over k nodes with edge
 * weights `weight[i · k + j]`, by Prim's algorithm from `root`, returned as each node's parent
 * (−1 for the root), so the edges point away from the root. Ties go to the lower node number.
 */
export function chowLiuTree(weight: Float64Array, k: number, root = 0): Int32Array {
  const parent = new Int32Array(k).fill(-1);
  if (k === 0) return parent;
  const inTree = new Uint8Array(k);
  const best = new Float64Array(k).fill(-Infinity);
  inTree[root] = 1;
  for (let j = 0; j < k; j++) {
    if (j === root) continue;
    best[j] = weight[root * k + j];
    parent[j] = root;
  }
  for (let added = 1; added < k; added++) {
    let next = -1;
    for (let j = 0; j < k; j++) if (!inTree[j] && (next < 0 || best[j] > best[next])) next = j;
    inTree[next] = 1;
    for (let j = 0; j < k; j++) {
      if (inTree[j]) continue;
      const w = weight[next * k + j];
      if (w > best[j]) {
        best[j] = w;
        parent[j] = next;
      }
    }
  }
  return parent;
}
