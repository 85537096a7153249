/**
 * The temporal split of a transaction log: features from activity up to the cutoff, the label
 * from the window after it. Changing, adding or removing rows after the cutoff must leave every
 * feature as it was and may only change labels.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerTableSpec, Role } from '../../../src/engine/api.ts';
import { loadDataset } from '../../../src/engine/loading/datasetLoading.ts';
import { Job } from '../../../src/engine/loading/readContext.ts';
import { buildCustomerTable } from '../../../src/engine/customers/customerTableBuilding.ts';
import { temporalSplit } from '../../../src/engine/analyses/risk-model/temporalSplit.ts';
import { customerTableColumnsTyped } from '../../../src/core/customers/customerTable.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile } from '../../sharedData.ts';
import { value } from './analysisFixtures.ts';

const CUTOFF = '2024-04-30';
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** 120 customers buying every few days from a start day until a stop day (some before the cutoff, some after). */
function log(afterCutoff: (row: { id: string; day: number; amount: number }) => string[] | null): string {
  const random = mulberry32(15);
  const lines = ['customer,date,amount,region'];
  for (let c = 0; c < 120; c++) {
    const id = `C${c}`;
    const region = ['north', 'south', 'east'][c % 3];
    const start = day('2024-01-01') + Math.floor(random() * 60);
    const stop = day('2024-03-01') + Math.floor(random() * 130);
    const gap = 3 + Math.floor(random() * (c % 2 === 0 ? 10 : 25));
    for (let d = start; d <= stop; d += gap) {
      const row = { id, day: d, amount: Math.round(random() * 9000) / 100 };
      const text = `${id},${iso(d)},${row.amount},${region}`;
      if (d <= day(CUTOFF)) lines.push(text);
      else lines.push(...(afterCutoff(row) ?? [text]));
    }
  }
  // The data runs to the end of June whatever happens after the cutoff.
  lines.push(`C0,2024-06-30,1,north`);
  return lines.join('\n') + '\n';
}

const ROLES: Record<string, Role> = { customer: 'customer_id', date: 'date', amount: 'amount', region: 'attribute' };
const SPEC: CustomerTableSpec = { roles: ROLES, definition: { kind: 'inactivity', days: 30 } };

async function split(text: string) {
  const ds = value(await loadDataset('ds', [bytesFile('log.csv', text)], {}, new Job()));
  const built = { ...value(buildCustomerTable(ds, SPEC)), spec: SPEC, derived: new Map() };
  return value(temporalSplit(ds, built, CUTOFF));
}

const featuresOf = (s: Awaited<ReturnType<typeof split>>) =>
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

describe('temporalSplit(dataset, table, cutoff)', () => {
  it('keeps every feature when rows after the cutoff change, are dropped or are added; only labels move', async () => {
    const original = await split(log(() => null));
    const changed = await split(
      log((row) => {
        const r = mulberry32(Math.round(row.day * 7 + row.amount * 100))();
        if (r < 0.3) return [];
        if (r < 0.6) return [`${row.id},${iso(row.day)},${row.amount * 10},west`];
        return [`${row.id},${iso(row.day)},${row.amount},north`, `${row.id},${iso(row.day + 1)},5,north`];
      }),
    );
    expect(changed.features.table.ids).toEqual(original.features.table.ids);
    expect(featuresOf(changed)).toEqual(featuresOf(original));
    expect(changed.population).toEqual(original.population);
    // The labels come from after the cutoff: dropping a third of those rows changes some.
    expect(Array.from(changed.y)).not.toEqual(Array.from(original.y));
  });

  it('models the customers still active on the cutoff day, labelled by the definition 30 days later', async () => {
    const s = await split(log(() => null));
    expect([s.cutoff, s.windowDays, s.labelAsOf]).toEqual([CUTOFF, 30, '2024-05-30']);
    // Everyone of the cutoff table is modelled, churned by then, or certain not to be churned by the
    // label day (bought on the cutoff day itself: 30 days later is not more than 30 days of silence).
    expect(s.population.length + s.churnedAtCutoff + s.safeAtCutoff).toBe(s.features.table.ids.length);
    const t = s.features.table;
    const boughtOnCutoff = t.ids.filter((_, c) => t.lastDay[c] === Date.parse(`${CUTOFF}T00:00:00Z`) / 86_400_000);
    expect(s.safeAtCutoff).toBe(boughtOnCutoff.length);
    expect(s.features.summary.asOf).toBe(CUTOFF);
  });
});

describe("analyze(log, 'risk-model', { cutoff })", () => {
  it('scores today’s active customers forward and leaves recency in (it is measured at the cutoff)', async () => {
    const engine = createEngine();
    const s = value(
      await engine.openDataset([
        bytesFile(
          'log.csv',
          log(() => null),
        ),
      ]),
    );
    value(engine.buildCustomerTable(s.id, SPEC));
    const r = value(engine.analyze(s.id, 'risk-model', { cutoff: CUTOFF, folds: 3, testFraction: 0.25 }));
    expect(r.target).toEqual({ definition: SPEC.definition, cutoff: CUTOFF, windowDays: 30, labelAsOf: '2024-05-30' });
    expect(r.features.map((f) => f.name)).toContain('recency');
    expect(r.notes).not.toContain('no-temporal-split');
    const scored = r.scores.split.filter((x) => x === 3).length;
    const rows = value(engine.analyze(s.id, 'churn-kpis', {}));
    expect(scored).toBe(rows.customers - rows.churned);
    const late = engine.analyze(s.id, 'risk-model', { cutoff: '2024-06-15' });
    expect(!late.ok && late.issues[0].code).toBe('risk-window-past-data');
  });

  it('without a cutoff leaves out recency and tenure, which the inactivity definition reads, and says so', async () => {
    const engine = createEngine();
    const s = value(
      await engine.openDataset([
        bytesFile(
          'log.csv',
          log(() => null),
        ),
      ]),
    );
    value(engine.buildCustomerTable(s.id, SPEC));
    const r = value(engine.analyze(s.id, 'risk-model', { folds: 3 }));
    expect(r.leftOut).toContainEqual({ column: 'recency', reason: 'leaks-label' });
    expect(r.leftOut).toContainEqual({ column: 'tenure_days', reason: 'leaks-label' });
    expect(r.notes).toContain('no-temporal-split');
  });
});
