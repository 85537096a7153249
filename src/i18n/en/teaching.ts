/** The teaching-data generator (components/TeachingData.svelte). */
export const messages = {
  'teaching.heading': 'Generate teaching data',
  'teaching.about':
    'Synthetic customers drawn from known, planted parameters, made in your browser: analyse them and check whether a method gives back what was planted.',
  'teaching.customers': 'Customers',
  'teaching.seed': 'Seed',
  'teaching.shape': 'Shape',
  'teaching.shapeLog': 'Transaction log (repeat buying, spend, seasonal orders)',
  'teaching.shapeSegments': 'Segments with exact churn rates (the A/B/C value tiers)',
  'teaching.shapeSnapshot': 'Customer snapshot (contracts, churn drivers, reasons)',
  'teaching.generate': 'Generate and open',
  'teaching.generating': 'Generating…',
  'teaching.generated': 'Generated {customers} customers ({rows} rows) as {file}.',
  'teaching.showTruth': 'Show the planted truth',
  'teaching.failed': 'The generator stopped: {reason}',
  'teaching.problem.customers-out-of-range': 'Choose from {min} to {max} customers.',
  'teaching.problem.seed-not-whole': 'The seed is a whole number from 0 to 4,294,967,295.',
  'teaching.problem.bad-truth':
    'The parameters to plant are not valid (segment shares must add up to 100 %, rates lie from 0 to 100 %).',
  'teaching.problem.unknown-shape': 'Choose a transaction log or a customer snapshot.',
  'teaching.truth.period': 'Signups uniform over {days} days from {start}; purchases observed to {end}.',
  'teaching.truth.bgNbd':
    'Repeat buying (BG/NBD, per week): purchase rate λ ~ Gamma(r = {r}, α = {alpha}); after each repeat purchase a customer drops out with p ~ Beta(a = {a}, b = {b}); at most one purchase a day.',
  'teaching.truth.gammaGamma':
    'Spend (Gamma-Gamma): each amount ~ Gamma(p = {p}, ν), ν ~ Gamma(q = {q}, γ = {gamma}) per customer.',
  'teaching.truth.seasonal':
    'Seasonal segment: {share} of customers (ids starting with S) order once a year between day {from} and day {to} of the year (1 January is day 1); before each later season {churn} of them stop.',
  'teaching.truth.segment': '{column} {name}: {share} of the customers, exactly {churn} of them churned',
  'teaching.truth.contracts':
    'Contracts: month-to-month {m}, one year {one}, two year {two}; tenure 1–{tenure} months; monthly charges {min}–{max}; support calls ~ Poisson({calls}).',
  'teaching.truth.logistic':
    'Churn: logit P = {intercept} {oneYear}·[one year] {twoYear}·[two year] {tenure}·tenure (months) {charges}·monthly charges {calls}·support calls.',
  'teaching.truth.reasons': 'Reasons of churned customers: {mix}.',
  'teaching.truth.json': 'Every parameter, as JSON',
} as const;
