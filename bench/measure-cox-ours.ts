/**
 * ours, Cox: `coxFit` (Efron ties) and `concordance` of its linear predictor, as R's coxph
 * computes both, then `proportionalHazardsTest` (cox.zph, transform "km") apart.
 * `<file.csv>`: `time,event,x1…xp` with a header. Reading the CSV is timed as readMs (not compared).
 */
import { readFileSync } from 'node:fs';
import { concordance } from '../src/core/analyses/risk-model/cox/concordance.ts';
import { coxFit } from '../src/core/analyses/risk-model/cox/coxFit.ts';
import { coxData } from '../src/core/analyses/risk-model/cox/efronLikelihood.ts';
import { proportionalHazardsTest } from '../src/core/analyses/risk-model/cox/proportionalHazards.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import type { CoxMeasurement } from './models.ts';

runAsSelfTimedChild('cox-ours', async ([file]): Promise<Omit<CoxMeasurement, 'baseRssMiB'>> => {
  let started = performance.now();
  const [head, ...lines] = readFileSync(file, 'latin1').trim().split('\n');
  const p = head.split(',').length - 2;
  const n = lines.length;
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const covariates = Array.from({ length: p }, () => new Float64Array(n));
  lines.forEach((line, i) => {
    const cells = line.split(',');
    time[i] = Number(cells[0]);
    event[i] = cells[1] === '1' ? 1 : 0;
    for (let j = 0; j < p; j++) covariates[j][i] = Number(cells[j + 2]);
  });
  const readMs = performance.now() - started;

  started = performance.now();
  const model = coxFit(time, event, covariates);
  const c = concordance(time, event, model.linearPredictor);
  const ms = performance.now() - started;
  started = performance.now();
  const zph = proportionalHazardsTest(coxData(time, event, covariates), model.coefficients);
  const zphMs = performance.now() - started;
  return {
    ms,
    zphMs,
    readMs,
    rows: n,
    events: model.events,
    coefficients: Array.from(model.coefficients),
    standardErrors: Array.from(model.standardErrors),
    logLik: model.logLik,
    concordance: c.concordance,
    zphGlobal: zph.global.statistic,
    iterations: model.iterations,
    peakRssMiB: null,
  };
});
