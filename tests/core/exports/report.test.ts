/**
 * The report builders on given inputs, without a DOM: the HTML escapes every text, holds the
 * definition, the fingerprint and each cell's title, carries no script and requests nothing; the
 * xlsx companion (read back with exceljs, an independent reader) has the stamp sheet first and a
 * typed sheet per table.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineSvg, reportHtml, REPORT_CHART_ROWS } from '../../../src/core/exports/reportHtml.ts';
import { reportSheets, reportXlsx } from '../../../src/core/exports/reportBook.ts';
import type { ReportInput, ReportWords } from '../../../src/core/exports/reportModel.ts';
import { uniqueSheetNames } from '../../../src/core/xlsx/xlsxBook.ts';

const words: ReportWords = {
  title: 'Churnscope report',
  keyFindings: 'Key findings',
  noFindings: 'none',
  about: 'About',
  generated: 'Made',
  appVersion: 'Churnscope',
  dataSource: 'Data source',
  fingerprint: 'fingerprint',
  rows: 'Data',
  rowsSampled: '{shown} of its {total} rows, evenly spaced',
  definitionHeading: 'What the numbers rest on',
  definition: 'Churn definition',
  asOf: 'As of',
  howNumbers: 'How each headline number is defined',
  contents: 'Contents',
  note: 'Note',
  noCells: 'No cells',
  cellNumber: 'Cell',
  aboutSheet: 'About',
  item: 'Item',
  value: 'Value',
  sheet: 'Sheet',
};

const SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">' +
  '<title>Churn &lt;by&gt; contract</title><rect width="40" height="20" fill="#1c6e8c" onclick="alert(1)"/>' +
  '<script>alert(2)</script><a href="https://example.com/x"><text>x</text></a></svg>';

function input(): ReportInput {
  return {
    lang: 'en',
    words,
    generated: '7 Dec 2026, 19:00:00 UTC',
    appVersion: '0.1.0',
    sources: [{ name: 'telco<1>.csv', sha256: 'a'.repeat(64), rows: '7,043 rows' }],
    definition: 'churned = the churn flag is "yes" & <confirmed>',
    asOf: 'not dated',
    definitions: [],
    findings: [{ label: 'Churn rate', value: '26.5 %', notes: ['1,869 ÷ 7,043 customers'] }],
    cells: [
      {
        title: 'Churn by <Contract>',
        kind: 'Churn by attribute',
        note: 'Month-to-month <b>leaves</b> most',
        charts: [
          {
            title: 'Churn rate by Contract',
            svg: SVG,
            summary: 'Month-to-month churns most.',
            shown: {
              columns: [
                { name: 'Contract', numeric: false },
                { name: 'Churn rate', numeric: true },
              ],
              rows: [['Month-to-month', '42.7 %']],
            },
            exported: {
              columns: [
                { name: 'Contract', kind: 'text' },
                { name: 'Customers', kind: 'integer' },
                { name: 'Churn rate', kind: 'percent' },
              ],
              rows: [['Month-to-month', 3875, 0.427097]],
              about: [{ label: 'Parameters', text: 'column: Contract' }],
            },
          },
        ],
        tables: [],
      },
      { title: 'Survival', kind: 'Survival', note: '', charts: [], tables: [], empty: 'Collapsed.' },
    ],
  };
}

describe('reportHtml', () => {
  const html = reportHtml(input());

  it('escapes every text it is given', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).toContain('Churn by &lt;Contract&gt;');
    expect(html).not.toContain('Churn by <Contract>');
    expect(html).toContain('Month-to-month &lt;b&gt;leaves&lt;/b&gt; most');
    expect(html).toContain('telco&lt;1&gt;.csv');
  });

  it('holds the definition, the fingerprint, the date, the version, the findings and each cell title', () => {
    expect(html).toContain('churned = the churn flag is &quot;yes&quot; &amp; &lt;confirmed&gt;');
    expect(html).toContain(`SHA-256 ${'a'.repeat(64)}`);
    expect(html).toContain('7 Dec 2026, 19:00:00 UTC');
    expect(html).toContain('0.1.0');
    expect(html).toContain('26.5 %');
    expect(html).toContain('<li><strong>Churn rate by Contract</strong>: Month-to-month churns most.</li>');
    expect(html).toContain('<h2>Survival</h2>');
    expect(html).toContain('Collapsed.');
    expect(html).toContain('column: Contract');
    expect(html).toContain('<html lang="en">');
  });

  it('has no script, no event handler and no URL: nothing runs, nothing is fetched', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<svg width="100" height="50" viewBox="0 0 100 50">');
    expect(html).toContain('<title>Churn &lt;by&gt; contract</title>');
  });

  it('breaks the printed page before every cell', () => {
    expect(html).toMatch(/@media print \{[^@]*section\.cell \{ break-before: page;/);
    expect(html.match(/<section class="cell"/g)).toHaveLength(2);
  });

  it('inlineSvg keeps links within the document and drops others', () => {
    expect(inlineSvg('<svg><use href="#a"/><a xlink:href="http://x/"/></svg>')).toBe('<svg><use href="#a"/><a/></svg>');
  });
});

describe('reportXlsx', () => {
  it('numbers clashing sheet names and keeps them within 31 characters', () => {
    expect(uniqueSheetNames(['About', 'about', 'x'.repeat(40), 'x'.repeat(40)])).toEqual([
      'About',
      'about (2)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
    ]);
  });

  it('has the stamp sheet first, then one typed sheet per table (read back by exceljs)', async () => {
    expect(reportSheets(input()).map((s) => s.name)).toEqual(['About', '1 Churn rate by Contract']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reportXlsx(input()).buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['About', '1 Churn rate by Contract']);
    const about = book.worksheets[0];
    const rows = about.getSheetValues().filter(Boolean) as unknown[][];
    const byLabel = new Map(rows.map((r) => [r[1], r[2]]));
    expect(byLabel.get('Churn definition')).toBe('churned = the churn flag is "yes" & <confirmed>');
    expect(byLabel.get('Data source')).toContain('a'.repeat(64));
    expect(byLabel.get('Churn rate')).toBe('26.5 % · 1,869 ÷ 7,043 customers');
    expect(byLabel.get('1 Churn rate by Contract')).toContain('Parameters: column: Contract');
    const data = book.worksheets[1];
    expect(data.getRow(1).values).toEqual([undefined, 'Contract', 'Customers', 'Churn rate']);
    expect(data.getCell('B2').value).toBe(3875);
    expect(data.getCell('C2').value).toBeCloseTo(0.427097, 6);
    expect(data.getCell('C2').numFmt).toBe('0.00%');
  });

  it('says on the cover and in the about sheet when its numbers came from a share link, and only then', async () => {
    const origin = { label: 'Source of the numbers', text: 'a shared link, groups under <10> left out' };
    const html = reportHtml({ ...input(), origin });
    expect(html).toContain('<p class="origin" data-origin="aggregates"><strong>Source of the numbers</strong>');
    expect(html).toContain('groups under &lt;10&gt; left out');
    expect(reportHtml(input())).not.toContain('data-origin');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reportXlsx({ ...input(), origin }).buffer as ArrayBuffer);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(new Map(rows.map((r) => [r[1], r[2]])).get('Source of the numbers')).toBe(origin.text);
    const plain = reportSheets(input())[0].rows.map((r) => r[0]);
    expect(plain).not.toContain('Source of the numbers');
  });
});

describe('a long chart table in the HTML report', () => {
  /** The report of one cell whose chart has `count` rows ("p0" … ), every one in the exported table. */
  function reportOf(count: number) {
    const base = input();
    const chart = base.cells[0].charts[0];
    const rows = Array.from({ length: count }, (_, i) => [`p${i}`, `${i} %`]);
    const cells = [
      {
        ...base.cells[0],
        charts: [
          {
            ...chart,
            shown: { ...chart.shown, rows },
            exported: { ...chart.exported, rows: rows.map(([a], i) => [a, i, i / 100]) },
          },
        ],
      },
    ];
    return { html: reportHtml({ ...base, cells }), sheets: reportSheets({ ...base, cells }) };
  }
  const bodyRows = (html: string) => (html.match(/<tr><td>p\d+<\/td>/g) ?? []).length;

  it('shows every row up to the limit', () => {
    const { html } = reportOf(REPORT_CHART_ROWS);
    expect(bodyRows(html)).toBe(REPORT_CHART_ROWS);
    expect(html).not.toContain('evenly spaced');
  });

  it('cuts a ROC-sized table to evenly spaced rows from the first to the last, and says so; the xlsx keeps all', () => {
    const { html, sheets } = reportOf(1000);
    expect(bodyRows(html)).toBe(REPORT_CHART_ROWS);
    expect(html).toContain('<td>p0</td>');
    expect(html).toContain('<td>p999</td>');
    // Row i of the 60 is row round(i × 999 / 59) of the 1,000: p17 is the 2nd.
    expect(html).toContain('<td>p17</td>');
    expect(html).toContain(`(${REPORT_CHART_ROWS} of its 1,000 rows, evenly spaced)`);
    expect(sheets[1].rows).toHaveLength(1000);
  });
});
