/** `inspect <file>...`: what the app would see in a file, as JSON. */
import type { DatasetSummary } from '../../src/engine/api.ts';
import type { Command } from '../command.ts';
import { READ_OPTIONS } from '../opening.ts';

export const inspect: Command = {
  name: 'inspect',
  usage: `<file>... ${READ_OPTIONS}`,
  run: (_engine, _args, summary) => ({ code: 0, out: inspectReport(summary) }),
};

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
      ...(i.count !== undefined ? { count: i.count } : {}),
      ...(i.rows ? { rows: i.rows } : {}),
      ...(i.examples ? { examples: i.examples } : {}),
      message: i.message,
    })),
  };
}
