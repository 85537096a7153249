/** Engines with a dataset open and its customer table built, for the analysis tests. */
import type { DatasetSummary, EngineApi, Result, Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { CDNOW_SAMPLE, sharedData, sourceFile, TELCO } from '../../sharedData.ts';

export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

export const rolesOf = (s: DatasetSummary, o: Record<string, Role> = {}) => ({
  ...Object.fromEntries(s.columns.map((c) => [c.name, c.role])),
  ...o,
});

/** IBM Telco, churn = the Churn flag. */
export async function telco(): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(TELCO)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  return { engine, id: s.id };
}

/** The CDNOW 1/10 sample, churn = more than 180 days without a purchase. */
export async function cdnow(): Promise<{ engine: EngineApi; id: string; summary: DatasetSummary }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
  value(
    engine.buildCustomerTable(s.id, {
      roles: rolesOf(s, { column_2: 'ignore' }),
      definition: { kind: 'inactivity', days: 180 },
    }),
  );
  return { engine, id: s.id, summary: s };
}

/** The IBM Cognos version of Telco (churn reasons, churn score, CLTV), churn = the Churn Label flag. */
export async function cognos(): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const path = sharedData('telco-customer-churn', 'Telco_customer_churn.xlsx');
  const s = value(await engine.openDataset([await sourceFile(path)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  return { engine, id: s.id };
}
