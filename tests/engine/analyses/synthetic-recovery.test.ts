/**
 * The app's own methods recover what the teaching-data generator planted (src/core/synthetic):
 * the generated CSV is opened, rolled up and analysed by the engine exactly as a user's file.
 * Tolerances are sampling error of the fit, never the generator's own output: 3 standard
 * errors (a 99.7 % interval) per parameter, so a correct generator fails one of the seven
 * BG/NBD and Gamma-Gamma checks on about 1 seed in 50, and a wrong one (a rate for a scale,
 * merged same-day purchases: +2 SE on α, measured) fails on most.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { generateLog } from '../../../src/core/synthetic/generateLog.ts';
import { generateSnapshot } from '../../../src/core/synthetic/generateSnapshot.ts';
import { DEFAULT_LOG_TRUTH, DEFAULT_SNAPSHOT_TRUTH } from '../../../src/core/synthetic/plantedTruth.ts';
import { bytesFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

const SEED = 1;

async function opened(name: string, write: (sink: (c: string) => void) => void) {
  const chunks: string[] = [];
  write((c) => chunks.push(c));
  const text = chunks.join('');
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile(name, text)]));
  return { engine, s, text };
}

/** Column means of a CSV of plain numbers and words (no quotes), by header name. */
function columnMeans(text: string, names: string[]): number[] {
  const [head, ...lines] = text.trimEnd().split('\n');
  const at = names.map((n) => head.split(',').indexOf(n));
  const sums = names.map(() => 0);
  for (const line of lines) {
    const cells = line.split(',');
    at.forEach((k, j) => (sums[j] += Number(cells[k])));
  }
  return sums.map((v) => v / lines.length);
}

describe('a generated 20,000-customer log', async () => {
  // The seasonal segment is left out here: BG/NBD describes the other customers only.
  const truth = { ...DEFAULT_LOG_TRUTH, seasonal: { ...DEFAULT_LOG_TRUTH.seasonal, share: 0 } };
  const { engine, s } = await opened('log.csv', (sink) => generateLog(20_000, SEED, truth, sink));
  value(
    engine.buildCustomerTable(s.id, {
      roles: rolesOf(s),
      definition: { kind: 'inactivity', days: 180 },
      asOf: truth.end,
    }),
  );
  const r = value(engine.analyze(s.id, 'customer-lifetime-value', { calibrationEnd: truth.end, unit: 'weeks' }));

  it('gives back the planted BG/NBD r, α, a, b within 3 standard errors of the app’s fit', () => {
    expect(r.converged).toBe(true);
    expect(r.customers).toBe(20_000);
    for (const [name, planted] of Object.entries(truth.bgNbd)) {
      expect(Math.abs(r.params[name] - planted), name).toBeLessThan(3 * r.se[name]);
    }
  });

  it('gives back the planted Gamma-Gamma p, q, γ within 3 standard errors', () => {
    const spend = r.spend!;
    for (const [name, planted] of Object.entries(truth.gammaGamma)) {
      const fitted = spend[name as keyof typeof truth.gammaGamma];
      expect(Math.abs(fitted - planted), name).toBeLessThan(3 * spend.se[name as keyof typeof spend.se]);
    }
  });
});

describe('a generated 20,000-customer snapshot', async () => {
  const truth = DEFAULT_SNAPSHOT_TRUTH;
  const { engine, s, text } = await opened('snapshot.csv', (sink) => generateSnapshot(20_000, SEED, truth, sink));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));

  it('gives back the planted logistic coefficients within 3 Wald standard errors', () => {
    const e = value(engine.analyze(s.id, 'risk-model', { testFraction: 0 })).explained!;
    expect(e.references).toEqual({ contract: 'Month-to-month' });
    // The app centres numbers at their training means: its intercept is η at the mean customer
    // of the reference contract, β₀ + Σ βⱼ·meanⱼ with the means of this file.
    const L = truth.logistic;
    const means = columnMeans(text, ['tenure_months', 'monthly_charges', 'support_calls']);
    const centred = L.intercept + L.tenure * means[0] + L.monthlyCharges * means[1] + L.supportCalls * means[2];
    expect(Math.abs(e.intercept.estimate - centred)).toBeLessThan(3 * e.intercept.se);
    // The app reports a number's coefficient per training standard deviation (`sd`), and tenure in
    // the unit of the file's column (months here: tenure_months): per unit it is estimate / sd.
    const planted: Record<string, [number, number]> = {
      'contract=One year': [truth.logistic.oneYear, 1],
      'contract=Two year': [truth.logistic.twoYear, 1],
      tenure_months: [truth.logistic.tenure, 1],
      monthly_charges: [truth.logistic.monthlyCharges, 1],
      support_calls: [truth.logistic.supportCalls, 1],
    };
    expect(e.terms).toHaveLength(5);
    for (const term of e.terms) {
      const key = term.term.level ? `${term.term.feature}=${term.term.level}` : term.term.feature;
      const [beta, appUnitsPerPlantedUnit] = planted[key];
      // Standard deviations per planted unit.
      const sds = (term.sd ?? 1) / appUnitsPerPlantedUnit;
      expect(Math.abs(term.estimate / sds - beta), key).toBeLessThan((3 * term.se) / sds);
    }
  });

  it('gives back the planted reason mix within 3 binomial standard errors', () => {
    const reasons = value(engine.analyze(s.id, 'churn-reasons', {}));
    const n = reasons.churned;
    expect(reasons.withReason).toBe(n);
    for (const planted of truth.reasons) {
      const found = reasons.reasons.find((x) => x.label === planted.reason)!;
      // The app's own taxonomy puts each planted reason in its planted churn type.
      expect(found.type, planted.reason).toBe(planted.type);
      const se = Math.sqrt((planted.share * (1 - planted.share)) / n);
      expect(Math.abs(found.share - planted.share), planted.reason).toBeLessThan(3 * se);
    }
  });
});
