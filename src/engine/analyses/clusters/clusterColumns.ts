/**
 * The columns clusters add to the customer table: `cluster` (1…k; empty for a customer left out
 * for a missing feature), `cluster_name` when the user named clusters, and the customer's scores
 * on the scatter's two principal components, `pca_1` and `pca_2`.
 */
import type { ClustersResult } from '../../api.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../../core/columns/customerColumn.ts';

export function clusterCustomerColumns(result: ClustersResult): TypedColumn[] {
  const { cluster, pc1, pc2 } = result.perCustomer;
  const n = cluster.length;
  const ids = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    ids[c] = cluster[c] > 0 ? cluster[c] : NaN;
    codes[c] = cluster[c] - 1;
  }
  const columns = [numberCustomerColumn('cluster', ids, { type: 'integer' })];
  const names = result.clusters.map((c) => c.name ?? '');
  // A cluster the user left unnamed is called by its number.
  if (names.some(Boolean))
    columns.push(
      codeCustomerColumn(
        'cluster_name',
        codes,
        result.clusters.map((c, i) => names[i] || String(c.id)),
      ),
    );
  columns.push(numberCustomerColumn('pca_1', pc1.slice()), numberCustomerColumn('pca_2', pc2.slice()));
  return columns;
}
