/**
 * Why an early-warning rule fired for a customer, as data: the UI words it in the reader's
 * language, and `evidenceSentence` words it in English for exports and the command line.
 * The shape is part of the engine contract (WarningEvidence in engine/api.ts).
 */
import type { WarningEvidence } from '../../../engine/api.ts';

export type { WarningEvidence, SkippedSeason } from '../../../engine/api.ts';
const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

/** An amount rounded to cents, without trailing zeros: 420, 12.5, -0.05. */
export function amountText(x: number): string {
  const cents = Math.round(Math.abs(x) * 100);
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  const sign = x < 0 && cents > 0 ? '-' : '';
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${frac % 10 === 0 ? frac / 10 : frac < 10 ? `0${frac}` : frac}`;
}

function pathText(e: { path: number[]; from: string; to: string }): string {
  return `${e.path.map(amountText).join(' → ')} (${e.from === e.to ? e.from : `${e.from} to ${e.to}`})`;
}

/** "2009, 2010 and 2011" style lists, as the sentences have always written them. */
function yearsText(years: number[]): string {
  let text = `${years[0]}`;
  for (let k = 1; k < years.length; k++) text += `${k === years.length - 1 ? ' and ' : ', '}${years[k]}`;
  return text;
}

export function evidenceSentence(e: WarningEvidence): string {
  switch (e.kind) {
    case 'declining':
      return `revenue fell ${e.months} months in a row: ${pathText(e)}`;
    case 'below': {
      const span = `the last ${e.months === 1 ? 'complete month' : `${e.months} complete months`}`;
      const level = e.threshold === 0 ? 'no revenue' : `revenue at or below ${amountText(e.threshold)}`;
      return `${level} in ${span}: ${pathText(e)}`;
    }
    case 'seasonal':
      return e.skipped
        .map((s) => {
          const name = MONTH_NAMES[s.month];
          return `bought in ${name} ${yearsText(s.earlier)} but not in ${name} ${s.year} (${amountText(s.lastYear)} last year)`;
        })
        .join('; ');
    case 'overdue':
      return `no purchase for ${e.days} days since ${e.since}, more than ${amountText(e.factor)} × the usual gap of ${amountText(e.usualGap)} days`;
  }
}
