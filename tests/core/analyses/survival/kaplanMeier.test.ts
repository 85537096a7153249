import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  atRiskAt,
  kaplanMeier,
  medianSurvival,
  survivalAt,
} from '../../../../src/core/analyses/survival/kaplanMeier.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

const sharedData = (...parts: string[]) => resolve(__dirname, '../../../../../shared/data', ...parts);

/** Rows of a small comma-separated file (no quoted commas in the columns read). */
function csvRows(path: string): { header: string[]; rows: string[][] } {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  return { header: head.split(','), rows: lines.map((line) => line.split(',')) };
}

function g3(inRit: boolean) {
  const { header, rows } = csvRows(sharedData('lifelines-datasets', 'g3.csv'));
  const [group, event, time] = ['group', 'event', 'time'].map((name) => header.indexOf(name));
  const picked = rows.filter((row) => (row[group] === 'RIT') === inRit);
  return kaplanMeier(
    Float64Array.from(picked, (row) => Number(row[time])),
    Uint8Array.from(picked, (row) => (row[event] === 'True' ? 1 : 0)),
  );
}

function telcoMonthToMonthWithInternet() {
  const path = sharedData('telco-customer-churn', 'WA_Fn-UseC_-Telco-Customer-Churn.csv');
  const { header, rows } = csvRows(path);
  const [contract, internet, tenure, churn] = ['Contract', 'InternetService', 'tenure', 'Churn'].map((name) =>
    header.indexOf(name),
  );
  const picked = rows.filter((row) => row[contract] === 'Month-to-month' && row[internet] !== 'No');
  return {
    time: Float64Array.from(picked, (row) => Number(row[tenure])),
    event: Uint8Array.from(picked, (row) => (row[churn] === 'Yes' ? 1 : 0)),
  };
}

const at = (km: ReturnType<typeof kaplanMeier>, times: number[]) => times.map((t) => survivalAt(km, t));

const expectClose = (actual: number[], expected: number[], digits: number) =>
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], digits));

