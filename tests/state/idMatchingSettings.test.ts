/** The id-matching choice is saved in the workbook, checked when one is opened, and reaches the engine's spec. */
import { expect, test } from 'vitest';
import type { CustomerTableSpec, Result } from '../../src/engine/api.ts';
import { analysisProblem, type AnalysisSettings } from '../../src/state/analysisSettings.ts';
import { ChurnAnalysis } from '../../src/state/churnAnalysis.svelte.ts';
import type { ChurnEngine } from '../../src/state/datasetEngine.ts';
import { Workbook } from '../../src/state/workbook.svelte.ts';

const settings: AnalysisSettings = {
  definition: { kind: 'inactivity', days: 180 },
  asOf: '',
  unit: 'weeks',
  returns: 'net',
  tierShares: [0.1, 0.3, 0.6],
  idMatching: 'trim-case',
};

test('analysisProblem accepts idMatching exact or trim-case (or none, as saved before it existed) and names a bad one', () => {
  expect(analysisProblem(settings)).toBeNull();
  expect(analysisProblem({ ...settings, idMatching: 'exact' })).toBeNull();
  const { idMatching: _, ...older } = settings;
  expect(analysisProblem(older)).toBeNull();
  expect(analysisProblem({ ...settings, idMatching: 'fuzzy' })).toBe('idMatching must be "exact" or "trim-case"');
});

test('a workbook keeps idMatching through JSON', () => {
  const wb = new Workbook();
  wb.analysis = structuredClone(settings);
  const back = Workbook.fromJSON(wb.toText());
  expect(back.ok && back.value.analysis?.idMatching).toBe('trim-case');
});

test('ChurnAnalysis.build sends idMatching in the customer-table spec', async () => {
  const specs: CustomerTableSpec[] = [];
  const engine = {
    buildCustomerTable: async (_id: string, spec: CustomerTableSpec): Promise<Result<never>> => {
      specs.push(spec);
      return { ok: false, issues: [] };
    },
    analyze: async () => ({ ok: false, issues: [] }),
  } as unknown as ChurnEngine;
  const analysis = new ChurnAnalysis(engine, 0);
  await analysis.build({ datasetId: 'ds1', roles: {}, settings });
  await analysis.build({ datasetId: 'ds1', roles: {}, settings: { ...settings, idMatching: undefined } });
  expect(specs.map((s) => s.idMatching)).toEqual(['trim-case', undefined]);
});
