import { expect, test } from 'vitest';
import { Workbook } from '../../src/state/workbook.svelte.ts';
import { checkFingerprints, chooseFiles, sampleOf } from '../../src/state/workbookOpening.ts';
import type { DatasetSummary } from '../../src/engine/api.ts';

const summary: DatasetSummary = {
  id: 'ds1',
  name: 'customers.csv',
  rows: 3,
  files: [{ name: 'customers.csv', size: 120, sha256: 'ab'.repeat(32), format: 'delimited', rows: 3 }],
  columns: [
    { name: 'id', type: 'identifier', role: 'customer_id', nulls: 0, invalid: 0, distinct: 3 },
    { name: 'churned', type: 'boolean', role: 'churn_flag', nulls: 0, invalid: 0, distinct: 2 },
  ],
  shape: 'customers',
  options: { delimiter: ',', header: true },
  issues: [],
  elapsedMs: 5,
};

test('addCell, moveCell and removeCell keep the order the user asked for', () => {
  const wb = new Workbook();
  const a = wb.addCell('note');
  const b = wb.addCell('profile', { column: 'id' });
  const c = wb.addCell('note');
  wb.moveCell(c.id, -2);
  expect(wb.cells.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
  wb.moveCell(c.id, -1);
  expect(wb.cells.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
  wb.removeCell(a.id);
  expect(wb.cells.map((x) => x.id)).toEqual([c.id, b.id]);
  wb.toggleCollapsed(b.id);
  expect(wb.cells[1].collapsed).toBe(true);
});

test('toJSON round trip keeps cells, roles and fingerprints but no data rows', () => {
  const wb = new Workbook();
  wb.describe(summary);
  wb.setRole('churned', 'churn_flag');
  const cell = wb.addCell('note');
  cell.title = 'Why';
  cell.note = 'Month-to-month churns most';
  const text = wb.toText();
  const data = JSON.parse(text);
  expect(Object.keys(data).sort()).toEqual(['cells', 'currency', 'roles', 'source', 'version']);
  expect(data.currency).toBe('');
  expect(data.source).toEqual([
    { name: 'customers.csv', size: 120, sha256: 'ab'.repeat(32), options: summary.options },
  ]);
  expect(text).not.toMatch(/"rows"/);
  const back = Workbook.fromJSON(text);
  expect(back.ok).toBe(true);
  if (!back.ok) return;
  expect(back.value.toJSON()).toEqual(wb.toJSON());
  expect(back.value.addCell('note').id).not.toBe(cell.id);
  expect(back.value.fileName).toBe('customers.churnscope.json');
});

test('the currency starts as the sign the amounts were written with, is kept when chosen, and is checked on opening', () => {
  const log: DatasetSummary = {
    ...summary,
    columns: [
      { name: 'id', type: 'identifier', role: 'customer_id', nulls: 0, invalid: 0, distinct: 3 },
      { name: 'paid', type: 'decimal', format: 'decimal comma, €', role: 'amount', nulls: 0, invalid: 0, distinct: 3 },
    ],
  };
  const wb = new Workbook();
  wb.describe(log);
  expect(wb.currency).toBe('EUR');
  wb.currency = 'CNY';
  wb.describe(log);
  expect(wb.currency).toBe('CNY');
  const back = Workbook.fromJSON(wb.toText());
  expect(back.ok && back.value.currency).toBe('CNY');
  // Saved before the setting existed: not chosen yet, so the data's sign applies.
  const old = Workbook.fromJSON(JSON.stringify({ version: 1, source: [], roles: {}, cells: [] }));
  expect(old.ok && old.value.currency).toBeNull();
  const bad = Workbook.fromJSON(JSON.stringify({ version: 1, source: [], roles: {}, cells: [], currency: '¥' }));
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-shape' } });
  const bare = new Workbook();
  bare.describe(summary);
  expect(bare.currency).toBe('');
});

test('fromJSON rejects other versions, non-JSON and damaged cells with a clear reason', () => {
  const v2 = Workbook.fromJSON(JSON.stringify({ version: 2, source: [], roles: {}, cells: [] }));
  expect(v2).toMatchObject({ ok: false, error: { code: 'invalid-version', detail: '2' } });
  expect(Workbook.fromJSON('{not json')).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
  const badRole = Workbook.fromJSON(JSON.stringify({ version: 1, source: [], roles: { id: 'boss' }, cells: [] }));
  expect(badRole).toMatchObject({ ok: false, error: { code: 'invalid-shape' } });
  const badCell = Workbook.fromJSON(
    JSON.stringify({ version: 1, source: [], roles: {}, cells: [{ id: 'x', kind: 'chart' }] }),
  );
  expect(badCell.ok || badCell.error.message).toMatch(/cells\[1\]\.kind: "chart" is not one of note, profile/);
});

test('checkFingerprints(saved, opened) names the file whose sha256 differs', () => {
  const wb = new Workbook();
  wb.describe(summary);
  expect(checkFingerprints(wb.source, summary.files)).toEqual({ ok: true });
  const other = [{ ...summary.files[0], name: 'edited.csv', sha256: 'cd'.repeat(32) }];
  expect(checkFingerprints(wb.source, other)).toMatchObject({ ok: false, reason: 'sha256', file: 'edited.csv' });
  expect(checkFingerprints(wb.source, [])).toMatchObject({ ok: false, reason: 'count', expected: 1, actual: 0 });
});

test('chooseFiles(saved, files) refuses a wrong count before reading, naming missing and extra files, and puts matching names in order', () => {
  const source = (name: string) => ({ name, size: 1, sha256: 'ab'.repeat(32), options: {} });
  const file = (name: string) => new File(['x'], name);
  const saved = [source('2010.csv'), source('2011.csv')];
  expect(chooseFiles(saved, [file('2011.csv')])).toEqual({
    ok: false,
    reason: 'count',
    expected: 2,
    actual: 1,
    missing: ['2010.csv'],
    extra: [],
  });
  expect(chooseFiles(saved, [file('2011.csv'), file('2010.csv'), file('notes.csv')])).toMatchObject({
    ok: false,
    missing: [],
    extra: ['notes.csv'],
  });
  const ordered = chooseFiles(saved, [file('2011.csv'), file('2010.csv')]);
  expect(ordered.ok && ordered.files.map((f) => f.name)).toEqual(['2010.csv', '2011.csv']);
  // Renamed copies: the order picked stands and the fingerprints decide.
  const renamed = chooseFiles(saved, [file('b.csv'), file('a.csv')]);
  expect(renamed.ok && renamed.files.map((f) => f.name)).toEqual(['b.csv', 'a.csv']);
});

test('sampleOf(source) knows a workbook made on a built-in sample, and only a one-file one', () => {
  const source = (name: string) => ({ name, size: 1, sha256: 'ab'.repeat(32), options: {} });
  expect(sampleOf([source('telco-customer-churn.csv')])).toBe('telco');
  expect(sampleOf([source('cdnow-transactions.txt')])).toBe('cdnow');
  expect(sampleOf([source('clients.csv')])).toBeNull();
  expect(sampleOf([source('telco-customer-churn.csv'), source('x.csv')])).toBeNull();
});
