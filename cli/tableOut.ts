/**
 * `--out table.csv|.xlsx|.arrow`: the customer table (with the columns analyses added to it)
 * written as the app writes it, in English with the machine column names.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { flag, UsageError, type ParsedArgs } from './args.ts';
import type { Engine } from './command.ts';

export const TABLE_OUT = '[--out table.csv|.xlsx|.arrow]';

/** Writes the file when `--out` is given; an error line when the engine refuses, else null. */
export function writeTableOut(engine: Engine, args: ParsedArgs, id: string): string | null {
  const out = flag(args, 'out');
  if (out === undefined) return null;
  const ext = extname(out).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx' && ext !== '.arrow')
    throw new UsageError('--out must end in .csv, .xlsx or .arrow');
  const file = engine.exportCustomerTable(id, ext.slice(1) as 'csv' | 'xlsx' | 'arrow');
  if (!file.ok) return file.issues[0].message;
  writeFileSync(out, file.value);
  return null;
}
