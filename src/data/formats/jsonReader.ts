/**
 * JSON records as cell texts: an array of objects, or JSON Lines (one object per line).
 * Columns are the union of keys in first-seen order; nested values keep their JSON text.
 */
import type { Issue } from '../../engine/api.ts';
import { type TextTable, type ReadContext, UnreadableInput, uniqueColumnNames } from '../rawTable.ts';
import { cellText } from './cellText.ts';
import { RowMap } from '../buffers/rowMap.ts';
import { shortText } from '../../core/cellText/shortText.ts';
import {
  cellOverLimit,
  cellsOverLimit,
  columnsOverLimit,
  MAX_CELL_CHARS,
  MAX_COLUMNS,
  rowsWithin,
} from '../readLimits.ts';

const SHAPE_HINT =
  'Churnscope reads a JSON array of records, such as [{"id": 1}, {"id": 2}], or one record per line (JSON Lines).';

const QUOTE = 34;
const BACKSLASH = 92;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters, digits, `_`, `.`, `+`, `-`: what may not touch a long integer for it to be quoted. */
function isNumberish(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45;
}

/**
 * JSON.parse rounds integers beyond 2^53 (often customer ids). Quoting integer literals of 16 or
 * more digits first keeps every digit; strings are skipped whole so their contents stay as they
 * are. One pass over the text: the regular expression this replaces went back over the rest of
 * the text from every escaped quote of an unclosed string (quadratic; a hang on 1 MB).
 */
function quoteLongIntegers(text: string): string {
  const n = text.length;
  let out = '';
  let from = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === QUOTE) {
      k++;
      while (k < n && text.charCodeAt(k) !== QUOTE) k += text.charCodeAt(k) === BACKSLASH ? 2 : 1;
      continue;
    }
    if (!isDigit(c) && c !== 45) continue;
    let end = k + (c === 45 ? 1 : 0);
    const digitsFrom = end;
    while (end < n && isDigit(text.charCodeAt(end))) end++;
    const before = k > 0 ? text.charCodeAt(k - 1) : -1;
    const after = end < n ? text.charCodeAt(end) : -1;
    const touches = isNumberish(before) || (after !== 45 && after !== 43 && isNumberish(after));
    if (end - digitsFrom >= 16 && !touches) {
      out += `${text.slice(from, k)}"${text.slice(k, end)}"`;
      from = end;
    }
    k = Math.max(k, end - 1);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** 1-based line and column of a UTF-16 offset in `text`. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(position, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** Where JSON.parse stopped in `text`: V8 says "at position N" (newer ones add "(line L column C)"), or "Unexpected end". */
function errorOffset(text: string): number {
  try {
    JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    return m ? Number(m[1]) : text.length;
  }
  return text.length;
}

function syntaxError(file: string, line: number, column: number): UnreadableInput {
  return new UnreadableInput({
    severity: 'error',
    code: 'json-syntax',
    file,
    rows: [line],
    params: { line, column },
    message: `${file} is not valid JSON at line ${line}, column ${column}: a comma, quote or bracket may be missing or extra. Fix it there or export the file again. ${SHAPE_HINT}`,
  });
}

/**
 * The parsed text, or the place of its first syntax error in the file as the user has it: the
 * offset is looked for in `original` (before long integers were quoted, which moves columns),
 * and `lineOffset` places one line of JSON Lines in the file.
 */
function parseAt(text: string, original: string, file: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { line, column } = lineAndColumn(original, errorOffset(original));
    throw syntaxError(file, line + lineOffset, column);
  }
}

function notRecords(file: string, record: number, what: string): UnreadableInput {
  const worded = what === 'other' ? 'not a list of records' : what === 'null' ? 'null' : `a ${what}`;
  return new UnreadableInput({
    severity: 'error',
    code: 'json-not-records',
    file,
    rows: [record],
    params: { record, what },
    message: `Record ${record} in ${file} is ${worded}, not an object with named fields. ${SHAPE_HINT}`,
  });
}

/** A field's text; a value nested too deeply to write back as JSON text is named, not thrown as "Maximum call stack size exceeded". */
function fieldText(value: unknown, file: string, record: number, field: string): string {
  try {
    return cellText(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const name = shortText(field);
    throw new UnreadableInput({
      severity: 'error',
      code: 'json-too-deep',
      file,
      rows: [record],
      params: { record, field: name },
      message: `Field "${name}" of record ${record} in ${file} is nested too deeply to be kept as one cell. Flatten it before export.`,
    });
  }
}

export async function readJson(text: string, ctx: ReadContext, fileName: string): Promise<TextTable> {
  const source = text.replace(/^\uFEFF/, '');
  const body = quoteLongIntegers(source);
  let records: unknown[] = [];
  let rows: number[] = [];
  const blankLines: number[] = [];
  if (body.trimStart().startsWith('[')) {
    const parsed = parseAt(body, source, fileName);
    if (!Array.isArray(parsed)) throw notRecords(fileName, 1, 'other');
    records = parsed;
    rows = Array.from({ length: parsed.length }, (_, i) => i + 1);
  } else {
    const lines = body.split('\n');
    const originalLines = source.split('\n');
    if (lines[lines.length - 1].trim() === '') lines.pop();
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === '') {
        blankLines.push(i + 1);
      } else {
        records.push(parseAt(lines[i], originalLines[i], fileName, i));
        rows.push(i + 1);
      }
      if ((i + 1) % 5000 === 0) await ctx.checkpoint();
    }
  }

  const index = new Map<string, number>();
  const columns: string[][] = [];
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      const what = Array.isArray(record) ? 'list' : record === null ? 'null' : typeof record;
      throw notRecords(fileName, rows[r], what);
    }
    for (const [key, value] of Object.entries(record)) {
      let c = index.get(key);
      if (c === undefined) {
        // Checked before the column is made: each new key costs a whole column of cells.
        if (columns.length >= MAX_COLUMNS) throw columnsOverLimit(fileName, undefined, rows[r]);
        if (records.length > rowsWithin(columns.length + 1))
          throw cellsOverLimit(fileName, rows[rowsWithin(columns.length + 1)], columns.length + 1);
        c = columns.push(new Array<string>(records.length).fill('')) - 1;
        index.set(key, c);
      }
      const text = fieldText(value, fileName, rows[r], key);
      if (text.length > MAX_CELL_CHARS) throw cellOverLimit(fileName, text.length, { row: rows[r], column: c + 1 });
      columns[c][r] = text;
    }
    if ((r + 1) % 5000 === 0) {
      ctx.progress({ phase: 'parsing', bytes: Math.round((ctx.totalBytes * (r + 1)) / records.length), rows: r + 1 });
      await ctx.checkpoint();
    }
  }

  const { names, issues } = uniqueColumnNames([...index.keys()], fileName);
  const noted: Issue[] = [...issues];
  if (blankLines.length > 0) {
    noted.push({
      severity: 'info',
      code: 'blank-lines',
      file: fileName,
      count: blankLines.length,
      rows: blankLines.slice(0, 10),
      message: `${blankLines.length} blank line(s) in ${fileName} were skipped (line ${blankLines.slice(0, 10).join(', ')}).`,
    });
  }
  if (records.length === 0)
    noted.push({ severity: 'warning', code: 'empty-file', file: fileName, message: `${fileName} holds no records.` });
  ctx.progress({ phase: 'parsing', bytes: ctx.totalBytes, rows: records.length });
  return { names, columns, sourceRows: RowMap.of(rows), issues: noted, format: 'json', header: true };
}
