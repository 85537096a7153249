import { expect, test } from 'vitest';
import type { ColumnSummary, DatasetSummary } from '../../../../src/engine/api.ts';
import { initialSettings } from '../../../../src/workbook/cells/definition-lab/settings.svelte.ts';
import { Workbook } from '../../../../src/state/workbook.svelte.ts';

const column = (name: string, type: ColumnSummary['type'], role: ColumnSummary['role']) =>
  ({ name, type, role, nulls: 0, invalid: 0, distinct: 2 }) as ColumnSummary;

const snapshot = (columns: ColumnSummary[], shape: DatasetSummary['shape'] = 'customers') =>
  ({ id: 'd', name: 'd.csv', rows: 10, files: [], columns, shape, issues: [] }) as unknown as DatasetSummary;

const definitionsOf = (summary: DatasetSummary) =>
  initialSettings({ summary, workbook: new Workbook() }).definitions as { kind: string; column?: string }[];

test('initialSettings(flag snapshot with a date column) compares the flag with the contract-end date', () => {
  const d = definitionsOf(
    snapshot([
      column('id', 'identifier', 'customer_id'),
      column('Churn', 'boolean', 'churn_flag'),
      column('EndDate', 'date', 'churn_date'),
    ]),
  );
  expect(d).toHaveLength(2);
  expect(d[0].kind).toBe('flag');
  expect(d[1]).toEqual({ kind: 'contract-end', column: 'EndDate' });
});

test('initialSettings(flag snapshot without dates) compares the flag with another yes/no column, never a copy', () => {
  const d = definitionsOf(
    snapshot([
      column('id', 'identifier', 'customer_id'),
      column('Churn', 'boolean', 'churn_flag'),
      column('Partner', 'boolean', 'attribute'),
    ]),
  );
  expect(d).toHaveLength(2);
  expect(JSON.stringify(d[0])).not.toBe(JSON.stringify(d[1]));
  expect(d[1]).toEqual({ kind: 'flag', column: 'Partner' });
});
