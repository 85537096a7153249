/**
 * Issue #13, limits: every file past a limit is refused with its own code and a message naming
 * the file, where (row and column, or sheet and cell), the limit and what to do; files within
 * the limits are read, and in time linear in their size. Large inputs are made by
 * tests/fixtures/hostile/limits/generate.ts, at sizes just past each limit (the 200 MB cases were
 * run by hand; see README "Limits").
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetSummary, Issue, Result } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { bytesFile } from '../sharedData.ts';
import { readSource } from '../../src/data/sourceReading.ts';
import { readJson } from '../../src/data/formats/jsonReader.ts';
import { readContext } from '../data/formats/readContext.ts';
import { cellLimit, checkTableSize, MAX_CELLS } from '../../src/data/readLimits.ts';
import { scratchDirs } from '../cli/runCli.ts';
import {
  longFieldCsv,
  longLineCsv,
  manyColumnsCsv,
  sheetXml,
  spacesDeflated,
  wideRaggedCsv,
  workbook,
} from '../fixtures/hostile/limits/generate.ts';

const MB = 1 << 20;
const scratch = scratchDirs();

async function open(name: string, bytes: Uint8Array | string): Promise<Result<DatasetSummary>> {
  return createEngine().openDataset([bytesFile(name, bytes)]);
}

function refusal(r: Result<DatasetSummary>): Issue {
  if (r.ok) throw new Error('expected the file to be refused');
  return r.issues[0];
}

const fromFile = (path: string) => new Uint8Array(readFileSync(path));

describe('hostile files: limits', () => {
  it('a 1 MB single field (over 32,767 characters) is refused at its row and column', async () => {
    const i = refusal(await open('long-field.csv', fromFile(longFieldCsv(scratch(), MB))));
    // Row 2: the header is row 1 and the long value is the first data row; column 2 is "note".
    expect(i).toMatchObject({ code: 'cell-over-limit', file: 'long-field.csv', rows: [2] });
    expect(i.params).toMatchObject({ row: 2, column: 2, length: MB, limit: 32_767 });
    expect(i.message).toContain('long-field.csv, row 2, column 2: a value of 1,048,576 characters');
    expect(i.message).toMatch(/quote was left open/);
  });

  it('a cell of 32,767 characters is read; 32,768 is refused', async () => {
    const ok = await open('edge.csv', `id,note\n1,${'x'.repeat(32_767)}\n2,b\n`);
    expect(ok.ok).toBe(true);
    const i = refusal(await open('edge.csv', `id,note\n1,${'x'.repeat(32_768)}\n2,b\n`));
    expect(i.params).toMatchObject({ row: 2, column: 2, length: 32_768 });
  });

  it('a 30,000-character Chinese cell (90,000 bytes of UTF-8) is within the limit: it counts characters', async () => {
    const r = await open('zh-long.csv', `id,note\n1,${'客'.repeat(30_000)}\n2,b\n`);
    expect(r.ok).toBe(true);
    const i = refusal(await open('zh-long.csv', `id,note\n1,b\n2,${'客'.repeat(32_768)}\n`));
    expect(i.params).toMatchObject({ row: 3, column: 2, length: 32_768 });
  });

  it('an unclosed quote that swallows 1 MB is refused, naming the row where it opened', async () => {
    const text = `id,note\n1,a\n2,"${'z,\n'.repeat(350_000)}`;
    const i = refusal(await open('open-quote.csv', text));
    expect(i).toMatchObject({ code: 'cell-over-limit', rows: [3] });
  });

  it('a 4 MB line with no line end and no delimiter is refused as one over-long cell', async () => {
    const i = refusal(await open('long-line.csv', fromFile(longLineCsv(scratch(), 4 * MB))));
    expect(i).toMatchObject({ code: 'cell-over-limit', rows: [1] });
    expect(i.params).toMatchObject({ row: 1, column: 1, length: 4 * MB });
  });

  it('a header of a million columns is refused at the first column past 16,384', async () => {
    const i = refusal(await open('many-columns.csv', fromFile(manyColumnsCsv(scratch(), 1_000_000))));
    expect(i).toMatchObject({ code: 'columns-over-limit', rows: [1], params: { limit: 16_384, row: 1 } });
    expect(i.message).toContain('many-columns.csv, row 1, has more than 16,384 columns');
  });

  it('a 1.5 MB workbook that inflates to 1.5 GB is refused from its directory, before inflating', async () => {
    const bomb = workbook({ deflated: spacesDeflated(1536), size: 1536 * MB });
    expect(bomb.length).toBeLessThan(1.6 * MB);
    const i = refusal(await open('bomb.xlsx', bomb));
    // Inflating it would take 1.5 GB and ~2 s; refused from the directory it takes neither
    // (peak memory by hand: README "Limits").
    expect(i).toMatchObject({ code: 'part-over-limit', params: { part: 'xl/worksheets/sheet1.xml', size: 1536 } });
  });

  it('a workbook part whose header says 2 MB but inflates to 1.5 GB is stopped just past 2 MB', async () => {
    const lying = workbook({ deflated: spacesDeflated(1536), size: 1536 * MB }, 2 * MB);
    const i = refusal(await open('lying.xlsx', lying));
    expect(i).toMatchObject({ code: 'part-size-misstated', params: { size: 2 * MB } });
  });

  it('a part that would grow more than 100 times is refused as a zip bomb', async () => {
    // 200 MiB of spaces deflate to ~200 kB: a ratio of ~1,000 (Apache POI refuses past 100).
    const i = refusal(await open('ratio.xlsx', workbook({ deflated: spacesDeflated(200), size: 200 * MB })));
    expect(i.code).toBe('part-ratio-over-limit');
    expect(Number(i.params!.ratio)).toBeGreaterThan(100);
  });

  it('cell references beyond the grid (ZZZZZ2, row 1,048,577) are named with sheet and cell', async () => {
    const far = refusal(await open('zz.xlsx', workbook(sheetXml('<row r="2"><c r="ZZZZZ2"><v>1</v></c></row>'))));
    expect(far).toMatchObject({ code: 'cell-beyond-grid', params: { sheet: 'Orders', cell: 'ZZZZZ2' } });
    expect(far.message).toContain('Sheet "Orders" in zz.xlsx has a cell at ZZZZZ2');
    const xfe = refusal(await open('xfe.xlsx', workbook(sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>'))));
    expect(xfe.params).toMatchObject({ cell: 'XFE1' });
    const low = refusal(
      await open('low.xlsx', workbook(sheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'))),
    );
    expect(low).toMatchObject({ code: 'cell-beyond-grid', params: { cell: '1048577:1048577' } });
    const xfd = workbook(
      sheetXml('<row r="1"><c r="XFD1"><v>1</v></c></row><row r="2"><c r="XFD2"><v>2</v></c></row>'),
    );
    const raw = await readSource({ bytes: xfd }, readContext('xfd.xlsx', xfd.length), {});
    expect(raw.names).toHaveLength(16_384);
  });

  it('a sheet of 40,000 unclosed <row> tags is read, each row with its own cells, in linear time', async () => {
    // With no </row> at all, a lazy regular expression scanned to the end from each of the
    // 40,000 rows (~10^11 steps). Each row here ends where the next begins.
    const rows = Array.from(
      { length: 40_000 },
      (_, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>n${i}</t></is>`,
    ).join('');
    const xml = sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>${rows}`,
    );
    const started = performance.now();
    const r = await open('unclosed.xlsx', workbook(xml));
    expect(performance.now() - started).toBeLessThan(10_000);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.rows).toBe(40_000);
    expect(r.value.columns.map((c) => c.name)).toEqual(['id', 'name']);
    expect(r.value.columns[1].distinct).toBe(40_000);
  });

  it('a workbook cell of 40,000 characters is refused with sheet and cell', async () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${'w'.repeat(40_000)}</t></is></c></row>`,
    );
    const i = refusal(await open('cell.xlsx', workbook(xml)));
    expect(i).toMatchObject({ code: 'sheet-cell-over-limit', params: { sheet: 'Orders', cell: 'A2', length: 40_000 } });
  });

  it('JSON records with 16,385 distinct keys are refused before their columns are made', async () => {
    const wide = `{${Array.from({ length: 16_384 }, (_, i) => `"k${i}": ${i}`).join(',')}}`;
    const i = refusal(await open('keys.json', `[${wide}, {"k0": 1, "one more": 2}]`));
    // The 16,385th key is first met in record 2.
    expect(i).toMatchObject({ code: 'columns-over-limit', rows: [2] });
  });

  it('JSON with half a million escaped quotes in an unclosed string is a syntax error, not a hang', async () => {
    const text = `[{"id": "${'\\"'.repeat(500_000)}`;
    const started = performance.now();
    const i = refusal(await open('quotes.json', text));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(i.code).toBe('json-syntax');
  });

  it('JSON keeps every digit of long integer ids (the one-pass quoting), and strings as they are', async () => {
    const text =
      '[{"id": 12345678901234567890, "n": 12345678901234567e3, "s": "x \\" 99999999999999999"}, {"id": -12345678901234567, "n": 2, "s": "x"}]';
    const t = await readJson(text, readContext('ids.json'), 'ids.json');
    // Digits as written; a number with an exponent is left to JSON.parse (1.2345678901234568e+19).
    expect(t.columns[0]).toEqual(['12345678901234567890', '-12345678901234567']);
    expect(t.columns[1]).toEqual([String(12345678901234567e3), '2']);
    expect(t.columns[2]).toEqual(['x " 99999999999999999', 'x']);
  });

  it('an Arrow or Parquet schema of 16,385 columns, or of more cells than the limit, is refused before its cells are made', () => {
    expect(() => checkTableSize('wide.arrow', 16_385, 1)).toThrow(
      /wide.arrow has 16,385 columns; a table may have at most 16,384/,
    );
    expect(() => checkTableSize('ok.parquet', 16_384, 6_103)).not.toThrow();
    // 16,384 × 6,104 = 100,007,936 cells > 100,000,000: the 6,104th row is the first past it.
    expect(() => checkTableSize('tall.parquet', 16_384, 6_104)).toThrow(/at row 6,104 of 16,384 columns/);
  });
});

describe('hostile files: the cell limit, lowered to 1,000,000 so that reaching it is cheap', () => {
  beforeAll(() => void (cellLimit.cells = 1_000_000));
  afterAll(() => void (cellLimit.cells = MAX_CELLS));

  it('a 1,000-column header over one-value rows is refused once the padded cells pass the limit', async () => {
    // 1,000,000 / 1,000 = 1,000 data rows fit; the 1,001st (file row 1,002 after the header)
    // passes the limit. The file is 8 kB: each short row is padded to 1,000 cells.
    const i = refusal(await open('wide-ragged.csv', fromFile(wideRaggedCsv(scratch(), 1_000, 5_000))));
    expect(i).toMatchObject({ code: 'cells-over-limit', rows: [1_002] });
    expect(i.params).toMatchObject({ row: 1_002, columns: 1_000, rowsAllowed: 1_000, limit: 1_000_000 });
  });

  it('JSON records each with a key of its own are refused before their columns are made', async () => {
    // 2,000 records, 2,000 keys: 4,000,000 cells. The k-th key makes the k-th column of 2,000
    // rows; 1,000,000 / 2,000 = 500 columns fit, the 501st does not.
    const records = Array.from({ length: 2_000 }, (_, i) => `{"k${i}": ${i}}`);
    const i = refusal(await open('keys.json', `[${records.join(',')}]`));
    expect(i).toMatchObject({ code: 'cells-over-limit', params: { columns: 501, rowsAllowed: 1_996 } });
  });
});
