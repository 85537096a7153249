/**
 * Seeded data for the k-means benchmark and the app's 100k-customer check. `plantedMatrix`: n
 * points in d dimensions around k centres drawn uniformly in [−4, 4]^d, unit Gaussian noise
 * (Box–Muller), then every column standardised (mean 0, population sd 1), row-major Float64 —
 * "standardised data" as scikit-learn's scaler leaves it. `writeClusterCustomers`: a customer
 * snapshot CSV (customer_id, tenure, MonthlyCharges, TotalCharges, Contract, Churn) of four
 * planted kinds of customer. The same seed gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { mulberry32 } from '../src/core/stats/random.ts';

function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export function plantedMatrix(n: number, d: number, k: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  const normal = gaussian(random);
  const centres = Float64Array.from({ length: k * d }, () => random() * 8 - 4);
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(random() * k);
    for (let f = 0; f < d; f++) x[i * d + f] = centres[c * d + f] + normal();
  }
  for (let f = 0; f < d; f++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i * d + f];
    const mean = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (x[i * d + f] - mean) ** 2;
    const sd = Math.sqrt(ss / n);
    for (let i = 0; i < n; i++) x[i * d + f] = (x[i * d + f] - mean) / sd;
  }
  return x;
}

const KINDS = [
  { share: 0.35, tenure: [3, 2], monthly: [85, 10], contract: 'Month-to-month', churn: 0.45 },
  { share: 0.25, tenure: [60, 8], monthly: [95, 12], contract: 'Two year', churn: 0.05 },
  { share: 0.25, tenure: [20, 10], monthly: [25, 5], contract: 'One year', churn: 0.15 },
  { share: 0.15, tenure: [45, 12], monthly: [60, 15], contract: 'One year', churn: 0.1 },
];

export function writeClusterCustomers(path: string, customers: number, seed: number): void {
  const random = mulberry32(seed);
  const normal = gaussian(random);
  const lines = ['customer_id,tenure,MonthlyCharges,TotalCharges,Contract,Churn'];
  for (let c = 0; c < customers; c++) {
    let u = random();
    const kind = KINDS.find((k) => (u -= k.share) < 0) ?? KINDS[KINDS.length - 1];
    const tenure = Math.max(1, Math.min(72, Math.round(kind.tenure[0] + kind.tenure[1] * normal())));
    const monthly = Math.max(18, Math.round((kind.monthly[0] + kind.monthly[1] * normal()) * 100) / 100);
    const total = Math.round(tenure * monthly * (0.9 + 0.2 * random()) * 100) / 100;
    const churn = random() < kind.churn ? 'Yes' : 'No';
    lines.push(`C${String(c).padStart(6, '0')},${tenure},${monthly},${total},${kind.contract},${churn}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
