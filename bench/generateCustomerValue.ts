/**
 * A seeded customer snapshot for the customer-value redraw measurement: `customers` rows of
 * customer_id, tenure (months 1–72), MonthlyCharges, TotalCharges (tenure × monthly, ±10 %),
 * cost (TotalCharges × 0.5–1.15, so about a fifth of customers cost money), support_calls
 * (0–9), credit_risk (0–1) and Churn (Yes/No, likelier for short tenure, many calls, high risk).
 * The same seed gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { mulberry32 } from '../src/core/stats/random.ts';

export function generateCustomerValue(path: string, customers: number, seed: number): void {
  const random = mulberry32(seed);
  const lines = ['customer_id,tenure,MonthlyCharges,TotalCharges,cost,support_calls,credit_risk,Churn'];
  for (let i = 1; i <= customers; i++) {
    const tenure = 1 + Math.floor(random() * 72);
    const monthly = Math.round((18 + random() * 102) * 100) / 100;
    const total = Math.round(tenure * monthly * (0.9 + random() * 0.2) * 100) / 100;
    const cost = Math.round(total * (0.5 + random() * 0.65) * 100) / 100;
    const calls = Math.floor(random() * random() * 10);
    const risk = Math.round(random() * 100) / 100;
    const p = 0.08 + 0.3 * (1 - tenure / 72) + 0.03 * calls + 0.1 * risk;
    lines.push(
      `C${String(i).padStart(6, '0')},${tenure},${monthly},${total},${cost},${calls},${risk},${random() < p ? 'Yes' : 'No'}`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('generateCustomerValue.ts')) {
  const [path = '.bench-data/customer_value_100k.csv', customers = '100000', seed = '14'] = process.argv.slice(2);
  generateCustomerValue(path, Number(customers), Number(seed));
}
