/**
 * Delimited text (CSV, TSV, semicolon, pipe, runs of whitespace) into a RawTable, parsed in
 * chunks so that progress is reported and the user can cancel. PapaParse's Parser does the
 * quoting rules (embedded delimiters, quotes, newlines); this file feeds it chunk by chunk,
 * as Papa's own ChunkStreamer does, and keeps everything it must report: blank lines,
 * ragged rows, unclosed quotes.
 */
import Papa from 'papaparse';
import type { Issue } from '../engine/api.ts';
import { detectDelimiter, detectNewline, splitWhitespace, WHITESPACE } from './delimiterDetection.ts';
import { detectHeader } from './headerDetection.ts';
import { uniqueColumnNames, type RawTable, type ReadContext } from './rawTable.ts';
import { RowNumbers, shapeIssues } from './rowIssues.ts';

const CHUNK_CHARS = 1 << 20;
const HEADER_SAMPLE = 200;

interface PapaResult {
  data: string[][];
  errors: { type: string; code: string; message: string; row?: number }[];
  meta: { cursor: number };
}

export interface DelimitedOptions {
  delimiter?: string;
  header?: boolean;
}

export async function readDelimited(
  text: string,
  ctx: ReadContext,
  options: DelimitedOptions,
  bytesPerChar: number,
): Promise<RawTable> {
  const sample = text.slice(0, 65_536);
  const newline = detectNewline(sample);
  const delimiter = options.delimiter ?? detectDelimiter(sample, newline);
  const rows = new RowNumbers();
  const issues: Issue[] = [];
  let columns: string[][] = [];
  let width = -1;
  let names: string[] = [];
  let header = options.header;
  let pending: { cells: string[]; record: number }[] = [];
  let record = 0;
  let trailingBlank: number[] = [];

  const append = (cells: string[], at: number) => {
    if (cells.length !== width) {
      rows.ragged(at, cells.length, width);
      if (cells.length < width) while (cells.length < width) cells.push('');
    }
    for (let c = 0; c < width; c++) columns[c].push(cells[c]);
    rows.push(at);
  };
  const settle = () => {
    const records = pending.map((p) => p.cells);
    if (header === undefined) header = detectHeader(records);
    const widths = records.map((r) => r.length);
    if (header && records.length > 0) {
      const named = uniqueColumnNames(records[0], ctx.fileName);
      names = named.names;
      issues.push(...named.issues);
      pending = pending.slice(1);
    } else {
      const counts = new Map<number, number>();
      for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
      const mode = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
      names = Array.from({ length: mode }, (_, i) => `column_${i + 1}`);
    }
    width = names.length;
    columns = names.map(() => []);
    for (const p of pending) append(p.cells, p.record);
    pending = [];
  };
  const take = (cells: string[]) => {
    record++;
    if (cells.length === 0 || (cells.length === 1 && cells[0].trim() === '') || cells.every((c) => c === '')) {
      trailingBlank.push(record);
      return;
    }
    if (trailingBlank.length > 0) {
      for (const b of trailingBlank) rows.blank(b);
      trailingBlank = [];
    }
    if (width < 0) {
      pending.push({ cells, record });
      if (pending.length >= HEADER_SAMPLE) settle();
    } else append(cells, record);
  };

  const parser = delimiter === WHITESPACE ? null : new Papa.Parser({ delimiter, newline });
  let pos = 0;
  let leftover = '';
  let chunk = CHUNK_CHARS;
  for (;;) {
    const end = Math.min(text.length, pos + chunk);
    const last = end >= text.length;
    const input = leftover + text.slice(pos, end);
    let consumed: number;
    if (parser) {
      const res = parser.parse(input, 0, !last) as PapaResult;
      const before = record;
      for (const r of res.data) take(r);
      for (const e of res.errors) {
        if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') rows.quote(e.code, before + (e.row ?? 0) + 1);
      }
      consumed = last ? input.length : res.meta.cursor;
    } else {
      const cut = last ? input.length : input.lastIndexOf(newline) + newline.length;
      const body = input.slice(0, Math.max(0, cut));
      const lines = body.split(newline);
      if (!last || lines[lines.length - 1] === '') lines.pop();
      for (const line of lines) take(splitWhitespace(line));
      consumed = Math.max(0, cut);
    }
    // A record longer than a chunk: read more at once rather than re-scanning it each time.
    chunk = consumed === 0 ? chunk * 2 : CHUNK_CHARS;
    leftover = input.slice(consumed);
    pos = end;
    ctx.progress({ phase: 'parsing', bytes: Math.round((pos - leftover.length) * bytesPerChar), rows: record });
    if (last) break;
    await ctx.checkpoint();
  }
  if (width < 0) settle();
  issues.push(...shapeIssues(rows, ctx.fileName, width, names.length > 0 && header === true));
  return {
    names,
    columns,
    sourceRows: rows.toArray(),
    issues,
    format: 'delimited',
    delimiter,
    header: header === true,
  };
}
