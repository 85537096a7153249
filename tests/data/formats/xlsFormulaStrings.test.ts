/**
 * Formulas whose result is text: in an .xls the FORMULA record holds no value then, and a STRING
 * record right after it holds the cached text ([MS-XLS] 2.4.127, 2.4.268). formula-strings.xls
 * was made and computed by LibreOffice (tests/fixtures/hostile/xls/make_formula_strings.py), which
 * puts a shared formula's SHRFMLA record between the first FORMULA and its STRING; the twin
 * formula-strings.csv holds the same texts computed by Python, which the reader must give.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readXls } from '../../../src/data/formats/xlsReader.ts';
import { CompoundFile } from '../../../src/data/formats/compoundFile.ts';
import { Rec, records } from '../../../src/data/formats/xlsRecords.ts';
import { fixture } from '../../sharedData.ts';

const path = (name: string) => fixture('hostile', 'xls', name);
const ctx = { fileName: 'formula-strings.xls', totalBytes: 0, progress() {}, async checkpoint() {} };

it('the fixture holds its texts as formulas with cached STRING records, not as text cells', () => {
  const stream = CompoundFile.open(new Uint8Array(readFileSync(path('formula-strings.xls')))).read('Workbook')!;
  const types = [...records(stream, 0)].map((r) => r.type);
  const SHRFMLA = 0x04bc;
  const direct = types.filter((t, k) => t === Rec.FORMULA && types[k + 1] === Rec.STRING).length;
  // The first formula of each column's shared formula has its SHRFMLA record between the two.
  const shared = types.filter((t, k) => t === Rec.FORMULA && types[k + 1] === SHRFMLA && types[k + 2] === Rec.STRING);
  // 4 text formulas in each of 5 rows.
  expect(direct + shared.length).toBe(20);
  expect(shared).toHaveLength(4);
});

it('readXls reads the cached text of each formula, Chinese and 304-character texts included, as Python computed them', async () => {
  const table = await readXls(new Uint8Array(readFileSync(path('formula-strings.xls'))), ctx, {});
  // The twin has no quoted fields: no value holds a comma, a quote or a line break.
  const [header, ...rows] = readFileSync(path('formula-strings.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  expect(table.names).toEqual(header);
  expect(table.sheet).toBe('Orders');
  for (let r = 0; r < rows.length; r++)
    expect(
      table.columns.map((c) => c[r]),
      `row ${r + 2}`,
    ).toEqual(rows[r]);
  expect(table.columns[5][0]).toHaveLength(304);
  expect(table.columns[6]).toEqual([
    '大客户（north）',
    '普通客户（south）',
    '大客户（east）',
    '普通客户（west）',
    '大客户（north）',
  ]);
});
