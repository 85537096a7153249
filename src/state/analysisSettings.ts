/**
 * The analysis settings a workbook keeps: the churn definition, the as-of date, the unit of
 * recency and T, how returns are treated and the value-tier shares. Plain JSON, checked when a
 * workbook is opened; the default definition follows the data's shape and roles.
 */
import {
  CHURN_TYPES,
  DEFAULT_RELATIVE_MIN_DAYS,
  DEFINITION_KINDS,
  ID_MATCHING,
  TIME_UNITS,
  type ChurnDefinition,
  type ChurnType,
  type DatasetSummary,
  type IdMatching,
  type ReturnsHandling,
  type Role,
  type TimeUnit,
} from '../engine/api.ts';
import { isRecord, notOneOf, problem, shown, type FieldProblem, type FieldProblemCode } from './workbookFields.ts';

export { DEFAULT_RELATIVE_MIN_DAYS, DEFINITION_KINDS, TIME_UNITS };

export interface AnalysisSettings {
  definition: ChurnDefinition;
  /** YYYY-MM-DD, or '' for the engine's default (the last date in the data). */
  asOf: string;
  unit: TimeUnit;
  returns: ReturnsHandling;
  /**
   * 'trim-case' merges customer ids that differ only in case or surrounding spaces; absent or
   * 'exact' (the default) keeps every spelling apart and reports them.
   */
  idMatching?: IdMatching;
  /** Shares of customers in tiers A, B and C, by value; they add up to 1. */
  tierShares: [number, number, number];
  /** Reason value → churn type, where the user changed the suggested mapping. */
  reasonTypes?: Record<string, ChurnType>;
}

export const CHURN_TYPE_CHOICES: readonly ChurnType[] = CHURN_TYPES;
export const DEFAULT_TIER_SHARES: [number, number, number] = [0.1, 0.3, 0.6];

/** Each column's confirmed role, or the suggested one where the user has not confirmed any. */
export function effectiveRoles(summary: DatasetSummary, confirmed: Record<string, Role>): Record<string, Role> {
  // Read as a whole: a lookup per column in a reactive proxy makes a signal per column.
  const chosen = new Map(Object.entries(confirmed));
  return Object.fromEntries(summary.columns.map((c) => [c.name, chosen.get(c.name) ?? c.role]));
}

/** A snapshot with a churn flag → flag; with a churn date → contract end; a transaction log → 180 days. */
export function defaultDefinition(summary: DatasetSummary, roles: Record<string, Role>): ChurnDefinition {
  const present = new Set(Object.values(roles));
  const hasDates = present.has('date') && present.has('customer_id');
  if (summary.shape !== 'transactions' || !hasDates) {
    if (present.has('churn_flag')) return { kind: 'flag' };
    if (present.has('churn_date')) return { kind: 'contract-end' };
  }
  return { kind: 'inactivity', days: 180 };
}

export function defaultAnalysis(summary: DatasetSummary, roles: Record<string, Role>): AnalysisSettings {
  return {
    definition: defaultDefinition(summary, roles),
    asOf: '',
    unit: 'weeks',
    returns: 'net',
    tierShares: [...DEFAULT_TIER_SHARES],
  };
}

