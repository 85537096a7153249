/**
 * ours, Kaplan–Meier + log-rank: the core kernels directly, on the CSV R reads.
 * `<file.csv> <t1,t2,…>`. Reading and parsing the CSV is timed as readMs (not compared). The
 * compared time is what `survfit(Surv(time, event) ~ group)` + `survdiff(…)` do in R: split the
 * customers by group (codes in sorted label order, as R's factor levels), `kaplanMeier` per group
 * (log intervals, as R's default) and one `logRankTest` over all groups.
 */
import { readFileSync } from 'node:fs';
import { kaplanMeier, survivalAt, type KaplanMeier } from '../src/core/analyses/survival/kaplanMeier.ts';
import { logRankTest } from '../src/core/analyses/survival/logRank.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import type { SurvivalMeasurement } from './survival.ts';
import { nowUs } from './customerTable.ts';

/** `time,event,group` with a header; group labels become codes in sorted order. */
function readSurvivalCsv(file: string) {
  const text = readFileSync(file, 'latin1');
  let rows = 0;
  for (let i = text.indexOf('\n') + 1; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) rows++;
  const time = new Float64Array(rows);
  const event = new Uint8Array(rows);
  const label = new Array<string>(rows);
  let at = text.indexOf('\n') + 1;
  for (let r = 0; r < rows; r++) {
    const a = text.indexOf(',', at);
    const b = text.indexOf(',', a + 1);
    let end = text.indexOf('\n', b + 1);
    if (end < 0) end = text.length;
    time[r] = Number(text.slice(at, a));
    event[r] = text.charCodeAt(a + 1) === 49 ? 1 : 0;
    label[r] = text.slice(b + 1, end);
    at = end + 1;
  }
  const labels = [...new Set(label)].sort();
  const index = new Map(labels.map((l, g) => [l, g]));
  const group = Int32Array.from(label, (l) => index.get(l)!);
  return { time, event, group, labels };
}

runAsSelfTimedChild('survival-ours', async ([file, ticksText]): Promise<Omit<SurvivalMeasurement, 'baseRssMiB'>> => {
  const ticks = (ticksText ?? '').split(',').filter(Boolean).map(Number);
  let started = performance.now();
  const { time, event, group, labels } = readSurvivalCsv(file);
  const readMs = performance.now() - started;
  const groups = labels.length;

  const windowStart = nowUs();
  started = performance.now();
  const size = new Int32Array(groups);
  for (let i = 0; i < group.length; i++) size[group[i]]++;
  const times = Array.from(size, (n) => new Float64Array(n));
  const events = Array.from(size, (n) => new Uint8Array(n));
  const filled = new Int32Array(groups);
  for (let i = 0; i < group.length; i++) {
    const g = group[i];
    const j = filled[g]++;
    times[g][j] = time[i];
    events[g][j] = event[i];
  }
  const curves: KaplanMeier[] = [];
  for (let g = 0; g < groups; g++) curves.push(kaplanMeier(times[g], events[g], { ci: 'log' }));
  const fitMs = performance.now() - started;
  started = performance.now();
  const test = logRankTest(time, event, group, groups);
  const logRankMs = performance.now() - started;
  const windowEnd = nowUs();

  return {
    ms: fitMs + logRankMs,
    fitMs,
    logRankMs,
    readMs,
    rows: time.length,
    groups: labels,
    n: curves.map((c) => c.n),
    events: curves.map((c) => c.totalEvents),
    distinctTimes: curves.map((c) => c.times.length),
    ticks,
    survival: curves.map((c) => ticks.map((t) => survivalAt(c, t).survival)),
    chi2: test.chi2,
    observed: Array.from(test.observed),
    expected: Array.from(test.expected),
    peakRssMiB: null,
    windowUs: [windowStart, windowEnd],
    detail: { df: test.df, p: test.p, ci: 'log' },
  };
});
