/** Churn drivers' options with their defaults, checked: each mistake is an issue naming the option and its range. */
import { DRIVER_FACTOR_KEYS, type ChurnDriversOptions, type Issue, type Result } from '../../api.ts';

export const DRIVER_DEFAULTS = { bins: 5, repeats: 10, seed: 1, testFraction: 0.25 } as const;

export type ResolvedDriverOptions = ChurnDriversOptions &
  Required<Pick<ChurnDriversOptions, 'bins' | 'repeats' | 'seed' | 'testFraction' | 'factors'>>;

function invalid(option: string, range: string): Result<never> {
  const issue: Issue = {
    severity: 'error',
    code: 'drivers-invalid-option',
    params: { option, range },
    message: `Churn drivers' ${option} must be ${range}.`,
  };
  return { ok: false, issues: [issue] };
}

const whole = (v: unknown, lo: number, hi: number) => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
/** A weight or rating: a finite number, or absent (NaN: not scored yet). */
const weight = (v: unknown) => v === undefined || v === null || typeof v === 'number';

export function resolveDriverOptions(options: ChurnDriversOptions): Result<ResolvedDriverOptions> {
  // An option given as undefined (a flag not given) takes its default.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const r: ResolvedDriverOptions = { ...DRIVER_DEFAULTS, factors: [], ...given };
  if (!whole(r.bins, 2, 20)) return invalid('bins', 'a whole number from 2 to 20');
  if (!whole(r.repeats, 1, 100)) return invalid('repeats', 'a whole number from 1 to 100');
  if (!(Number.isInteger(r.seed) && Math.abs(r.seed) < 2 ** 32)) return invalid('seed', 'a whole number');
  if (!(typeof r.testFraction === 'number' && r.testFraction >= 0.1 && r.testFraction <= 0.9))
    return invalid('testFraction', 'from 0.1 to 0.9');
  if (r.features && !(Array.isArray(r.features) && r.features.every((f) => typeof f === 'string')))
    return invalid('features', 'a list of column names');
  if (r.features && r.features.length === 0) return invalid('features', 'at least one column');
  if (r.cutoff !== undefined && !(typeof r.cutoff === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.cutoff)))
    return invalid('cutoff', 'a day, YYYY-MM-DD');
  if (r.windowDays !== undefined && !whole(r.windowDays, 1, 36500))
    return invalid('windowDays', 'a whole number of days');
  if (r.windowDays !== undefined && r.cutoff === undefined) return invalid('windowDays', 'given with a cutoff');
  if (!Array.isArray(r.factors) || r.factors.length > 30) return invalid('factors', 'a list of at most 30 factors');
  for (const f of r.factors) {
    const named = (f.key !== undefined && DRIVER_FACTOR_KEYS.includes(f.key)) || typeof f.name === 'string';
    if (!named) return invalid('factors', `named: ${DRIVER_FACTOR_KEYS.join(', ')} or a name of your own`);
    if (!weight(f.rating) || !weight(f.importance) || !weight(f.availability))
      return invalid('factors', 'rated and weighted with numbers');
    if (f.column !== undefined && typeof f.column !== 'string') return invalid('factors', 'rated from a column name');
  }
  return { ok: true, value: r };
}
