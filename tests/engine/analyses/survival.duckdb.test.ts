/**
 * Survival under "more than 180 days without a purchase", on both duration measures, against a
 * Kaplan–Meier estimate written independently in DuckDB SQL from the raw files (R is not
 * installed here): per customer the first and last purchase day, churned when the as-of date is
 * more than 180 days after the last; durations first → last (activity) or first → last + 181
 * (the day the loss became known), censored at the as-of date; then per distinct time the exits,
 * events, the number at risk (a reverse running sum) and S(t) as the running product of
 * 1 − events / at risk. And the one-time buyers (one purchase day) counted in SQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { DurationMeasure, EngineApi, Role, SurvivalResult } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { CDNOW_MASTER } from '../../cdnowKpisSql.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';
import { value } from './analysisFixtures.ts';

const WINDOW = 180;

interface Step {
  t: number;
  atRisk: number;
  events: number;
  censored: number;
  s: number;
}

interface Reference {
  asOf: string;
  customers: number;
  oneTime: number;
  oneTimeChurned: number;
  curves: Record<DurationMeasure, Step[]>;
}

/** The product-limit estimate of the durations `t` (in days) given by `duration` over table `c`, step by step. */
async function kaplanMeierSql(con: DuckDBConnection, duration: string): Promise<Step[]> {
  const steps = (
    await con.runAndReadAll(`
      WITH x AS (SELECT ${duration} AS t, churned FROM c),
      g AS (SELECT t, count(*) AS exits, count(*) FILTER (WHERE churned) AS events FROM x WHERE t >= 0 GROUP BY t),
      r AS (SELECT t, exits, events, sum(exits) OVER (ORDER BY t DESC) AS at_risk FROM g)
      SELECT t, at_risk, events, exits - events AS censored,
        product(1 - events::DOUBLE / at_risk::DOUBLE) OVER (ORDER BY t ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS s
      FROM r ORDER BY t`)
  ).getRowObjectsJson();
  return steps.map((r) => ({
    t: Number(r.t),
    atRisk: Number(r.at_risk),
    events: Number(r.events),
    censored: Number(r.censored),
    s: Number(r.s),
  }));
}

/** Needs tables `purchase(cid, d)` (purchase days) and `dated(d)` (every dated row, for the as-of date). */
async function referenceOf(con: DuckDBConnection): Promise<Reference> {
  await con.run(`
    CREATE TABLE c AS
    WITH a AS (SELECT max(d) AS as_of FROM dated)
    SELECT cid, min(d) AS first_d, max(d) AS last_d, count(DISTINCT d) AS purchase_days, any_value(as_of) AS as_of,
           (any_value(as_of) - max(d)) > ${WINDOW} AS churned
    FROM purchase CROSS JOIN a GROUP BY cid`);
  const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson();
  const [head] = await rows(`
    SELECT strftime(max(as_of), '%Y-%m-%d') AS as_of, count(*) AS customers,
      count(*) FILTER (WHERE purchase_days = 1) AS one_time,
      count(*) FILTER (WHERE purchase_days = 1 AND churned) AS one_time_churned
    FROM c`);
  const durationSql: Record<DurationMeasure, string> = {
    activity: 'CASE WHEN churned THEN last_d - first_d ELSE as_of - first_d END',
    known: `CASE WHEN churned THEN (last_d + ${WINDOW + 1}) - first_d ELSE as_of - first_d END`,
  };
  const curves = {} as Record<DurationMeasure, Step[]>;
  for (const measure of ['activity', 'known'] as const)
    curves[measure] = await kaplanMeierSql(con, durationSql[measure]);
  return {
    asOf: String(head.as_of),
    customers: Number(head.customers),
    oneTime: Number(head.one_time),
    oneTimeChurned: Number(head.one_time_churned),
    curves,
  };
}

/** Where S first falls below one half (no step of these curves sits at exactly 0.5, checked). */
function medianOf(steps: Step[]): number {
  expect(steps.some((p) => Math.abs(p.s - 0.5) < 1e-9)).toBe(false);
  return steps.find((p) => p.s < 0.5)?.t ?? Infinity;
}

