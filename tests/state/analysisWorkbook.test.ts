import { expect, test } from 'vitest';
import type { CustomerTableSummary, DatasetSummary, Result } from '../../src/engine/api.ts';
import { Workbook } from '../../src/state/workbook.svelte.ts';
import {
  analysisProblem,
  defaultAnalysis,
  defaultDefinition,
  definitionProblem,
  effectiveRoles,
  type AnalysisSettings,
} from '../../src/state/analysisSettings.ts';
import { ChurnAnalysis } from '../../src/state/churnAnalysis.svelte.ts';
import type { ChurnEngine } from '../../src/state/datasetEngine.ts';
import { rulesOf, warningSettings } from '../../src/workbook/cells/early-warnings/settings.ts';

function summaryOf(shape: DatasetSummary['shape'], roles: Record<string, DatasetSummary['columns'][number]['role']>) {
  return {
    id: 'ds1',
    name: 'data.csv',
    rows: 3,
    files: [{ name: 'data.csv', size: 10, sha256: 'ab'.repeat(32), format: 'delimited', rows: 3 }],
    columns: Object.entries(roles).map(([name, role]) => ({
      name,
      type: 'categorical',
      role,
      nulls: 0,
      invalid: 0,
      distinct: 3,
    })),
    shape,
    options: {},
    issues: [],
    elapsedMs: 1,
  } as DatasetSummary;
}

const cdnowSettings: AnalysisSettings = {
  definition: { kind: 'inactivity', days: 365, atRiskDays: 180 },
  asOf: '1998-06-30',
  unit: 'days',
  returns: 'drop',
  tierShares: [0.2, 0.3, 0.5],
};

test('a workbook with analysis settings round-trips through JSON', () => {
  const wb = new Workbook();
  wb.describe(summaryOf('transactions', { id: 'customer_id', day: 'date', amount: 'amount' }));
  wb.analysis = structuredClone(cdnowSettings);
  wb.addCell('early-warnings', warningSettings({}) as unknown as Record<string, unknown>);
  wb.addCell('definition-lab', { definitions: [{ kind: 'inactivity', days: 90 }, { kind: 'flag' }] });
  const text = wb.toText();
  expect(JSON.parse(text)).toMatchObject({ version: 1, analysis: cdnowSettings });
  const back = Workbook.fromJSON(text);
  expect(back.ok).toBe(true);
  if (!back.ok) return;
  expect(back.value.toJSON()).toEqual(wb.toJSON());
  expect(back.value.analysis).toEqual(cdnowSettings);
});

test('a relative window’s floor in days is saved in the workbook and checked when it is opened', () => {
  const wb = new Workbook();
  wb.describe(summaryOf('transactions', { id: 'customer_id', day: 'date', amount: 'amount' }));
  const floored: AnalysisSettings = {
    ...cdnowSettings,
    definition: { kind: 'inactivity', days: 365, relativeFactor: 3, minDays: 45 },
  };
  wb.analysis = structuredClone(floored);
  const back = Workbook.fromJSON(wb.toText());
  expect(back.ok && back.value.analysis?.definition).toEqual(floored.definition);
  const bad = (definition: unknown) =>
    Workbook.fromJSON(JSON.stringify({ ...JSON.parse(wb.toText()), analysis: { ...floored, definition } }));
  expect(bad({ kind: 'inactivity', days: 365, relativeFactor: 3, minDays: -5 })).toMatchObject({ ok: false });
  expect(bad({ kind: 'inactivity', days: 365, minDays: 30 })).toMatchObject({ ok: false });
  expect(bad({ kind: 'inactivity', days: 365, relativeFactor: 3, minDays: 0 }).ok).toBe(true);
});

test('a version 1 workbook saved before analysis settings existed still opens, with none set', () => {
  const old = JSON.stringify({ version: 1, source: [], roles: {}, cells: [] });
  const back = Workbook.fromJSON(old);
  expect(back.ok && back.value.analysis).toBeNull();
  expect(back.ok && Object.keys(back.value.toJSON())).toEqual(['version', 'source', 'roles', 'cells']);
});

test('fromJSON rejects damaged analysis settings with the reason', () => {
  const bad = (analysis: unknown) =>
    Workbook.fromJSON(JSON.stringify({ version: 1, source: [], roles: {}, cells: [], analysis }));
  expect(bad({ ...cdnowSettings, definition: { kind: 'inactivity', days: -1 } })).toMatchObject({
    ok: false,
    error: { code: 'invalid-shape' },
  });
  expect(bad({ ...cdnowSettings, unit: 'fortnights' })).toMatchObject({ ok: false });
  expect(bad({ ...cdnowSettings, tierShares: [0.5, 0.5, 0.5] })).toMatchObject({ ok: false });
  expect(bad({ ...cdnowSettings, asOf: '30/06/1998' })).toMatchObject({ ok: false });
  expect(analysisProblem(cdnowSettings)).toBeNull();
});

test('describe(summary of another file) drops the analysis settings; the same file keeps them', () => {
  const wb = new Workbook();
  const first = summaryOf('transactions', { id: 'customer_id', day: 'date' });
  wb.describe(first);
  wb.analysis = structuredClone(cdnowSettings);
  wb.describe(first);
  expect(wb.analysis).not.toBeNull();
  wb.describe({ ...first, files: [{ ...first.files[0], sha256: 'cd'.repeat(32) }] });
  expect(wb.analysis).toBeNull();
});

