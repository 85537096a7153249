/**
 * The command line's words for what results carry as codes: English, as the CLI has always
 * printed them (the app words the same codes in its own catalogs, in the user's language).
 */
import type {
  AttributeRule,
  ClvNoteCode,
  CustomerLifetimeValueResult,
  QuadrantCode,
  ChurnDefinition,
  ProjectionResult,
  RetentionTriangleResult,
  SurvivalResult,
  UnavailableReason,
  ChurnReasonsResult,
} from '../src/engine/api.ts';
import { describeDefinition } from '../src/core/customers/churnDefinition.ts';

export { describeDefinition };
export { evidenceSentence } from '../src/core/analyses/early-warnings/warningEvidence.ts';

/** How a customer table reduced attributes to one value per customer. */
export function attributeRuleText(rule: AttributeRule): string {
  switch (rule) {
    case 'latest-row':
      return "each attribute is the customer's value on their latest purchase row (by date, then file order); a column that varies within customers (attributeVariation, level 'varies') is analysed only with a rule, e.g. --column StockCode:most-frequent";
    case 'last-row-per-id':
      return 'one row per customer; where an id repeats, its last row is kept';
    case 'row-per-customer':
      return 'one row per customer (no customer id column: rows are numbered)';
  }
}

/** The one curve of all customers has no group value to be named by. */
export const ALL_CUSTOMERS = 'all customers';

/** How survival read durations and events, under the customer table's definition. */
export function durationText(result: SurvivalResult, definition: ChurnDefinition): string {
  const lag = Number.isFinite(result.lossKnownLagDays)
    ? `last activity + ${result.lossKnownLagDays} days`
    : 'last activity + the window + 1 day';
  const read = {
    'tenure-column': 'duration = the tenure column (or first day to churn or as-of date where it is empty)',
    'first-to-churn': 'duration = first purchase (or sign-up) to the churn date',
    'first-to-last-activity':
      'duration = first to last activity (a one-time buyer who churned is an event at 0; --duration known measures to the day the loss became known)',
    'first-to-loss-known': `duration = first activity to the day the loss became known (${lag}; --duration activity measures to the last activity)`,
  }[result.duration];
  return `${read}, in ${result.unit}; customers still active are censored at the as-of date; event = churned (${describeDefinition(definition)})`;
}

/** What the oneTimeBuyers block of the survival JSON counts. */
export const ONE_TIME_BUYERS_NOTE =
  'customers who bought on a single day only, of the customers in the curves; stepTime is where their losses fall (in the unit), stepEvents all customers lost there, stepOneTime how many of those are one-time buyers';

/** How a triangle counted customers when it differs from purchases. */
export function countingNote(counting: RetentionTriangleResult['counting']): string | undefined {
  if (counting === 'snapshot-membership')
    return 'A snapshot has no purchases: each customer counts from the sign-up date until the churn date (or the as-of date while active), so "active" and "retained" both read "still a customer in period k".';
  return undefined;
}

/** Why the KPIs' period or monthly part is missing, and what makes them undercount. */
export const KPI_WARNINGS = {
  'period-incomplete':
    'The period starts before the data can show every loss (under inactivity of N days, before the first data day + N + 1), so it undercounts churn.',
  'incomplete-months': (count: number, from: string, to: string) =>
    `${count} month(s), ${from} to ${to}, cannot show every loss yet and are left out of the mean and the annualised rate.`,
  unavailable: (part: 'period' | 'monthly', reason: UnavailableReason) =>
    `No ${part} churn: ${
      {
        'no-first-date': "it needs each customer's first purchase or sign-up date",
        'no-churn-date': 'some churned customers have no churn date, so the day they were lost is unknown',
        'too-short': 'the data spans less than one complete month after the first customer',
        'no-value': 'it needs an amount or a customer value column',
      }[reason]
    }.`,
} as const;

