/**
 * ours, logistic regression: `<file.csv>` with x0…x9, c0…c2, churned. Reading the CSV into
 * columns is timed as readMs (not compared). The compared time is the model's fit as the app
 * runs it: the design (z-scores and one-hot, from the training rows) and the L2 Newton solve.
 */
import { readFileSync } from 'node:fs';
import type { FeatureSource } from '../src/core/analyses/risk-model/featureSource.ts';
import { logisticModel } from '../src/core/analyses/risk-model/logisticModel.ts';
import { LOGISTIC_LEVELS } from './generateLogistic.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import type { RiskMeasurement } from './risk.ts';

function readColumns(file: string) {
  const text = readFileSync(file, 'latin1');
  const header = text.slice(0, text.indexOf('\n')).split(',');
  let rows = 0;
  for (let i = text.indexOf('\n') + 1; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) rows++;
  const width = header.length;
  const values = header.map(() => new Float64Array(rows));
  let at = text.indexOf('\n') + 1;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < width; j++) {
      let end = text.indexOf(j === width - 1 ? '\n' : ',', at);
      if (end < 0) end = text.length;
      values[j][r] = Number(text.slice(at, end));
      at = end + 1;
    }
  }
  return { header, values, rows };
}

runAsSelfTimedChild('risk-ours', async ([file]): Promise<Omit<RiskMeasurement, 'baseRssMiB'>> => {
  const t0 = performance.now();
  const { header, values, rows } = readColumns(file);
  const sources: FeatureSource[] = header.slice(0, -1).map((name, j) =>
    name.startsWith('c')
      ? {
          name,
          kind: 'categorical',
          codes: Int32Array.from(values[j]),
          levels: Array.from({ length: LOGISTIC_LEVELS[j - 10] }, (_, k) => String(k)),
        }
      : { name, kind: 'numeric', values: values[j] },
  );
  const y = Uint8Array.from(values[header.length - 1]);
  const all = Int32Array.from({ length: rows }, (_, i) => i);
  const t1 = performance.now();
  const fitted = logisticModel({ penalty: 'l2', C: 1 }).fit(sources, y, all);
  const t2 = performance.now();
  return {
    ms: t2 - t1,
    readMs: t1 - t0,
    rows,
    columns: fitted.design.columns.length,
    iterations: fitted.fit.iterations,
    objective: fitted.fit.objective,
    coefficients: Array.from(fitted.fit.beta),
    peakRssMiB: null,
  };
});
