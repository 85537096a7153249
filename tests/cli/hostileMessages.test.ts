/**
 * The hostile-messages corpus (tests/fixtures/hostile/messages, written by make.ts with exceljs,
 * hyparquet-writer and apache-arrow) through the command line, one test per case with the
 * verdict it must get: a correct table, or a specific issue code and the words a user reads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDirs } from './runCli.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { bytesFile } from '../sharedData.ts';

const dir = resolve(__dirname, '../fixtures/hostile/messages');
const at = (name: string) => join(dir, name);
const scratch = scratchDirs();
const RAW = /Maximum call stack|Invalid time value|Invalid code point|Cannot convert object to primitive/;

interface Inspected {
  rows: number;
  columns: { name: string; type: string; role: string }[];
  issues: { code: string; column?: string; rows?: number[]; count?: number; examples?: string[]; message: string }[];
}
function inspect(name: string, ...flags: string[]): Inspected {
  const r = cli('inspect', at(name), ...flags);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Inspected;
}
function refused(name: string) {
  const r = cli('inspect', at(name));
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(RAW);
  return r.stderr;
}

describe('column names every object inherits load like any other', () => {
  // make.ts: 4 rows; columns __proto__ (ids), constructor (dates), toString (amounts), hasOwnProperty.
  // The five formats go through the engine in this process (the command line is the same engine;
  // one spawn per format would cost ten seconds), the CSV once more through the command line.
  for (const file of ['csv', 'json', 'xlsx', 'parquet', 'arrow'].map((e) => `proto-columns.${e}`)) {
    it(`openDataset(${file}) reads 4 rows and the 4 columns by their names`, async () => {
      const r = await createEngine().openDataset([bytesFile(file, readFileSync(at(file)))]);
      if (!r.ok) throw new Error(r.issues[0].message);
      expect(r.value.rows).toBe(4);
      expect(r.value.columns.map((c) => c.name)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
      expect(r.value.columns[1]).toMatchObject({ type: 'date', role: 'date' });
    });
  }
  it('inspect proto-columns.csv on the command line', () => {
    expect(inspect('proto-columns.csv').columns.map((c) => c.name)).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ]);
  });

  it('customers with roles on __proto__, constructor and toString, exported to CSV', () => {
    const out = join(scratch(), 'customers.csv');
    const r = cli(
      'customers',
      at('proto-columns.csv'),
      '--role',
      'customer_id=__proto__',
      '--role',
      'date=constructor',
      '--role',
      'amount=toString',
      '--as-of',
      '2024-03-31',
      '--out',
      out,
    );
    expect(r.stderr).toBe('');
    // By hand: C1 (10 + 5), C2 (20), C3 (7): three customers, none 180 days inactive by 2024-03-31.
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ customers: 3, churned: 0 });
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = lines[0].split(',');
    expect(header).toContain('hasOwnProperty');
    const c1 = lines.find((l) => l.startsWith('C1,'))!.split(',');
    expect(Number(c1[header.indexOf('total_value')])).toBe(15);
    expect(c1[header.indexOf('hasOwnProperty')]).toBe('north');
  });

  it('churn-by-attribute groups by a column called hasOwnProperty', () => {
    const r = cli(
      'churn-by-attribute',
      at('proto-columns.csv'),
      '--role',
      'customer_id=__proto__',
      '--role',
      'date=constructor',
      '--role',
      'amount=toString',
      '--column',
      'hasOwnProperty',
    );
    expect(r.stderr).toBe('');
    const groups = JSON.parse(r.stdout).groups as { label: string; count: number }[];
    // C1 is north; C2 and C3 are south.
    expect(Object.fromEntries(groups.map((g) => [g.label, g.count]))).toEqual({ north: 1, south: 2 });
  });

  it('--role customer_id=toString for a file without such a column is refused, not read as a property', () => {
    const r = cli('customers', at('negative-tenure.csv'), '--role', 'customer_id=toString');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no column named "toString"');
  });
});

describe('specific messages, never raw exceptions', () => {
  it('an xlsx date cell with an impossible serial is named by sheet and cell; the file loads', () => {
    const out = inspect('impossible-date-serial.xlsx');
    expect(out.rows).toBe(10);
    const i = out.issues.find((x) => x.code === 'impossible-date-serial')!;
    // make.ts puts 99999999 in B3 and −5 in B5 (row 1 is the header).
    expect(i.examples).toEqual(['B3', 'B5']);
    expect(i.message).toContain('sheet "Orders"');
    expect(i.message).not.toMatch(RAW);
  });
  it('a JSON syntax error names its real line and column, though a long integer before it was quoted', () => {
    // Line 3 is `  {"customer": 2 "amount": 2}`: the quote that should follow a comma is character 18.
    expect(refused('json-syntax-error.json')).toContain('at line 3, column 18');
  });
  it('a JSON Lines syntax error names its line and column', () => {
    // Line 3 is `{"customer": "C", "amount": 3,}`: the brace after the trailing comma is character 31.
    expect(refused('json-lines-error.jsonl')).toContain('at line 3, column 31');
  });
  it('a JSON array holding a number names the record', () => {
    expect(refused('json-not-records.json')).toContain('Record 2 in json-not-records.json is a number');
  });
  it('no message quotes a 300-character header whole', () => {
    const out = inspect('long-header.csv');
    const i = out.issues.find((x) => x.code === 'not-typed')!;
    expect(i.column).toBe('x'.repeat(300));
    expect(i.message).toContain(`"${'x'.repeat(79)}…"`);
    expect(i.message).not.toContain('x'.repeat(81));
  });
});

describe('identifiers and tenure', () => {
  it('ids that differ by full-width characters are reported with the case and space variants', () => {
    const i = inspect('fullwidth-ids.csv').issues.find((x) => x.code === 'id-spelling-variants')!;
    // C001/Ｃ００１ and C002/"c002 ": two ids, four spellings; the later spellings are on rows 3 and 5.
    expect(i).toMatchObject({ count: 2, rows: [3, 5], examples: ['C001', 'Ｃ００１', 'C002', 'c002 '] });
  });
  it('--merge-ids makes Ｃ００１ and C001 one customer', () => {
    const r = cli('customers', at('fullwidth-ids.csv'), '--merge-ids', '--as-of', '2024-03-31');
    // Five rows, three customers once C001/Ｃ００１ and C002/c002 are merged.
    expect(JSON.parse(r.stdout).customers).toBe(3);
  });
  it('ids Excel wrote in scientific notation are reported', () => {
    const i = inspect('scientific-ids.csv').issues.find((x) => x.code === 'ids-scientific')!;
    expect(i).toMatchObject({ count: 3, rows: [2, 3, 4], examples: ['1.23457E+15', '4.56789E+15'] });
  });
  it('negative tenures are reported and read as unknown', () => {
    const i = inspect('negative-tenure.csv').issues.find((x) => x.code === 'negative-tenure')!;
    expect(i).toMatchObject({ column: 'tenure', count: 2, rows: [3, 5] });
  });
});

describe('exports neutralise formulas', () => {
  it('leading white space, full-width ＝ and fields holding ; or a tab', () => {
    const out = join(scratch(), 'customers.csv');
    const r = cli('customers', at('formula-cells.csv'), '--as-of', '2024-03-31', '--out', out);
    expect(r.stderr).toBe('');
    const text = readFileSync(out, 'utf8');
    // By hand from the four notes: " =1+1" and "＝SUM(A1)" get an apostrophe; "a;b" and "x<TAB>y" are quoted.
    expect(text).toContain(",' =1+1,");
    expect(text).toContain(",'＝SUM(A1),");
    expect(text).toContain(',"a;b",');
    expect(text).toContain(',"x\ty",');
  });
});
