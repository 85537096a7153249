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
  const columns = [
    numberCustomerColumn(
      'cluster',
      Float64Array.from(cluster, (id) => (id > 0 ? id : NaN)),
      { type: 'integer' },
    ),
  ];
  const names = result.clusters.map((c) => c.name ?? '');
  if (names.some(Boolean)) {
    // A cluster the user left unnamed is called by its number.
    const dictionary = result.clusters.map((c, i) => names[i] || String(c.id));
    columns.push(
      codeCustomerColumn(
        'cluster_name',
        Int32Array.from(cluster, (id) => id - 1),
        dictionary,
      ),
    );
  }
  columns.push(
    numberCustomerColumn('pca_1', Float64Array.from(pc1)),
    numberCustomerColumn('pca_2', Float64Array.from(pc2)),
  );
  return columns;
}