/** A fresh definition of another kind, keeping what carries over (none of the parameters do). */
export function definitionOfKind(kind: ChurnDefinition['kind']): ChurnDefinition {
  switch (kind) {
    case 'flag':
      return { kind: 'flag' };
    case 'inactivity':
      return { kind: 'inactivity', days: 180 };
    case 'contract-end':
      return { kind: 'contract-end' };
    case 'partial':
      return { kind: 'partial', months: 3, dropPercent: 50 };
  }
}

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/** Why a definition cannot be sent to the engine yet (e.g. while a number is being typed), or null. */
export function definitionProblem(d: unknown): string | null {
  if (typeof d !== 'object' || d === null) return 'the definition is not an object';
  const r = d as Record<string, unknown>;
  switch (r.kind) {
    case 'flag':
      return optionalString(r.column) && optionalString(r.dateColumn) ? null : 'flag columns must be names';
    case 'inactivity':
      if (!positive(r.days)) return 'days must be above 0';
      if (r.relativeFactor !== undefined && !positive(r.relativeFactor)) return 'the factor must be above 0';
      if (r.minDays !== undefined && r.relativeFactor === undefined)
        return 'the floor in days belongs to a relative window (it needs the factor)';
      if (r.minDays !== undefined && !(positive(r.minDays) || r.minDays === 0))
        return 'the floor must be a number of days, 0 or more';
      if (r.atRiskDays !== undefined && (!positive(r.atRiskDays) || r.atRiskDays > r.days))
        return 'the at-risk days must be above 0 and not more than the churn days';
      return null;
    case 'contract-end':
      return optionalString(r.column) ? null : 'the contract-end column must be a name';
    case 'partial':
      if (!positive(r.months) || !Number.isInteger(r.months)) return 'months must be a whole number above 0';
      if (!positive(r.dropPercent) || r.dropPercent > 100) return 'the drop must be between 0 and 100 %';
      return null;
    default:
      return `unknown definition kind ${JSON.stringify(r.kind)}`;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why saved analysis settings are unusable, or null; used when a workbook is opened. */
export function analysisProblem(a: unknown): string | null {
  return analysisFieldProblem(a)?.message ?? null;
}

/** The first unusable field of saved analysis settings (its path, value and rule), or null. */
export function analysisFieldProblem(a: unknown): FieldProblem | null {
  if (!isRecord(a)) return problem('not-object', 'analysis', '"analysis" is not an object');
  const definition = definitionFieldProblem(a.definition, 'analysis.definition');
  if (definition) return definition;
  if (typeof a.asOf !== 'string' || (a.asOf !== '' && !validDay(a.asOf)))
    return problem('bad-day', 'analysis.asOf', 'the as-of date must be YYYY-MM-DD or empty', { value: shown(a.asOf) });
  if (!TIME_UNITS.includes(a.unit as TimeUnit))
    return { ...notOneOf('analysis.unit', a.unit, TIME_UNITS), message: `unknown unit "${String(a.unit)}"` };
  if (a.returns !== 'net' && a.returns !== 'drop')
    return { ...notOneOf('analysis.returns', a.returns, ['net', 'drop']), message: 'returns must be "net" or "drop"' };
  if (a.idMatching !== undefined && !ID_MATCHING.includes(a.idMatching as IdMatching))
    return {
      ...notOneOf('analysis.idMatching', a.idMatching, ID_MATCHING),
      message: `idMatching must be ${ID_MATCHING.map((m) => `"${m}"`).join(' or ')}`,
    };
  const shares = tierSharesProblem(a.tierShares);
  if (shares)
    return problem(
      Array.isArray(a.tierShares) && a.tierShares.length === 3 ? 'shares-sum' : 'shares-three',
      'analysis.tierShares',
      `the tier shares ${shares}`,
      { value: shown(a.tierShares) },
    );
  if (a.reasonTypes !== undefined) {
    if (!isRecord(a.reasonTypes))
      return problem('not-object', 'analysis.reasonTypes', '"reasonTypes" is not an object');
    const bad = Object.entries(a.reasonTypes).find(([, v]) => !CHURN_TYPE_CHOICES.includes(v as ChurnType));
    if (bad)
      return {
        ...notOneOf(`analysis.reasonTypes[${shown(bad[0])}]`, bad[1], CHURN_TYPE_CHOICES),
        message: `unknown churn type "${String(bad[1])}" for the reason "${bad[0]}"`,
      };
  }
  return null;
}

/** A real calendar day written YYYY-MM-DD (not 2024-02-30). */
function validDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** definitionProblem's rules, naming the field of a saved definition. */
function definitionFieldProblem(d: unknown, at: string): FieldProblem | null {
  if (!isRecord(d)) return problem('not-object', at, 'the definition is not an object');
  const text = (key: string) =>
    d[key] === undefined || typeof d[key] === 'string'
      ? null
      : problem('not-text', `${at}.${key}`, `${key} must be a column name`, { value: shown(d[key]) });
  const rule = (code: FieldProblemCode, key: string, message: string) =>
    problem(code, `${at}.${key}`, message, { value: shown(d[key]) });
  switch (d.kind) {
    case 'flag':
      return text('column') ?? text('dateColumn');
    case 'contract-end':
      return text('column');
    case 'inactivity':
      if (!positive(d.days)) return rule('not-positive', 'days', 'days must be above 0');
      if (d.relativeFactor !== undefined && !positive(d.relativeFactor))
        return rule('not-positive', 'relativeFactor', 'the factor must be above 0');
      if (d.minDays !== undefined && d.relativeFactor === undefined)
        return rule('needs-factor', 'minDays', 'the floor in days belongs to a relative window (it needs the factor)');
      if (d.minDays !== undefined && !(positive(d.minDays) || d.minDays === 0))
        return rule('not-non-negative', 'minDays', 'the floor must be a number of days, 0 or more');
      if (d.atRiskDays !== undefined && !positive(d.atRiskDays))
        return rule('not-positive', 'atRiskDays', 'the at-risk days must be above 0');
      if (d.atRiskDays !== undefined && (d.atRiskDays as number) > d.days)
        return rule('at-risk-above', 'atRiskDays', 'the at-risk days must not be more than the churn days');
      return null;
    case 'partial':
      if (!positive(d.months) || !Number.isInteger(d.months))
        return rule('not-whole', 'months', 'months must be a whole number above 0');
      if (!positive(d.dropPercent) || d.dropPercent > 100)
        return rule('not-percent', 'dropPercent', 'the drop must be between 0 and 100 %');
      return null;
    default:
      return notOneOf(`${at}.kind`, d.kind, DEFINITION_KINDS);
  }
}

export function tierSharesProblem(shares: unknown): string | null {
  if (!Array.isArray(shares) || shares.length !== 3 || !shares.every((s) => typeof s === 'number' && s >= 0))
    return 'must be three numbers of at least 0';
  const sum = shares.reduce((a: number, b: number) => a + b, 0);
  return Math.abs(sum - 1) > 1e-9 ? 'must add up to 100 %' : null;
}
