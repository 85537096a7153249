/**
 * The eight RFM classes of Online Retail (13 monthly files) through the engine against pandas
 * on the same rows (tests/fixtures/rfm/make_eight_classes.py): the cuts, the counts and every
 * customer's class, under the mean and the median.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EIGHT_CLASS_CODES, type EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { fixture, sharedData, sourceFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

interface Classes {
  thresholds: { recency: number; frequency: number; monetary: number };
  counts: Record<string, number>;
  classes: string;
}
const PANDAS = JSON.parse(readFileSync(fixture('rfm', 'eight-classes-online-retail.json'), 'utf8')) as {
  asOf: string;
  customers: number;
  ids: string[];
  mean8: Classes;
  median8: Classes;
};

let engine: EngineApi;
let id: string;
let ids: string[];

beforeAll(async () => {
  engine = createEngine();
  const dir = sharedData('online-retail', 'monthly');
  const files = await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => sourceFile(`${dir}/${f}`)),
  );
  const s = value(await engine.openDataset(files));
  const built = value(
    engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 90 } }),
  );
  expect([built.customers, built.asOf]).toEqual([PANDAS.customers, PANDAS.asOf]);
  id = s.id;
  const csv = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv'))).replace(/^\uFEFF/, '');
  ids = csv
    .split(/\r?\n/)
    .slice(1, 1 + built.customers)
    .map((line) => line.slice(0, line.indexOf(',')));
}, 60_000);

describe("analyze(Online Retail, 'rfm', eight classes) equals pandas", () => {
  for (const scheme of ['mean8', 'median8'] as const) {
    it(`${scheme}: the cuts, the class sizes and every customer's class`, () => {
      const v = value(engine.analyze(id, 'rfm', { scheme }));
      const ref = PANDAS[scheme];
      const t = v.definition.thresholds!;
      // Spend is summed over 400k amounts in another order than pandas's, and a mean adds again: to
      // 1e-9 relative. Medians of whole days and orders: exact.
      for (const k of ['recency', 'frequency', 'monetary'] as const) {
        if (scheme === 'median8' && k !== 'monetary') expect(t[k], k).toBe(ref.thresholds[k]);
        else expect(t[k] / ref.thresholds[k], k).toBeCloseTo(1, 9);
      }
      expect(Object.fromEntries(v.segments.map((s) => [s.code, s.customers]))).toEqual(ref.counts);
      const at = new Map(PANDAS.ids.map((x, k) => [x, k]));
      const mismatched = ids.filter(
        (x, c) => EIGHT_CLASS_CODES[Number(ref.classes[at.get(x)!])] !== v.segments[v.perCustomer.segment[c]].code,
      );
      expect(mismatched).toEqual([]);
    });
  }
});
