/** Churn rate by the values of one attribute, with 95 % Wilson intervals and risk ratios. */
import { churnByAttribute as churnByGroup } from '../../core/analyses/churn-by-attribute/churnByAttribute.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { dictionaryEncode } from '../../core/columns/typedColumn.ts';
import { attributeColumn, unknownAttribute } from '../customers/customerSelection.ts';
import { stampOf, type Analysis } from './analysis.ts';

export const churnByAttribute: Analysis<'churn-by-attribute'> = {
  needs: 'customer-table',
  run({ table: built }, { column }) {
    const { table } = built;
    const col = attributeColumn(table, column);
    if (!col) return unknownAttribute(column);
    let codes: Int32Array;
    let labels: string[];
    if (col.data.kind === 'string') ({ codes, labels } = { codes: col.data.codes, labels: col.data.dictionary });
    else if (col.data.kind === 'boolean')
      ({ codes, labels } = { codes: Int32Array.from(col.data.values), labels: ['no', 'yes'] });
    else {
      const text = Array.from(col.data.values, (v) => (v === v ? String(v) : ''));
      const encoded = dictionaryEncode(text);
      ({ codes, labels } = { codes: encoded.codes, labels: encoded.dictionary });
    }
    const r = churnByGroup(codes, labels, churnedFlags(table.status));
    return {
      ok: true,
      value: {
        stamp: stampOf('churn-by-attribute', built, { column }),
        column,
        overall: r.overall,
        groups: r.groups,
        missing: r.missing,
      },
    };
  },
};
