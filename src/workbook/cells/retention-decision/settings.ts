/** What a retention-decision cell keeps in its settings, read back with defaults, and its engine options. */
import {
  CHURN_TYPES,
  RETENTION_PLANS,
  type ChurnType,
  type ChurnTypeRule,
  QUADRANT_CODES,
  type DatasetSummary,
  type QuadrantCode,
  type RetentionDecisionOptions,
  type RetentionPlan,
} from '../../../engine/api.ts';
import { isRecord, oneOf, text } from '../savedSettings.ts';

export interface DecisionSettings {
  risk: string;
  /** '' = the engine's default (CLV for a log, historical value for a snapshot). */
  value: string;
  who: 'not-churned' | 'all';
  /** '' = every customer; else only those the value-risk quadrant placed in this quadrant. */
  quadrant: '' | QuadrantCode;
  save: Partial<Record<ChurnType, number>>;
  plans: Partial<Record<ChurnType, RetentionPlan>>;
  offerCosts: Partial<Record<RetentionPlan, number>>;
  /** null = the engine's default rules. */
  rules: ChurnTypeRule[] | null;
  /** The user's wording of a plan's action; absent = the template in the UI language. */
  planTexts: Partial<Record<RetentionPlan, string>>;
}

/** Numeric columns of the data a risk or a value can be read from. */
export function numericColumns(summary: DatasetSummary | null): string[] {
  return (summary?.columns ?? [])
    .filter((c) => (c.type === 'integer' || c.type === 'decimal') && ['attribute', 'value'].includes(c.role))
    .map((c) => c.name);
}

const share = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;

function picked<K extends string, V>(
  raw: unknown,
  keys: readonly K[],
  ok: (v: unknown) => boolean,
): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  if (isRecord(raw)) for (const k of keys) if (ok(raw[k])) out[k] = raw[k] as V;
  return out;
}

function rule(raw: unknown): ChurnTypeRule | null {
  if (!isRecord(raw) || !CHURN_TYPES.includes(raw.type as ChurnType)) return null;
  const r: ChurnTypeRule = { type: raw.type as ChurnType };
  if (share(raw.riskAtLeast)) r.riskAtLeast = raw.riskAtLeast as number;
  if (share(raw.riskBelow)) r.riskBelow = raw.riskBelow as number;
  if (share(raw.valueTop)) r.valueTop = raw.valueTop as number;
  const a = raw.attribute;
  if (isRecord(a) && typeof a.column === 'string' && Array.isArray(a.in))
    r.attribute = { column: a.column, in: a.in.filter((v): v is string => typeof v === 'string') };
  return r;
}

export function decisionSettings(raw: Record<string, unknown>): DecisionSettings {
  return {
    risk: text(raw.risk) || 'model',
    value: text(raw.value),
    who: oneOf(raw.who, ['not-churned', 'all'] as const, 'not-churned'),
    quadrant: oneOf(raw.quadrant, ['', ...QUADRANT_CODES] as const, ''),
    save: picked(raw.save, CHURN_TYPES, share),
    plans: picked(raw.plans, CHURN_TYPES, (v) => RETENTION_PLANS.includes(v as RetentionPlan)),
    offerCosts: picked(raw.offerCosts, RETENTION_PLANS, (v) => typeof v === 'number' && v >= 0),
    rules: Array.isArray(raw.rules) ? raw.rules.map(rule).filter((r): r is ChurnTypeRule => r !== null) : null,
    planTexts: picked(raw.planTexts, RETENTION_PLANS, (v) => typeof v === 'string' && v.trim() !== ''),
  };
}

export function decisionOptions(s: DecisionSettings): RetentionDecisionOptions {
  return {
    risk: s.risk,
    ...(s.value ? { value: s.value } : {}),
    who: s.who,
    ...(s.quadrant ? { quadrant: s.quadrant } : {}),
    saveProbability: s.save,
    plans: s.plans,
    offerCosts: s.offerCosts,
    ...(s.rules ? { typeRules: s.rules } : {}),
  };
}
