/**
 * `risk <file>... --model logistic`: a churn risk model judged on customers it did not see, as
 * JSON (model, target, train, test, auc, aucCI, cv, gains, coefficients), and with `--out` each
 * customer's churn risk, decile, split and fold as CSV or xlsx.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import {
  exportFile,
  RISK_CLASS_WEIGHTS,
  RISK_COMPARABLE,
  RISK_MODELS,
  RISK_TREES,
  RISK_PENALTIES,
  SPLIT_CODES,
  type RiskModelOptions,
  type RiskModelResult,
} from '../../src/engine/api.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import { flag, oneOf, UsageError, type ParsedArgs } from '../args.ts';
import type { Command, Engine } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { explainedOutput } from '../riskExplainedOutput.ts';
import { comparisonOutput } from '../riskComparisonOutput.ts';
import { gainsSentence, LEFT_OUT_REASONS, levelText, termText } from '../riskWording.ts';
import { describeDefinition } from '../wording.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';

function number(args: ParsedArgs, name: string, whole = false): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || (whole && !Number.isInteger(v)))
    throw new UsageError(`--${name} takes ${whole ? 'a whole number' : 'a number'}, not "${text}"`);
  return v;
}

function optionsOf(args: ParsedArgs): RiskModelOptions {
  const rules = keyedRecord<never>();
  const features = flag(args, 'features')
    ?.split(',')
    .map((f) => attributeRef(f.trim(), rules))
    .filter(Boolean);
  const holdoutText = flag(args, 'holdout');
  let holdout: RiskModelOptions['holdout'];
  if (holdoutText !== undefined) {
    const eq = holdoutText.indexOf('=');
    if (eq < 1) throw new UsageError('--holdout takes COLUMN=VALUE (customers with that value are the test set)');
    holdout = { column: holdoutText.slice(0, eq), value: holdoutText.slice(eq + 1) };
  }
  if (holdout && flag(args, 'test-fraction') !== undefined)
    throw new UsageError('give --holdout or --test-fraction, not both');
  const compare = flag(args, 'compare')
    ?.split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const unknown = compare?.find((m) => !(RISK_COMPARABLE as readonly string[]).includes(m));
  if (unknown !== undefined)
    throw new UsageError(`--compare takes models from ${RISK_COMPARABLE.join(',')}, not "${unknown}"`);
  const testCutoff = flag(args, 'test-cutoff');
  if (testCutoff !== undefined && (holdout || flag(args, 'test-fraction') !== undefined))
    throw new UsageError('--test-cutoff tests on a later period: leave out --holdout and --test-fraction');
  const options: RiskModelOptions = {
    model: oneOf(args, 'model', RISK_MODELS),
    penalty: oneOf(args, 'penalty', RISK_PENALTIES),
    tree: oneOf(args, 'tree', RISK_TREES),
    maxDepth: number(args, 'max-depth', true),
    minLeaf: number(args, 'min-leaf', true),
    classWeight: oneOf(args, 'class-weight', RISK_CLASS_WEIGHTS),
    alpha: number(args, 'alpha'),
    C: number(args, 'C'),
    folds: number(args, 'folds', true),
    seed: number(args, 'seed', true),
    testFraction: number(args, 'test-fraction'),
    windowDays: number(args, 'window', true),
    cutoff: flag(args, 'cutoff'),
    testCutoff,
    compare: compare as RiskModelOptions['compare'],
    features,
    holdout,
    ...stated(rules),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as RiskModelOptions;
}

function modelText(r: RiskModelResult): string {
  const p = r.stamp.parameters;
  const what =
    r.model === 'logistic'
      ? `${p.penalty} penalty, C = ${p.C}`
      : r.model === 'tree'
        ? `${p.tree}, depth ≤ ${p.maxDepth}, min leaf ${p.minLeaf}, class weight ${p.classWeight}`
        : r.model === 'cox'
          ? 'Efron ties'
          : `Laplace smoothing ${p.alpha}`;
  return `${r.model}, ${what}, seed ${r.split.seed}`;
}

/** customer_id, churn_risk, risk_decile, risk_split, risk_fold: one row per customer of the table. */
function writeScores(engine: Engine, id: string, r: RiskModelResult, out: string): string | null {
  const ext = extname(out).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new UsageError('--out must end in .csv or .xlsx');
  const ipc = engine.customerRows(id, 0, r.scores.risk.length);
  if (!ipc.ok) return ipc.issues[0].message;
  const ids = tableFromIPC(ipc.value).getChild('customer_id')!.toArray() as string[];
  const { risk, decile, split, fold } = r.scores;
  const rows = function* () {
    for (let c = 0; c < ids.length; c++)
      yield [
        ids[c],
        risk[c] === risk[c] ? risk[c] : null,
        decile[c] || null,
        SPLIT_CODES[split[c]] || null,
        fold[c] || null,
      ];
  };
  const file = exportFile(
    {
      columns: [
        { name: 'customer_id', kind: 'text' },
        { name: 'churn_risk', kind: 'number' },
        { name: 'risk_decile', kind: 'integer' },
        { name: 'risk_split', kind: 'text' },
        { name: 'risk_fold', kind: 'integer' },
      ],
      rows: rows(),
      about: [
        { label: 'Churn definition', text: describeDefinition(r.target.definition) },
        { label: 'As of', text: r.stamp.asOf || 'not dated' },
        {
          label: 'Model',
          text: modelText(r),
        },
        {
          label: 'Scores',
          text: r.target.cutoff
            ? `forward: features on ${r.stamp.asOf}, churn within ${r.target.windowDays} days`
            : 'out of fold for training customers; from the trained model for test customers',
        },
        { label: 'Source', text: r.stamp.sources.join(', ') },
      ],
    },
    ext === '.xlsx' ? 'xlsx' : 'csv',
  );
  writeFileSync(out, file);
  return null;
}