const PERIOD_NAMES: Record<number, string> = { 365.25: 'years', 30.4375: 'months', 7: 'weeks' };
const periodName = (days: number) => PERIOD_NAMES[days] ?? `periods of ${days} days`;
const pct = (r: number) => `${(100 * r).toFixed(1)} %`;
const thousands = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** The retention projection's codes in sentences: the fit, how it was fitted, what was counted, what was chosen. */
export function projectionNotes(r: ProjectionResult): string[] {
  const notes: string[] = [];
  const fitted = `periods 1–${r.fitPeriods}`;
  if (r.fit === 'degenerate-constant-churn')
    notes.push(
      `Degenerate fit, not converged to an sBG: α and β grew without bound together, so the model reduced to one constant churn rate of ${pct(r.churnRate)} per period for every customer. Retention over ${fitted} is consistent with that single rate (no sign that the customers who stay are the more loyal ones); the projection is the geometric curve S(t) = (1 − ${r.churnRate.toFixed(4)})^t, and α and β are not estimated.`,
    );
  else if (r.fit === 'not-converged')
    notes.push(
      `The fit did not converge: the optimiser stopped at its step limit with α = ${r.alpha?.toFixed(3)}, β = ${r.beta?.toFixed(3)}; treat them with caution, or fit on more periods.`,
    );
  else
    notes.push(
      `sBG fit converged: α = ${r.alpha?.toFixed(3)}, β = ${r.beta?.toFixed(3)}; churn in period 1 averages ${pct(r.churnRate)} and falls later as the less loyal customers leave first.`,
    );
  const s = r.source;
  if (r.method === 'least-squares' && s.kind === 'columns')
    notes.push(
      `"${s.survivors}" holds ${s.values} and no cohort size was given, so the curve was fitted to the proportions by least squares, each period weighted alike: no number of customers is assumed and there is no log-likelihood (root mean square error ${pct(r.rmse)}). Give --cohort-size N (customers at period 0) for a maximum-likelihood fit.`,
    );
  else if (s.kind === 'columns')
    notes.push(
      s.values === 'counts' && s.cohortSize === null
        ? `Maximum likelihood on "${s.survivors}" read as customers alive, a cohort of ${thousands(r.cohortSize ?? NaN)}.`
        : `Maximum likelihood on "${s.survivors}" as ${s.values} of a cohort of ${thousands(r.cohortSize ?? NaN)} customers (the cohort size given).`,
    );
  else {
    const seen = s.observed;
    const counted = {
      'as-of-less-window':
        'Under inactivity a loss is dated to the last purchase but seen only once the window has passed, so each customer counts for the whole periods that end by the as-of date less the window',
      'as-of': 'Each customer counts for the whole periods from its start that end by the as-of date',
      tenure:
        'An active customer counts for the whole periods of its tenure, and half in the one it is part way through (actuarial life table)',
    }[s.observedTo];
    notes.push(
      `Maximum likelihood on ${thousands(s.customers)} customers counted by whole ${periodName(s.periodDays)} since their start, every start pooled${s.observedTo === 'as-of-less-window' ? ' (a one-time buyer is lost in period 1)' : ''}. ${counted}; ${thousands(seen)} were observed for at least one whole period.`,
    );
  }
  const last = r.observed.length - 1;
  if (r.defaults.includes('period') && s.kind === 'survival')
    notes.push(
      last >= 6
        ? `Period length chosen from the data: ${periodName(s.periodDays)}, the longest of years, months and weeks that gives at least 6 whole periods in which losses can be seen (here ${last}).`
        : `Period length chosen from the data: ${periodName(s.periodDays)}; even these give only ${last} whole periods in which losses can be seen.`,
    );
  if (r.defaults.includes('fit-periods'))
    notes.push(
      `Fitted on periods 0–${r.fitPeriods} of 0–${last} (about the first 60 %); ${r.fitPeriods < last ? `periods ${r.fitPeriods + 1}–${last} are held out to check the projection` : 'none is left to check the projection'}. Choose with --fit.`,
    );
  return notes;
}

