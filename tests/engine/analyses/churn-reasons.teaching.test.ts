/**
 * The generated teaching sample (several reasons per customer, planted shares): the committed
 * file is what the seeded generator writes, and the analysis recovers the planted shares.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { sourceFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';
import { PLANS, PLANTED, teachingSampleCsv } from '../../fixtures/churn-reasons/teachingSample.ts';

const SAMPLE = resolve(import.meta.dirname, '../../../public/samples/churn-reasons-teaching.csv');

it('teachingSampleCsv() is the committed sample, byte for byte', () => {
  expect(readFileSync(SAMPLE, 'utf8')).toBe(teachingSampleCsv());
});

it("analyze(teaching sample, 'churn-reasons', by plan) recovers the planted shares", async () => {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(SAMPLE)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  const r = value(engine.analyze(s.id, 'churn-reasons', { by: 'plan' }));
  // The planted probabilities are per churner, so the denominators are all churners of a plan
  // (read from the file: the generator's truth, not the analysis).
  const rows = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(1);
  const churners = Object.fromEntries(
    PLANS.map((p) => [p, rows.filter((l) => l.split(',')[2] === p && l.split(',')[4] === 'Yes').length]),
  );
  expect(r.churned).toBe(churners.Basic + churners.Premium);
  expect(r.several).toBeGreaterThan(0);
  expect(r.reasons.reduce((n, x) => n + x.share, 0)).toBeGreaterThan(1);
  const seg = r.segments!;
  for (const [i, row] of r.reasons.entries())
    for (const plan of PLANS) {
      const p = PLANTED[row.label][plan];
      const n = churners[plan];
      const observed = seg.counts[i * seg.labels.length + seg.labels.indexOf(plan)] / n;
      // Binomial sampling error: within 3.5 standard errors (a false alarm about 1 in 2,000 per share).
      expect(Math.abs(observed - p), `${row.label} ${plan}`).toBeLessThan(3.5 * Math.sqrt((p * (1 - p)) / n));
    }
  // Churn days are known, so the reasons come by churn month: 2022-02 … 2024-12 at most.
  expect(r.overTime!.months.at(-1)).toBe('2024-12');
  expect(r.overTime!.undated).toBe(0);
  // Non-payment maps to involuntary, moving away to natural: both in the involuntary branch.
  const involuntary = r.tree.find((b) => b.branch === 'involuntary')!;
  expect(involuntary.types.map((t) => t.type).sort()).toEqual(['involuntary', 'natural']);
});
