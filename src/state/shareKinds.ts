/**
 * What a share link does with each kind of cell, declared for every kind (the compiler asks a new
 * kind for its entry, so none can be forgotten):
 * - its settings that name values from the data (a filter's categories, a holdout value, …): left
 *   out of every link, the inspector lists them, and the cell's results are not carried either;
 * - what a link with aggregates carries of its result: the kinds with a suppressor
 *   (shareAggregates/suppression.ts AGGREGATE_KINDS) are carried, a kind with no result (a note)
 *   has nothing to carry, and every other kind is listed as needing the data file.
 */
import { isAggregateKind } from './shareAggregates/suppression.ts';
import type { CellKind } from './workbook.svelte.ts';

/**
 * A setting that names data values: `text`, a setting of text (emptied); or `list`, a list
 * setting whose items each hold values as an array at the dotted path `values` (emptied).
 */
export type ValueSetting = { text: string } | { list: string; values: string };

export const VALUE_SETTINGS: { readonly [K in CellKind]: readonly ValueSetting[] } = {
  note: [],
  profile: [],
  'churn-by-attribute': [],
  'monthly-churn': [],
  'value-tiers': [],
  'customer-value': [],
  'early-warnings': [],
  'definition-lab': [],
  'retention-triangle': [],
  survival: [{ list: 'filters', values: 'in' }],
  'retention-projection': [],
  clusters: [],
  'revenue-movements': [],
  'risk-model': [{ text: 'holdoutValue' }],
  'customer-lifetime-value': [],
  rfm: [],
  'churn-drivers': [],
  'churn-reasons': [],
  'retention-decision': [{ list: 'rules', values: 'attribute.in' }],
  'retention-economics': [{ text: 'treatedValues' }],
  'value-risk-quadrant': [],
};

/** Kinds whose cells have no result of their own (their words are in the workbook itself). */
const WITHOUT_RESULT: readonly CellKind[] = ['note'];

export type LinkResult = 'aggregates' | 'needs-data' | 'no-result';

/** What a link with aggregates carries of a cell of this kind. */
export function linkResult(kind: CellKind): LinkResult {
  if (WITHOUT_RESULT.includes(kind)) return 'no-result';
  return isAggregateKind(kind) ? 'aggregates' : 'needs-data';
}