/** A clusters matrix column: the feature, or `feature=value` for a one-hot column (`feature=other` for the pooled rarer values). */
export function clusterColumnText(column: { feature: string; level?: string; pooled?: boolean }): string {
  if (column.level === undefined) return column.feature;
  return `${column.feature}=${column.pooled ? 'other' : column.level}`;
}

/** A suggested cluster name in English: "high MonthlyCharges, low tenure"; "close to average" without codes. */
export function clusterNameText(codes: { feature: string; level: 'high' | 'low'; value?: string }[]): string {
  if (codes.length === 0) return 'close to average';
  return codes
    .map((c) => (c.value !== undefined ? `mostly ${c.feature} = ${c.value}` : `${c.level} ${c.feature}`))
    .join(', ');
}
/** How revenue movements read the log: printed with every `revenue` result. */
export function revenueConventions(returns: 'net' | 'drop'): string[] {
  return [
    `a customer's revenue in a period is the sum of its amounts in it (${returns === 'net' ? 'returns and cancellations netted in the period they happen' : 'returns and cancellations dropped'}), floored at 0: returns beyond a period's purchases count as no revenue and are summed in "refunds", outside the bridge; sums within 1e-6 of 0 are 0`,
    'each row moves from the period before to "period": expansion / contraction = the change for customers with revenue in both; churned = revenue last period, none now; new = a customer\'s first revenue in the data; reactivated = revenue again after at least one period without; revenueStart + new + expansion - contraction - churned + reactivated = revenueEnd',
    'grr = (revenueStart - contraction - churned) / revenueStart; nrr = (revenueStart + expansion - contraction - churned) / revenueStart (new and reactivated left out); quickRatio = (new + expansion + reactivated) / (contraction + churned); contractionShare = contraction / (contraction + churned); null where the base is 0',
    'only periods the data covers to their end are rows (openPeriod is not: its customers would read as churned); baseIncomplete: the period before started before the data, so its revenue is short and the row is left out of the summary',
  ];
}

/** How contraction alerts read the log (the partial-churn measure). */
export const ALERT_CONVENTION =
  'customers still buying (recent > 0) whose net revenue in the recent window fell at least dropPercent against the prior window of the same length, the last months the data has finished; stopped = prior revenue and none recent (churned, not contracted); partial churn with the same months and percent calls both churned';
/** Customer lifetime value's notes (codes with numbers) in sentences. */
export function clvNotes(r: CustomerLifetimeValueResult): string[] {
  const said: Record<ClvNoteCode, (p: Record<string, string | number>) => string> = {
    'clv-no-amounts': () => 'The data has no amounts: purchases are predicted, but not spend or CLV.',
    'clv-spend-too-few': (p) =>
      `Only ${p.repeatBuyers} repeat buyers have a positive mean repeat spend; the spend model needs ${p.minimum}: no CLV.`,
    'clv-spend-not-converged': () => 'The Gamma-Gamma spend model did not converge: no CLV.',
    'clv-spend-mean-infinite': (p) =>
      `The spend model's q = ${Number(p.q).toFixed(3)} is at most 1, so its mean spend is infinite: no CLV.`,
    'clv-spend-correlated': (p) =>
      `Frequency and mean spend correlate at ${Number(p.correlation).toFixed(3)} (|r| ≥ ${p.limit}): the Gamma-Gamma model assumes they are independent, so expected spend is doubtful.`,
    'clv-nonpositive-spend': (p) =>
      `${p.customers} repeat buyers' repeat purchases net to zero or less (returns): left out of the spend fit, their mean spend is taken as 0.`,
    'clv-left-out': (p) =>
      `Customers who first bought on the last day of the ${p.period} period (T = 0) say nothing about rates and are left out of the fit: ${p.customers}.`,
    'clv-no-holdout': () => 'The calibration ends on the as-of date: there is no holdout to check the model on.',
    'clv-no-dropout': (p) =>
      `No drop-out in the ${p.period === 'calibration' ? 'calibration period' : 'data'} to ${p.end}: the ${p.model} likelihood is highest in its limit ${p.parameter} -> 0, where nobody stops buying: the NBD model (log-likelihood ${Number(p.logLik).toFixed(2)}; allowing any drop-out lowers it, slope ${Number(p.score).toFixed(1)}). Every customer counts as alive (p_alive = 1) and buys at (r + x) / (alpha + T) per unit of time; the drop-out parameters are 0 and null (not identified). Check the holdout before trusting CLV: without drop-out the model overstates customers who have left.`,
    'clv-dropout-uncertain': (p) =>
      `In the fit on ${p.period === 'calibration' ? 'the calibration period' : 'all the data'}, how customers drop out is poorly determined: ${p.parameter} = ${Number(p.estimate).toPrecision(3)} ± ${Number(p.se).toPrecision(3)} (its 95 % interval reaches 0), so P(alive) is uncertain.`,
  };
  return r.notes.map((n) => said[n.code](n.params ?? {}));
}