describe('kaplanMeier', () => {
  it('kaplanMeier(time, event) reproduces the lifelines g3 curves and log-log intervals', () => {
    const rit = at(g3(true), [25, 53]);
    // lifelines tests, checked against R (../shared/data/README.md): 3 printed decimals.
    expectClose(
      rit.map((p) => p.survival),
      [0.909, 0.779],
      3,
    );
    const other = at(g3(false), [9, 19, 32, 34]);
    // lifelines tests (README): survival to 3 decimals, lower limits to 4, upper limits to 3.
    expectClose(
      other.map((p) => p.survival),
      [0.833, 0.667, 0.5, 0.333],
      3,
    );
    expectClose(
      other.map((p) => p.lower),
      [0.2731, 0.1946, 0.1109, 0.0461],
      4,
    );
    expectClose(
      other.map((p) => p.upper),
      [0.975, 0.904, 0.804, 0.676],
      3,
    );
  });
  it('kaplanMeier(time, event) matches R survfit(conf.type = "log-log") on g3', () => {
    const other = at(g3(false), [9, 19, 32, 34]);
    // R 4.2.2, survival 3.5-3, summary(survfit(...)) printed to 8 significant digits: 1e-7.
    expectClose(
      other.map((p) => p.stdErr),
      [0.15214515, 0.19245009, 0.20412415, 0.19245009],
      7,
    );
    expectClose(
      other.map((p) => p.lower),
      [0.27312285, 0.194616637, 0.11094826, 0.046082243],
      7,
    );
    expectClose(
      other.map((p) => p.upper),
      [0.97471243, 0.90443416, 0.80370924, 0.67556436],
      7,
    );
  });
  it('kaplanMeier(time, event) reproduces the Telco month-to-month internet customers', () => {
    const { time, event } = telcoMonthToMonthWithInternet();
    const km = kaplanMeier(time, event);
    expect([km.n, km.totalEvents, km.dropped]).toEqual([3351, 1556, 0]);
    // Telco README: 4 printed decimals.
    expectClose(
      at(km, [6, 12, 24, 48, 60]).map((p) => p.survival),
      [0.7803, 0.695, 0.5753, 0.3872, 0.289],
      4,
    );
    expect(medianSurvival(km)).toEqual({ median: 34, lower: 31, upper: 37 });
    // R survival 3.5-3, summary(survfit(..., conf.type = "log-log"), times = ...), 10 digits: 1e-9.
    const points = at(km, [1, 6, 24, 72]);
    expectClose(
      points.map((p) => p.stdErr),
      [0.005091150445, 0.007348431616, 0.009652104066, 0.03041221751],
      9,
    );
    expectClose(
      points.map((p) => p.lower),
      [0.89342647828, 0.76545047328, 0.55617786233, 0.07459898701],
      9,
    );
    expectClose(
      points.map((p) => p.upper),
      [0.9134114983, 0.7942642134, 0.594005539, 0.1928726771],
      9,
    );
  });
  it('kaplanMeier(time, event, {ci: "log"}) matches R survfit’s default interval on Telco', () => {
    const { time, event } = telcoMonthToMonthWithInternet();
    const km = kaplanMeier(time, event, { ci: 'log' });
    expect(km.ci).toBe('log');
    const points = at(km, [1, 6, 24, 72]);
    // R survival 3.5-3, summary(survfit(...), times = ...) (conf.type "log"), 10 digits: 1e-9.
    expectClose(
      points.map((p) => p.lower),
      [0.89398568456, 0.76598949625, 0.55673297507, 0.07905000704],
      9,
    );
    expectClose(
      points.map((p) => p.upper),
      [0.9139430329, 0.7947964547, 0.5945753458, 0.2027180774],
      9,
    );
    expect(medianSurvival(km)).toEqual({ median: 34, lower: 31, upper: 37 });
  });
  it('atRiskAt(km, ticks) matches R summary(fit, times) n.risk on Telco', () => {
    const { time, event } = telcoMonthToMonthWithInternet();
    // R survival 3.5-3: n.risk at 0, 1, 6, 12, 24, 48, 60, 72 (exact counts); none remain after 72.
    expect(Array.from(atRiskAt(kaplanMeier(time, event), [0, 1, 6, 12, 24, 48, 60, 72, 73]))).toEqual([
      3351, 3351, 2313, 1815, 1145, 355, 126, 2, 0,
    ]);
  });
  it('medianSurvival(km) takes the midpoint of a flat at exactly 0.5, as R survfit', () => {
    // R ?quantile.survfit: where S(t) has a horizontal segment at exactly 0.5 the midpoint of the
    // segment is returned, "the standard behavior of the median when data is uncensored".
    // Events at 1, 2, 3, 4: S = 3/4, 1/2, 1/4, 0, flat at 1/2 from 2 to 3: median 2.5 (not 2).
    const all = kaplanMeier(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 1, 1, 1));
    expect(medianSurvival(all).median).toBe(2.5);
    // Six events at 1…6: S(3) = 5/6 · 4/5 · 3/4, 1/2 up to rounding, until the drop at 4: 3.5.
    const six = kaplanMeier(Float64Array.of(1, 2, 3, 4, 5, 6), Uint8Array.of(1, 1, 1, 1, 1, 1));
    expect(medianSurvival(six).median).toBe(3.5);
    // A flat that runs to the end of follow-up (events at 1, 2; censored at 3, 4): R findq takes
    // the midpoint from where it reaches 0.5 (2) to the last time (4): 3.
    const end = kaplanMeier(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 1, 0, 0));
    expect(medianSurvival(end).median).toBe(3);
    // Below 0.5 without a flat at it: the first such time, unchanged (events at 1, 2, 3: S = 2/3, 1/3, 0).
    expect(medianSurvival(kaplanMeier(Float64Array.of(1, 2, 3), Uint8Array.of(1, 1, 1))).median).toBe(2);
  });
  it('medianSurvival(km) reproduces the lifelines dd median', () => {
    const { header, rows } = csvRows(sharedData('lifelines-datasets', 'dd.csv'));
    // Country names are quoted and may hold commas, so read the last two columns from the end.
    expect(header.slice(-2)).toEqual(['duration', 'observed']);
    const km = kaplanMeier(
      Float64Array.from(rows, (row) => Number(row[row.length - 2])),
      Uint8Array.from(rows, (row) => Number(row[row.length - 1])),
    );
    expect([km.n, km.totalEvents]).toEqual([1808, 1468]);
    // lifelines tests (README): median 4.0; R survival 3.5-3 print(survfit(...)): 95 % limits 3 and 4.
    expect(medianSurvival(km)).toEqual({ median: 4, lower: 3, upper: 4 });
  });
  it('medianSurvival(km) matches R quantile.survfit limits on lymphoma', () => {
    const { header, rows } = csvRows(sharedData('lifelines-datasets', 'lymphoma.csv'));
    const [stage, time, status] = ['Stage_group', 'Time', 'Censor'].map((name) => header.indexOf(name));
    const fit = (ci: 'log' | 'log-log', keep: (row: string[]) => boolean) => {
      const picked = rows.filter(keep);
      const km = kaplanMeier(
        Float64Array.from(picked, (row) => Number(row[time])),
        Uint8Array.from(picked, (row) => Number(row[status])),
        { ci },
      );
      return medianSurvival(km);
    };
    const all = () => true;
    const stage2 = (row: string[]) => row[stage] === '2';
    const stage1 = (row: string[]) => row[stage] === '1';
    // R survival 3.5-3, print(survfit(Surv(Time, Censor) ~ ..., conf.type)): exact times; NA is Infinity.
    expect(fit('log', all)).toEqual({ median: 90, lower: 56, upper: 173 });
    expect(fit('log-log', all)).toEqual({ median: 90, lower: 50, upper: 171 });
    expect(fit('log', stage2)).toEqual({ median: 82, lower: 45, upper: 134 });
    expect(fit('log-log', stage2)).toEqual({ median: 82, lower: 40, upper: 110 });
    expect(fit('log', stage1)).toEqual({ median: Infinity, lower: 94, upper: Infinity });
    expect(fit('log-log', stage1)).toEqual({ median: Infinity, lower: 42, upper: Infinity });
  });
  it('medianSurvival(km) takes the midpoint of the flat where S is exactly 0.5, as R survfit', () => {
    // g3 other group: S(32) = 5/6 · 4/5 · 3/4 = 0.5 exactly. lifelines gives 32; R takes the
    // midpoint to the next event time, 33. R's limits (log-log): 9 and NA.
    expect(medianSurvival(g3(false))).toEqual({ median: 33, lower: 9, upper: Infinity });
  });
  it('medianSurvival(km) is Infinity when S stays above one half', () => {
    // R survival 3.5-3 on g3 RIT (log-log): median NA, lower limit 53, upper NA.
    expect(medianSurvival(g3(true))).toEqual({ median: Infinity, lower: 53, upper: Infinity });
  });
  it('survivalAt(km, t) is a right-continuous step, 1 before the first time and flat after the last', () => {
    const km = kaplanMeier(Float64Array.of(2, 4, 6), Uint8Array.of(1, 1, 0));
    const [s2, s4] = [1 - 1 / 3, (1 - 1 / 3) * (1 - 1 / 2)];
    expect([0, 1.999, 2, 3, 4, 6, 100].map((t) => survivalAt(km, t).survival)).toEqual([1, 1, s2, s2, s4, s4, s4]);
    expect(survivalAt(km, 0)).toEqual({ survival: 1, stdErr: 0, lower: 1, upper: 1 });
    expect(survivalAt(km, NaN).survival).toBeNaN();
  });
  it('kaplanMeier(time, event) handles all-censored input', () => {
    const km = kaplanMeier(Float64Array.of(3, 1, 2, 2), new Uint8Array(4));
    expect(Array.from(km.times)).toEqual([1, 2, 3]);
    expect(Array.from(km.survival)).toEqual([1, 1, 1]);
    expect(Array.from(km.lower)).toEqual([1, 1, 1]);
    expect(Array.from(km.stdErr)).toEqual([0, 0, 0]);
    expect(km.totalEvents).toBe(0);
    expect(medianSurvival(km).median).toBe(Infinity);
  });
  it('kaplanMeier(time, event) handles all events at one time', () => {
    const km = kaplanMeier(Float64Array.of(5, 5, 5), Uint8Array.of(1, 1, 1));
    expect(Array.from(km.survival)).toEqual([0]);
    // R survival 3.5-3: std.err NaN and limits NA where S = 0; median 5, both limits NA.
    expect(km.stdErr[0]).toBeNaN();
    expect(km.lower[0]).toBeNaN();
    expect(km.upper[0]).toBeNaN();
    expect(medianSurvival(km)).toEqual({ median: 5, lower: Infinity, upper: Infinity });
  });
  it('kaplanMeier(time, event) handles a single subject', () => {
    const died = kaplanMeier(Float64Array.of(7), Uint8Array.of(1));
    expect([died.n, died.atRisk[0], died.survival[0]]).toEqual([1, 1, 0]);
    const censored = kaplanMeier(Float64Array.of(7), Uint8Array.of(0));
    expect([censored.survival[0], censored.censored[0]]).toEqual([1, 1]);
  });
  it('kaplanMeier(time, event) counts censorings at an event time as at risk', () => {
    const km = kaplanMeier(Float64Array.of(2, 2, 2, 3, 4), Uint8Array.of(1, 1, 0, 1, 0));
    expect(Array.from(km.atRisk)).toEqual([5, 2, 1]);
    expect(Array.from(km.censored)).toEqual([1, 0, 1]);
    expect(Array.from(km.survival)).toEqual([0.6, 0.6 * 0.5, 0.6 * 0.5]);
    // R survival 3.5-3, summary(survfit(..., conf.type = "log-log")) to 10 digits: 1e-9.
    expectClose(Array.from(km.lower.subarray(0, 2)), [0.12573018299, 0.01230152943], 9);
    expectClose(Array.from(km.upper.subarray(0, 2)), [0.8817564074, 0.7192180208], 9);
  });
  it('kaplanMeier(time, event, {ci: "log"}) clips the upper limit at 1 and leaves S = 0 undefined', () => {
    const km = kaplanMeier(Float64Array.of(1, 2, 3), Uint8Array.of(1, 1, 1), { ci: 'log' });
    // R survival 3.5-3, summary(survfit(Surv(1:3, rep(1, 3)) ~ 1)): lower 0.2995, 0.0673 (4 printed digits), upper 1.
    expectClose(Array.from(km.lower.subarray(0, 2)), [0.2995, 0.0673], 4);
    expect(Array.from(km.upper.subarray(0, 2))).toEqual([1, 1]);
    expect(km.lower[2]).toBeNaN();
    // R: median 2, lower limit 1, upper NA.
    expect(medianSurvival(km)).toEqual({ median: 2, lower: 1, upper: Infinity });
  });
  it('kaplanMeier(time, event) drops and counts NaN, infinite and negative times', () => {
    const km = kaplanMeier(Float64Array.of(1, NaN, -2, 3, Infinity), Uint8Array.of(1, 1, 1, 0, 1));
    expect([km.n, km.dropped, km.totalEvents]).toEqual([2, 3, 1]);
    expect(Array.from(km.times)).toEqual([1, 3]);
  });
  it('kaplanMeier(time, event, {alpha}) narrows the interval as alpha rises', () => {
    const time = Float64Array.of(1, 2, 3, 4, 5, 6);
    const event = Uint8Array.of(1, 0, 1, 1, 0, 1);
    const wide = kaplanMeier(time, event, { alpha: 0.01 });
    const narrow = kaplanMeier(time, event, { alpha: 0.2 });
    expect(narrow.alpha).toBe(0.2);
    expect(narrow.lower[2]).toBeGreaterThan(wide.lower[2]);
    expect(narrow.upper[2]).toBeLessThan(wide.upper[2]);
  });

  const subjects = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean()), { minLength: 1, maxLength: 80 })
    .map((rows) => ({
      time: Float64Array.from(rows, ([t]) => t),
      event: Uint8Array.from(rows, ([, e]) => (e ? 1 : 0)),
    }));

  it('kaplanMeier(time, event) is non-increasing within [0, 1] with lower ≤ S ≤ upper', () => {
    fc.assert(
      fc.property(subjects, fc.constantFrom('log', 'log-log' as const), ({ time, event }, ci) => {
        const km = kaplanMeier(time, event, { ci });
        for (let j = 0; j < km.times.length; j++) {
          const s = km.survival[j];
          if (!(s >= 0 && s <= 1) || (j > 0 && s > km.survival[j - 1])) return false;
          // Floating-point slack only: the limits bracket S in exact arithmetic.
          if (s > 0 && !(km.lower[j] <= s + 1e-12 && s <= km.upper[j] + 1e-12 && km.upper[j] <= 1)) return false;
        }
        return km.n === time.length && km.atRisk[0] === time.length;
      }),
    );
  });
  it('kaplanMeier(time, event) keeps S ≡ 1 when every subject is censored', () => {
    fc.assert(
      fc.property(subjects, ({ time }) =>
        kaplanMeier(time, new Uint8Array(time.length)).survival.every((s) => s === 1),
      ),
    );
  });
  it('kaplanMeier(time, event) does not depend on the order of the subjects', () => {
    fc.assert(
      fc.property(subjects, fc.integer(), ({ time, event }, seed) => {
        const random = mulberry32(seed);
        const order = Array.from(time, (_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        const shuffled = kaplanMeier(
          Float64Array.from(order, (i) => time[i]),
          Uint8Array.from(order, (i) => event[i]),
        );
        expect(shuffled).toEqual(kaplanMeier(time, event));
      }),
    );
  });
});
