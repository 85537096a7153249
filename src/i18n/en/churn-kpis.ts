import type { AreaMessages } from '../area.ts';

export const messages = {
  'churn-kpis.heading': 'Churn at a glance',
  'churn-kpis.customers': 'Customers',
  'churn-kpis.churned': 'Churned',
  'churn-kpis.churnRate': 'Churn rate',
  'churn-kpis.churnRateBase': '{churned} ÷ {customers} customers',
  'churn-kpis.atRisk': 'At risk',
  'churn-kpis.periodChurn': 'Churn in the last 12 months',
  'churn-kpis.periodBase': 'lost ÷ customers at the start: {lost} ÷ {atStart}',
  'churn-kpis.period': '{start} – {end}',
  'churn-kpis.retention': 'Retention rate',
  'churn-kpis.retentionBase': 'of the customers at the start, still there at the end',
  'churn-kpis.newCustomers': 'New customers',
  'churn-kpis.lostNew': '{count} of them also left within the period',
  'churn-kpis.countedAt.last-activity-plus-window':
    'A loss is counted on the day it became known: the first day with more than {days} days without activity, not the day of the last purchase.',
  'churn-kpis.countedAt.relative-window':
    'A loss is counted on the day it became known: the first day past the customer’s own window without activity ({factor} × their median gap between purchases, at least {minDays} days; {days} days for one-time buyers), not the day of the last purchase.',
  'churn-kpis.countedAt.churn-date': 'A loss is counted on its churn date.',
  'churn-kpis.countedAt.contract-end-date': 'A loss is counted on the contract end or cancellation date.',
  'churn-kpis.countedAt.recent-window-start':
    'A loss is counted on the first day of the recent {months}-month window in which revenue fell.',
  'churn-kpis.periodIncomplete':
    'The period starts before the data can show every loss (see monthly churn), so it undercounts churn.',
  'churn-kpis.grossNet': 'Gross vs net change',
  'churn-kpis.atStartShort': '{count} at start',
  'churn-kpis.flowLost': '− {count} lost',
  'churn-kpis.flowGained': '+ {count} new',
  'churn-kpis.flowLostNew': '− {count} new who also left',
  'churn-kpis.flowAtEnd': '= {count} at end',
  'churn-kpis.grossNetNote':
    'Net change {net} hides {lost} customers lost ({lostBase} of those at the start, {lostNew} new): gaining as many as you lose is not “no churn”. Gross movement: {gross}.',
  'churn-kpis.meanMonthly': 'Mean monthly churn',
  'churn-kpis.annualised':
    'compounded over 12 months: {rate} (1 − (1 − monthly)¹²), a projection from the mean month, not churn measured over a year',
  'churn-kpis.annualisedVsPeriod':
    'compounded over 12 months: {rate} (1 − (1 − monthly)¹²), a projection, not the {period} measured over the last 12 months: monthly rates also count the customers who joined during the year (new customers often leave soonest), while the 12-month churn follows only those there at its start',
  'churn-kpis.completeMonths': 'over {complete} complete months; {incomplete} incomplete months left out',
  'churn-kpis.unavailable.period': 'Period churn:',
  'churn-kpis.unavailable.monthly': 'Monthly churn:',
  'churn-kpis.unavailable.periodMonthly': 'Period and monthly churn:',
  'churn-kpis.unavailable.tiers': 'Value tiers:',
  'churn-kpis.why.no-first-date':
    'not available, because they need each customer’s first purchase or sign-up date (map a signup date or use a transaction log).',
  'churn-kpis.why.no-churn-date':
    'not available, because some churned customers have no churn date, so the day they were lost is unknown (give a churn date column).',
  'churn-kpis.why.too-short':
    'not available, because the data spans less than one complete month after the first customer.',
  'churn-kpis.why.no-value':
    'not available, because they need an amount (transaction log) or a customer value column (snapshot).',
} as const satisfies AreaMessages<'churn-kpis'>;
