/**
 * The command line's words for a risk model: the campaign sentence of the gains table (the
 * course's "contacting the top 10 % finds …; to reach 80 % of churners, contact N instead of M"),
 * a model term as text, and why a column was left out — English, as the app words the same
 * codes in the user's language.
 */
import {
  MISSING_LEVEL,
  OTHER_LEVEL,
  type DesignTerm,
  type FeatureLeftOutReason,
  type RiskModelResult,
} from '../src/engine/api.ts';

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function levelText(level: string): string {
  return level === OTHER_LEVEL ? '(other)' : level === MISSING_LEVEL ? '(missing)' : level;
}

export function termText(t: DesignTerm): string {
  return t.level === undefined ? t.feature : `${t.feature} = ${levelText(t.level)}`;
}

export function gainsSentence(r: RiskModelResult): string {
  const e = r.evaluation;
  const top = e.gains[0];
  const on = r.target.testCutoff
    ? `the ${e.customers} customers active on ${r.target.testCutoff}, out of time`
    : e.on === 'test'
      ? `the ${e.customers} test customers`
      : `the ${e.customers} training customers, out of fold`;
  return (
    `On ${on}: contacting the top 10 % (${top.customers}) finds ${percent(top.cumShare)} of churners, ` +
    `${top.cumLift.toFixed(1)}× a random list of the same size; to reach ${Math.round(e.reach.share * 100)} % of churners, ` +
    `contact ${e.reach.withModel} instead of ${e.reach.random}.`
  );
}

export const LEFT_OUT_REASONS: Record<FeatureLeftOutReason, string> = {
  identifier: 'an id (nearly one value per customer)',
  text: 'free text',
  date: 'a date (tenure and T carry what it says)',
  label: 'the churn label, or what restates it',
  'leaks-label': 'known only through churn, or read by the churn definition itself',
  'mentions-churn': 'its name mentions churn: likely made from the outcome',
  'source-file': 'the file a customer’s last row came from',
  empty: 'no values',
  constant: 'the same value for every customer',
  duplicate: 'the same values as another feature',
  varies: 'differs within customers: name a rule (COLUMN:latest, :most-frequent or :count-distinct)',
  'holdout-column': 'it marks the held-out customers',
  duration: 'the duration itself, or a number that grows with it (a Cox model already conditions on time)',
};
