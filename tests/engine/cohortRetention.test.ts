import { describe, expect, it } from 'vitest';
import type { DatasetSummary, Result, Role } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { CDNOW_SAMPLE, sourceFile, TELCO } from './sharedData.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const rolesOf = (s: DatasetSummary): Record<string, Role> => Object.fromEntries(s.columns.map((c) => [c.name, c.role]));

describe('retention triangle through the engine', () => {
  it('retentionTriangle(CDNOW, month, active) starts every cohort at 1, flags unfinished cells, and carries the definition', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s),
        definition: { kind: 'inactivity', days: 180 },
        asOf: '1998-06-15',
      }),
    );
    const t = value(engine.retentionTriangle(s.id, { period: 'month', measure: 'active' }));
    const cohorts = t.triangles[0].cohorts;
    // CDNOW's cohort joined in January–March 1997.
    expect(cohorts.map((c) => c.label)).toEqual(['1997-01', '1997-02', '1997-03']);
    expect(cohorts.reduce((n, c) => n + c.size, 0)).toBe(2357);
    for (const c of cohorts) {
      expect(c.values[0]).toBe(1);
      // As of mid-June 1998, June is not over: the last cell of each row is partial.
      expect(c.observed.at(-1)).toBe(false);
      expect(c.observed.at(-2)).toBe(true);
    }
    expect(t.definitionText).toContain('180 days');
  });

  it('retentionTriangle(breakdown) draws one triangle per attribute value', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: { ...rolesOf(s), column_2: 'ignore', column_4: 'attribute' },
        definition: { kind: 'inactivity', days: 180 },
      }),
    );
    const t = value(engine.retentionTriangle(s.id, { period: 'quarter', measure: 'retained', breakdown: 'column_4' }));
    expect(t.triangles.length).toBeGreaterThan(1);
    expect(t.triangles.length).toBeLessThanOrEqual(12);
    const sizes = t.triangles.reduce((n, set) => n + set.cohorts.reduce((m, c) => m + c.size, 0), 0);
    expect(sizes).toBe(2357);
  });

  it('retentionTriangle(snapshot without dates) says a triangle needs dates and points to survival', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(TELCO)]));
    value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    const r = engine.retentionTriangle(s.id, { period: 'month', measure: 'active' });
    expect(!r.ok && r.issues[0].message).toMatch(/survival/);
  });
});
