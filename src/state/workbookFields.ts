/**
 * Checking a workbook file field by field, as the command line checks its options: each
 * problem names the field (a JSON path such as `source[1].options.encoding`), the value found
 * (cut short) and what is allowed, as a code the UI words in each language.
 */
import {
  COLUMN_TYPES,
  ENCODINGS,
  ROLES,
  type ColumnType,
  type DateOrder,
  type Encoding,
  type Role,
} from '../engine/api.ts';

export type FieldProblemCode =
  | 'not-object'
  | 'not-list'
  | 'not-text'
  | 'not-size'
  | 'not-boolean'
  | 'not-one-of'
  | 'not-unique'
  | 'bad-delimiter'
  | 'bad-fingerprint'
  | 'bad-day'
  | 'not-positive'
  | 'not-whole'
  | 'not-non-negative'
  | 'not-percent'
  | 'needs-factor'
  | 'at-risk-above'
  | 'shares-three'
  | 'shares-sum'
  | 'bad-currency'
  | 'too-many-cells';

export interface FieldProblem {
  code: FieldProblemCode;
  /** Where in the file: `source[1].options.encoding`, `cells[3].kind`, `analysis.definition.days`. */
  field: string;
  params: Record<string, string | number>;
  /** English, without the field, for logs and tests; the UI words the code in each language. */
  message: string;
}

/** Encodings a workbook may name are the engine's own names (the CLI also takes aliases such as gbk). */
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];

/** A workbook lists settings, not data: more cells than this is not a workbook a person made. */
export const MAX_WORKBOOK_CELLS = 100_000;

const SHOWN_CHARS = 40;

/** A value as a message may show it: JSON, cut to a few dozen characters. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function problem(
  code: FieldProblemCode,
  field: string,
  message: string,
  params: Record<string, string | number> = {},
): FieldProblem {
  return { code, field, params, message };
}

export function notOneOf(field: string, value: unknown, allowed: readonly string[]): FieldProblem {
  const list = allowed.join(', ');
  return problem('not-one-of', field, `${shown(value)} is not one of ${list}`, { value: shown(value), allowed: list });
}

/** Why a source's read options would be refused by the CLI (or misread by the engine), or null. */
export function parseOptionsProblem(options: unknown, field: string): FieldProblem | null {
  if (!isRecord(options)) return problem('not-object', field, 'must be an object');
  const { delimiter, encoding, header, sheet, columnTypes, dateOrder } = options;
  if (
    delimiter !== undefined &&
    delimiter !== 'whitespace' &&
    (typeof delimiter !== 'string' || delimiter.length !== 1 || '"\r\n'.includes(delimiter))
  )
    return problem(
      'bad-delimiter',
      `${field}.delimiter`,
      `${shown(delimiter)} is not one character (other than a quote or a line break) or "whitespace"`,
      { value: shown(delimiter) },
    );
  if (encoding !== undefined && !ENCODINGS.includes(encoding as Encoding))
    return notOneOf(`${field}.encoding`, encoding, ENCODINGS);
  if (header !== undefined && typeof header !== 'boolean')
    return problem('not-boolean', `${field}.header`, `${shown(header)} is not true or false`, { value: shown(header) });
  if (sheet !== undefined && typeof sheet !== 'string')
    return problem('not-text', `${field}.sheet`, `${shown(sheet)} is not a sheet name`, { value: shown(sheet) });
  return (
    recordOf(columnTypes, `${field}.columnTypes`, COLUMN_TYPES as readonly ColumnType[]) ??
    recordOf(dateOrder, `${field}.dateOrder`, DATE_ORDERS)
  );
}

/** An optional object whose every value is one of `allowed` (column → type, column → date order). */
function recordOf(value: unknown, field: string, allowed: readonly string[]): FieldProblem | null {
  if (value === undefined) return null;
  if (!isRecord(value)) return problem('not-object', field, 'must be an object');
  for (const [key, v] of Object.entries(value))
    if (!allowed.includes(v as string)) return notOneOf(`${field}[${shown(key)}]`, v, allowed);
  return null;
}