export const riskModel: Command = {
  name: 'risk',
  kind: 'risk-model',
  usage: `<file>... [--model ${RISK_MODELS.join('|')}] [--features a,b,c${RULE_SUFFIX}] [--holdout COLUMN=VALUE | --test-fraction 0.25] [--folds 5] [--seed S] [--cutoff YYYY-MM-DD [--window DAYS]] [--test-cutoff YYYY-MM-DD] [--compare ${RISK_COMPARABLE.join(',')}] [--penalty l2|l1] [--C 1] [--tree id3|c45|cart] [--max-depth N] [--min-leaf N] [--class-weight balanced] [--alpha 1] [--out scores.csv|.xlsx] [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--returns net|drop] [--merge-ids] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const options = optionsOf(args);
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const result = engine.analyze(summary.id, 'risk-model', options);
    if (!result.ok) return { code: 2, error: result.issues[0].message };
    const r = result.value;
    const out = flag(args, 'out');
    if (out !== undefined) {
      const failed = writeScores(engine, summary.id, r, out);
      if (failed) return { code: 2, error: failed };
    }
    const e = r.evaluation;
    return {
      code: 0,
      out: {
        model: r.model,
        target: {
          ...r.target.definition,
          ...(r.target.cutoff
            ? { cutoff: r.target.cutoff, windowDays: r.target.windowDays, labelAsOf: r.target.labelAsOf }
            : {}),
          ...(r.target.testCutoff ? { testCutoff: r.target.testCutoff, testLabelAsOf: r.target.testLabelAsOf } : {}),
        },
        targetText: describeDefinition(r.target.definition),
        customers: r.population.customers,
        churners: r.population.churners,
        train: r.split.train,
        test: r.split.test,
        ...(r.population.later ? { testPopulation: r.population.later } : {}),
        ...(r.population.forward ? { forward: r.population.forward } : {}),
        split: {
          by: r.split.by,
          seed: r.split.seed,
          folds: r.split.folds,
          testFraction: r.split.testFraction,
          ...(r.split.holdout ? { holdout: r.split.holdout } : {}),
        },
        evaluatedOn: e.on,
        auc: e.auc,
        aucCI: [e.aucLow, e.aucHigh],
        cv: { auc: r.cv.auc, mean: r.cv.mean, sd: r.cv.sd },
        gains: e.gains.map((g) => ({
          decile: g.decile,
          customers: g.customers,
          churners: g.churners,
          cumShare: g.cumShare,
          lift: g.lift,
          cumLift: g.cumLift,
        })),
        reach: e.reach,
        summary: gainsSentence(r),
        brier: e.brier,
        coefficients: r.explained?.terms.map((t) => ({
          feature: termText(t.term),
          estimate: t.estimate,
          oddsRatio: Math.exp(t.estimate),
          ci: [Math.exp(t.low), Math.exp(t.high)],
          se: t.se,
          p: t.p,
          ...(t.sd !== undefined ? { per: `1 standard deviation (${Number(t.sd.toPrecision(4))})` } : {}),
        })),
        coefficientsNote:
          'unpenalised fit on the training customers; odds ratios with 95 % Wald intervals; each category against its reference level',
        references:
          r.explained && Object.fromEntries(Object.entries(r.explained.references).map(([k, v]) => [k, levelText(v)])),
        aliased: r.explained?.aliased.map((a) => ({ term: termText(a.term), sameAs: a.with.map(termText) })),
        penalised: r.penalised && {
          intercept: r.penalised.intercept,
          coefficients: r.penalised.coefficients.map((c) => ({ feature: termText(c.term), estimate: c.estimate })),
        },
        ...explainedOutput(r),
        ...(r.comparison ? { comparison: comparisonOutput(r.comparison) } : {}),
        features: r.features.map((f) => ({
          name: f.name,
          kind: f.kind,
          missing: f.missing,
          ...(f.pooled ? { pooled: f.pooled } : {}),
        })),
        leftOut: r.leftOut.map((l) => ({
          column: l.column,
          reason: l.reason,
          why: LEFT_OUT_REASONS[l.reason],
          ...(l.of ? { of: l.of } : {}),
        })),
        notes: r.notes,
        stamp: r.stamp,
      },
    };
  },
};
