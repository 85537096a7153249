/**
 * The out-of-time test of a transaction log: the model learns at C1 (features up to C1, churn by
 * C1 + window = C2) and is tested on the customers of C2 (features up to C2, churn by C2 +
 * window). Rows after C2 may change only the test labels; rows after C1 never move a training
 * feature, and rows after C2 never move a test feature or anything the model learnt.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerTableSpec, Role } from '../../../src/engine/api.ts';
import { loadDataset } from '../../../src/engine/loading/datasetLoading.ts';
import { Job } from '../../../src/engine/loading/readContext.ts';
import { buildCustomerTable } from '../../../src/engine/customers/customerTableBuilding.ts';
import { outOfTimeSplit } from '../../../src/engine/analyses/risk-model/outOfTimeSplit.ts';
import type { TemporalSplit } from '../../../src/engine/analyses/risk-model/temporalSplit.ts';
import { customerTableColumnsTyped } from '../../../src/core/customers/customerTable.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, TELCO, sourceFile } from '../../sharedData.ts';
import { value } from './analysisFixtures.ts';

const C1 = '2024-04-30';
const C2 = '2024-05-30';
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

type Row = { id: string; day: number; amount: number };
/** 300 customers buying every few days from a start day to a stop day; `after(row)` rewrites rows after a day. */
function log(from: string, after: (row: Row) => string[] | null): string {
  const random = mulberry32(15);
  const lines = ['customer,date,amount,region'];
  for (let c = 0; c < 300; c++) {
    const id = `C${c}`;
    const region = ['north', 'south', 'east'][c % 3];
    const start = day('2024-01-01') + Math.floor(random() * 90);
    // Southern customers stop sooner: something for a model to learn.
    const stop = day('2024-03-01') + Math.floor(random() * (c % 3 === 1 ? 80 : 150));
    const gap = 3 + Math.floor(random() * (c % 2 === 0 ? 10 : 25));
    for (let d = start; d <= stop; d += gap) {
      const row = { id, day: d, amount: Math.round(random() * 9000) / 100 };
      const text = `${id},${iso(d)},${row.amount},${region}`;
      if (d <= day(from)) lines.push(text);
      else lines.push(...(after(row) ?? [text]));
    }
  }
  // Whatever happens after the cutoffs, the data runs to the end of July.
  lines.push(`C0,2024-07-31,1,north`);
  return lines.join('\n') + '\n';
}

/** Drops, rewrites (other amount and region) or doubles a row, at random but the same each run. */
function shaken(row: Row): string[] {
  const r = mulberry32(Math.round(row.day * 7 + row.amount * 100))();
  if (r < 0.3) return [];
  if (r < 0.6) return [`${row.id},${iso(row.day)},${row.amount * 10},west`];
  return [`${row.id},${iso(row.day)},${row.amount},north`, `${row.id},${iso(row.day + 1)},5,north`];
}

const ROLES: Record<string, Role> = { customer: 'customer_id', date: 'date', amount: 'amount', region: 'attribute' };
const SPEC: CustomerTableSpec = { roles: ROLES, definition: { kind: 'inactivity', days: 30 } };

async function splits(text: string) {
  const ds = value(await loadDataset('ds', [bytesFile('log.csv', text)], {}, new Job()));
  const built = { ...value(buildCustomerTable(ds, SPEC)), spec: SPEC, derived: new Map() };
  return value(outOfTimeSplit(ds, built, C2, undefined));
}

const featuresOf = (s: TemporalSplit) =>
  Object.fromEntries(
    customerTableColumnsTyped(s.features.table).map((c) => [
      c.name,
      c.data.kind === 'number'
        ? Array.from(c.data.values)
        : c.data.kind === 'string'
          ? Array.from(c.data.codes, (k) => (k < 0 ? null : (c.data as { dictionary: string[] }).dictionary[k]))
          : Array.from(c.data.values),
    ]),
  );

async function analyzed(text: string, options = {}) {
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('log.csv', text)]));
  value(engine.buildCustomerTable(s.id, SPEC));
  return { engine, id: s.id, r: engine.analyze(s.id, 'risk-model', { testCutoff: C2, folds: 3, ...options }) };
}

