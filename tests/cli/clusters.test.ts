/** `clusters` (and `segments --method kmeans`, the same command) on Telco: tenure and charges, against scikit-learn. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reference } from '../core/analyses/clusters/clusterReference.ts';
import { TELCO } from '../sharedData.ts';
import { cli, scratchDirs } from './runCli.ts';

const scratch = scratchDirs();
const FEATURES = ['--features', 'tenure,MonthlyCharges,TotalCharges'];

function json(...args: string[]) {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

interface Printed {
  k: number;
  seed: number;
  inertia: number;
  silhouette: number;
  clusters: { id: number; customers: number; centre: Record<string, number>; churnRate: number; name: string }[];
  chooseK: { k: number; inertia: number; silhouette: number }[];
}

describe('churnscope clusters', () => {
  it('clusters <telco> --features tenure,MonthlyCharges,TotalCharges --k 2..8 --restarts 10 finds scikit-learn’s elbow', () => {
    const r: Printed = json('clusters', TELCO, ...FEATURES, '--k', '2..8', '--restarts', '10', '--seed', '3');
    expect(Object.keys(r).slice(0, 4)).toEqual(['k', 'seed', 'inertia', 'silhouette']);
    expect(r.seed).toBe(3);
    for (const p of r.chooseK) {
      const sk = reference.telco.chooseK.find((q) => q.k === p.k)!;
      // The best of 10 k-means++ seedings each (other random draws): within 1 % of scikit-learn's inertia.
      expect(Math.abs(p.inertia / sk.inertia - 1), `k = ${p.k}`).toBeLessThan(0.01);
    }
    // README: 1,869 of 7,043 churned; none of the 11 left out (no TotalCharges) churned.
    expect(Math.round(r.clusters.reduce((s, c) => s + c.churnRate * c.customers, 0))).toBe(1869);
    expect(r.clusters.reduce((s, c) => s + c.customers, 0)).toBe(7032);
  });

  it('clusters <telco> --k 4 --out writes the customer table with a cluster column that reads back', () => {
    const out = join(scratch(), 'clusters.csv');
    const r: Printed = json('clusters', TELCO, ...FEATURES, '--k', '4', '--out', out);
    expect(r.k).toBe(4);
    // Centres are in the features' own units: tenure in months (0–72), charges in dollars.
    for (const c of r.clusters) expect(c.centre.tenure >= 0 && c.centre.tenure <= 72).toBe(true);
    expect(r.clusters.every((c) => typeof c.name === 'string' && c.name.length > 0)).toBe(true);
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n\r?\n/)[0]
      .split(/\r?\n/);
    const header = lines[0].split(',');
    const at = header.indexOf('cluster');
    const values = lines.slice(1).map((l) => l.split(',')[at]);
    expect(r.clusters.map((c) => values.filter((v) => v === String(c.id)).length)).toEqual(
      r.clusters.map((c) => c.customers),
    );
    expect(values.filter((v) => v === '').length).toBe(11);
  });

  it('clusters <telco> refuses missing features and a bad k with one line', () => {
    expect(cli('clusters', TELCO).code).toBe(2);
    const bad = cli('clusters', TELCO, ...FEATURES, '--k', 'five');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--k takes')]);
    expect(cli('clusters', TELCO, '--features', 'nope').code).toBe(2);
  });

  it('segments <telco> --method kmeans prints what clusters prints', () => {
    const args = [TELCO, ...FEATURES, '--k', '3', '--seed', '5'];
    const viaSegments: Printed = json('segments', ...args.slice(0, 1), '--method', 'kmeans', ...args.slice(1));
    const direct: Printed = json('clusters', ...args);
    expect(viaSegments).toEqual(direct);
    expect(viaSegments.clusters.map((c) => Object.keys(c).slice(0, 3))[0]).toEqual(['id', 'customers', 'centre']);
  });
});
