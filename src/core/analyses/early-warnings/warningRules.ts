/**
 * Early-warning rules as a retention analyst writes them, and their validation for the command
 * line and the UI. Validation reports the first problem in plain words and returns clean copies
 * (known fields only), so a typo such as `month` for `months` is caught rather than ignored.
 */

export type WarningRule =
  /** Revenue fell in each of the last `months` complete months (needs months + 1 months of history). */
  | { kind: 'declining'; months: number }
  /** Revenue at or below `threshold` in each of the last `months` complete months. */
  | { kind: 'below'; threshold: number; months: number }
  /** Bought in a calendar month in each of the previous `years` years, but not this year. */
  | { kind: 'seasonal'; years: number }
  /** Days since the last purchase exceed `factor` times the customer's median gap between purchase days. */
  | { kind: 'overdue'; factor: number };

export type WarningKind = WarningRule['kind'];

const FIELDS: Record<WarningKind, readonly string[]> = {
  declining: ['months'],
  below: ['threshold', 'months'],
  seasonal: ['years'],
  overdue: ['factor'],
};

const KINDS = 'declining, below, seasonal or overdue';

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

function wholeAtLeast(value: unknown, least: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= least;
}

/** The problem with one rule's fields, or null; `r` already has a known kind. */
function fieldProblem(r: Record<string, unknown>, kind: WarningKind): string | null {
  const unknown = Object.keys(r).find((key) => key !== 'kind' && !FIELDS[kind].includes(key));
  if (unknown !== undefined) return `has an unknown field "${unknown}"; it takes ${FIELDS[kind].join(' and ')}`;
  switch (kind) {
    case 'declining':
      return wholeAtLeast(r.months, 2)
        ? null
        : `needs months to be a whole number of at least 2 (one lower month is not a trend), not ${shown(r.months)}`;
    case 'below':
      if (!(typeof r.threshold === 'number' && Number.isFinite(r.threshold) && r.threshold >= 0))
        return `needs a threshold of 0 or more (0 means no revenue at all), not ${shown(r.threshold)}`;
      return wholeAtLeast(r.months, 1)
        ? null
        : `needs months to be a whole number of at least 1, not ${shown(r.months)}`;
    case 'seasonal':
      return wholeAtLeast(r.years, 1) ? null : `needs years to be a whole number of at least 1, not ${shown(r.years)}`;
    case 'overdue':
      return typeof r.factor === 'number' && Number.isFinite(r.factor) && r.factor > 0
        ? null
        : `needs a factor greater than 0 (2 means twice the usual gap between purchases), not ${shown(r.factor)}`;
  }
}

function copyRule(r: Record<string, unknown>, kind: WarningKind): WarningRule {
  switch (kind) {
    case 'declining':
      return { kind, months: r.months as number };
    case 'below':
      return { kind, threshold: r.threshold as number, months: r.months as number };
    case 'seasonal':
      return { kind, years: r.years as number };
    case 'overdue':
      return { kind, factor: r.factor as number };
  }
}

export function validateRules(rules: unknown): { ok: true; rules: WarningRule[] } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (!Array.isArray(rules)) return fail(`Warning rules must be a list, e.g. [{ "kind": "declining", "months": 3 }].`);
  if (rules.length === 0) return fail(`No warning rules were given; use at least one of ${KINDS}.`);
  const valid: WarningRule[] = [];
  for (let i = 0; i < rules.length; i++) {
    const r: unknown = rules[i];
    if (typeof r !== 'object' || r === null || Array.isArray(r))
      return fail(`Rule ${i + 1} is not a rule: expected an object like { "kind": "overdue", "factor": 2 }.`);
    const fields = r as Record<string, unknown>;
    const kind = fields.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(FIELDS, kind))
      return fail(
        `Rule ${i + 1} has ${kind === undefined ? 'no kind' : `an unknown kind ${shown(kind)}`}; use ${KINDS}.`,
      );
    const problem = fieldProblem(fields, kind as WarningKind);
    if (problem !== null) return fail(`Rule ${i + 1} (${kind}) ${problem}.`);
    valid.push(copyRule(fields, kind as WarningKind));
  }
  return { ok: true, rules: valid };
}
