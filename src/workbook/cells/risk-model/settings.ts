/**
 * A risk-model cell's settings: the model and its own settings (penalty; tree algorithm, depth
 * and class weights; smoothing), the features (every usable column
 * unless chosen), how customers are held out (a seeded share, or a column's value), the folds,
 * a cutoff date for a transaction log, and — read on the main thread only, never sent to the
 * engine — the threshold and the two costs of the campaign.
 */
import {
  RISK_CLASS_WEIGHTS,
  RISK_COMPARABLE,
  RISK_MODELS,
  RISK_PENALTIES,
  RISK_TREES,
  type RiskClassWeight,
  type RiskTreeAlgorithm,
  type CustomerTableSummary,
  type DatasetSummary,
  type RiskModelName,
  type RiskModelOptions,
  type RiskPenalty,
} from '../../../engine/api.ts';
import { oneOf, text, wholeAtLeast } from '../savedSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';

/** 'time': an out-of-time test on the customers of a later cutoff (transaction logs). */
export const TEST_BY = ['fraction', 'holdout', 'time'] as const;
export type TestBy = (typeof TEST_BY)[number];

export interface RiskSettings {
  model: RiskModelName;
  penalty: RiskPenalty;
  C: number;
  tree: RiskTreeAlgorithm;
  maxDepth: number;
  classWeight: RiskClassWeight;
  alpha: number;
  folds: number;
  seed: number;
  testBy: TestBy;
  testFraction: number;
  holdoutColumn: string;
  holdoutValue: string;
  /** YYYY-MM-DD, '' for none. */
  cutoff: string;
  /** 0 = the definition's default. */
  windowDays: number;
  /** testBy 'time': the test customers' cutoff, YYYY-MM-DD ('' = the cutoff). */
  testCutoff: string;
  /** Fit every comparable model beside the chosen one, on the same split and folds. */
  compare: boolean;
  /** null = every usable column. */
  features: string[] | null;
  threshold: number;
  costMissed: number;
  costOffer: number;
}

const numberIn = (v: unknown, min: number, max: number, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;

export function riskSettings(saved: Record<string, unknown>): RiskSettings {
  return {
    model: oneOf(saved.model, RISK_MODELS, 'logistic'),
    penalty: oneOf(saved.penalty, RISK_PENALTIES, 'l2'),
    C: numberIn(saved.C, 1e-6, 1e6, 1),
    tree: oneOf(saved.tree, RISK_TREES, 'cart'),
    maxDepth: Math.min(20, wholeAtLeast(saved.maxDepth, 1, 5)),
    classWeight: oneOf(saved.classWeight, RISK_CLASS_WEIGHTS, 'none'),
    alpha: numberIn(saved.alpha, 1e-6, 1e6, 1),
    folds: Math.min(20, wholeAtLeast(saved.folds, 2, 5)),
    seed: typeof saved.seed === 'number' && Number.isInteger(saved.seed) ? saved.seed : 1,
    testBy: oneOf(saved.testBy, TEST_BY, 'fraction'),
    testFraction: numberIn(saved.testFraction, 0, 0.9, 0.25),
    holdoutColumn: text(saved.holdoutColumn),
    holdoutValue: text(saved.holdoutValue),
    cutoff: /^\d{4}-\d{2}-\d{2}$/.test(text(saved.cutoff)) ? text(saved.cutoff) : '',
    testCutoff: /^\d{4}-\d{2}-\d{2}$/.test(text(saved.testCutoff)) ? text(saved.testCutoff) : '',
    compare: saved.compare === true,
    windowDays:
      typeof saved.windowDays === 'number' && Number.isInteger(saved.windowDays) && saved.windowDays > 0
        ? saved.windowDays
        : 0,
    features:
      Array.isArray(saved.features) && saved.features.every((f) => typeof f === 'string')
        ? (saved.features as string[])
        : null,
    threshold: numberIn(saved.threshold, 0, 1, 0.5),
    costMissed: numberIn(saved.costMissed, 0, 1e12, 100),
    costOffer: numberIn(saved.costOffer, 0, 1e12, 20),
  };
}

/** The engine's options (threshold and costs stay on the main thread); null while a holdout is half chosen. */
export function riskOptions(s: RiskSettings): RiskModelOptions | null {
  if (s.testBy === 'holdout' && (!s.holdoutColumn || !s.holdoutValue)) return null;
  if (s.testBy === 'time' && !(s.testCutoff || s.cutoff)) return null;
  return {
    model: s.model,
    ...(s.model === 'logistic' ? { penalty: s.penalty, C: s.C } : {}),
    ...(s.model === 'tree' ? { tree: s.tree, maxDepth: s.maxDepth, classWeight: s.classWeight } : {}),
    ...(s.model === 'naive-bayes' || s.model === 'tan' ? { alpha: s.alpha } : {}),
    folds: s.folds,
    seed: s.seed,
    ...(s.testBy === 'holdout'
      ? { holdout: { column: s.holdoutColumn, value: s.holdoutValue } }
      : s.testBy === 'time'
        ? {}
        : { testFraction: s.testFraction }),
    // Out of time, the model learns one window before the test cutoff (the engine's default).
    ...(s.testBy === 'time' && (s.testCutoff || s.cutoff)
      ? { testCutoff: s.testCutoff || s.cutoff }
      : s.cutoff
        ? { cutoff: s.cutoff }
        : {}),
    ...((s.cutoff || s.testBy === 'time') && s.windowDays > 0 ? { windowDays: s.windowDays } : {}),
    ...(s.compare && s.model !== 'cox' ? { compare: [...RISK_COMPARABLE] } : {}),
    ...(s.features ? { features: s.features } : {}),
  };
}

const DAY_MS = 86_400_000;

/**
 * A transaction log starts judged out of time (issue #17: a consultant's risk comes from a model
 * tested on a later period): the test cutoff one label window before the table's as-of date, the
 * model learning one window before that. The window is the churn definition's inactivity days:
 * a shorter one cannot see churn among customers who bought within the definition's days before
 * the cutoff, so they are left out of training and score 0 forward — on Online Retail (180-day
 * definition, 90-day window) 2,890 of 3,481 active customers, read as "safe". When two windows
 * and a month of history do not fit in the data, one cutoff a window before the as-of date (the
 * model tested on a held-out share of its customers), if a month of history fits before it; else
 * the cell starts as for a snapshot. Without an inactivity definition the window is a quarter.
 */
export function initialSettings({
  table,
}: {
  summary: DatasetSummary | null;
  workbook: Workbook;
  table: CustomerTableSummary | null;
}): Record<string, unknown> {
  if (!table || table.shape !== 'transactions' || !table.asOf) return {};
  const asOf = Date.parse(`${table.asOf}T00:00:00Z`);
  const earliest = Date.parse(`${table.dataFrom}T00:00:00Z`) + 30 * DAY_MS;
  const window = table.definition.kind === 'inactivity' ? table.definition.days : 90;
  const cutoff = new Date(asOf - window * DAY_MS).toISOString().slice(0, 10);
  // The window is left to the engine, whose default is the same (labelWindow in temporalSplit.ts).
  if (asOf - 2 * window * DAY_MS >= earliest) return { testBy: 'time', cutoff };
  if (asOf - window * DAY_MS >= earliest) return { testBy: 'fraction', cutoff };
  return {};
}
