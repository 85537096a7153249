/**
 * Why customers churned: the reasons of the churned customers split at the separators, counted
 * (Pareto), mapped to churn types by the table's reason mapping (the user's choices, else the
 * keyword suggestion) and to voluntary / involuntary, crossed with a segment, summed over a
 * value column, and counted by churn month when churn days are known.
 */
import { CHURN_BRANCHES, CHURN_TYPES, type ChurnReasonsResult, type ChurnType, type Result } from '../api.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { churnTypeMapping } from '../../core/customers/churnTypes.ts';
import { DEFAULT_REASON_SEPARATORS, splitReasons } from '../../core/analyses/churn-reasons/reasonSplitting.ts';
import { reasonTally } from '../../core/analyses/churn-reasons/reasonTally.ts';
import { churnBranch, reasonTree } from '../../core/analyses/churn-reasons/reasonTree.ts';
import { churnMonths } from '../../core/analyses/churn-reasons/churnMonths.ts';
import { byText, reorderRows, segmentOrder } from '../../core/analyses/churn-reasons/reasonOrder.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import { reasonValues, segmentCodes, valueColumn } from './churn-reasons/reasonInputs.ts';
import { roleMissing, stampOf, type Analysis } from './analysis.ts';

const DEFAULT_INVOLUNTARY: ChurnType[] = ['involuntary', 'natural'];
const DEFAULT_TOP_REASONS = 3;

function refuse(message: string): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code: 'reasons-option', message }] };
}

export const churnReasons: Analysis<'churn-reasons'> = {
  needs: 'customer-table',
  run({ dataset, table: built }, options) {
    const separators = options.separators ?? DEFAULT_REASON_SEPARATORS;
    const involuntaryTypes = options.involuntaryTypes ?? DEFAULT_INVOLUNTARY;
    const topReasons = options.topReasons ?? DEFAULT_TOP_REASONS;
    if (separators.length > 16 || /[\p{L}\p{N}]/u.test(separators))
      return refuse(
        'Separators are up to 16 punctuation characters, such as ; , | (letters and digits cannot split reasons).',
      );
    if (!Number.isInteger(topReasons) || topReasons < 1 || topReasons > 20)
      return refuse('The reasons listed under each type must be a whole number from 1 to 20.');
    if (!Array.isArray(involuntaryTypes) || involuntaryTypes.some((t) => !CHURN_TYPES.includes(t)))
      return refuse(`Involuntary types are among ${CHURN_TYPES.join(', ')}.`);
    const reason = reasonValues(dataset, built);
    if (!reason)
      return roleMissing('reason', 'Churn reasons need a column with the reason role (why each customer left).');
    const ruled = ruledTable(built, [options.by], options.attributeRules);
    if (!ruled.ok) return ruled;
    const { table, rules } = ruled.value;
    const segment = options.by ? segmentCodes(table, built, options.by) : null;
    if (segment && !segment.ok) return segment;
    const value = valueColumn(table, built, options.value);
    if (!value.ok) return value;

    const split = splitReasons(reason.values, separators);
    const mapping = churnTypeMapping(split.labels, built.spec.reasonTypes ?? {});
    const typeOf = Int32Array.from(split.labels, (r) => CHURN_TYPES.indexOf(mapping[r]));
    const branchOf = Int32Array.from(CHURN_TYPES, (t) => CHURN_BRANCHES.indexOf(churnBranch(t, involuntaryTypes)));
    const churned = churnedFlags(table.status);
    const months = churnMonths(table.churnDay, churned);
    const seg = segment?.value;
    const t = reasonTally({
      codes: reason.codes,
      reasonsOf: split.reasonsOf,
      reasons: split.labels.length,
      churned,
      typeOf,
      types: CHURN_TYPES.length,
      branchOf,
      branches: CHURN_BRANCHES.length,
      segment: seg ? { codes: seg.codes, count: seg.labels.length } : undefined,
      value: value.value?.values,
      month: months ? { codes: months.codes, count: months.months.length } : undefined,
    });
    if (t.withReason === 0)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'reasons-none',
            column: reason.column,
            params: { churned: t.churned },
            message: `None of the ${t.churned} churned customers has a reason in "${reason.column}".`,
          },
        ],
      };
    const share = (n: number) => n / t.withReason;
    const order = split.labels
      .map((_, r) => r)
      .filter((r) => t.counts[r] > 0)
      .sort((a, b) => t.counts[b] - t.counts[a] || byText(split.labels[a], split.labels[b]));
    let running = 0;
    const reasons = order.map((r) => {
      running += t.counts[r];
      return {
        label: split.labels[r],
        type: mapping[split.labels[r]],
        count: t.counts[r],
        share: share(t.counts[r]),
        cumulative: share(running),
        ...(value.value ? { lost: t.lost[r] } : {}),
      };
    });
    const tree = reasonTree({ labels: split.labels, typeOf, ...t, involuntary: involuntaryTypes, topReasons });
    const value_: ChurnReasonsResult = {
      stamp: stampOf('churn-reasons', built, {
        separators,
        ...(options.by ? { by: options.by } : {}),
        value: value.value?.name ?? '',
        involuntaryTypes,
        topReasons,
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
      }),
      column: reason.column,
      churned: t.churned,
      withReason: t.withReason,
      withoutReason: t.churned - t.withReason,
      mentions: t.mentions,
      several: t.several,
      notChurnedWithReason: t.notChurnedWithReason,
      reasons,
      tree,
      ...(seg && options.by
        ? (() => {
            const cols = segmentOrder(t.segmentChurners, seg.labels, seg.binned);
            return {
              segments: {
                column: options.by,
                labels: cols.map((s) => seg.labels[s]),
                churners: cols.map((s) => t.segmentChurners[s]),
                counts: reorderRows(t.bySegment, seg.labels.length, order, cols),
                missing: t.segmentMissing,
              },
            };
          })()
        : {}),
      ...(value.value ? { lost: { column: value.value.name, total: t.lostTotal, missing: t.valueMissing } } : {}),
      ...(months
        ? {
            overTime: {
              months: months.months,
              counts: reorderRows(
                t.byMonth,
                months.months.length,
                order,
                months.months.map((_, m) => m),
              ),
              undated: t.undated,
            },
          }
        : {}),
    };
    return { ok: true, value: value_ };
  },
};
