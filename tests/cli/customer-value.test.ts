/**
 * `churnscope customer-value` on IBM Telco as a user runs it: JSON on stdout (no per-customer
 * arrays), the customer table with value_score, its parts, margin and margin_tier with --out,
 * read back from the CSV and the xlsx, and one-line usage errors for a malformed --score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { sourceFile, TELCO } from '../sharedData.ts';
import { cli, scratchDirs } from './runCli.ts';

const scratch = scratchDirs();
const SCORE = 'MonthlyCharges:+:rank:0.5,tenure_days:+:minmax:0.3,TotalCharges:+:z:0.2';

function csvTable(path: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = text
    .split(/\r?\n\r?\n/)[0]
    .split(/\r?\n/)
    .map((l) => l.split(','));
  return { header, rows };
}

describe('churnscope customer-value', () => {
  it('<telco> --margin 0.3 --score … prints tiers over all 7,043 customers and the top 20 %, and --out writes them per customer', () => {
    const out = join(scratch(), 'value.csv');
    const r = cli('customer-value', TELCO, '--margin', '0.3', '--score', SCORE, '--out', out);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const v = JSON.parse(r.stdout);
    expect(v.perCustomer).toBeUndefined();
    // README: 7,043 customers, 1,869 churned; 11 have no TotalCharges (no margin, no score).
    const tiers = v.margin.tiers as { customers: number; churned: number }[];
    expect(tiers.reduce((s, t) => s + t.customers, 0) + v.margin.unknown).toBe(7043);
    expect(v.score.top.count).toBe(1406);
    const { header, rows } = csvTable(out);
    const col = (name: string) => header.indexOf(name);
    // Read back: the 1,406 highest value_score rows are the printed top list, and margin = 30 % of TotalCharges to the cent.
    const ranked = rows
      .filter((row) => row[col('value_score')] !== '')
      .sort((a, b) => Number(b[col('value_score')]) - Number(a[col('value_score')]));
    expect(new Set(ranked.slice(0, 1406).map((row) => row[0]))).toEqual(new Set(v.score.top.ids));
    for (const row of rows) {
      const total = row[col('TotalCharges')];
      if (total === '') expect(row[col('margin')]).toBe('');
      else expect(Math.abs(Number(row[col('margin')]) - 0.3 * Number(total))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    const churnedByTier = new Map<string, number>();
    for (const row of rows) {
      const tier = row[col('margin_tier')];
      churnedByTier.set(tier, (churnedByTier.get(tier) ?? 0) + Number(row[col('churned')]));
    }
    expect(['high', 'medium', 'low', 'negative'].map((t) => churnedByTier.get(t) ?? 0)).toEqual(
      tiers.map((t) => t.churned),
    );
  });

  it('--out table.xlsx holds the same columns, read back by the app’s own reader', async () => {
    const out = join(scratch(), 'value.xlsx');
    const r = cli('customer-value', TELCO, '--margin', '0.3', '--score', SCORE, '--out', out);
    expect(r.code).toBe(0);
    const engine = createEngine();
    const opened = await engine.openDataset([await sourceFile(out)]);
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const names = opened.value.columns.map((c) => c.name);
    expect(names.slice(0, 8)).toEqual([
      'customer_id',
      'value_score',
      'value_score_monthlycharges',
      'value_score_tenure_days',
      'value_score_totalcharges',
      'margin',
      'margin_tier',
      'first_date',
    ]);
    expect(opened.value.rows).toBe(7043);
    expect(opened.value.columns.find((c) => c.name === 'value_score')!.type).toBe('decimal');
  });

  it('without --margin or a cost column there is no margin, and the score needs no margin', () => {
    const r = cli('customer-value', TELCO, '--score', 'MonthlyCharges:-:z:1');
    const v = JSON.parse(r.stdout);
    expect([v.margin, v.unavailable, v.score.features[0].direction]).toEqual([null, 'no-cost', 'lower']);
  });

  it('a malformed --score, --margin or --breaks exits 2 with one line saying the syntax', () => {
    for (const [flag, value] of [
      ['--score', 'MonthlyCharges:up:rank:1'],
      ['--score', 'MonthlyCharges:+:log:1'],
      ['--score', 'MonthlyCharges:+:rank'],
      ['--margin', 'thirty'],
      ['--breaks', '0.5'],
    ]) {
      const r = cli('customer-value', TELCO, flag, value);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const text = cli('customer-value', TELCO, '--score', 'Contract:+:rank:1');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('Contract');
  });
});
