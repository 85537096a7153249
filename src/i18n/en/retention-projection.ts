import type { AreaMessages } from '../area.ts';

export const messages = {
  'retention-projection.sourceLabel': 'Fit to',
  'retention-projection.source.survival': 'The customer table (customers by whole periods since their start)',
  'retention-projection.source.columns': 'Two columns of the data (period, number or % alive)',
  'retention-projection.periodDaysLabel': 'Period length (days; empty = from the data)',
  'retention-projection.presets': 'Period length presets',
  'retention-projection.periodYear': 'years',
  'retention-projection.periodMonth': 'months',
  'retention-projection.periodDays': 'periods of {days} days',
  'retention-projection.periodColumn': 'Period column',
  'retention-projection.survivorsColumn': 'Number or % alive',
  'retention-projection.pickColumns': 'Choose a period column and a column of the number or % alive.',
  'retention-projection.fitLabel': 'Fit on periods 0 … {fit} (of {last}); later ones are held out',
  'retention-projection.horizonLabel': 'Project to period',
  'retention-projection.logLikelihood': 'Log-likelihood',
  'retention-projection.lifetime': 'Expected remaining lifetime (to period {horizon})',
  'retention-projection.cohortSize': 'Cohort size',
  'retention-projection.survivalTitle': 'Retention projection (shifted-beta-geometric): survival',
  'retention-projection.retentionTitle': 'Retention projection (shifted-beta-geometric): retention rate',
  'retention-projection.axis.period': 'Period ({period})',
  'retention-projection.axis.survival': 'Share still active',
  'retention-projection.axis.retention': 'Retention rate S(t) ÷ S(t − 1)',
  'retention-projection.fitted': 'fitted',
  'retention-projection.heldOut': 'held out',
  'retention-projection.projected': 'sBG projection',
  'retention-projection.projectedConstant': 'constant-churn projection',
  'retention-projection.projectedOnly': 'projected only',
  'retention-projection.col.observed': 'Observed survival',
  'retention-projection.col.projected': 'Projected survival',
  'retention-projection.col.observedRetention': 'Observed retention',
  'retention-projection.col.projectedRetention': 'Projected retention',
  'retention-projection.col.use': 'Used for',
  'retention-projection.summary':
    'Shifted-beta-geometric fit on periods 0–{fit}: α = {alpha}, β = {beta}; projected survival at period {horizon}: {survival}.',
  'retention-projection.fitted.survival':
    '{customers} customers of the customer table, by whole periods of {days} days since their start',
  'retention-projection.fitted.columns': '“{survivors}” by “{period}”',
  'retention-projection.sourceNote':
    'Data: {source}. Filled points were fitted; hollow diamonds were held out and show how well the model predicts.',
  'retention-projection.notConverged': 'The fit did not converge: treat α and β with caution, or fit on more periods.',
  'retention-projection.periods': 'periods',
  'retention-projection.periodWeek': 'weeks',
  'retention-projection.periodAuto': 'From the data',
  'retention-projection.unit.year': 'year',
  'retention-projection.unit.month': 'month',
  'retention-projection.unit.week': 'week',
  'retention-projection.unit.period': 'period',
  'retention-projection.cohortSizeLabel': 'Cohort size (customers at period 0)',
  'retention-projection.cohortSizeUnknown': 'not known',
  'retention-projection.customers': 'Customers',
  'retention-projection.fitStatus': 'Fit',
  'retention-projection.fit.converged': 'converged',
  'retention-projection.fit.degenerate-constant-churn': 'degenerate: one constant churn rate',
  'retention-projection.fit.not-converged': 'did not converge',
  'retention-projection.notEstimated': '→ ∞ (not estimated)',
  'retention-projection.churnRate': 'Mean churn in period 1, α ÷ (α + β)',
  'retention-projection.constantChurn': 'Churn per {unit}, the same for every customer',
  'retention-projection.rmse': 'Root mean square error',
  'retention-projection.method.maximum-likelihood': 'maximum likelihood',
  'retention-projection.method.least-squares': 'least squares on the proportions',
  'retention-projection.methodLabel': 'Method',
  'retention-projection.values.counts': 'counts of customers',
  'retention-projection.values.percentages': 'percentages',
  'retention-projection.values.shares': 'shares (0 to 1)',
  'retention-projection.degenerateNote':
    'Degenerate fit: α and β grew without bound together, so the shifted-beta-geometric model reduced to one constant churn rate of {rate} per {unit} for every customer. Retention over periods 1–{fit} is consistent with that single rate, with no sign that the customers who stay are the more loyal ones. The projection is the geometric curve S(t) = (1 − {theta})^t; α and β are not estimated.',
  'retention-projection.leastSquaresNote':
    '“{survivors}” holds {values} and no cohort size was given, so the curve was fitted to the proportions by least squares, every period weighted alike: no number of customers is assumed, and there is no log-likelihood. Enter the cohort size (customers at period 0) for a maximum-likelihood fit.',
  'retention-projection.likelihoodColumns':
    'Maximum likelihood on “{survivors}” read as {values} of a cohort of {customers} customers.',
  'retention-projection.likelihoodCustomers':
    'Maximum likelihood on {customers} customers counted by whole {units} since their start, every start pooled.',
  'retention-projection.observedTo.as-of-less-window':
    'Under inactivity a loss is dated to the last purchase but seen only once the window has passed, so each customer counts for the whole periods that end by the as-of date less the window, and a one-time buyer is lost in period 1; {seen} customers were observed for at least one whole period.',
  'retention-projection.observedTo.as-of':
    'Each customer counts for the whole periods from its start that end by the as-of date; {seen} customers were observed for at least one whole period.',
  'retention-projection.observedTo.tenure':
    'An active customer counts for the whole periods of its tenure, and as half a customer in the one it is part way through (actuarial life table); {seen} customers were observed for at least one whole period.',
  'retention-projection.defaultPeriod':
    'Period length chosen from the data: {units}, the longest of years, months and weeks with at least 6 whole periods in which losses can be seen (here {last}).',
  'retention-projection.defaultPeriodShort':
    'Period length chosen from the data: {units}; even these give only {last} whole periods in which losses can be seen.',
  'retention-projection.defaultFit':
    'Fitted on periods 0–{fit} of 0–{last}, about the first 60 %; the later periods are held out to check the projection.',
  'retention-projection.summaryConstant':
    'Degenerate sBG fit on periods 0–{fit}: one constant churn rate of {rate} per period; projected survival at period {horizon}: {survival}.',
  'retention-projection.noDefinition': 'none: two columns of the data, fitted as they are',
} as const satisfies AreaMessages<'retention-projection'>;
