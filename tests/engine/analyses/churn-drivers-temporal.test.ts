/**
 * Churn drivers with a cutoff (a transaction log's temporal split, as the risk model's): the
 * features come from activity up to the cutoff, so rows after it move no feature — each
 * feature's categories and their customer counts stay; only the churn labels may change.
 */
import { describe, expect, it } from 'vitest';
import type { ChurnDriversResult, CustomerTableSpec, Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { bytesFile } from '../../sharedData.ts';
import { value } from './analysisFixtures.ts';

const CUTOFF = '2024-04-30';
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** 300 customers buying every few days; rows after the cutoff dropped or rewritten when `shake`. */
function log(shake: boolean): string {
  const random = mulberry32(21);
  const lines = ['customer,date,amount,region'];
  for (let c = 0; c < 300; c++) {
    const region = ['north', 'south', 'east'][c % 3];
    const start = day('2024-01-01') + Math.floor(random() * 90);
    const stop = day('2024-03-01') + Math.floor(random() * (c % 3 === 1 ? 80 : 160));
    const gap = 3 + Math.floor(random() * (c % 2 === 0 ? 10 : 25));
    for (let d = start; d <= stop; d += gap) {
      const amount = Math.round(random() * 9000) / 100;
      if (shake && d > day(CUTOFF)) {
        const r = mulberry32(d * 7 + c)();
        if (r < 0.5) continue;
        lines.push(`C${c},${iso(d)},${amount * 10},west`);
      } else lines.push(`C${c},${iso(d)},${amount},${region}`);
    }
  }
  lines.push('C0,2024-07-31,1,north');
  return lines.join('\n') + '\n';
}

const ROLES: Record<string, Role> = { customer: 'customer_id', date: 'date', amount: 'amount', region: 'attribute' };
const SPEC: CustomerTableSpec = { roles: ROLES, definition: { kind: 'inactivity', days: 30 } };

async function drivers(text: string, options = {}): Promise<ChurnDriversResult> {
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('log.csv', text)]));
  value(engine.buildCustomerTable(s.id, SPEC));
  return value(engine.analyze(s.id, 'churn-drivers', { cutoff: CUTOFF, ...options }));
}

const featureSide = (r: ChurnDriversResult) =>
  Object.fromEntries(r.features.map((f) => [f.name, f.categories.map((c) => [c.label, c.count])]));

describe("analyze(log, 'churn-drivers', { cutoff })", () => {
  it('ranks the customers active on the cutoff day, labelled by churn in the window after it', async () => {
    const r = await drivers(log(false));
    expect(r.temporal).toMatchObject({ cutoff: CUTOFF, windowDays: 30, labelAsOf: '2024-05-30' });
    expect(r.notes).not.toContain('same-period');
    // Measured at the cutoff, recency is no leak of a label read 30 days later.
    expect(r.features.map((f) => f.name)).toContain('recency');
  });

  it('rows after the cutoff move no feature; only the labels', async () => {
    const original = await drivers(log(false));
    const changed = await drivers(log(true));
    expect(featureSide(changed)).toEqual(featureSide(original));
    expect(changed.overall.count).toBe(original.overall.count);
    expect(changed.overall.churned).not.toBe(original.overall.churned);
  });

  it('refuses a bad cutoff and a cutoff on a snapshot with a specific code', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('log.csv', log(false))]));
    value(engine.buildCustomerTable(s.id, SPEC));
    const bad = engine.analyze(s.id, 'churn-drivers', { cutoff: '30/04/2024' });
    expect(bad.ok ? null : bad.issues[0].code).toBe('drivers-invalid-option');
    const late = engine.analyze(s.id, 'churn-drivers', { cutoff: '2024-07-20' });
    expect(late.ok ? null : late.issues[0].code).toBe('risk-window-past-data');
  });
});
