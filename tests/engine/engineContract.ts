/**
 * The engine's contract, run against any EngineApi: the engine directly, and the engine behind
 * Comlink over a MessageChannel (as in the worker). Numbers are checked against the data's
 * published facts (../shared/data/README.md), not against our own output.
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { DatasetSummary, Progress, RemoteEngine, Result } from '../../src/engine/api.ts';
import { bytesFile, CDNOW_SAMPLE, fixture, RETAIL_MONTH, sourceFile, TELCO } from '../sharedData.ts';
import { analysisContract } from './analysisContract.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** The engine as callers see it: every answer a promise (as across a worker). */
export type AnyEngine = RemoteEngine;

const column = (s: DatasetSummary, name: string) => s.columns.find((c) => c.name === name)!;

export function engineContract(name: string, makeEngine: () => { engine: AnyEngine; close?: () => void }) {
  describe(`engine contract (${name})`, () => {
    it('openDataset(telco) reads 7,043 customers, 21 columns, as a customer snapshot', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(TELCO)]));
      expect(s.rows).toBe(7043);
      expect(s.columns).toHaveLength(21);
      expect(s.shape).toBe('customers');
      expect(s.files[0].sha256.slice(0, 16)).toBe('88be4b93fbe0cc83');
      expect(s.files[0].delimiter).toBe(',');
      expect(column(s, 'customerID').role).toBe('customer_id');
      expect(column(s, 'Churn')).toMatchObject({ type: 'boolean', role: 'churn_flag' });
      expect(column(s, 'tenure')).toMatchObject({ type: 'integer', role: 'tenure' });
      // README: TotalCharges has 11 blank cells.
      expect(column(s, 'TotalCharges')).toMatchObject({ type: 'decimal', nulls: 11, invalid: 0 });
      close?.();
    });

    it('columnProfile(telco, Churn) counts the published 1,869 churned of 7,043', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(TELCO)]));
      const p = value(await engine.columnProfile(s.id, 'Churn'));
      expect(p.profile.kind).toBe('categorical');
      if (p.profile.kind === 'categorical') expect(p.profile.top.find((t) => t.value === 'yes')?.count).toBe(1869);
      close?.();
    });

    it('previewRows(telco) returns Arrow IPC; the 11 blank TotalCharges are all tenure 0', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(TELCO)]));
      const table = tableFromIPC(value(await engine.previewRows(s.id, 0, 10_000)));
      expect(table.numRows).toBe(7043);
      const total = table.getChild('TotalCharges')!;
      const tenure = table.getChild('tenure')!;
      const blanks: number[] = [];
      for (let i = 0; i < table.numRows; i++) if (total.get(i) === null) blanks.push(tenure.get(i));
      expect(blanks).toEqual(new Array(11).fill(0));
      expect(table.getChild('customerID')!.get(0)).toBe('7590-VHVEG');
      close?.();
    });

    it('openDataset(CDNOW sample) detects whitespace, no header, keeps 00004 and reads YYYYMMDD dates', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
      expect(s.rows).toBe(6919);
      expect(s.files[0]).toMatchObject({ delimiter: 'whitespace', header: false });
      expect(s.columns.map((c) => c.type)).toEqual(['identifier', 'identifier', 'date', 'integer', 'decimal']);
      expect(s.shape).toBe('transactions');
      const t = tableFromIPC(value(await engine.previewRows(s.id, 0, 2)));
      expect(t.getChild('column_1')!.get(0)).toBe('00004');
      expect(new Date(t.getChild('column_3')!.get(0) as number).toISOString()).toBe('1997-01-01T00:00:00.000Z');
      expect(t.getChild('column_5')!.get(0)).toBe(29.33);
      close?.();
    });

    it('sourceRowNumbers(id) gives the rows a spreadsheet shows: header is row 1, blank lines count', async () => {
      const { engine, close } = makeEngine();
      const telco = value(await engine.openDataset([await sourceFile(TELCO)]));
      expect(Array.from(value(await engine.sourceRowNumbers(telco.id, 0, 3)))).toEqual([2, 3, 4]);
      const cdnow = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
      expect(Array.from(value(await engine.sourceRowNumbers(cdnow.id, 6918, 5)))).toEqual([6919]);
      const blanks = value(await engine.openDataset([bytesFile('gaps.csv', 'id,amount\n\na,1\n\n\nb,2\n')]));
      expect(Array.from(value(await engine.sourceRowNumbers(blanks.id, 0, 2)))).toEqual([3, 6]);
      close?.();
    });

    it('openDataset(two monthly exports) appends them with a source_file column', async () => {
      const { engine, close } = makeEngine();
      const files = [await sourceFile(RETAIL_MONTH('2010-12')), await sourceFile(RETAIL_MONTH('2011-01'))];
      const s = value(await engine.openDataset(files));
      expect(s.files.map((f) => f.rows)).toEqual([s.files[0].rows, s.files[1].rows]);
      expect(s.rows).toBe(s.files[0].rows + s.files[1].rows);
      expect(s.sourceColumn).toBe('source_file');
      expect(column(s, 'InvoiceDate').type).toBe('datetime');
      expect(column(s, 'CustomerID')).toMatchObject({ type: 'identifier', role: 'customer_id' });
      expect(s.shape).toBe('transactions');
      close?.();
    });

    it('openDataset(files with different headers) refuses and names the difference', async () => {
      const { engine, close } = makeEngine();
      const r = await engine.openDataset([await sourceFile(TELCO), await sourceFile(RETAIL_MONTH('2011-01'))]);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].code).toBe('headers-differ');
        expect(r.issues[0].message).toContain('"InvoiceNo"');
      }
      close?.();
    });

    it('openDataset(GBK export) detects GB18030, Chinese headers, ￥ amounts and 年月日 dates', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(fixture('gbk-orders.csv'))]));
      expect(s.files[0].encoding).toBe('gb18030');
      expect(s.columns.map((c) => c.name)).toEqual(['客户编号', '交易日期', '消费金额', '商品类别', '城市']);
      expect(s.columns.map((c) => c.role)).toEqual(['customer_id', 'date', 'amount', 'attribute', 'attribute']);
      expect(column(s, '交易日期').type).toBe('date');
      expect(column(s, '消费金额')).toMatchObject({ type: 'decimal', invalid: 0 });
      expect(s.shape).toBe('transactions');
      close?.();
    });

    it('openDataset(UTF-8 BOM, semicolons, decimal commas) reads a Chinese customer snapshot', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(fixture('utf8bom-snapshot-semicolon.csv'))]));
      expect(s.files[0]).toMatchObject({ encoding: 'utf-8', delimiter: ';', header: true });
      expect(s.columns[0].name).toBe('用户ID');
      expect(s.columns.map((c) => c.role)).toEqual([
        'customer_id',
        'tenure',
        'value',
        'churn_flag',
        'reason',
        'attribute',
      ]);
      expect(column(s, '月费').type).toBe('decimal');
      expect(s.shape).toBe('customers');
      const t = tableFromIPC(value(await engine.previewRows(s.id, 0, 1)));
      expect(t.getChild('月费')!.get(0)).toBe(156.5);
      close?.();
    });

    it('openDataset reports progress and a cancel leaves the open dataset untouched', async () => {
      const { engine, close } = makeEngine();
      const kept = value(await engine.openDataset([await sourceFile(TELCO)]));
      const big =
        'customer_id,date,amount\n' +
        Array.from(
          { length: 300_000 },
          (_, i) => `c${i % 5000},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 97}.5`,
        ).join('\n');
      const seen: Progress[] = [];
      const pending = engine.openDataset([bytesFile('big.csv', big)], {}, (p) => {
        seen.push(p);
        if (p.phase === 'parsing') void engine.cancel();
      });
      const r = await pending;
      expect(seen.length).toBeGreaterThan(0);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].code).toBe('cancelled');
      expect(value(await engine.summary(kept.id)).rows).toBe(7043);
      close?.();
    });

    it('reparseDataset(id, {header: false}) re-reads with the override', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(TELCO)]));
      const again = value(await engine.reparseDataset(s.id, { header: false }));
      expect(again.id).toBe(s.id);
      expect(again.rows).toBe(7044);
      expect(again.columns[0].name).toBe('column_1');
      close?.();
    });

    it('summary(unknown id) and columnProfile(unknown column) come back as issues, not throws', async () => {
      const { engine, close } = makeEngine();
      const r = await engine.summary('nope');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].code).toBe('unknown-dataset');
      const s = value(await engine.openDataset([await sourceFile(TELCO)]));
      const p = await engine.columnProfile(s.id, 'missing');
      expect(p.ok).toBe(false);
      close?.();
    });

    it('setCustomerFilter, selectedCustomers and exportSelectedCustomers: month-to-month churners (README 1,655)', async () => {
      const { engine, close } = makeEngine();
      const s = value(await engine.openDataset([await sourceFile(TELCO)]));
      const roles = Object.fromEntries(s.columns.map((c) => [c.name, c.role]));
      value(await engine.buildCustomerTable(s.id, { roles, definition: { kind: 'flag' } }));
      const filter = { parts: [{ kind: 'attribute' as const, column: 'Contract', values: ['Month-to-month'] }] };
      expect(value(await engine.setCustomerFilter(s.id, filter))).toEqual({ filter, customers: 3875, of: 7043 });
      const page = value(await engine.selectedCustomers(s.id, { kind: 'status', status: 'churned' }, 0, 10));
      expect([page.total, tableFromIPC(page.rows).numRows]).toEqual([1655, 10]);
      const file = value(await engine.exportSelectedCustomers(s.id, { kind: 'status', status: 'churned' }, 'csv'));
      expect(new TextDecoder().decode(file)).toMatch(/Filter.*Month-to-month/);
      close?.();
    });
  });
  analysisContract(name, makeEngine);
}