/** RFM segment codes in English: the score map's segments (R rfm's names), Others, and the eight classes. */
export const RFM_SEGMENT_NAMES: Record<string, string> = {
  champions: 'Champions',
  loyal: 'Loyal',
  'potential-loyalist': 'Potential loyalist',
  new: 'New',
  promising: 'Promising',
  'need-attention': 'Need attention',
  'about-to-sleep': 'About to sleep',
  'at-risk': 'At risk',
  'cant-lose': "Can't lose them",
  hibernating: 'Hibernating',
  lost: 'Lost',
  others: 'Others (no rule of the segment map)',
  'important-value': 'Important value (重要价值客户): R, F and M high',
  'important-development': 'Important development (重要发展客户): R and M high, F low',
  'important-retention': 'Important retention (重要保持客户): F and M high, R low',
  'important-winback': 'Important win-back (重要挽留客户): M high, R and F low',
  'general-value': 'General value (一般价值客户): R and F high, M low',
  'general-development': 'General development (一般发展客户): R high, F and M low',
  'general-retention': 'General retention (一般保持客户): F high, R and M low',
  'general-winback': 'General win-back (一般挽留客户): R, F and M low',
};

/** What to do with each of the eight RFM classes. */
export const RFM_ACTIONS: Record<string, string> = {
  'important-value': 'Keep them: VIP service, early access, no discounts needed.',
  'important-development': 'Raise how often they buy: loyalty points, subscriptions, cross-selling.',
  'important-retention': 'They spend and used to buy often but have gone quiet: contact them personally now.',
  'important-winback': 'High spenders slipping away: a win-back offer, and ask why they left.',
  'general-value': 'Raise their basket: bundles, upgrades, free shipping over a threshold.',
  'general-development': 'New or light buyers: onboarding and a second-purchase offer.',
  'general-retention': 'Frequent small buyers gone quiet: low-cost reminders.',
  'general-winback': 'Lowest priority: automated low-cost campaigns, or let them go.',
};

/** What a reader of the reasons output must know to read the shares right. */
export function reasonsNotes(r: ChurnReasonsResult): string[] {
  const notes = [
    `shares are of the ${r.withReason} churned customers who give a reason; a customer's reasons are split at any of "${r.stamp.parameters.separators}"`,
  ];
  if (r.several > 0)
    notes.push(
      `${r.several} churned customers give more than one reason and count once for each, so the shares add to more than 100 % (${r.mentions} reasons named by ${r.withReason} customers)`,
    );
  if (r.withoutReason > 0) notes.push(`${r.withoutReason} churned customers give no reason and are not counted`);
  if (r.notChurnedWithReason > 0)
    notes.push(`${r.notChurnedWithReason} customers who did not churn have a reason; it is not counted`);
  if (r.lost)
    notes.push(
      `lost = "${r.lost.column}" summed over the churned customers naming each reason (the full value for each reason a customer names)`,
    );
  return notes;
}

/** The value-versus-risk quadrants in English (retain now: high value, high risk). */
export const QUADRANT_WORDS: Record<QuadrantCode, string> = {
  'retain-now': 'retain now',
  'maintain-cheaply': 'maintain cheaply',
  grow: 'grow',
  'let-go': 'let go',
};
