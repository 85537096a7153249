/** `cohort <file>... --period P --measure M`: the retention triangle, as the app draws it. */
import {
  COHORT_PERIODS,
  COHORT_WINDOWS,
  RETENTION_MEASURES,
  type CohortPeriod,
  type CohortWindows,
  type AttributeRules,
  type RetentionMeasure,
} from '../../src/engine/api.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import { flag, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { countingNote, describeDefinition } from '../wording.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';

export const cohort: Command = {
  name: 'cohort',
  kind: 'retention-triangle',
  usage: `<file>... [--period week|month|quarter|year] [--measure active|retained|revenue] [--windows calendar|rolling] [--min-cohort N] [--breakdown column${RULE_SUFFIX}] [--cohort-by column${RULE_SUFFIX}] [--role ROLE=column ...] [--as-of YYYY-MM-DD] [--merge-ids] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const period = (flag(args, 'period') ?? 'month') as CohortPeriod;
    const measure = (flag(args, 'measure') ?? 'active') as RetentionMeasure;
    const windows = (flag(args, 'windows') ?? 'calendar') as CohortWindows;
    if (!COHORT_PERIODS.includes(period)) throw new UsageError(`--period takes ${COHORT_PERIODS.join(', ')}`);
    if (!RETENTION_MEASURES.includes(measure)) throw new UsageError(`--measure takes ${RETENTION_MEASURES.join(', ')}`);
    if (!COHORT_WINDOWS.includes(windows)) throw new UsageError('--windows takes calendar or rolling');
    const spec = customerSpec(args, summary);
    const built = engine.buildCustomerTable(summary.id, spec);
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const rules: AttributeRules = keyedRecord();
    const named = (name: string) => {
      const text = flag(args, name);
      return text === undefined ? undefined : attributeRef(text, rules);
    };
    const minCohortSize = flag(args, 'min-cohort') === undefined ? undefined : Number(flag(args, 'min-cohort'));
    const r = engine.analyze(summary.id, 'retention-triangle', {
      period,
      measure,
      windows,
      minCohortSize,
      breakdown: named('breakdown'),
      cohortBy: named('cohort-by'),
      ...stated(rules),
    });
    if (!r.ok) return { code: 2, error: r.issues[0].message };
    const t = r.value;
    const cohorts = (set: (typeof t.triangles)[number]) =>
      set.cohorts.map((c) => ({
        start: c.label,
        size: c.size,
        values: c.values,
        counts: c.counts,
        observed: c.observed,
        ...(c.small ? { small: true } : {}),
      }));
    return {
      code: 0,
      out: {
        period,
        measure: t.measure,
        windows,
        asOf: t.stamp.asOf,
        ...(t.stamp.parameters.attributeRules ? { attributeRules: t.stamp.parameters.attributeRules } : {}),
        definition: built.value.definition,
        definitionText: describeDefinition(built.value.definition),
        ...(t.counting ? { note: countingNote(t.counting) } : {}),
        ...(t.triangles.length === 1 && t.triangles[0].group === null
          ? { cohorts: cohorts(t.triangles[0]), average: t.triangles[0].average }
          : {
              breakdown: t.triangles.map((s) => ({ group: s.group, cohorts: cohorts(s), average: s.average })),
              pooled: t.pooled,
            }),
      },
    };
  },
};