export function sourceProblem(source: unknown): FieldProblem | null {
  if (!Array.isArray(source)) return problem('not-list', 'source', 'must be a list');
  for (const [i, s] of source.entries()) {
    const at = `source[${i + 1}]`;
    if (!isRecord(s)) return problem('not-object', at, 'must be an object');
    if (typeof s.name !== 'string')
      return problem('not-text', `${at}.name`, `${shown(s.name)} is not a file name`, { value: shown(s.name) });
    if (typeof s.size !== 'number' || !Number.isSafeInteger(s.size) || s.size < 0)
      return problem('not-size', `${at}.size`, `${shown(s.size)} is not a size in bytes`, { value: shown(s.size) });
    if (typeof s.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(s.sha256))
      return problem('bad-fingerprint', `${at}.sha256`, `${shown(s.sha256)} is not a SHA-256 fingerprint`, {
        value: shown(s.sha256),
      });
    const options = parseOptionsProblem(s.options, `${at}.options`);
    if (options) return options;
  }
  return null;
}

export function rolesProblem(roles: unknown): FieldProblem | null {
  if (!isRecord(roles)) return problem('not-object', 'roles', 'must be an object');
  for (const [column, role] of Object.entries(roles))
    if (!ROLES.includes(role as Role)) return notOneOf(`roles[${shown(column)}]`, role, ROLES);
  return null;
}

/** How much of a wide screen's row a cell takes: two half cells in a row sit side by side. */
export const CELL_WIDTHS = ['full', 'half'] as const;
export type CellWidth = (typeof CELL_WIDTHS)[number];

export function cellsProblem(
  cells: unknown,
  kinds: readonly string[],
  /** A slice of the cells, for checking a long list a slice at a time (the ids seen so far go along). */
  slice: { from: number; to: number; ids: Set<string> } | null = null,
): FieldProblem | null {
  if (!Array.isArray(cells)) return problem('not-list', 'cells', 'must be a list');
  if (cells.length > MAX_WORKBOOK_CELLS)
    return problem('too-many-cells', 'cells', `${cells.length} cells; a workbook holds at most ${MAX_WORKBOOK_CELLS}`, {
      count: cells.length,
      limit: MAX_WORKBOOK_CELLS,
    });
  const ids = slice?.ids ?? new Set<string>();
  const to = Math.min(cells.length, slice?.to ?? cells.length);
  for (let i = slice?.from ?? 0; i < to; i++) {
    const c: unknown = cells[i];
    const at = `cells[${i + 1}]`;
    if (!isRecord(c)) return problem('not-object', at, 'must be an object');
    if (typeof c.id !== 'string')
      return problem('not-text', `${at}.id`, `${shown(c.id)} is not an id`, { value: shown(c.id) });
    if (ids.has(c.id))
      return problem('not-unique', `${at}.id`, `${shown(c.id)} is the id of an earlier cell`, { value: shown(c.id) });
    ids.add(c.id);
    if (!kinds.includes(c.kind as string)) return notOneOf(`${at}.kind`, c.kind, kinds);
    for (const key of ['title', 'note'] as const)
      if (typeof c[key] !== 'string')
        return problem('not-text', `${at}.${key}`, `${shown(c[key])} is not text`, { value: shown(c[key]) });
    if (c.titleKey !== undefined && typeof c.titleKey !== 'string')
      return problem('not-text', `${at}.titleKey`, `${shown(c.titleKey)} is not text`, { value: shown(c.titleKey) });
    if (typeof c.collapsed !== 'boolean')
      return problem('not-boolean', `${at}.collapsed`, `${shown(c.collapsed)} is not true or false`, {
        value: shown(c.collapsed),
      });
    if (!isRecord(c.settings)) return problem('not-object', `${at}.settings`, 'must be an object');
    if (c.width !== undefined && !CELL_WIDTHS.includes(c.width as CellWidth))
      return notOneOf(`${at}.width`, c.width, CELL_WIDTHS);
  }
  return null;
}