describe('outOfTimeSplit(dataset, table, testCutoff)', () => {
  it('trains one window before the test cutoff: C1 = C2 − 30 days, labels read on C2 and C2 + 30', async () => {
    const s = await splits(log(C2, () => null));
    expect([s.train.cutoff, s.train.labelAsOf, s.test.cutoff, s.test.labelAsOf]).toEqual([C1, C2, C2, '2024-06-29']);
  });

  it('rows after C2 change no feature of either table and no training label; only test labels move', async () => {
    const original = await splits(log(C2, () => null));
    const changed = await splits(log(C2, shaken));
    expect(featuresOf(changed.train)).toEqual(featuresOf(original.train));
    expect(featuresOf(changed.test)).toEqual(featuresOf(original.test));
    expect(Array.from(changed.train.y)).toEqual(Array.from(original.train.y));
    expect(changed.test.population).toEqual(original.test.population);
    expect(Array.from(changed.test.y)).not.toEqual(Array.from(original.test.y));
  });

  it('rows after C1 change no training feature (the later table and the training labels may move)', async () => {
    const original = await splits(log(C1, () => null));
    const changed = await splits(log(C1, shaken));
    expect(featuresOf(changed.train)).toEqual(featuresOf(original.train));
    expect(changed.train.population).toEqual(original.train.population);
    expect(featuresOf(changed.test)).not.toEqual(featuresOf(original.test));
  });
});

describe("analyze(log, 'risk-model', { testCutoff })", () => {
  it('tests out of time: trained on the customers of C1, judged on those of C2', async () => {
    const { r } = await analyzed(log(C2, () => null));
    const v = value(r);
    expect(v.target).toMatchObject({ cutoff: C1, labelAsOf: C2, testCutoff: C2, testLabelAsOf: '2024-06-29' });
    expect([v.split.by, v.split.train, v.split.test]).toEqual([
      'time',
      v.population.customers,
      v.population.later!.customers,
    ]);
    expect(v.evaluation.on).toBe('test');
    expect(v.evaluation.customers).toBe(v.population.later!.customers);
    expect(v.evaluation.churners).toBe(v.split.testChurners);
    expect(v.stamp.parameters).toMatchObject({ testCutoff: C2 });
  });

  it('rows after C2 leave what the model learnt and every test score as they were', async () => {
    const a = value((await analyzed(log(C2, () => null))).r);
    const b = value((await analyzed(log(C2, shaken))).r);
    // The folds' AUCs are on training customers and labels read on C2: untouched.
    expect(b.cv.auc).toEqual(a.cv.auc);
    // The ROC's thresholds are the test customers' distinct scores, highest first.
    expect(Array.from(b.evaluation.roc.thresholds)).toEqual(Array.from(a.evaluation.roc.thresholds));
    expect(b.evaluation.customers).toBe(a.evaluation.customers);
  });

  it('refuses a training cutoff whose labels run past the test cutoff, a holdout, and a snapshot', async () => {
    const overlap = (
      await analyzed(
        log(C2, () => null),
        { cutoff: '2024-05-15' },
      )
    ).r;
    expect(!overlap.ok && overlap.issues[0]).toMatchObject({
      code: 'risk-test-cutoff-overlap',
      params: { cutoff: '2024-05-15', testCutoff: C2, windowDays: 30, latest: C1 },
    });
    const late = (
      await analyzed(
        log(C2, () => null),
        { testCutoff: '2024-07-15' },
      )
    ).r;
    expect(!late.ok && late.issues[0].code).toBe('risk-window-past-data');
    const held = (
      await analyzed(
        log(C2, () => null),
        { holdout: { column: 'region', value: 'east' } },
      )
    ).r;
    expect(!held.ok && held.issues[0]).toMatchObject({ code: 'risk-invalid-option', params: { option: 'holdout' } });
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(TELCO)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: Object.fromEntries(s.columns.map((c) => [c.name, c.role])),
        definition: { kind: 'flag' },
      }),
    );
    const snapshot = engine.analyze(s.id, 'risk-model', { testCutoff: C2 });
    expect(!snapshot.ok && snapshot.issues[0].code).toBe('risk-cutoff-needs-log');
  });

  it('compares models out of time on the same later customers', async () => {
    const v = value(
      (
        await analyzed(
          log(C2, () => null),
          { compare: ['logistic', 'naive-bayes'] },
        )
      ).r,
    );
    expect(v.comparison!.customers).toBe(v.population.later!.customers);
    expect(v.comparison!.models[0].auc).toBe(v.evaluation.auc);
  });
});
