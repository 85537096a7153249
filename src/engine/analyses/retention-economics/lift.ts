/**
 * "+N points of retention" on the table's own retention: the last year's period retention from
 * the churn KPIs when the data has dates, else each active customer's chance to stay 12 more
 * months on the Kaplan–Meier curve of the survival analysis (both run as those analyses run).
 */
import type { ResolvedRetentionEconomicsOptions, RetentionLift } from '../../api.ts';
import type { LoadedDataset } from '../../loading/datasetLoading.ts';
import { CHURNED } from '../../../core/customers/churnStatus.ts';
import { DAYS_PER_UNIT } from '../../../core/customers/customerTable.ts';
import { conditionalRetention, retentionLift } from '../../../core/analyses/retention-economics/retentionLift.ts';
import type { BuiltTable } from '../analysis.ts';
import { runAnalysis } from '../registry.ts';

function annualRetention(dataset: LoadedDataset, built: BuiltTable, tenureMonths: Float64Array) {
  const kpis = runAnalysis('churn-kpis', dataset, built, {});
  const period = kpis.ok ? kpis.value.period : null;
  if (period && period.complete && period.atStart > 0)
    return { source: 'period-kpis' as const, retention: period.retentionRate };
  const survival = runAnalysis('survival', dataset, built, { unit: 'months' });
  const curve = survival.ok ? survival.value.groups[0]?.curve : undefined;
  if (!curve || curve.times.length === 0) return null;
  const r = conditionalRetention(curve.times, curve.survival, tenureMonths, 12);
  return r === r ? { source: 'survival' as const, retention: r } : null;
}

export function liftOf(
  dataset: LoadedDataset,
  built: BuiltTable,
  o: ResolvedRetentionEconomicsOptions,
): RetentionLift | null {
  const { table } = built;
  const month = DAYS_PER_UNIT.months;
  const tenure: number[] = [];
  let revenue = 0;
  let withRevenue = 0;
  for (let c = 0; c < table.ids.length; c++) {
    if (table.status[c] === CHURNED) continue;
    tenure.push(table.tenureDays[c] / month);
    const years = Math.max(table.tenureDays[c] / (12 * month), 1 / 12);
    if (table.totalValue[c] === table.totalValue[c] && years === years) {
      revenue += table.totalValue[c] / years;
      withRevenue++;
    }
  }
  const retention = annualRetention(dataset, built, Float64Array.from(tenure));
  if (!retention) return null;
  const revenuePerCustomer = withRevenue > 0 ? revenue / withRevenue : NaN;
  const lifted = retentionLift({
    active: tenure.length,
    retention: retention.retention,
    gain: o.retentionGain,
    revenuePerCustomer,
    discount: o.discount,
    ratio: o.acquisitionRatio,
    // Keeping one customer costs an accepted offer and the contacts it took.
    retentionCost: o.offerCost + (o.acceptance > 0 ? o.contactCost / o.acceptance : 0),
  });
  return {
    source: retention.source,
    activeCustomers: tenure.length,
    retention: retention.retention,
    revenuePerCustomer,
    ...lifted,
  };
}
