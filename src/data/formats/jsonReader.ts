/**
 * JSON records as cell texts: an array of objects, or JSON Lines (one object per line).
 * Columns are the union of keys in first-seen order; nested values keep their JSON text.
 */
import type { Issue } from '../../engine/api.ts';
import { type TextTable, type ReadContext, UnreadableInput, uniqueColumnNames } from '../rawTable.ts';
import { cellText } from './cellText.ts';
import { RowMap } from '../buffers/rowMap.ts';

const SHAPE_HINT =
  'Churnscope reads a JSON array of records, such as [{"id": 1}, {"id": 2}], or one record per line (JSON Lines).';

// JSON.parse rounds integers beyond 2^53 (often customer ids). Quoting integer literals of 16 or
// more digits first keeps every digit; strings are matched whole so their contents stay as they are.
const LONG_INTEGER = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])-?\d{16,}(?![\w.])/g;

function quoteLongIntegers(text: string): string {
  return text.replace(LONG_INTEGER, (m) => (m[0] === '"' ? m : `"${m}"`));
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function unreadable(file: string, where: string, line?: number): UnreadableInput {
  return new UnreadableInput({
    severity: 'error',
    code: 'unreadable',
    file,
    rows: line === undefined ? undefined : [line],
    message: `${file} is not valid JSON at ${where}: a comma, quote or bracket may be missing or extra. Fix it there or export the file again. ${SHAPE_HINT}`,
  });
}

function parseAt(text: string, file: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (line !== undefined) throw unreadable(file, `line ${line}`, line);
    const m = /line (\d+) column (\d+)|position (\d+)/.exec(error instanceof Error ? error.message : '');
    throw unreadable(
      file,
      m?.[3] !== undefined
        ? lineAndColumn(text, Number(m[3]))
        : m
          ? `line ${m[1]}, column ${m[2]}`
          : 'the end of the text',
    );
  }
}

export async function readJson(text: string, ctx: ReadContext, fileName: string): Promise<TextTable> {
  const body = quoteLongIntegers(text.replace(/^\uFEFF/, ''));
  let records: unknown[] = [];
  let rows: number[] = [];
  const blankLines: number[] = [];
  if (body.trimStart().startsWith('[')) {
    const parsed = parseAt(body, fileName);
    if (!Array.isArray(parsed)) throw unreadable(fileName, 'the end of the text');
    records = parsed;
    rows = Array.from({ length: parsed.length }, (_, i) => i + 1);
  } else {
    const lines = body.split('\n');
    if (lines[lines.length - 1].trim() === '') lines.pop();
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === '') {
        blankLines.push(i + 1);
      } else {
        records.push(parseAt(lines[i], fileName, i + 1));
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
      const what = Array.isArray(record) ? 'a list' : record === null ? 'null' : `a ${typeof record}`;
      throw new UnreadableInput({
        severity: 'error',
        code: 'unreadable',
        file: fileName,
        rows: [rows[r]],
        message: `Record ${rows[r]} in ${fileName} is ${what}, not an object with named fields. ${SHAPE_HINT}`,
      });
    }
    for (const [key, value] of Object.entries(record)) {
      let c = index.get(key);
      if (c === undefined) {
        c = columns.push(new Array<string>(records.length).fill('')) - 1;
        index.set(key, c);
      }
      columns[c][r] = cellText(value);
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