function expectSameCurve(r: SurvivalResult, reference: Reference, measure: DurationMeasure) {
  const steps = reference.curves[measure];
  const g = r.groups[0];
  expect(g.n).toBe(reference.customers);
  expect(g.curve.times).toEqual(steps.map((p) => p.t));
  expect(g.curve.atRisk).toEqual(steps.map((p) => p.atRisk));
  expect(g.curve.events).toEqual(steps.map((p) => p.events));
  expect(g.curve.censored).toEqual(steps.map((p) => p.censored));
  // The same product of the same factors, in the same order: equal to 12 decimals.
  g.curve.survival.forEach((s, i) => expect(s).toBeCloseTo(steps[i].s, 12));
  expect(g.median).toBe(medianOf(steps));
}

/** The step of the curve at which the one-time buyers' losses fall, from SQL: all events at that time. */
function stepOf(reference: Reference, measure: DurationMeasure) {
  const at = measure === 'activity' ? 0 : WINDOW + 1;
  return reference.curves[measure].find((p) => p.t === at)!;
}

async function analyses(engine: EngineApi, id: string) {
  const of = (duration: DurationMeasure) =>
    value(engine.analyze(id, 'survival', { unit: 'days', duration, times: [0, 181, 365] }));
  return { activity: of('activity'), known: of('known') };
}

describe('survival(CDNOW, 180 days) against DuckDB', () => {
  let reference: Reference;
  let results: { activity: SurvivalResult; known: SurvivalResult };
  let byDefault: SurvivalResult;

  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    try {
      await con.run(`
        CREATE TABLE dated AS
        SELECT s[1] AS cid, strptime(s[2], '%Y%m%d')::DATE AS d FROM (
          SELECT string_split_regex(trim(line), '\\s+') AS s
          FROM read_csv('${CDNOW_MASTER}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1)
        )`);
      await con.run('CREATE TABLE purchase AS SELECT * FROM dated');
      reference = await referenceOf(con);
    } finally {
      con.closeSync();
      instance.closeSync();
    }
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_MASTER)]));
    const roles = Object.fromEntries(s.columns.map((c) => [c.name, c.role]));
    value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'inactivity', days: WINDOW } }));
    results = await analyses(engine, s.id);
    byDefault = value(engine.analyze(s.id, 'survival', { unit: 'days' }));
  }, 120_000);

  it('measured to the last activity: every step of the curve, and S(0) = 48.9 % (issue 12)', () => {
    const r = results.activity;
    expect(r.stamp.asOf).toBe(reference.asOf);
    expect(r.duration).toBe('first-to-last-activity');
    expectSameCurve(r, reference, 'activity');
    const zero = stepOf(reference, 'activity');
    expect(r.groups[0].survival[0]).toBeCloseTo(zero.s, 12);
    // Issue 12: "the curve starts at ... 49 % on CDNOW".
    expect(Math.round(zero.s * 100)).toBe(49);
  });

  it('measured to the day the loss became known: every step, nobody lost before day 181', () => {
    const r = results.known;
    expect(r.duration).toBe('first-to-loss-known');
    expect(r.lossKnownLagDays).toBe(WINDOW + 1);
    expectSameCurve(r, reference, 'known');
    expect(reference.curves.known.find((p) => p.events > 0)!.t).toBe(WINDOW + 1);
    expect(r.groups[0].survival[0]).toBe(1);
    expect(r.groups[0].survival[1]).toBeCloseTo(stepOf(reference, 'known').s, 12);
    expect(r.stamp.parameters.duration).toBe('known');
  });

  it('the default measure is the day the loss became known', () => {
    expect(byDefault.duration).toBe('first-to-loss-known');
    expect(byDefault.groups[0].curve.survival).toEqual(results.known.groups[0].curve.survival);
  });

  it('one-time buyers: count, share and the step they make, as SQL counts them', () => {
    for (const measure of ['activity', 'known'] as const) {
      const o = results[measure].oneTimeBuyers!;
      const step = stepOf(reference, measure);
      expect(o.customers).toBe(reference.oneTime);
      expect(o.share).toBeCloseTo(reference.oneTime / reference.customers, 15);
      expect(o.churned).toBe(reference.oneTimeChurned);
      expect(o.stepTime).toBe(step.t);
      expect([o.stepEvents, o.stepAtRisk]).toEqual([step.events, step.atRisk]);
    }
    // On CDNOW every one-time buyer is lost (the data runs 15 months past the last first purchase),
    // and no repeat buyer has its last purchase on its first day: the drop at 0 is all one-time buyers.
    expect(reference.oneTimeChurned).toBe(reference.oneTime);
    expect(results.activity.oneTimeBuyers!.stepOneTime).toBe(stepOf(reference, 'activity').events);
  });
});