test('defaultDefinition follows the shape: flag, then churn date for snapshots; 180 days for logs', () => {
  const telco = summaryOf('customers', { id: 'customer_id', Churn: 'churn_flag', tenure: 'tenure' });
  expect(defaultDefinition(telco, effectiveRoles(telco, {}))).toEqual({ kind: 'flag' });
  const ended = summaryOf('customers', { id: 'customer_id', ended: 'churn_date' });
  expect(defaultDefinition(ended, effectiveRoles(ended, {}))).toEqual({ kind: 'contract-end' });
  const log = summaryOf('transactions', { id: 'customer_id', day: 'date', amount: 'amount' });
  expect(defaultAnalysis(log, effectiveRoles(log, {})).definition).toEqual({ kind: 'inactivity', days: 180 });
  expect(effectiveRoles(telco, { Churn: 'ignore' }).Churn).toBe('ignore');
  expect(defaultDefinition(telco, effectiveRoles(telco, { Churn: 'ignore' }))).toEqual({
    kind: 'inactivity',
    days: 180,
  });
});

test('definitionProblem catches half-typed numbers and an at-risk band beyond the churn days', () => {
  expect(definitionProblem({ kind: 'inactivity', days: NaN })).toMatch(/days/);
  expect(definitionProblem({ kind: 'inactivity', days: 90, atRiskDays: 120 })).toMatch(/at-risk/);
  expect(definitionProblem({ kind: 'partial', months: 2.5, dropPercent: 50 })).toMatch(/months/);
  expect(definitionProblem({ kind: 'inactivity', days: 180, relativeFactor: 2, atRiskDays: 90 })).toBeNull();
  expect(definitionProblem({ kind: 'inactivity', days: 180, relativeFactor: 2, minDays: NaN })).toMatch(/floor/);
  expect(definitionProblem({ kind: 'inactivity', days: 180, minDays: 30 })).toMatch(/floor/);
});

test('rulesOf(settings) sends only the rules that are on and complete', () => {
  const s = warningSettings({ rules: { declining: { on: true, months: 1 }, overdue: { on: true, factor: 3 } } });
  expect(rulesOf(s)).toEqual([{ kind: 'overdue', factor: 3 }]);
  expect(warningSettings({ sort: 'nonsense', filter: 'overdue' })).toMatchObject({ sort: 'value', filter: 'overdue' });
});

function tableSummary(churned: number): CustomerTableSummary {
  return {
    datasetId: 'ds1',
    shape: 'transactions',
    customers: 100,
    churned,
    atRisk: 0,
    churnRate: churned / 100,
    leftOut: 0,
    leftOutDetail: { afterAsOf: 0, noCustomer: 0, noDate: 0, placeholderDate: 0, dropped: 0, duplicates: 0 },
    asOf: '1998-06-30',
    dataFrom: '1997-01-01',
    dataTo: '1998-06-30',
    definition: { kind: 'inactivity', days: 180 },
    unit: 'weeks',
    returns: 'net',
    idMatching: 'exact',
    idVariants: { ids: 0, spellings: 0 },
    attributeRule: 'latest-row',
    attributeVariation: [],
    columns: [],
    issues: [],
  };
}

test('ChurnAnalysis.build keeps the newest answer when an older one arrives late', async () => {
  const answers: ((r: Result<CustomerTableSummary>) => void)[] = [];
  const engine = {
    buildCustomerTable: () => new Promise<Result<CustomerTableSummary>>((done) => answers.push(done)),
    analyze: async () => ({ ok: false, issues: [] }),
  } as unknown as ChurnEngine;
  const analysis = new ChurnAnalysis(engine, 0);
  const settings = (days: number): AnalysisSettings => ({ ...cdnowSettings, definition: { kind: 'inactivity', days } });
  const older = analysis.build({ datasetId: 'ds1', roles: {}, settings: settings(180) });
  const newer = analysis.build({ datasetId: 'ds1', roles: {}, settings: settings(365) });
  await Promise.resolve();
  answers[1]({ ok: true, value: tableSummary(30) });
  expect(await newer).toBe(true);
  answers[0]({ ok: true, value: tableSummary(60) });
  expect(await older).toBe(false);
  expect(analysis.table?.churned).toBe(30);
  expect(analysis.revision).toBe(1);
  expect(await analysis.build({ datasetId: 'ds1', roles: {}, settings: settings(NaN) })).toBe(false);
  expect(analysis.building).toBe(false);
});

test('an answer of the risk model or lifetime value (whose columns the retention cells read) counts in sourcesRevision', async () => {
  const engine = {
    buildCustomerTable: async () => ({ ok: true, value: tableSummary(30) }),
    analyze: async () => ({ ok: true, value: {} }),
  } as unknown as ChurnEngine;
  const analysis = new ChurnAnalysis(engine, 0);
  expect(await analysis.build({ datasetId: 'ds1', roles: {}, settings: cdnowSettings })).toBe(true);
  await analysis.query('survival').ask({});
  expect(analysis.sourcesRevision).toBe(0);
  await analysis.query('risk-model').ask({});
  await analysis.query('customer-lifetime-value').ask({});
  expect(analysis.sourcesRevision).toBe(2);
});
