/** The reason column per customer, and each churned customer's churn type by cause. */
import type { ChurnType, Role } from '../api.ts';
import { pickRows } from '../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { CHURN_TYPES, churnTypeMapping } from '../../core/customers/churnTypes.ts';
import { CHURNED } from '../../core/customers/churnStatus.ts';
import { columnsWithRole } from './customerInputs.ts';

export function reasonColumns(
  columns: TypedColumn[],
  roles: Record<string, Role>,
  rows: Int32Array,
  status: Uint8Array,
  overrides: Record<string, ChurnType> = {},
): { reason: TypedColumn; churnType: TypedColumn; mapping: Record<string, ChurnType> } | null {
  const col = columnsWithRole(columns, roles, 'reason')[0];
  if (!col || col.data.kind !== 'string') return null;
  const reason = pickRows(col, rows, 'reason');
  if (reason.data.kind !== 'string') return null;
  const { codes, dictionary } = reason.data;
  const mapping = churnTypeMapping(dictionary, overrides);
  const typeCode = dictionary.map((r) => CHURN_TYPES.indexOf(mapping[r]));
  const unknown = CHURN_TYPES.indexOf('unknown');
  const out = new Int32Array(codes.length);
  let nulls = 0;
  for (let c = 0; c < codes.length; c++) {
    if (status[c] !== CHURNED) {
      out[c] = -1;
      nulls++;
    } else out[c] = codes[c] < 0 ? unknown : typeCode[codes[c]];
  }
  const churnType: TypedColumn = {
    name: 'churn_type',
    type: 'categorical',
    data: { kind: 'string', codes: out, dictionary: [...CHURN_TYPES] },
    nulls,
    invalid: { count: 0, indices: [], examples: [] },
    distinct: new Set(out.filter((c) => c >= 0)).size,
  };
  return { reason, churnType, mapping };
}
