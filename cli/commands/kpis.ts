/**
 * `kpis <file>...`: the numbers on the KPI cards in one flat JSON, so they can be checked outside
 * the app: churn over a period (the last 12 months before the as-of date by default, or from
 * --period-start to the as-of date) with every term of at start − lost + new − new who also left
 * = at end, the day a loss is counted at, and the monthly series with its complete months.
 */
import type { Issue } from '../../src/engine/api.ts';
import { flag } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { KPI_WARNINGS } from '../wording.ts';

const firstError = (issues: Issue[]) => ({ code: 2, error: issues[0].message });

export const kpis: Command = {
  name: 'kpis',
  usage: `<file>... [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--returns net|drop] [--merge-ids] [--period-start YYYY-MM-DD] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return firstError(built.issues);
    const k = engine.analyze(summary.id, 'churn-kpis', { periodStart: flag(args, 'period-start') });
    if (!k.ok) return firstError(k.issues);
    const m = engine.analyze(summary.id, 'monthly-churn', {});
    if (!m.ok) return firstError(m.issues);
    const { period, unavailable } = k.value;
    const series = m.value.monthly;
    const warnings: { code: string; message: string }[] = built.value.issues
      .filter((i) => i.severity === 'warning')
      .map((i) => ({ code: i.code, message: i.message }));
    if (unavailable.period)
      warnings.push({ code: 'period-unavailable', message: KPI_WARNINGS.unavailable('period', unavailable.period) });
    if (m.value.unavailable)
      warnings.push({ code: 'monthly-unavailable', message: KPI_WARNINGS.unavailable('monthly', m.value.unavailable) });
    if (period && !period.complete)
      warnings.push({ code: 'period-incomplete', message: KPI_WARNINGS['period-incomplete'] });
    const incomplete = series ? series.months.filter((_, i) => !series.complete[i]) : [];
    if (incomplete.length > 0)
      warnings.push({
        code: 'incomplete-months',
        message: KPI_WARNINGS['incomplete-months'](incomplete.length, incomplete[0], incomplete.at(-1)!),
      });
    return {
      code: 0,
      out: {
        asOf: built.value.asOf || null,
        definition: built.value.definition,
        period: period && {
          start: period.start,
          end: period.end,
          customersAtStart: period.atStart,
          lost: period.lost,
          new: period.gained,
          newAlsoLost: period.lostNew,
          atEnd: period.atEnd,
          churnRate: period.churnRate,
          lossCountedAt: period.lossCountedAt,
        },
        monthly: series
          ? series.months.map((month, i) => ({
              month,
              atStart: series.atStart[i],
              lost: series.lost[i],
              rate: series.churnRate[i],
              complete: series.complete[i],
            }))
          : [],
        meanMonthlyChurn: series ? series.meanMonthlyRate : null,
        annualised: series ? series.annualised : null,
        warnings,
      },
    };
  },
};
