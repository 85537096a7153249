/** Issue #13, limits, through the command line: each hostile file exits 2 with one specific line. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDirs } from './runCli.ts';
import {
  longFieldCsv,
  longLineCsv,
  manyColumnsCsv,
  sheetXml,
  spacesDeflated,
  workbook,
} from '../fixtures/hostile/limits/generate.ts';

const MB = 1 << 20;
const scratch = scratchDirs();

function refused(path: string): string {
  const r = cli('inspect', path);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  return r.stderr;
}

describe('churnscope inspect <hostile file>', () => {
  it('a 9 MB single field is refused at row 2, column 2, with what to do', () => {
    expect(refused(longFieldCsv(scratch(), 9 * MB))).toContain(
      'long-field.csv, row 2, column 2: a value of 9,437,184 characters is longer than one cell may hold (32,767, as in Excel). A value this long usually means a quote was left open',
    );
  });
  it('a 9 MB line without a line end is refused at row 1, column 1', () => {
    expect(refused(longLineCsv(scratch(), 9 * MB))).toContain(
      'long-line.csv, row 1, column 1: a value of 9,437,184 characters',
    );
  });
  it('a million columns are refused at the first past 16,384', () => {
    expect(refused(manyColumnsCsv(scratch(), 1_000_000))).toContain(
      'many-columns.csv, row 1, has more than 16,384 columns; a table may have at most 16,384 (as in Excel). Remove the columns you do not need',
    );
  });
  it('a 1.5 MB workbook that inflates to 1.5 GB is refused before it is unpacked', () => {
    const path = join(scratch(), 'bomb.xlsx');
    writeFileSync(path, workbook({ deflated: spacesDeflated(1536), size: 1536 * MB }));
    expect(refused(path)).toContain(
      'bomb.xlsx was not unpacked: its part xl/worksheets/sheet1.xml would take 1,536 MB, more than the 500 MB one part may take',
    );
  });
  it('a cell at ZZZZZ2 is named with its sheet', () => {
    const path = join(scratch(), 'zz.xlsx');
    writeFileSync(path, workbook(sheetXml('<row r="2"><c r="ZZZZZ2"><v>1</v></c></row>')));
    expect(refused(path)).toContain(`Sheet "Orders" in zz.xlsx has a cell at ZZZZZ2, beyond Excel's grid`);
  });
});
