/**
 * The report's companion workbook: the first sheet says what the numbers rest on (date, app
 * version, data source and fingerprint, churn definition, key findings, and for every later sheet
 * its cell, chart and stamp); then one sheet per table, typed as the chart's own xlsx export.
 */
import { xlsxBook, uniqueSheetNames, type BookSheet } from '../xlsx/xlsxBook.ts';
import type { ExportValue } from './exportTable.ts';
import type { ReportInput } from './reportModel.ts';

/** The sheets, in order; their names are made unique the way the file will hold them. */
export function reportSheets(input: ReportInput): BookSheet[] {
  const w = input.words;
  const tables: BookSheet[] = [];
  const described: { cell: string; chart: string; about: string }[] = [];
  input.cells.forEach((cell, i) => {
    for (const chart of cell.charts) {
      tables.push({
        name: `${i + 1} ${chart.title}`,
        columns: chart.exported.columns,
        rows: Array.from(chart.exported.rows),
        header: true,
      });
      described.push({
        cell: cell.title,
        chart: chart.title,
        about: chart.exported.about.map((l) => `${l.label}: ${l.text}`).join('; '),
      });
    }
    for (const table of cell.tables) {
      tables.push({
        name: `${i + 1} ${table.caption}`,
        columns: table.shown.columns.map((c) => ({ name: c.name, kind: 'text' as const })),
        rows: table.shown.rows,
        header: true,
      });
      described.push({ cell: cell.title, chart: table.caption, about: '' });
    }
  });
  const names = uniqueSheetNames([w.aboutSheet, ...tables.map((t) => t.name)]);
  const about: ExportValue[][] = [
    [w.title, ''],
    [w.generated, input.generated],
    [w.appVersion, input.appVersion],
    ...(input.origin ? [[input.origin.label, input.origin.text]] : []),
    ...input.sources.map((s) => [w.dataSource, `${s.name} (${s.rows}) · ${w.fingerprint} SHA-256 ${s.sha256}`]),
    [w.definition, input.definition],
    [w.asOf, input.asOf],
    ...input.definitions.map((l) => [l.label, l.text]),
    ['', ''],
    [w.keyFindings, ''],
    ...input.findings.map((f) => [f.label, [f.value, ...f.notes].join(' · ')]),
    ['', ''],
    [w.sheet, w.contents],
    ...described.map((d, i) => [names[i + 1], [d.cell, d.chart, d.about].filter(Boolean).join(' — ')]),
  ];
  return [
    {
      name: names[0],
      columns: [
        { name: w.item, kind: 'text' },
        { name: w.value, kind: 'text' },
      ],
      rows: about,
      header: true,
    },
    ...tables.map((t, i) => ({ ...t, name: names[i + 1] })),
  ];
}

export function reportXlsx(input: ReportInput): Uint8Array {
  return xlsxBook(reportSheets(input));
}
