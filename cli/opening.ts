/** Opening the files every command reads: the read options from the flags, and the engine with the dataset. */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Encoding, ParseOptions } from '../src/engine/api.ts';
import { createEngine } from '../src/engine/engine.ts';
import { flag, UsageError, type ParsedArgs } from './args.ts';
import { fileBlob } from './fileBlob.ts';
import { helpersFor } from './helperThreads.ts';

/** The usage text of the read options, which every command takes. */
export const READ_OPTIONS =
  '[--delimiter X] [--encoding X] [--header yes|no] [--sheet NAME] [--date-order COLUMN=dmy|mdy]';

const DELIMITER_NAMES: Record<string, string> = {
  tab: '\t',
  '\\t': '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  space: 'whitespace',
};

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
      big5: 'big5',
      shift_jis: 'shift_jis',
      'shift-jis': 'shift_jis',
      sjis: 'shift_jis',
      cp932: 'shift_jis',
      'windows-1252': 'windows-1252',
      cp1252: 'windows-1252',
      latin1: 'windows-1252',
      'iso-8859-1': 'windows-1252',
      'utf-16le': 'utf-16le',
      'utf-16be': 'utf-16be',
    };
    if (!Object.hasOwn(known, encoding))
      throw new UsageError(
        `unknown encoding "${encoding}" (use utf-8, gbk, gb18030, big5, shift_jis, windows-1252 (latin1), utf-16le or utf-16be)`,
      );
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
