/**
 * A retention-triangle aggregate computed elsewhere (the app's generated SQL run by DuckDB on
 * Online Retail, Sep–Dec 2011, written to CSV), opened as a person would: the app says what it
 * is, in en and zh-CN (its notice and its shape), offers the matching cell, and the cell draws
 * the triangle from the counts: each cohort with the size DuckDB counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';
import { generateSql } from '../../src/sql/index.ts';
import { onlineRetail } from '../sql/sqlInputs.ts';
import { messages as en } from '../../src/i18n/en/issue.ts';
import { messages as zh } from '../../src/i18n/zh-CN/issue.ts';
import { messages as enWorkbook } from '../../src/i18n/en/workbook.ts';
import { messages as zhWorkbook } from '../../src/i18n/zh-CN/workbook.ts';
import { messages as enShape } from '../../src/i18n/en/shape.ts';
import { messages as zhShape } from '../../src/i18n/zh-CN/shape.ts';

const baseUrl = inject('baseUrl');
const { withPage, addCell } = appSession(chromiumForFile(), baseUrl);
let dir: string;
let csv: string;
/** Period-0 rows as DuckDB wrote them: each cohort's size. */
let sizes: { cohort: number; customers: number }[];
let rows: number;

beforeAll(async () => {
  const raw = await onlineRetail();
  try {
    const q = generateSql('retention-triangle', 'duckdb', {
      roles: raw.roles,
      definition: { kind: 'inactivity', days: 90 },
    });
    if (!q.ok) throw new Error(q.issue.message);
    dir = mkdtempSync(join(tmpdir(), 'aggregate-file-'));
    csv = join(dir, 'triangle.csv');
    await raw.db.run(`COPY (${q.sql}) TO '${csv}' (HEADER, DELIMITER ',')`);
    const all = (await raw.db.runAndReadAll(q.sql)).getRowObjectsJson();
    rows = all.length;
    sizes = all
      .filter((r) => Number(r.period) === 0)
      .map((r) => ({ cohort: Number(r.cohort), customers: Number(r.customers) }));
  } finally {
    raw.close();
  }
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);

test('a triangle aggregate CSV is recognised, said so in en and zh-CN, and its cell draws the cohorts DuckDB counted', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', [csv]);
    const notice = page.getByTestId('aggregate-file');
    await notice.waitFor({ timeout: 30_000 });
    const kind = enWorkbook['workbook.kind.retention-triangle'];
    // The shape names what the file is (its detected shape alone would be "Unknown").
    const shapes = [page.getByTestId('role-panel-shape'), page.getByTestId('summary-shape')];
    for (const shape of shapes) expect(await shape.innerText()).toBe(enShape['shape.aggregate.retention-triangle']);
    expect(await notice.locator('p').innerText()).toBe(
      fill(en['issue.aggregate-computed-elsewhere'], { aggregate: kind, count: String(rows) }),
    );
    await page.getByTestId('aggregate-file-add').click();
    const cell = page.getByTestId('cell-retention-triangle').last();
    const heatmap = cell.getByTestId('triangle-heatmap');
    await heatmap.getByRole('button', { name: 'Show table' }).click({ timeout: 30_000 });
    const table = await heatmap.getByTestId('chart-table').innerText();
    // Every cohort (month number → label) with the size DuckDB counted, formatted as the app does.
    expect(sizes.length).toBe(4);
    for (const { cohort, customers } of sizes) {
      const label = `${Math.floor(cohort / 12)}-${String((cohort % 12) + 1).padStart(2, '0')}`;
      expect(table).toMatch(new RegExp(`${label}\\t${customers.toLocaleString('en')}\\t`));
    }
    // The offer is gone once the cell is there.
    expect(await page.getByTestId('aggregate-file-add').count()).toBe(0);
    // Another analysis says it needs the log or the customer table.
    const rfm = await addCell(page, 'rfm');
    expect(await rfm.getByTestId('cell-needs-log').innerText()).toBe(
      fill(en['issue.aggregate-needs-log'], { aggregate: kind }),
    );
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect
      .poll(() => notice.locator('p').innerText())
      .toBe(
        fill(zh['issue.aggregate-computed-elsewhere'], {
          aggregate: zhWorkbook['workbook.kind.retention-triangle'],
          count: String(rows),
        }),
      );
    for (const shape of shapes) expect(await shape.innerText()).toBe(zhShape['shape.aggregate.retention-triangle']);
  });
});
