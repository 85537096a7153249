/**
 * Churn rate by the values of one attribute, with 95 % Wilson intervals and risk ratios. A
 * numeric attribute with many values is cut into bins (quantiles, or the user's bands); groups
 * too small to rank on are marked.
 */
import type { AttributeChurnResult, Result } from '../api.ts';
import { churnByAttribute as churnByGroup } from '../../core/analyses/churn-by-attribute/churnByAttribute.ts';
import {
  binCodes,
  binLabels,
  DEFAULT_BINS,
  distinctAtMost,
  MAX_NUMERIC_CATEGORIES,
  quantileEdges,
  wholeNumbers,
} from '../../core/analyses/churn-by-attribute/numericBins.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { dictionaryEncode } from '../../core/columns/typedColumn.ts';
import { attributeColumn, unknownAttribute } from '../customers/customerSelection.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import { stampOf, type Analysis } from './analysis.ts';

const DEFAULT_MIN_GROUP = 30;

function invalid(message: string): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code: 'invalid-definition', message }] };
}

export const churnByAttribute: Analysis<'churn-by-attribute'> = {
  needs: 'customer-table',
  run({ table: built }, options) {
    const { column } = options;
    const ruled = ruledTable(built, [column], options.attributeRules);
    if (!ruled.ok) return ruled;
    const { table, rules } = ruled.value;
    const col = attributeColumn(table, column);
    if (!col) return unknownAttribute(column);
    const bins = options.bins ?? DEFAULT_BINS;
    const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP;
    const sort = options.sort ?? 'rate';
    if (
      Array.isArray(bins) &&
      (bins.length < 2 || bins.some((e, i) => !Number.isFinite(e) || (i > 0 && e <= bins[i - 1])))
    )
      return invalid('Bands need at least two ascending edges, e.g. 0, 12, 24, 72.');
    if (!Array.isArray(bins) && !(Number.isInteger(bins) && bins >= 2 && bins <= 20))
      return invalid('The number of bins must be a whole number from 2 to 20.');
    let codes: Int32Array;
    let labels: string[];
    let binned: AttributeChurnResult['binned'];
    const d = col.data;
    if (d.kind === 'string') ({ codes, labels } = { codes: d.codes, labels: d.dictionary });
    else if (d.kind === 'boolean') ({ codes, labels } = { codes: Int32Array.from(d.values), labels: ['no', 'yes'] });
    else if (!Array.isArray(bins) && distinctAtMost(d.values, MAX_NUMERIC_CATEGORIES)) {
      const encoded = dictionaryEncode(Array.from(d.values, (v) => (v === v ? String(v) : '')));
      ({ codes, labels } = { codes: encoded.codes, labels: encoded.dictionary });
    } else {
      const edges = Array.isArray(bins) ? [...bins] : quantileEdges(d.values, bins);
      codes = binCodes(d.values, edges);
      let outside = 0;
      for (let c = 0; c < codes.length; c++) if (codes[c] === -1 && d.values[c] === d.values[c]) outside++;
      binned = { by: Array.isArray(bins) ? 'bands' : 'quantiles', edges, outside };
      labels = binLabels(edges, wholeNumbers(d.values));
    }
    const r = churnByGroup(codes, labels, churnedFlags(table.status));
    const order = new Map(labels.map((label, k) => [label, k]));
    const groups = r.groups.map((g) => {
      const k = order.get(g.label)!;
      return {
        ...g,
        small: g.count < minGroupSize,
        ...(binned ? { range: [binned.edges[k], binned.edges[k + 1]] as [number, number] } : {}),
      };
    });
    if (binned) groups.sort((a, b) => order.get(a.label)! - order.get(b.label)!);
    else if (sort === 'rate') groups.sort((a, b) => b.rate - a.rate || b.count - a.count);
    const value: AttributeChurnResult = {
      stamp: stampOf('churn-by-attribute', built, {
        column,
        bins,
        minGroupSize,
        sort,
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
      }),
      column,
      overall: r.overall,
      groups,
      missing: r.missing,
      ...(binned ? { binned } : {}),
    };
    return { ok: true, value };
  },
};
