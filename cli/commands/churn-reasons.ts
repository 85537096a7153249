/**
 * `reasons <file>... [--by column] [--value column|none] [--separators ";,|"] [--involuntary TYPE,...]`:
 * the reason Pareto (counts, shares of churners with a reason, cumulative shares), the value
 * lost with each reason, each reason's churn type and the voluntary / involuntary tree, the
 * reasons by a segment and by churn month.
 */
import { CHURN_TYPES, type AttributeRules, type ChurnReasonsResult, type ChurnType } from '../../src/engine/api.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import { flag, UsageError, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { describeDefinition, reasonsNotes } from '../wording.ts';

const cents = (x: number) => Math.round(x * 100) / 100;

function involuntaryOf(args: ParsedArgs): ChurnType[] | undefined {
  const text = flag(args, 'involuntary');
  if (text === undefined) return undefined;
  const types = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const bad = types.find((t) => !CHURN_TYPES.includes(t as ChurnType));
  if (bad) throw new UsageError(`--involuntary takes churn types separated by commas, among ${CHURN_TYPES.join(', ')}`);
  return types as ChurnType[];
}

/** A reasons × columns matrix as one object per column: { column label: { reason: count } }. */
function byColumn(r: ChurnReasonsResult, labels: string[], counts: Int32Array) {
  return labels.map((label, j) => ({
    label,
    reasons: Object.fromEntries(r.reasons.map((x, i) => [x.label, counts[i * labels.length + j]])),
  }));
}

function output(r: ChurnReasonsResult) {
  return {
    column: r.column,
    separators: r.stamp.parameters.separators,
    ...(r.stamp.asOf ? { asOf: r.stamp.asOf } : {}),
    definition: r.stamp.definition,
    ...(r.stamp.definition ? { definitionText: describeDefinition(r.stamp.definition) } : {}),
    churned: r.churned,
    withReason: r.withReason,
    withoutReason: r.withoutReason,
    mentions: r.mentions,
    several: r.several,
    notes: reasonsNotes(r),
    reasons: r.reasons.map((x) => ({
      reason: x.label,
      type: x.type,
      count: x.count,
      share: x.share,
      cumulative: x.cumulative,
      ...(x.lost !== undefined ? { lost: cents(x.lost) } : {}),
    })),
    ...(r.lost ? { lost: { column: r.lost.column, total: cents(r.lost.total), missing: r.lost.missing } } : {}),
    involuntaryTypes: r.stamp.parameters.involuntaryTypes,
    tree: r.tree,
    ...(r.segments
      ? {
          bySegment: {
            column: r.segments.column,
            missing: r.segments.missing,
            segments: byColumn(r, r.segments.labels, r.segments.counts).map((s, j) => ({
              segment: s.label,
              churners: r.segments!.churners[j],
              reasons: s.reasons,
            })),
          },
        }
      : {}),
    ...(r.overTime
      ? {
          byMonth: {
            undated: r.overTime.undated,
            months: byColumn(r, r.overTime.months, r.overTime.counts).map((m) => ({
              month: m.label,
              reasons: m.reasons,
            })),
          },
        }
      : {}),
  };
}

export const reasons: Command = {
  name: 'reasons',
  kind: 'churn-reasons',
  usage: `<file>... [--by column${RULE_SUFFIX}] [--value column|none] [--separators CHARS] [--involuntary TYPE,...] [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--returns net|drop] [--merge-ids] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const rules: AttributeRules = keyedRecord();
    const byText = flag(args, 'by');
    const by = byText === undefined ? undefined : attributeRef(byText, rules);
    const valueText = flag(args, 'value');
    const involuntaryTypes = involuntaryOf(args);
    const separators = flag(args, 'separators');
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const r = engine.analyze(summary.id, 'churn-reasons', {
      ...(by ? { by } : {}),
      ...stated(rules),
      ...(valueText !== undefined ? { value: valueText === 'none' ? '' : valueText } : {}),
      ...(involuntaryTypes ? { involuntaryTypes } : {}),
      ...(separators !== undefined ? { separators } : {}),
    });
    if (!r.ok) return { code: 2, error: r.issues[0].message };
    return { code: 0, out: output(r.value) };
  },
};
