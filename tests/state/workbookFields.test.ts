/**
 * Opening a workbook file checks it field by field, as the command line checks its options
 * (cli/opening.ts): each case below is a damaged field, the field path it must name, the code
 * the UI words, and the English and Chinese words a user sees. Expected values are written by
 * hand from the rules (the CLI's allowed encodings, delimiters, header yes/no, date orders).
 */
import { expect, test } from 'vitest';
import { Workbook, type WorkbookError } from '../../src/state/workbook.svelte.ts';
import { MAX_WORKBOOK_CELLS } from '../../src/state/workbookFields.ts';
import { en } from '../../src/i18n/en/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';

const SHA = 'ab'.repeat(32);
const good = {
  version: 1,
  source: [
    { name: 'orders.csv', size: 120, sha256: SHA, options: { delimiter: ';', encoding: 'gb18030', header: true } },
  ],
  roles: { id: 'customer_id' },
  cells: [{ id: 'cell-1', kind: 'note', title: '', note: '', settings: {}, collapsed: false }],
  analysis: {
    definition: { kind: 'inactivity', days: 180 },
    asOf: '',
    unit: 'weeks',
    returns: 'net',
    tierShares: [0.1, 0.3, 0.6],
  },
};

/** The workbook with one field replaced (a path of keys and list indexes). */
function withField(path: (string | number)[], value: unknown): string {
  const copy = structuredClone(good) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  if (value === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return JSON.stringify(copy);
}

function fault(text: string): WorkbookError {
  const parsed = Workbook.fromJSON(text);
  if (parsed.ok) throw new Error('expected the workbook to be refused');
  return parsed.error;
}

/** The UI's words (Workbook.svelte describeError), filled in as the i18n layer does. */
function words(catalog: Record<string, string>, error: WorkbookError): string {
  const fill = (key: string, params: Record<string, string | number>) =>
    catalog[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
  const p = error.problem!;
  return fill('workbook.field', { field: p.field, problem: fill(`workbook.field.${p.code}`, p.params) });
}

test('fromJSON accepts a well-formed workbook with read options', () => {
  expect(Workbook.fromJSON(JSON.stringify(good)).ok).toBe(true);
  expect(Workbook.fromJSON(withField(['source', 0, 'options'], { delimiter: 'whitespace', header: false })).ok).toBe(
    true,
  );
  const typed = { columnTypes: { zip: 'identifier' }, dateOrder: { day: 'dmy' }, sheet: 'Orders' };
  expect(Workbook.fromJSON(withField(['source', 0, 'options'], typed)).ok).toBe(true);
});

// One row per case: the field changed, its bad value, the path named, the code, words in each language.
const cases: [string, (string | number)[], unknown, string, string, RegExp, RegExp][] = [
  [
    'an unknown encoding',
    ['source', 0, 'options', 'encoding'],
    'latin-9',
    'source[1].options.encoding',
    'not-one-of',
    /source\[1\]\.options\.encoding is "latin-9"; it must be one of: utf-8, gb18030, big5, shift_jis, windows-1252, utf-16le, utf-16be\./,
    /字段 source\[1\]\.options\.encoding 的值为 "latin-9"，必须是以下之一：utf-8/,
  ],
  [
    'a CLI alias the engine does not take',
    ['source', 0, 'options', 'encoding'],
    'gbk',
    'source[1].options.encoding',
    'not-one-of',
    /is "gbk"; it must be one of/,
    /"gbk"/,
  ],
  [
    'a two-character delimiter',
    ['source', 0, 'options', 'delimiter'],
    ';;',
    'source[1].options.delimiter',
    'bad-delimiter',
    /is ";;"; a delimiter is one character/,
    /分隔符必须是一个字符/,
  ],
  [
    'a quote as delimiter',
    ['source', 0, 'options', 'delimiter'],
    '"',
    'source[1].options.delimiter',
    'bad-delimiter',
    /a delimiter is one character \(not a quote/,
    /不能是引号或换行/,
  ],
  [
    'a number as delimiter',
    ['source', 0, 'options', 'delimiter'],
    44,
    'source[1].options.delimiter',
    'bad-delimiter',
    /is 44;/,
    /的值为 44/,
  ],
  [
    'header as the word yes',
    ['source', 0, 'options', 'header'],
    'yes',
    'source[1].options.header',
    'not-boolean',
    /header is "yes"; it must be true or false\./,
    /必须是 true 或 false/,
  ],
  [
    'a sheet given by number',
    ['source', 0, 'options', 'sheet'],
    2,
    'source[1].options.sheet',
    'not-text',
    /sheet is 2; it must be text\./,
    /必须是文本/,
  ],
  [
    'an unknown date order',
    ['source', 0, 'options', 'dateOrder'],
    { day: 'ymd' },
    'source[1].options.dateOrder["day"]',
    'not-one-of',
    /is "ymd"; it must be one of: dmy, mdy\./,
    /dmy, mdy/,
  ],
  [
    'an unknown column type',
    ['source', 0, 'options', 'columnTypes'],
    { zip: 'postcode' },
    'source[1].options.columnTypes["zip"]',
    'not-one-of',
    /is "postcode"; it must be one of: integer, decimal, boolean, date, datetime, categorical, text, identifier\./,
    /"postcode"/,
  ],
  [
    'options as a list',
    ['source', 0, 'options'],
    [],
    'source[1].options',
    'not-object',
    /must be an object\./,
    /必须是对象/,
  ],
  [
    'a negative size',
    ['source', 0, 'size'],
    -5,
    'source[1].size',
    'not-size',
    /is -5; it must be a size in bytes/,
    /以字节计/,
  ],
  [
    'a short fingerprint',
    ['source', 0, 'sha256'],
    'abc',
    'source[1].sha256',
    'bad-fingerprint',
    /SHA-256 fingerprint/,
    /SHA-256 指纹/,
  ],
  [
    'an unknown role',
    ['roles', 'id'],
    'boss',
    'roles["id"]',
    'not-one-of',
    /is "boss"; it must be one of: customer_id, date/,
    /"boss"/,
  ],
  [
    'an unknown cell kind',
    ['cells', 0, 'kind'],
    'chart',
    'cells[1].kind',
    'not-one-of',
    /is "chart"; it must be one of: note, profile/,
    /"chart"/,
  ],
  [
    'a cell title as a number',
    ['cells', 0, 'title'],
    7,
    'cells[1].title',
    'not-text',
    /title is 7; it must be text/,
    /必须是文本/,
  ],
  [
    'collapsed as a string',
    ['cells', 0, 'collapsed'],
    'no',
    'cells[1].collapsed',
    'not-boolean',
    /is "no"; it must be true or false/,
    /true 或 false/,
  ],
  [
    'settings as null',
    ['cells', 0, 'settings'],
    null,
    'cells[1].settings',
    'not-object',
    /must be an object/,
    /必须是对象/,
  ],
  [
    'an impossible as-of day',
    ['analysis', 'asOf'],
    '2024-02-30',
    'analysis.asOf',
    'bad-day',
    /is "2024-02-30"; it must be a date written YYYY-MM-DD/,
    /YYYY-MM-DD/,
  ],
  [
    'an unknown unit',
    ['analysis', 'unit'],
    'fortnights',
    'analysis.unit',
    'not-one-of',
    /is "fortnights"; it must be one of: days, weeks, months/,
    /"fortnights"/,
  ],
  [
    'days of 0',
    ['analysis', 'definition', 'days'],
    0,
    'analysis.definition.days',
    'not-positive',
    /is 0; it must be a number above 0/,
    /大于 0 的数/,
  ],
  [
    'an unknown definition kind',
    ['analysis', 'definition'],
    { kind: 'vibes' },
    'analysis.definition.kind',
    'not-one-of',
    /is "vibes"; it must be one of: flag/,
    /"vibes"/,
  ],
  [
    '2.5 months',
    ['analysis', 'definition'],
    { kind: 'partial', months: 2.5, dropPercent: 50 },
    'analysis.definition.months',
    'not-whole',
    /is 2\.5; it must be a whole number/,
    /整数/,
  ],
  [
    'shares adding to 1.5',
    ['analysis', 'tierShares'],
    [0.5, 0.5, 0.5],
    'analysis.tierShares',
    'shares-sum',
    /must add up to 1 \(100 %\)/,
    /之和必须为 1/,
  ],
  [
    'a currency sign',
    ['currency'],
    '¥',
    'currency',
    'bad-currency',
    /is "¥"; it must be a three-letter ISO 4217 code/,
    /ISO 4217/,
  ],
];

for (const [what, path, value, field, code, english, chinese] of cases) {
  test(`fromJSON refuses ${what}, naming ${field}`, () => {
    const error = fault(withField(path, value));
    expect(error.code).toBe('invalid-shape');
    expect(error.problem).toMatchObject({ field, code });
    expect(words(en, error)).toMatch(english);
    expect(words(zhCN, error)).toMatch(chinese);
    expect(words(en, error)).not.toMatch(/\{\w+\}|undefined/);
    expect(words(zhCN, error)).not.toMatch(/\{\w+\}|undefined/);
  });
}

test('fromJSON names a duplicate cell id and cuts a long value short', () => {
  const twice = JSON.parse(JSON.stringify(good));
  twice.cells.push({ ...twice.cells[0] });
  expect(fault(JSON.stringify(twice)).problem).toMatchObject({ field: 'cells[2].id', code: 'not-unique' });
  const long = fault(withField(['source', 0, 'options', 'encoding'], 'x'.repeat(5000)));
  // 40 characters at most: a damaged file's value is never echoed whole.
  expect(long.problem!.params.value).toHaveLength(40);
});

test('fromJSON refuses more than MAX_WORKBOOK_CELLS cells and opens 20,000', () => {
  const cells = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `cell-${i + 1}`,
      kind: 'note',
      title: '',
      note: '',
      settings: {},
      collapsed: false,
    }));
  expect(Workbook.fromJSON(JSON.stringify({ ...good, cells: cells(20_000) })).ok).toBe(true);
  const over = fault(JSON.stringify({ ...good, cells: cells(MAX_WORKBOOK_CELLS + 1) }));
  expect(over.problem).toMatchObject({ code: 'too-many-cells', params: { count: 100_001, limit: 100_000 } });
});

test('fromJSON names the line and column of a JSON syntax error and a missing version', () => {
  // A comma missing after `"version": 1`: the parser stops at the quote opening "source",
  // the third character of line 3 (two spaces before it).
  const text = '{\n  "version": 1\n  "source": []\n}';
  expect(fault(text)).toMatchObject({ code: 'invalid-json', place: { line: 3, column: 3 } });
  // Cut off after line 3's bracket: the end of the text is line 4, column 1.
  expect(fault('{\n  "version": 1,\n  "source": [\n')).toMatchObject({ place: { line: 4, column: 1 } });
  expect(fault(JSON.stringify({ ...good, version: undefined }))).toMatchObject({
    code: 'invalid-version',
    detail: 'missing',
  });
});
