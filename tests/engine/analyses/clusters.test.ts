/** Clusters through the engine on Telco (tenure and charges) and CDNOW, against scikit-learn's k-means on the same features. */
import { describe, expect, it } from 'vitest';
import { reference } from '../../core/analyses/clusters/clusterReference.ts';
import { cdnow, telco, value } from './analysisFixtures.ts';

const TELCO_FEATURES = ['tenure', 'MonthlyCharges', 'TotalCharges'];

describe("analyze(id, 'clusters')", () => {
  it("analyze(telco, 'clusters', tenure and charges, k 2–8) finds scikit-learn's inertia at every k", async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'clusters', { features: TELCO_FEATURES, restarts: 10 }));
    expect(r.chooseK.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const p of r.chooseK) {
      const sk = reference.telco.chooseK.find((q) => q.k === p.k)!;
      // Both keep the best of 10 k-means++ seedings (local optima, other random draws): within 1 % of its inertia.
      expect(Math.abs(p.inertia / sk.inertia - 1), `k = ${p.k}`).toBeLessThan(0.01);
      // The silhouette is sampled (2,000 customers) on our labels: within 0.03 of scikit-learn's full score.
      expect(Math.abs(p.silhouette - sk.silhouette), `k = ${p.k}`).toBeLessThan(0.03);
    }
    expect(r.silhouetteSample).toBe(2000);
    // The shown k is the range's best silhouette.
    expect(r.silhouette).toBe(Math.max(...r.chooseK.map((p) => p.silhouette)));
  });

  it("analyze(telco, 'clusters', k = 4) profiles clusters in the features' own units, largest first", async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'clusters', { features: TELCO_FEATURES, k: 4, seed: 7 }));
    expect(r.clusters.map((c) => c.id)).toEqual([1, 2, 3, 4]);
    const sizes = r.clusters.map((c) => c.customers);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // A centre is a mean of the customers' values: inside the data's range (tenure 1–72 months).
    for (const c of r.clusters) expect(c.centre[0] >= 1 && c.centre[0] <= 72).toBe(true);
    // A centre is its customers' mean: weighted by size they give StandardScaler's mean (tenure 32.4218; 1e-9, rounding).
    const meanTenure = r.clusters.reduce((s, c) => s + c.centre[0] * c.customers, 0) / r.customers;
    expect(Math.abs(meanTenure - reference.telco.standard.mean[0])).toBeLessThan(1e-9);
    const counted = new Map<number, number>();
    for (const l of r.perCustomer.cluster) counted.set(l, (counted.get(l) ?? 0) + 1);
    expect(counted.get(0)).toBe(11);
    for (const c of r.clusters) expect(counted.get(c.id)).toBe(c.customers);
  });

  it("analyze(telco, 'clusters') is deterministic for a seed and keeps fits across a change of k", async () => {
    const { engine, id } = await telco();
    const a = value(engine.analyze(id, 'clusters', { features: TELCO_FEATURES, k: 3, seed: 11 }));
    const t = performance.now();
    const b = value(engine.analyze(id, 'clusters', { features: TELCO_FEATURES, k: 5, seed: 11 }));
    const again = value(engine.analyze(id, 'clusters', { features: TELCO_FEATURES, k: 3, seed: 11 }));
    expect(performance.now() - t).toBeLessThan(1000);
    expect(Array.from(again.perCustomer.cluster)).toEqual(Array.from(a.perCustomer.cluster));
    expect(b.chooseK).toEqual(a.chooseK);
    // Another engine, the same seed: the same clusters.
    const other = await telco();
    const c = value(other.engine.analyze(other.id, 'clusters', { features: TELCO_FEATURES, k: 3, seed: 11 }));
    expect(Array.from(c.perCustomer.cluster)).toEqual(Array.from(a.perCustomer.cluster));
    expect(a.stamp.parameters).toMatchObject({ seed: 11, restarts: 4, scaling: 'z', kRange: [2, 8], k: 3 });
  });

  it("analyze(telco, 'clusters', Contract one-hot) names clusters by an over-represented contract", async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'clusters', { features: ['tenure', 'MonthlyCharges', 'Contract'], k: 3 }));
    expect(
      r.columns
        .filter((c) => c.feature === 'Contract')
        .map((c) => c.level)
        .sort(),
    ).toEqual(reference.telco.contractLevels);
    const named = r.clusters.flatMap((c) => c.suggested).filter((s) => s.feature === 'Contract');
    expect(named.every((s) => s.level === 'high' && reference.telco.contractLevels.includes(s.value!))).toBe(true);
  });

  it("analyze(cdnow, 'clusters', recency, frequency, monetary) clusters every customer of the log", async () => {
    const { engine, id } = await cdnow();
    const r = value(
      engine.analyze(id, 'clusters', { features: ['recency', 'frequency', 'monetary'], k: 4, scaling: 'robust' }),
    );
    // The CDNOW sample holds 2,357 customers (README); monetary is NaN for one-time buyers (BTYD), who are left out.
    expect(r.customers + r.leftOut).toBe(2357);
    expect(r.features.find((f) => f.name === 'monetary')!.missing).toBe(r.leftOut);
  });

  it("analyze(telco, 'clusters') answers bad settings with issue codes", async () => {
    const { engine, id } = await telco();
    const code = (o: object) => {
      const r = engine.analyze(id, 'clusters', { features: TELCO_FEATURES, ...o });
      return !r.ok && r.issues[0].code;
    };
    expect(code({ features: [] })).toBe('clusters-features');
    expect(code({ features: ['nope'] })).toBe('unknown-column');
    expect(code({ features: ['customerID'] })).toBe('unknown-column');
    expect(code({ k: 1 })).toBe('clusters-k');
    expect(code({ kRange: [5, 3] })).toBe('clusters-k');
    expect(code({ restarts: 0 })).toBe('invalid-definition');
  });
});

describe('clusters in the customer table', () => {
  function csvRows(bytes: Uint8Array): string[][] {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    return text
      .split(/\r?\n\r?\n/)[0]
      .split(/\r?\n/)
      .map((line) => line.split(','));
  }

  it('exportCustomerTable after clusters holds cluster, the user names and pca_1, pca_2 for each customer', async () => {
    const { engine, id } = await telco();
    const r = value(
      engine.analyze(id, 'clusters', { features: TELCO_FEATURES, k: 3, names: ['loyal big spenders', '', ''] }),
    );
    const rows = csvRows(value(engine.exportCustomerTable(id, 'csv')));
    const [header, ...body] = rows;
    expect(header.slice(0, 5)).toEqual(['customer_id', 'cluster', 'cluster_name', 'pca_1', 'pca_2']);
    // Read back from the file: each cluster's count is the result's, the 11 left out are empty.
    const count = (v: string) => body.filter((row) => row[1] === v).length;
    expect(r.clusters.map((c) => count(String(c.id)))).toEqual(r.clusters.map((c) => c.customers));
    expect(count('')).toBe(11);
    expect(body.filter((row) => row[2] === 'loyal big spenders').length).toBe(r.clusters[0].customers);
    expect(body.filter((row) => row[2] === '2').length).toBe(r.clusters[1].customers);
  });
});