describe('survival(Online Retail 2010-12 … 2011-12, returns net, 180 days) against DuckDB', () => {
  const YEAR = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
  let reference: Reference;
  let results: { activity: SurvivalResult; known: SurvivalResult };
  /** To the last activity, with the active customers censored N + 1 days before the as-of date (README). */
  let censoredEarly: Step[];

  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    const files = YEAR.map((m) => `'${RETAIL_MONTH(m)}'`).join(', ');
    try {
      // Returns and cancellations are not purchases (issue 12 §2): the rule of customerTable.duckdb.test.ts.
      await con.run(`
        CREATE TABLE dated AS
        SELECT CustomerID AS cid, CAST(InvoiceDate AS DATE) AS d,
          (Quantity * UnitPrice < 0 OR InvoiceNo LIKE 'C%') AS is_return
        FROM read_csv([${files}], header = true, types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})`);
      await con.run(
        `CREATE TABLE purchase AS SELECT cid, d FROM dated WHERE cid IS NOT NULL AND cid <> '' AND NOT is_return`,
      );
      reference = await referenceOf(con);
      censoredEarly = await kaplanMeierSql(
        con,
        `CASE WHEN churned THEN last_d - first_d ELSE as_of - first_d - ${WINDOW + 1} END`,
      );
    } finally {
      con.closeSync();
      instance.closeSync();
    }
    const engine = createEngine();
    const s = value(await engine.openDataset(await Promise.all(YEAR.map((m) => sourceFile(RETAIL_MONTH(m))))));
    const roles: Record<string, Role> = Object.fromEntries(s.columns.map((c) => [c.name, c.role]));
    value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'inactivity', days: WINDOW }, returns: 'net' }));
    results = await analyses(engine, s.id);
  }, 180_000);

  it('both measures step by step, and the one-time buyers', () => {
    expect(results.known.stamp.asOf).toBe(reference.asOf);
    expectSameCurve(results.activity, reference, 'activity');
    expectSameCurve(results.known, reference, 'known');
    const o = results.activity.oneTimeBuyers!;
    expect([o.customers, o.churned]).toEqual([reference.oneTime, reference.oneTimeChurned]);
    const zero = stepOf(reference, 'activity');
    expect([o.stepEvents, o.stepAtRisk, o.stepOneTime]).toEqual([zero.events, zero.atRisk, zero.events]);
    // Recent one-time buyers are not lost yet: fewer churned than bought once.
    expect(reference.oneTimeChurned).toBeLessThan(reference.oneTime);
  });

  it('the loss-known curve is the correctly censored activity curve moved 181 days later (README)', () => {
    const known = results.known.groups[0].curve;
    const at = (t: number) => known.survival[known.times.indexOf(t)];
    for (const p of censoredEarly.filter((q) => q.events > 0)) expect(at(p.t + WINDOW + 1)).toBeCloseTo(p.s, 12);
    // README: to the last activity S(181 days) = 79.0 %; censored correctly 66.3 %.
    const activity = results.activity.groups[0];
    expect((activity.survival[1] * 100).toFixed(1)).toBe('79.0');
    expect((censoredEarly.filter((q) => q.t <= 181).at(-1)!.s * 100).toFixed(1)).toBe('66.3');
  });
});
