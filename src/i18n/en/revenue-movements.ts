import type { AreaMessages } from '../area.ts';

export const messages = {
  'revenue-movements.periodLabel': 'Period',
  'revenue-movements.period.month': 'Month',
  'revenue-movements.period.quarter': 'Quarter',
  'revenue-movements.period.year': 'Year',
  'revenue-movements.periodWord.month': 'month',
  'revenue-movements.periodWord.quarter': 'quarter',
  'revenue-movements.periodWord.year': 'year',
  'revenue-movements.by': 'Break down by',
  'revenue-movements.noBreakdown': 'All customers',
  'revenue-movements.allCustomers': 'All customers',
  'revenue-movements.showGroup': 'Bridge for {column}',
  'revenue-movements.bridgePeriod': 'Waterfall for',
  'revenue-movements.pooled': '{count} smaller values are pooled as “other”.',
  'revenue-movements.ungrouped': '{count} customers without a value are in the overall bridge only.',

  'revenue-movements.bar.start': 'Revenue at start',
  'revenue-movements.bar.new': 'New',
  'revenue-movements.bar.expansion': 'Expansion',
  'revenue-movements.bar.reactivated': 'Reactivated',
  'revenue-movements.bar.contraction': 'Contraction',
  'revenue-movements.bar.churned': 'Churned',
  'revenue-movements.bar.end': 'Revenue at end',

  'revenue-movements.bridgeTitle': 'Revenue bridge {period}',
  'revenue-movements.movementsTitle': 'Revenue movements {period}',
  'revenue-movements.retentionTitle': 'Gross and net revenue retention {period}',
  'revenue-movements.periodBy.month': 'by month',
  'revenue-movements.periodBy.quarter': 'by quarter',
  'revenue-movements.periodBy.year': 'by year',
  'revenue-movements.alertsTitle': 'Contraction alerts: revenue down at least {percent} while still buying',
  'revenue-movements.axis.revenue': 'Revenue',
  'revenue-movements.axis.moved': 'Revenue moved',
  'revenue-movements.axis.retention': 'Share of the revenue at the start kept',
  'revenue-movements.axis.window': 'Revenue in the window',
  'revenue-movements.netChange': 'net change',
  'revenue-movements.grr': 'Gross revenue retention (GRR)',
  'revenue-movements.nrr': 'Net revenue retention (NRR)',
  'revenue-movements.quickRatio': 'Quick ratio',
  'revenue-movements.contractionShare': 'Contraction share of losses',
  'revenue-movements.refunds': 'Refunds beyond purchases',
  'revenue-movements.col.period': 'Period',
  'revenue-movements.col.movement': 'Movement',
  'revenue-movements.col.customersOf': 'Customers: {movement}',
  'revenue-movements.col.complete': 'Base period complete',
  'revenue-movements.yes': 'yes',
  'revenue-movements.no': 'no',
  'revenue-movements.faded': 'faded: the period before is not fully in the data',
  'revenue-movements.hollow': '○ the period before is not fully in the data',

  'revenue-movements.lead':
    'From {from} to {to} ({rows} periods), gross revenue retention was {grr} and net {nrr} per {periodName}; the quick ratio was {quick}. {share} of the revenue lost came from customers who still buy (contraction), the rest from customers who stopped.',
  'revenue-movements.bridgeSummary':
    'In {period}, revenue went from {start} to {end}: new {new}, expansion {expansion}, reactivated {reactivated}, contraction {contraction}, churned {churned}.',
  'revenue-movements.movementsSummary':
    'Revenue gained (new, expansion, reactivated) above zero and lost (contraction, churned) below, from {from} to {to}.',
  'revenue-movements.retentionSummary': 'Gross revenue retention from {from} to {to} ranged from {low} to {high}.',
  'revenue-movements.openPeriod':
    '{period} is not over in the data (it runs to {through}): it is not a row, so customers who have not bought in it yet do not read as churned.',
  'revenue-movements.baseIncomplete':
    '{period}: the period before it starts before the data does, so its revenue at the start is short. It is faded and left out of the summary.',
  'revenue-movements.tooShort':
    'Revenue movements need two periods that the data covers from their first day to their last; with {period} there are not enough. Choose a shorter period.',
  'revenue-movements.noRows': 'No period to show.',

  'revenue-movements.def.title': 'How these numbers are defined',
  'revenue-movements.def.label.revenue': 'Revenue',
  'revenue-movements.def.label.movements': 'Movements',
  'revenue-movements.def.label.ratios': 'Ratios',
  'revenue-movements.def.label.periods': 'Periods',
  'revenue-movements.def.revenue.net':
    'a customer’s revenue in a period is the sum of its amounts in it, returns and cancellations netted in the period they happen; below 0 it counts as 0 (the rest is “refunds beyond purchases”, outside the bridge)',
  'revenue-movements.def.revenue.drop':
    'a customer’s revenue in a period is the sum of its purchases in it, returns and cancellations dropped',
  'revenue-movements.def.movements':
    'from the period before to this one: expansion and contraction = the change for customers with revenue in both; churned = revenue last period, none now; new = a customer’s first revenue in the data; reactivated = revenue again after at least one period without. Start + new + expansion − contraction − churned + reactivated = end',
  'revenue-movements.def.ratios':
    'GRR = (start − contraction − churned) ÷ start; NRR = (start + expansion − contraction − churned) ÷ start (new and reactivated revenue left out); quick ratio = (new + expansion + reactivated) ÷ (contraction + churned)',
  'revenue-movements.def.periods':
    'only periods the data covers to their end are shown; a period whose previous period starts before the data is faded and left out of the summary',

  'revenue-movements.alerts.months': 'Window (months)',
  'revenue-movements.alerts.allCustomers': 'The alerts cover all customers, not only {group}.',
  'revenue-movements.alerts.drop': 'Drop at least (%)',
  'revenue-movements.alerts.apply': 'Apply',
  'revenue-movements.alerts.windows': 'Revenue {recentFrom} to {recentTo} against {priorFrom} to {priorTo}.',
  'revenue-movements.alerts.found':
    '{customers} customers still buying lost {lost} (at least {percent} of their revenue each); {stopped} more stopped buying ({stoppedRevenue}) and count as churned, not contracted.',
  'revenue-movements.alerts.none': 'No customer still buying lost {percent} or more of their revenue.',
  'revenue-movements.alerts.unavailable':
    'Alerts over {months} months compare the last {months} finished months with the {months} before: the data has too few months. Choose fewer months.',
  'revenue-movements.alerts.definition':
    'The partial-churn definition (revenue in the last {months} finished months at least {percent} below the {months} before) would call these customers and those who stopped churned.',
  'revenue-movements.alerts.useDefinition': 'Use as the churn definition',
  'revenue-movements.alerts.inUse': 'This is the churn definition in use.',
  'revenue-movements.alerts.customer': 'Customer',
  'revenue-movements.alerts.prior': 'Prior window',
  'revenue-movements.alerts.recent': 'Recent window',
  'revenue-movements.alerts.dropCol': 'Drop',
  'revenue-movements.alerts.series': 'Monthly revenue',
  'revenue-movements.alerts.seriesOf': 'Monthly revenue of {customer}, {from} to {to}',
  'revenue-movements.alerts.summary':
    'The customers who lost most revenue while still buying: their prior and recent windows, the largest drop {drop}.',
  'revenue-movements.alerts.def':
    'customers still buying whose net revenue in the last {months} finished months ({recentFrom} to {recentTo}) is at least {percent} below the {months} months before ({priorFrom} to {priorTo})',
  'revenue-movements.alerts.defLabel': 'Listed',

  'revenue-movements.col.revenue_movement': 'Revenue movement (bridge period)',
  'revenue-movements.col.revenue_change': 'Revenue change (bridge period)',
  'revenue-movements.col.revenue_drop_percent': 'Revenue drop % (alert windows)',
  'revenue-movements.movement.new': 'new',
  'revenue-movements.movement.expansion': 'expansion',
  'revenue-movements.movement.contraction': 'contraction',
  'revenue-movements.movement.churned': 'churned',
  'revenue-movements.movement.reactivated': 'reactivated',
  'revenue-movements.movement.unchanged': 'unchanged',
  'revenue-movements.movement.none': 'no revenue',
  'revenue-movements.needsLog':
    'Revenue movements need purchases over time with amounts: a transaction log with customer, date and amount (or quantity and price).',
} as const satisfies AreaMessages<'revenue-movements'>;
