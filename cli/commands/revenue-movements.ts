/** `revenue <file>... [--period month|quarter|year] [--by column]`: the revenue bridge, retention ratios and contraction alerts. */
import {
  REVENUE_PERIODS,
  type AttributeRules,
  type RevenueBridge,
  type RevenueMovementsOptions,
} from '../../src/engine/api.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import { flag, oneOf, UsageError, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { TABLE_OUT, writeTableOut } from '../tableOut.ts';
import { ALERT_CONVENTION, describeDefinition, revenueConventions } from '../wording.ts';

function alertsOf(args: ParsedArgs): RevenueMovementsOptions['alerts'] {
  const months = flag(args, 'alert-months');
  const drop = flag(args, 'alert-drop');
  if (months === undefined && drop === undefined) return undefined;
  const alerts = { months: Number(months ?? 3), dropPercent: Number(drop ?? 80) };
  if (!Number.isInteger(alerts.months) || alerts.months < 1)
    throw new UsageError('--alert-months takes a whole number of months, 1 or more');
  if (!(alerts.dropPercent > 0 && alerts.dropPercent <= 100))
    throw new UsageError('--alert-drop takes a percentage above 0 and at most 100');
  return alerts;
}

/** Amounts to the cent: the sums carry binary floating-point dust (1071805.4699999464). */
const cents = (x: number) => Math.round(x * 100) / 100;

const summaryOf = (s: RevenueBridge['summary']) => ({
  ...s,
  revenueStart: cents(s.revenueStart),
  new: cents(s.new),
  expansion: cents(s.expansion),
  contraction: cents(s.contraction),
  churned: cents(s.churned),
  reactivated: cents(s.reactivated),
});

/** The rows as the issue names them: the period, then the bridge, then the ratios (customers and refunds after). */
const periodsOf = (bridge: RevenueBridge) =>
  bridge.rows.map((r) => ({
    period: r.period,
    start: r.start,
    end: r.end,
    revenueStart: cents(r.revenueStart),
    new: cents(r.new),
    expansion: cents(r.expansion),
    contraction: cents(r.contraction),
    churned: cents(r.churned),
    reactivated: cents(r.reactivated),
    revenueEnd: cents(r.revenueEnd),
    grr: r.grr,
    nrr: r.nrr,
    quickRatio: r.quickRatio,
    contractionShare: r.contractionShare,
    refunds: cents(r.refunds),
    customers: {
      start: r.customersStart,
      new: r.newCustomers,
      expanded: r.expandedCustomers,
      contracted: r.contractedCustomers,
      churned: r.churnedCustomers,
      reactivated: r.reactivatedCustomers,
      unchanged: r.unchangedCustomers,
      end: r.customersEnd,
    },
    ...(r.baseIncomplete ? { baseIncomplete: true } : {}),
  }));

export const revenue: Command = {
  name: 'revenue',
  kind: 'revenue-movements',
  usage: `<file>... [--period month|quarter|year] [--by column${RULE_SUFFIX}] [--bridge-period PERIOD] [--alert-months N] [--alert-drop PERCENT] [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--returns net|drop] [--merge-ids] ${TABLE_OUT} ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const period = oneOf(args, 'period', REVENUE_PERIODS) ?? 'month';
    const rules: AttributeRules = keyedRecord();
    const byText = flag(args, 'by');
    const by = byText === undefined ? undefined : attributeRef(byText, rules);
    const alerts = alertsOf(args);
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const r = engine.analyze(summary.id, 'revenue-movements', {
      period,
      ...(by ? { by } : {}),
      ...stated(rules),
      ...(flag(args, 'bridge-period') ? { bridgePeriod: flag(args, 'bridge-period') } : {}),
      ...(alerts ? { alerts } : {}),
    });
    if (!r.ok) return { code: 2, error: r.issues[0].message };
    const refused = writeTableOut(engine, args, summary.id);
    if (refused !== null) return { code: 2, error: refused };
    const v = r.value;
    return {
      code: 0,
      out: {
        period,
        asOf: v.stamp.asOf,
        definition: built.value.definition,
        definitionText: describeDefinition(built.value.definition),
        returns: v.returns,
        conventions: revenueConventions(v.returns),
        ...(v.stamp.parameters.attributeRules ? { attributeRules: v.stamp.parameters.attributeRules } : {}),
        periods: v.bridge ? periodsOf(v.bridge) : [],
        ...(v.bridge ? { summary: summaryOf(v.bridge.summary) } : { unavailable: v.unavailable }),
        openPeriod: v.openPeriod,
        bridgePeriod: v.bridgePeriod,
        ...(by
          ? {
              by,
              byGroup: v.groups.map((g) => ({
                group: g.group,
                customers: g.customers,
                periods: periodsOf(g.bridge),
                summary: summaryOf(g.bridge.summary),
              })),
              pooled: v.pooled,
              ungrouped: v.ungrouped,
              ...(v.binned ? { binned: v.binned } : {}),
            }
          : {}),
        alerts: v.alerts
          ? {
              ...v.alerts,
              lostRevenue: cents(v.alerts.lostRevenue),
              stoppedRevenue: cents(v.alerts.stoppedRevenue),
              listed: v.alerts.listed.map((a) => ({
                ...a,
                prior: cents(a.prior),
                recent: cents(a.recent),
                series: a.series.map(cents),
              })),
              convention: ALERT_CONVENTION,
            }
          : null,
      },
    };
  },
};
