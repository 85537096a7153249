import type { AreaMessages } from '../area.ts';

export const messages = {
  'customer-lifetime-value.model': 'Model',
  'customer-lifetime-value.model.bg-nbd': 'BG/NBD',
  'customer-lifetime-value.model.pareto-nbd': 'Pareto/NBD',
  'customer-lifetime-value.calibrationEnd': 'Calibration ends',
  'customer-lifetime-value.holdoutEnd': 'Holdout ends',
  'customer-lifetime-value.calibrationAuto': 'middle of the data',
  'customer-lifetime-value.fitAll': 'Fit on all the data (no holdout)',
  'customer-lifetime-value.unit': 'Time unit',
  'customer-lifetime-value.unit.days': 'days',
  'customer-lifetime-value.unit.weeks': 'weeks',
  'customer-lifetime-value.unit.months': 'months',
  'customer-lifetime-value.horizon': 'Horizon ({unit})',
  'customer-lifetime-value.discount': 'Discount rate a year (%)',
  'customer-lifetime-value.margin': 'Margin (%)',

  'customer-lifetime-value.lead':
    '{customers} customers are expected to make {purchases} purchases in the next {horizon} {unit}, worth {clv} at a {margin} margin (discounted at {discount} a year). The top 10 % of customers hold {top} of it.',
  'customer-lifetime-value.leadNoSpend':
    '{customers} customers are expected to make {purchases} purchases in the next {horizon} {unit}.',
  'customer-lifetime-value.fitTitle': '{model} fitted on {customers} customers to {end} ({repeat} bought again)',
  'customer-lifetime-value.predictionTitle': 'Refitted on all {customers} customers to {end} for the predictions',
  'customer-lifetime-value.param': 'Parameter',
  'customer-lifetime-value.estimate': 'Estimate',
  'customer-lifetime-value.se': 'Standard error',
  'customer-lifetime-value.param.r': 'r — shape of the purchase rates across customers',
  'customer-lifetime-value.param.alpha': 'α — scale of the purchase rates ({unit})',
  'customer-lifetime-value.param.a': 'a — drop-out probability, Beta shape a',
  'customer-lifetime-value.param.b': 'b — drop-out probability, Beta shape b',
  'customer-lifetime-value.param.s': 's — shape of the drop-out rates across customers',
  'customer-lifetime-value.param.beta': 'β — scale of the drop-out rates ({unit})',
  'customer-lifetime-value.param.p': 'p — shape of each purchase’s spend',
  'customer-lifetime-value.param.q': 'q — shape of the spend scale across customers',
  'customer-lifetime-value.param.gamma': 'γ — scale of the spend scale across customers',
  'customer-lifetime-value.logLik': 'Log-likelihood',
  'customer-lifetime-value.seNote':
    'Standard errors from the Hessian of the log-likelihood at its maximum (central differences).',
  'customer-lifetime-value.spendTitle':
    'Gamma-Gamma spend model on {customers} repeat buyers (mean repeat spend {mean})',
  'customer-lifetime-value.correlation': 'Correlation of purchases and mean spend',
  'customer-lifetime-value.correlationNote':
    'The spend model assumes how much a customer spends does not depend on how often they buy: the correlation should be near 0.',
  'customer-lifetime-value.populationMean': 'Mean spend per purchase (model)',
  'customer-lifetime-value.holdoutTitle': 'Check on the holdout, {start} to {end} ({length} {unit})',
  'customer-lifetime-value.holdoutTotals': 'Repeat purchases in the holdout: {actual} made, {expected} expected',
  'customer-lifetime-value.aggregateError': 'Aggregate error',
  'customer-lifetime-value.mae': 'Mean absolute error per customer',
  'customer-lifetime-value.rmse': 'Root mean squared error per customer',
  'customer-lifetime-value.meanAlive': 'Mean P(alive)',
  'customer-lifetime-value.totalPurchases': 'Expected purchases ({horizon} {unit})',
  'customer-lifetime-value.totalRevenue': 'Expected revenue ({horizon} {unit})',
  'customer-lifetime-value.totalClv': 'Total CLV',

  'customer-lifetime-value.def.title': 'How these are computed',
  'customer-lifetime-value.def.data':
    'Each customer’s purchases are counted by day (same-day purchases are one); the first purchase is not a repeat. x = repeat purchases, t_x = time of the last one and T = time observed, from the first purchase, in {unit}.',
  'customer-lifetime-value.def.bg-nbd':
    'BG/NBD (Fader, Hardie & Lee 2005): while alive, a customer buys at their own rate (rates vary across customers as Gamma(r, α)); after each purchase they may drop out with their own probability (Beta(a, b) across customers). P(alive) = 1 for a customer with no repeat purchase.',
  'customer-lifetime-value.def.pareto-nbd':
    'Pareto/NBD (Schmittlein, Morrison & Colombo 1987): while alive, a customer buys at their own rate (Gamma(r, α)) and may drop out at any moment at their own rate (Gamma(s, β)).',
  'customer-lifetime-value.def.pAlive':
    'P(alive) is the probability that the customer has not dropped out by the as-of date, given x, t_x and T. Expected purchases are those of the next {horizon} {unit}, given the same.',
  'customer-lifetime-value.def.clv':
    'CLV = margin × expected spend per purchase × Σ over each month of the horizon of (expected purchases in that month) ÷ (1 + discount rate)^(years from the as-of date to the month’s end). Expected spend per purchase (Gamma-Gamma, Fader, Hardie & Lee 2005) weighs the customer’s own mean repeat spend against everybody’s by how many repeat purchases they made.',
  'customer-lifetime-value.def.holdout':
    'The model is fitted on purchases up to the calibration end and predicts the holdout after it; for the predictions it is fitted again on everything up to the as-of date.',

  'customer-lifetime-value.note.clv-no-amounts':
    'The data has no amounts: purchases are predicted, but not spend or CLV.',
  'customer-lifetime-value.note.clv-spend-too-few':
    'Only {repeatBuyers} repeat buyers have a positive mean repeat spend; the spend model needs {minimum}: no CLV.',
  'customer-lifetime-value.note.clv-spend-not-converged': 'The spend model did not converge: no CLV.',
  'customer-lifetime-value.note.clv-spend-mean-infinite':
    'The spend model’s q ({q}) is at most 1, so its mean spend is unbounded: no CLV.',
  'customer-lifetime-value.note.clv-spend-correlated':
    'Purchases and mean spend correlate at {correlation} (|r| ≥ {limit}): the spend model assumes they are independent, so expected spend and CLV are doubtful.',
  'customer-lifetime-value.note.clv-nonpositive-spend':
    'Repeat buyers whose repeat purchases net to zero or less after returns: {customers}. They are left out of the spend model, and their own mean spend counts as 0.',
  'customer-lifetime-value.note.clv-left-out':
    'Customers who first bought on the period’s last day (T = 0) say nothing about rates and are left out of the fit: {customers}.',
  'customer-lifetime-value.note.clv-dropout-uncertain':
    'In the fit on {period}, how customers drop out is poorly determined: {parameter} = {estimate} with a standard error of {se}, so its 95 % interval reaches 0. P(alive) and everything after it rest on that; read them with care.',
  'customer-lifetime-value.note.clv-no-dropout':
    'No drop-out in {period} (to {end}): the {model} likelihood is highest in its limit {parameter} → 0, where nobody stops buying — the NBD model (log-likelihood {logLik}). Allowing any drop-out lowers it (slope {score} per unit of drop-out probability). So every customer counts as alive (P(alive) = 100 %) and buys at their own estimated rate, (r + x) ÷ (α + T) purchases per unit of time ({unit}); the drop-out parameters are 0 and “not identified”. Check the holdout before trusting CLV: a model without drop-out overstates customers who have in fact left.',
  'customer-lifetime-value.period.calibration': 'the calibration period',
  'customer-lifetime-value.period.prediction': 'all the data',
  'customer-lifetime-value.notIdentified': 'not identified',
  'customer-lifetime-value.note.clv-no-holdout':
    'The calibration ends on the as-of date: there is no holdout to check the model on.',

  'customer-lifetime-value.actual': 'Actual',
  'customer-lifetime-value.expected': 'Expected (model)',
  'customer-lifetime-value.frequencyTitle': 'Holdout purchases by purchases in the calibration period',
  'customer-lifetime-value.frequencyAxis': 'Repeat purchases in the calibration period',
  'customer-lifetime-value.frequencyValue': 'Mean purchases per customer in the holdout',
  'customer-lifetime-value.frequencySummary':
    'Customers with {frequency} repeat purchases in the calibration period made {actual} purchases each in the holdout; the model expected {expected}.',
  'customer-lifetime-value.weeklyTitle': 'Repeat purchases week by week',
  'customer-lifetime-value.cumulativeTitle': 'Cumulative repeat purchases',
  'customer-lifetime-value.weeklyAxis': 'Repeat purchases per week',
  'customer-lifetime-value.cumulativeAxis': 'Cumulative repeat purchases',
  'customer-lifetime-value.week': 'Week',
  'customer-lifetime-value.weekStart': 'Week from',
  'customer-lifetime-value.calibration': 'calibration',
  'customer-lifetime-value.holdout': 'holdout',
  'customer-lifetime-value.cumulativeActual': 'Cumulative actual',
  'customer-lifetime-value.cumulativeExpected': 'Cumulative expected',
  'customer-lifetime-value.trackingSummary':
    'By week {weeks} the customers of the calibration period made {actual} repeat purchases; the model expected {expected}.',
  'customer-lifetime-value.aliveTitle': 'Customers by P(alive)',
  'customer-lifetime-value.aliveAxis': 'P(alive)',
  'customer-lifetime-value.meanMark': 'mean {mean}',
  'customer-lifetime-value.aliveSummary': 'The mean P(alive) is {mean}; {low} customers are below 50 %.',
  'customer-lifetime-value.recencyTitle': 'P(alive) by time of the last purchase',
  'customer-lifetime-value.recencyAxis': 'Time of the last purchase after the first ({unit}), for T = {T}',
  'customer-lifetime-value.curve': '{frequency} repeat purchases',
  'customer-lifetime-value.recencySummary':
    'For a customer observed {T} {unit}, P(alive) rises with the time of their last purchase; the more they bought, the faster it falls when they stop.',
  'customer-lifetime-value.valueTitle': 'Customers by CLV',
  'customer-lifetime-value.valueSummary':
    'CLV up to {upTo} per customer ({above} customers above it are left off the chart).',
  'customer-lifetime-value.valueAbove': '{above} customers with a CLV above {upTo} are left off the chart.',
  'customer-lifetime-value.topTitle': 'Customers of highest CLV',
  'customer-lifetime-value.topSummary': 'The customer of highest CLV, {id}, is worth {clv}.',
  'customer-lifetime-value.from': 'From',
  'customer-lifetime-value.to': 'To',

  'customer-lifetime-value.col.p_alive': 'P(alive)',
  'customer-lifetime-value.col.expected_purchases': 'Expected purchases',
  'customer-lifetime-value.col.expected_spend': 'Expected spend per purchase',
  'customer-lifetime-value.col.clv': 'CLV',
  'customer-lifetime-value.customersSqrt': 'Customers (square-root scale)',
  'customer-lifetime-value.col.frequency': 'Repeat purchases (x)',
  'customer-lifetime-value.col.recency': 'Last purchase (t_x)',
  'customer-lifetime-value.col.T': 'Observed (T)',
  'customer-lifetime-value.col.customer': 'Customer',
} as const satisfies AreaMessages<'customer-lifetime-value'>;
