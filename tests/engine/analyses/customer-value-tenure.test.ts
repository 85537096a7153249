/**
 * The customer-value cell reads Telco's tenure in its own months, as churn drivers and the risk
 * model do: the walkthrough found "Tenure (days)" offered and scored for a column in months. The
 * table says its tenure column is tenure_months, the cell's default score and its column list use
 * it, and a min–max score on it is tenure / 72 of the CSV's own tenure column.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { DatasetSummary } from '../../../src/engine/api.ts';
import { Workbook } from '../../../src/state/workbook.svelte.ts';
import { initialSettings, scoreColumns } from '../../../src/workbook/cells/customer-value/settings.ts';
import { sourceFile, TELCO } from '../../sharedData.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { rolesOf, value } from './analysisFixtures.ts';

it('Telco: tenure is offered, defaulted and scored in months (tenure_months), not days', async () => {
  const engine = createEngine();
  const s: DatasetSummary = value(await engine.openDataset([await sourceFile(TELCO)]));
  const roles = rolesOf(s);
  const table = value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'flag' } }));
  expect(table.tenureColumn).toBe('tenure_months');
  const settings = initialSettings({ summary: s, workbook: new Workbook(), table }) as {
    features: { column: string }[];
  };
  expect(settings.features.map((f) => f.column)).toEqual(['total_value', 'tenure_months']);
  const offered = scoreColumns(s, roles, table, false);
  expect(offered).toContain('tenure_months');
  expect(offered).not.toContain('tenure_days');

  const r = value(
    engine.analyze(s.id, 'customer-value', {
      features: [{ column: 'tenure_months', direction: 'higher', scaling: 'minmax', weight: 1 }],
    }),
  );
  // Reference: the CSV's tenure column (months, 0–72) read here as text, min–max scaled by hand.
  const lines = readFileSync(TELCO, 'utf8').trim().split('\n').slice(1);
  const months = lines.map((l) => Number(l.split(',')[5]));
  const max = Math.max(...months);
  expect(max).toBe(72);
  expect(r.perCustomer.score.length).toBe(months.length);
  // Tolerance 1e-9: days → months round trip rounded to 1e-9 months.
  let worst = 0;
  months.forEach((m, i) => (worst = Math.max(worst, Math.abs(r.perCustomer.score[i] - m / max))));
  expect(worst).toBeLessThan(1e-9);
});
