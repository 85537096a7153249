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
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return '"analysis" is not an object';
  const r = a as Record<string, unknown>;
  const definition = definitionProblem(r.definition);
  if (definition) return `the churn definition is not valid: ${definition}`;
  if (typeof r.asOf !== 'string' || (r.asOf !== '' && !ISO_DAY.test(r.asOf)))
    return 'the as-of date must be YYYY-MM-DD or empty';
  if (!TIME_UNITS.includes(r.unit as TimeUnit)) return `unknown unit "${String(r.unit)}"`;
  if (r.returns !== 'net' && r.returns !== 'drop') return `returns must be "net" or "drop"`;
  if (r.idMatching !== undefined && !ID_MATCHING.includes(r.idMatching as IdMatching))
    return `idMatching must be ${ID_MATCHING.map((m) => `"${m}"`).join(' or ')}`;
  if (tierSharesProblem(r.tierShares)) return `the tier shares ${tierSharesProblem(r.tierShares)}`;
  if (r.reasonTypes !== undefined) {
    const types = r.reasonTypes as Record<string, unknown>;
    if (typeof types !== 'object' || types === null || Array.isArray(types)) return '"reasonTypes" is not an object';
    const bad = Object.entries(types).find(([, v]) => !CHURN_TYPE_CHOICES.includes(v as ChurnType));
    if (bad) return `unknown churn type "${String(bad[1])}" for the reason "${bad[0]}"`;
  }
  return null;
}

export function tierSharesProblem(shares: unknown): string | null {
  if (!Array.isArray(shares) || shares.length !== 3 || !shares.every((s) => typeof s === 'number' && s >= 0))
    return 'must be three numbers of at least 0';
  const sum = shares.reduce((a: number, b: number) => a + b, 0);
  return Math.abs(sum - 1) > 1e-9 ? 'must add up to 100 %' : null;
}
