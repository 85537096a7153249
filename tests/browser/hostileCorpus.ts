/**
 * The hostile files that touch the UI, and the verdict each must get in the built app: a table
 * of so many rows and columns, or a refusal with its issue code. The committed corpus is listed
 * by hand (a file added there without a verdict here fails the sweep's completeness check); the
 * large cases of issue #13 are generated into a scratch folder at test time, never committed.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  longFieldCsv,
  longLineCsv,
  manyColumnsCsv,
  sheetXml,
  spacesDeflated,
  workbook,
} from '../fixtures/hostile/limits/generate.ts';

export type Verdict =
  | { rows: number; columns: number; notes?: string[] }
  | { code: string }
  /** A saved workbook (opened with the workbook control): so many cells, 50 drawn. */
  | { cells: number };

export interface HostileCase {
  path: string;
  verdict: Verdict;
}

const MB = 1 << 20;
export const HOSTILE_DIR = resolve('tests', 'fixtures', 'hostile');

/** Verdicts of the committed corpus, by path under tests/fixtures/hostile (see each folder's make script). */
export const COMMITTED: Record<string, Verdict> = {
  'encodings/big5-looks-gbk.csv': { rows: 24, columns: 5, notes: ['encoding-uncertain'] },
  'encodings/big5-taiwan.csv': { rows: 24, columns: 5 },
  'encodings/cp1252-europe.csv': { rows: 24, columns: 5 },
  'encodings/shift-jis-japan.csv': { rows: 24, columns: 5 },
  'encodings/two-exports-bom.csv': { rows: 49, columns: 5, notes: ['repeated-header'] },
  'encodings/two-exports.csv': { rows: 49, columns: 5, notes: ['repeated-header'] },
  'encodings/utf16be-nobom.tsv': { rows: 24, columns: 5 },
  'encodings/utf16le-nobom.tsv': { rows: 24, columns: 5 },
  'messages/formula-cells.csv': { rows: 4, columns: 4 },
  'messages/fullwidth-ids.csv': { rows: 5, columns: 3, notes: ['id-spelling-variants'] },
  'messages/impossible-date-serial.xlsx': { rows: 10, columns: 3, notes: ['impossible-date-serial'] },
  'messages/json-lines-error.jsonl': { code: 'json-syntax' },
  'messages/json-not-records.json': { code: 'json-not-records' },
  'messages/json-syntax-error.json': { code: 'json-syntax' },
  'messages/long-header.csv': { rows: 5, columns: 2 },
  'messages/negative-tenure.csv': { rows: 5, columns: 3, notes: ['negative-tenure'] },
  'messages/proto-columns.arrow': { rows: 4, columns: 4 },
  'messages/proto-columns.csv': { rows: 4, columns: 4 },
  'messages/proto-columns.json': { rows: 4, columns: 4 },
  'messages/proto-columns.parquet': { rows: 4, columns: 4 },
  'messages/proto-columns.xlsx': { rows: 4, columns: 4 },
  'messages/scientific-ids.csv': { rows: 4, columns: 3, notes: ['ids-scientific'] },
  'xls/encrypted.xls': { code: 'encrypted-workbook' },
  // Its first visible sheet (LibreOffice keeps "草稿" visible in BIFF8) holds only a header.
  'xls/formula-strings.csv': { rows: 5, columns: 7 },
  'xls/formula-strings.xls': { rows: 5, columns: 7 },
  'xls/formulas-libreoffice.xls': { code: 'header-only' },
  'xls/formulas-spreadsheetml.xls': { rows: 25, columns: 7 },
  'xls/formulas.csv': { rows: 25, columns: 7 },
  'xls/formulas.ods': { code: 'ods-workbook' },
  'xls/orders-html.xls': { rows: 60, columns: 7 },
  'xls/orders-zh-1904.xls': { rows: 60, columns: 7 },
  'xls/orders-zh.csv': { rows: 60, columns: 7 },
  'xls/orders-zh.xls': { rows: 60, columns: 7 },
  'xls/telco-700.xls': { rows: 700, columns: 21 },
};

/** Every data file of the committed corpus (generators, notes and expected twins left out). */
export function committedFiles(): string[] {
  return readdirSync(HOSTILE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(csv|tsv|json|jsonl|xlsx|xls|ods|arrow|parquet)$/.test(p))
    .sort();
}

/** A header `customer_id,f1,…` and `rows` rows of small integers, as one text. */
function wideRows(columns: number, rows: number): string[][] {
  const out = [['customer_id', ...Array.from({ length: columns - 1 }, (_, i) => `f${i + 1}`)]];
  for (let r = 0; r < rows; r++)
    out.push([`C${r + 1}`, ...Array.from({ length: columns - 1 }, (_, i) => String((r * 7 + i) % 10))]);
  return out;
}

/** The large and generated cases, written into `dir`. */
export function generatedCases(dir: string): HostileCase[] {
  const wide = wideRows(6000, 30);
  const wideCsv = join(dir, 'wide-6000.csv');
  writeFileSync(wideCsv, wide.map((r) => r.join(',')).join('\n') + '\n');
  // An ERP's "export to Excel": an HTML table saved with an .xls name.
  const wideHtml = join(dir, 'wide-6000-html.xls');
  writeFileSync(
    wideHtml,
    '<html><head><meta charset="utf-8"></head><body><table>\n' +
      wide
        .map((r, k) => `<tr>${r.map((v) => (k === 0 ? `<th>${v}</th>` : `<td>${v}</td>`)).join('')}</tr>`)
        .join('\n') +
      '\n</table></body></html>\n',
  );
  const bomb = join(dir, 'bomb.xlsx');
  writeFileSync(bomb, workbook({ deflated: spacesDeflated(1536), size: 1536 * MB }));
  const lying = join(dir, 'bomb-lying.xlsx');
  writeFileSync(lying, workbook({ deflated: spacesDeflated(1536), size: 1536 * MB }, 2 * MB));
  const beyond = join(dir, 'beyond-grid.xlsx');
  writeFileSync(
    beyond,
    workbook(
      sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="ZZZZZ2"><v>1</v></c></row>',
      ),
    ),
  );
  return [
    { path: longFieldCsv(dir, 200 * MB), verdict: { code: 'cell-over-limit' } },
    { path: longLineCsv(dir, 200 * MB), verdict: { code: 'cell-over-limit' } },
    { path: manyColumnsCsv(dir, 1_000_000), verdict: { code: 'columns-over-limit' } },
    { path: bomb, verdict: { code: 'part-over-limit' } },
    { path: lying, verdict: { code: 'part-size-misstated' } },
    { path: beyond, verdict: { code: 'cell-beyond-grid' } },
    { path: wideCsv, verdict: { rows: 30, columns: 6000 } },
    { path: wideHtml, verdict: { rows: 30, columns: 6000 } },
  ];
}
