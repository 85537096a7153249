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
  'churn-kpis.grossNet': 'Gross vs net change',
  'churn-kpis.atStartShort': '{count} at start',
  'churn-kpis.grossNetNote':
    'Net change {net} hides {lost} customers lost: gaining as many as you lose is not “no churn”. Gross movement: {gross}.',
  'churn-kpis.meanMonthly': 'Mean monthly churn',
  'churn-kpis.annualised': 'annualised: {rate} (1 − (1 − monthly)¹²)',
  'churn-kpis.unavailable.period': 'Period churn:',
  'churn-kpis.unavailable.monthly': 'Monthly churn:',
  'churn-kpis.unavailable.periodMonthly': 'Period and monthly churn:',
  'churn-kpis.unavailable.tiers': 'Value tiers:',
  'churn-kpis.why.no-first-date':
    'not available, because they need each customer’s first purchase or sign-up date (map a signup date or use a transaction log).',
  'churn-kpis.why.too-short':
    'not available, because the data spans less than one complete month after the first customer.',
  'churn-kpis.why.no-value':
    'not available, because they need an amount (transaction log) or a customer value column (snapshot).',
} as const satisfies AreaMessages<'churn-kpis'>;
