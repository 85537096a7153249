/** `inspect <file>...`: what the app would see in a file, as JSON. */
import { existsSync, statSync } from 'node:fs';
import { fileBlob } from './fileBlob.ts';
import { helpersFor } from './helperThreads.ts';
import { basename } from 'node:path';
import type { DatasetSummary, Encoding, ParseOptions } from '../src/engine/api.ts';
import { createEngine } from '../src/engine/engine.ts';
import { flag, type ParsedArgs } from './args.ts';

const DELIMITER_NAMES: Record<string, string> = {
  tab: '\t',
  '\\t': '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  space: 'whitespace',
};

export class UsageError extends Error {}

export function parseOptionsFrom(args: ParsedArgs): ParseOptions {
  const options: ParseOptions = {};
  const delimiter = flag(args, 'delimiter');
  if (delimiter !== undefined) options.delimiter = DELIMITER_NAMES[delimiter] ?? delimiter;
  const encoding = flag(args, 'encoding')?.toLowerCase();
  if (encoding) {
    const known: Record<string, Encoding> = {
      'utf-8': 'utf-8',
      utf8: 'utf-8',
      gbk: 'gb18030',
      gb2312: 'gb18030',
      gb18030: 'gb18030',
      'utf-16le': 'utf-16le',
      'utf-16be': 'utf-16be',
    };
    if (!known[encoding])
      throw new UsageError(`unknown encoding "${encoding}" (use utf-8, gbk, gb18030, utf-16le or utf-16be)`);
    options.encoding = known[encoding];
  }
  const header = flag(args, 'header');
  if (header !== undefined) {
    if (header !== 'yes' && header !== 'no') throw new UsageError('--header takes yes or no');
    options.header = header === 'yes';
  }
  const sheet = flag(args, 'sheet');
  if (sheet !== undefined) options.sheet = sheet;
  for (const spec of args.flags.get('date-order') ?? []) {
    const [column, order] = spec.split('=');
    if (order !== 'dmy' && order !== 'mdy') throw new UsageError('--date-order takes COLUMN=dmy or COLUMN=mdy');
    options.dateOrder = { ...options.dateOrder, [column]: order };
  }
  return options;
}

export async function openFromPaths(args: ParsedArgs) {
  if (args.paths.length === 0) throw new UsageError('give at least one file path');
  const files = await Promise.all(
    args.paths.map(async (path) => {
      if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
      if (statSync(path).isDirectory()) throw new UsageError(`${path} is a folder; give a file`);
      try {
        return { name: basename(path), blob: fileBlob(path) };
      } catch (e) {
        throw new UsageError(`cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }),
  );
  const engine = createEngine({ helpers: helpersFor(files) });
  return { engine, result: await engine.openDataset(files, parseOptionsFrom(args)) };
}

export function inspectReport(s: DatasetSummary) {
  const delimiter = s.files[0].delimiter;
  return {
    rows: s.rows,
    shape: s.shape,
    format: s.files[0].format,
    encoding: s.files[0].encoding ?? null,
    delimiter: delimiter === '\t' ? 'tab' : (delimiter ?? null),
    header: s.files[0].header ?? null,
    files: s.files.map((f) => ({ name: f.name, rows: f.rows, sha256: f.sha256, threads: f.threads ?? 1 })),
    columns: s.columns.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? null,
      role: c.role,
      nulls: c.nulls,
      invalid: c.invalid,
    })),
    issues: s.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      ...(i.file ? { file: i.file } : {}),
      ...(i.column ? { column: i.column } : {}),
      ...(i.rows ? { rows: i.rows } : {}),
      message: i.message,
    })),
  };
}
