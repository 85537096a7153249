import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logRankTest } from '../../../../src/core/analyses/survival/logRank.ts';

const sharedData = (...parts: string[]) => resolve(__dirname, '../../../../../shared/data', ...parts);

function csvColumns(name: string, columns: string[]): string[][] {
  const [head, ...lines] = readFileSync(sharedData('lifelines-datasets', name), 'utf8').trim().split(/\r?\n/);
  const at = columns.map((column) => head.split(',').indexOf(column));
  return lines.map((line) => {
    const row = line.split(',');
    return at.map((i) => row[i]);
  });
}

const TOY_TIME = Float64Array.of(10, 20, 30, 10, 20, 50);
const TOY_GROUP = Int32Array.of(1, 1, 1, 0, 0, 0);

describe('logRankTest', () => {
  it('logRankTest(time, event, group, 2) reproduces the lifelines toy cases', () => {
    const allEvents = logRankTest(TOY_TIME, new Uint8Array(6).fill(1), TOY_GROUP, 2);
    // lifelines tests (../shared/data/README.md), 6 printed decimals.
    expect(allEvents.chi2).toBeCloseTo(0.254237, 6);
    expect(allEvents.p).toBeCloseTo(0.614107, 6);
    expect(allEvents.df).toBe(1);
    const someCensored = logRankTest(TOY_TIME, Uint8Array.of(1, 0, 1, 1, 0, 1), TOY_GROUP, 2);
    // lifelines tests (README), 6 printed decimals.
    expect(someCensored.chi2).toBeCloseTo(0.384615, 6);
    expect(someCensored.p).toBeCloseTo(0.535143, 6);
    // R 4.2.2, survival 3.5-3, survdiff(...)$chisq = 0.3846153846 and $pvalue = 0.5351434524: 1e-9.
    expect(someCensored.chi2).toBeCloseTo(0.3846153846, 9);
    expect(someCensored.p).toBeCloseTo(0.5351434524, 9);
  });
  it('logRankTest(time, event, group, 2) reproduces g3 RIT vs other', () => {
    const rows = csvColumns('g3.csv', ['time', 'event', 'group']);
    const test = logRankTest(
      Float64Array.from(rows, ([t]) => Number(t)),
      Uint8Array.from(rows, ([, e]) => (e === 'True' ? 1 : 0)),
      Int32Array.from(rows, ([, , g]) => (g === 'RIT' ? 1 : 0)),
      2,
    );
    // lifelines tests (README): p = 0.0138, 4 printed decimals.
    expect(test.p).toBeCloseTo(0.0138, 4);
    // R survival 3.5-3, survdiff(Surv(time, event) ~ group) printed to 8 digits: chi2 6.0628878, E 1.4898002, 4.5101998.
    expect(test.chi2).toBeCloseTo(6.0628878, 6);
    expect(Array.from(test.observed)).toEqual([4, 2]);
    expect(test.expected[0]).toBeCloseTo(1.4898002, 6);
    expect(test.expected[1]).toBeCloseTo(4.5101998, 6);
  });
  it('logRankTest(time, event, group, 2) reproduces lymphoma by stage', () => {
    const rows = csvColumns('lymphoma.csv', ['Time', 'Censor', 'Stage_group']);
    const test = logRankTest(
      Float64Array.from(rows, ([t]) => Number(t)),
      Uint8Array.from(rows, ([, e]) => Number(e)),
      Int32Array.from(rows, ([, , g]) => Number(g) - 1),
      2,
    );
    // lifelines tests (README): chi2 6.70971 (5 decimals), p 0.0096 (4 decimals).
    expect(test.chi2).toBeCloseTo(6.70971, 5);
    expect(test.p).toBeCloseTo(0.0096, 4);
    // R survival 3.5-3: survdiff chisq 6.709710358, p 0.009588929835, to 1e-9.
    expect(test.chi2).toBeCloseTo(6.709710358, 9);
    expect(test.p).toBeCloseTo(0.009588929835, 9);
  });
  it('logRankTest(time, event, group, 3) matches R survdiff with the full covariance matrix', () => {
    // R 4.2.2: set.seed(1); tt <- round(rexp(60, 1) * 10) + 1; ee <- rbinom(60, 1, 0.7); gg <- rep(0:2, 20).
    const tt = [
      9, 13, 2, 2, 5, 30, 13, 6, 11, 2, 15, 9, 13, 45, 12, 11, 20, 8, 4, 7, 25, 7, 4, 7, 2, 2, 7, 41, 13, 11, 15, 1, 4,
      14, 3, 11, 4, 8, 9, 3, 12, 11, 14, 14, 7, 4, 14, 11, 6, 21, 5, 23, 33, 7, 7, 11, 3, 4, 12, 9,
    ];
    const ee = [
      0, 1, 1, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1,
      1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1,
    ];
    const test = logRankTest(
      Float64Array.from(tt),
      Uint8Array.from(ee),
      Int32Array.from(tt, (_, i) => i % 3),
      3,
    );
    // R survival 3.5-3, survdiff(Surv(tt, ee) ~ gg): chisq 1.76233889262, p 0.414298128854 (12 digits): 1e-10.
    expect(test.df).toBe(2);
    expect(test.chi2).toBeCloseTo(1.76233889262, 10);
    expect(test.p).toBeCloseTo(0.414298128854, 10);
    expect(Array.from(test.observed)).toEqual([18, 15, 14]);
    // R survdiff expected, printed to 10 significant digits.
    [14.72292393, 18.97526402, 13.30181206].forEach((e, g) => expect(test.expected[g]).toBeCloseTo(e, 7));
  });
  it('logRankTest(time, event, group, groups) handles a group with no events', () => {
    const test = logRankTest(
      Float64Array.of(1, 2, 3, 4, 5, 6),
      Uint8Array.of(1, 1, 1, 0, 0, 0),
      Int32Array.of(0, 0, 0, 1, 1, 1),
      2,
    );
    // R survival 3.5-3: survdiff chisq 5.051660517, p 0.02460234995, to 1e-9.
    expect(test.chi2).toBeCloseTo(5.051660517, 9);
    expect(test.p).toBeCloseTo(0.02460234995, 9);
    expect(test.observed[1]).toBe(0);
  });
  it('logRankTest(time, event, group, groups) drops an empty group from the degrees of freedom, as R', () => {
    const withEmpty = logRankTest(TOY_TIME, new Uint8Array(6).fill(1), TOY_GROUP, 3);
    const without = logRankTest(TOY_TIME, new Uint8Array(6).fill(1), TOY_GROUP, 2);
    expect(withEmpty.df).toBe(1);
    expect(withEmpty.chi2).toBe(without.chi2);
    expect(withEmpty.expected[2]).toBe(0);
  });
  it('logRankTest(time, event, group, groups) gives no test when all events share one time', () => {
    // R survdiff stops ("system is exactly singular"): no variance, so df = 0 and p is NaN.
    const test = logRankTest(Float64Array.of(5, 5, 5, 5), Uint8Array.of(1, 1, 1, 1), Int32Array.of(0, 0, 1, 1), 2);
    expect([test.chi2, test.df]).toEqual([0, 0]);
    expect(test.p).toBeNaN();
  });
  it('logRankTest(time, event, group, groups) gives no test for a single group', () => {
    const test = logRankTest(Float64Array.of(1, 2, 3), Uint8Array.of(1, 1, 1), Int32Array.of(0, 0, 0), 1);
    expect([test.chi2, test.df]).toEqual([0, 0]);
    expect(test.p).toBeNaN();
  });
  it('logRankTest(time, event, group, groups) drops and counts bad times and group codes', () => {
    const test = logRankTest(
      Float64Array.of(10, 20, 30, 10, 20, 50, NaN, 7),
      new Uint8Array(8).fill(1),
      Int32Array.of(1, 1, 1, 0, 0, 0, 0, 2),
      2,
    );
    expect(test.dropped).toBe(2);
    // Same as the lifelines toy case without the two bad rows (README, 6 decimals).
    expect(test.chi2).toBeCloseTo(0.254237, 6);
  });

  const samples = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.integer({ min: 0, max: 3 })), {
      minLength: 2,
      maxLength: 60,
    })
    .map((rows) => ({
      time: Float64Array.from(rows, ([t]) => t),
      event: Uint8Array.from(rows, ([, e]) => (e ? 1 : 0)),
      group: Int32Array.from(rows, ([, , g]) => g),
    }));

  it('logRankTest(time, event, group, groups) has chi2 ≥ 0, p in [0, 1] and O, E summing alike', () => {
    fc.assert(
      fc.property(samples, ({ time, event, group }) => {
        const test = logRankTest(time, event, group, 4);
        const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
        // Σ O = Σ E exactly in real arithmetic; floating-point slack only.
        const balanced = Math.abs(sum(test.observed) - sum(test.expected)) < 1e-9;
        const validP = test.df === 0 ? Number.isNaN(test.p) : test.p >= 0 && test.p <= 1;
        return test.chi2 >= 0 && test.df <= 3 && validP && balanced;
      }),
    );
  });
  it('logRankTest(time, event, group, groups) does not depend on the order of the subjects', () => {
    fc.assert(
      fc.property(samples, ({ time, event, group }) => {
        const order = Array.from(time, (_, i) => time.length - 1 - i);
        const reversed = logRankTest(
          Float64Array.from(order, (i) => time[i]),
          Uint8Array.from(order, (i) => event[i]),
          Int32Array.from(order, (i) => group[i]),
          4,
        );
        expect(reversed).toEqual(logRankTest(time, event, group, 4));
      }),
    );
  });
});
