/**
 * The command line's verdict on each file of tests/fixtures/hostile/encodings: the encoding it
 * read, the column names (the header Python wrote, in UTF-8 in *.expected.txt), and the issue a
 * user sees; a warned file read again with --encoding gives the right header.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './runCli.ts';
import { fixture } from '../sharedData.ts';

const dir = (name: string) => fixture('hostile', 'encodings', name);
const header = (name: string, delimiter: string) =>
  readFileSync(dir(`${name}.expected.txt`), 'utf8')
    .split('\r\n')[0]
    .split(delimiter);

interface Inspected {
  rows: number;
  encoding: string;
  columns: { name: string; type: string }[];
  issues: { severity: string; code: string; rows?: number[]; message: string }[];
}

function inspect(name: string, ...flags: string[]): Inspected {
  const r = cli('inspect', dir(name), ...flags);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('churnscope inspect on the encodings clients send', () => {
  for (const [name, delimiter, encoding] of [
    ['cp1252-europe.csv', ';', 'windows-1252'],
    ['shift-jis-japan.csv', ',', 'shift_jis'],
    ['big5-taiwan.csv', ',', 'big5'],
    ['utf16le-nobom.tsv', '\t', 'utf-16le'],
    ['utf16be-nobom.tsv', '\t', 'utf-16be'],
  ]) {
    it(`${name}: read as ${encoding}, the header as written, 24 rows, an info note naming the encoding`, () => {
      const out = inspect(name);
      expect(out.encoding).toBe(encoding);
      expect(out.rows).toBe(24);
      expect(out.columns.map((c) => c.name)).toEqual(header(name, delimiter));
      const note = out.issues.find((i) => i.code === 'encoding-detected')!;
      expect(note.severity).toBe('info');
      expect(note.message).toMatch(/it was read as .+\. If the text looks wrong, choose the file's encoding\./);
    });
  }

  it('cp1252-europe.csv: the amounts ("12,50 €", decimal comma) are numbers', () => {
    expect(inspect('cp1252-europe.csv').columns.find((c) => c.name === 'Betrag')?.type).toBe('decimal');
  });

  it('big5-looks-gbk.csv: a warning that it may be Big5; --encoding big5 reads the names Python wrote', () => {
    const out = inspect('big5-looks-gbk.csv');
    expect(out.encoding).toBe('gb18030');
    const warning = out.issues.find((i) => i.code === 'encoding-uncertain')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('it reads about as well as Big5 (Traditional Chinese)');
    const chosen = inspect('big5-looks-gbk.csv', '--encoding', 'big5');
    expect(chosen.encoding).toBe('big5');
    expect(chosen.issues.map((i) => i.code)).not.toContain('encoding-uncertain');
  });

  it('shift-jis-japan.csv --encoding sjis and cp1252-europe.csv --encoding latin1 are accepted names', () => {
    expect(inspect('shift-jis-japan.csv', '--encoding', 'sjis').encoding).toBe('shift_jis');
    expect(inspect('cp1252-europe.csv', '--encoding', 'latin1').encoding).toBe('windows-1252');
  });

  it('an unknown --encoding exits 2 and lists the encodings there are', () => {
    const r = cli('inspect', dir('big5-taiwan.csv'), '--encoding', 'ebcdic');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('big5, shift_jis, windows-1252');
  });

  // Each export is a header and 24 rows: the first takes rows 1–25, so the second header is row 26.
  it('two-exports-bom.csv: the second header (after its BOM) is named at row 26, with what to do', () => {
    const out = inspect('two-exports-bom.csv');
    const issue = out.issues.find((i) => i.code === 'repeated-header')!;
    expect(issue).toMatchObject({ severity: 'warning', rows: [26] });
    expect(issue.message).toContain('repeats its header row at row 26');
    expect(issue.message).toContain('Delete the repeated header row');
    expect(out.issues.map((i) => i.code)).not.toContain('stray-bom');
  });

  it('two-exports.csv (no BOMs, as `cat a.csv b.csv` makes): the same verdict', () => {
    const issue = inspect('two-exports.csv').issues.find((i) => i.code === 'repeated-header')!;
    expect(issue.rows).toEqual([26]);
  });
});
