import type { AreaMessages } from '../area.ts';

export const messages = {
  'retention-economics.rankBy': 'Contact first by',
  'retention-economics.rankBy.risk': 'churn risk',
  'retention-economics.rankBy.expected-loss': 'expected loss (risk × value)',
  'retention-economics.contactCost': 'Cost per contact',
  'retention-economics.offerCost': 'Cost per accepted offer',
  'retention-economics.acceptance': 'Acceptance %',
  'retention-economics.reach': 'Churners to reach %',
  'retention-economics.defaultsNote':
    'Defaults: a contact costs 1 % and an accepted offer 10 % of the median value ({median}); 30 % of those contacted accept; a churner who accepts stays.',
  'retention-economics.campaignTitle': 'Campaign profit by customers contacted',
  'retention-economics.campaignSummary':
    'Profit of contacting the top k customers by the ranking, against contacting k customers at random.',
  'retention-economics.contacted': 'Customers contacted',
  'retention-economics.profit': 'Profit',
  'retention-economics.withModel': 'Ranked',
  'retention-economics.random': 'Random',
  'retention-economics.reached': 'Churners reached',
  'retention-economics.best': 'best: {k}',
  'retention-economics.lead':
    'Contact the top {k} customers: profit {profit}, against {random} for as many chosen at random ({reached} churners reached).',
  'retention-economics.contactsSentence':
    'To reach {reach} of the {churners} churners: {withModel} contacts ranked by {rankBy}, {withoutModel} without a model.',
  'retention-economics.basis.observed':
    'Judged on what happened: each customer’s churn under the definition, with the risk scored on customers the model did not learn from.',
  'retention-economics.basis.expected':
    'Judged by expectation: the scores are for today’s customers only, so a churner counts as their risk.',
  'retention-economics.liftTitle': '+{gain} points of retention',
  'retention-economics.retentionSource.period-kpis': 'Annual retention from the last year’s churn KPIs.',
  'retention-economics.retentionSource.survival':
    'Annual retention from the survival curve: each active customer’s chance to stay 12 more months, S(t + 12) / S(t).',
  'retention-economics.gain': 'Points of retention gained',
  'retention-economics.acquisitionRatio': 'Winning a customer costs × keeping one',
  'retention-economics.discount': 'Discount rate %',
  'retention-economics.liftDefaults':
    'The course material says winning a new customer costs about 5 times keeping one: the default ratio, to change to your own.',
  'retention-economics.retention': 'Annual retention',
  'retention-economics.now': 'now',
  'retention-economics.improved': 'improved',
  'retention-economics.customersKept': 'Customers kept in a year',
  'retention-economics.revenuePerCustomer': 'Yearly revenue of a customer',
  'retention-economics.revenueKept': 'Revenue kept in a year',
  'retention-economics.clvPerCustomer': 'Lifetime value of a customer',
  'retention-economics.clvRule':
    'Lifetime value of a customer = yearly revenue × r ÷ (1 + d − r), with r the annual retention and d the discount rate: the revenue of the years to come, year t kept with chance rᵗ and discounted by (1 + d)ᵗ (Gupta & Lehmann 2003). The current year is not in it, so at a low retention it is below a year’s revenue.',
  'retention-economics.clvKept': 'Lifetime value kept (all active customers)',
  'retention-economics.keepCost': 'Cost of keeping them (offer + contacts)',
  'retention-economics.replaceCost': 'Cost of winning as many new customers',
  'retention-economics.noLift':
    'The table shows no retention over time (no dates, tenure or churn), so retention gains cannot be valued.',
  'retention-economics.evaluationTitle': 'Campaign against its control group',
  'retention-economics.treatment': 'Got the offer: column',
  'retention-economics.treatedValues': 'values',
  'retention-economics.noTreatment': 'none',
  'retention-economics.treated': 'Got the offer',
  'retention-economics.control': 'Control group',
  'retention-economics.difference': 'Difference (95 % interval)',
  'retention-economics.churnRate': 'Churn rate',
  'retention-economics.meanValue': 'Mean value',
  'retention-economics.interval': '{difference} ({low} to {high})',
  'retention-economics.evaluationNote':
    'Churn difference with Newcombe’s score interval; value difference with Welch’s t interval. Without random assignment a difference can come from who got the offer, not from the offer.',
  'retention-economics.campaignDate': 'Campaign day',
  'retention-economics.windowDays': 'days before and after',
  'retention-economics.beforeAfterTitle': 'Before and after the campaign day ({population})',
  'retention-economics.population.treated': 'customers who got the offer',
  'retention-economics.population.all': 'all customers',
  'retention-economics.window': 'Window',
  'retention-economics.before': 'Before',
  'retention-economics.after': 'After',
  'retention-economics.atStart': 'Customers at its start',
  'retention-economics.lost': 'Lost in it',
  'retention-economics.afterMinusBefore': 'After − before (95 % interval)',
  'retention-economics.beforeAfterNote':
    'Newcombe’s interval treats the two windows as independent; they share customers, so read it as approximate. Churn also changes with the season and the customers’ age, not only with the campaign: the control group above is the fairer comparison.',
  'retention-economics.unavailable.no-dates':
    'Before and after needs dates: every customer’s first day and each churned customer’s churn date.',
  'retention-economics.unavailable.outside-data':
    'Both windows must lie within the data, between the first customer’s first day and the as-of date.',
} as const satisfies AreaMessages<'retention-economics'>;
