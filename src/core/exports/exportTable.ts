/**
 * A table as every export writes it (CSV and xlsx alike): typed columns, rows of plain values,
 * and the stamp worded as "label: text" lines saying what produced the numbers. Pure: the
 * callers word the labels (the UI in its language, the command line in English).
 */

/** How a column's values are written: rounded, and in xlsx formatted (dates as dates, rates as percent). */
export type ExportKind = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date' | 'datetime';

/** A text, a number, an ISO date ('YYYY-MM-DD', or a full ISO time for 'datetime'), or a blank (null). */
export type ExportValue = string | number | null;

export interface ExportColumn {
  name: string;
  kind: ExportKind;
}

export interface AboutLine {
  label: string;
  text: string;
}

export interface ExportTable {
  columns: readonly ExportColumn[];
  /** Read once by each writer: a generator keeps a large table from being copied row by row. */
  rows: Iterable<readonly ExportValue[]>;
  about: readonly AboutLine[];
}

/**
 * A number as an export keeps it: money to the cent, rates (fractions) to 6 decimals (0.0001 %),
 * counts whole, other numbers to 12 significant digits, which removes binary noise such as
 * 554604.0199999996 and keeps every digit a person typed.
 */
export function roundFor(kind: ExportKind, value: number): number {
  if (!Number.isFinite(value)) return value;
  let rounded: number;
  switch (kind) {
    case 'money':
      rounded = Math.round(value * 100) / 100;
      break;
    case 'percent':
      rounded = Math.round(value * 1e6) / 1e6;
      break;
    case 'integer':
      rounded = Math.round(value);
      break;
    default:
      rounded = Number(value.toPrecision(12));
  }
  return rounded === 0 ? 0 : rounded;
}

/** What produced the numbers, as facts: the definition in words, the as-of day, the parameters, the files read. */
export interface StampFacts {
  definitionText: string;
  /** YYYY-MM-DD; '' when the data has no dates. */
  asOf: string;
  /** The options the numbers came from, already worded (see parametersText). */
  parameters: string;
  sources: readonly string[];
  /** ISO 4217 code the amounts are in, as the user set it for the workbook; '' or absent when not set. */
  currency?: string;
}

export interface StampLabels {
  definition: string;
  asOf: string;
  notDated: string;
  parameters: string;
  source: string;
  currency: string;
}

export const ENGLISH_STAMP_LABELS: StampLabels = {
  definition: 'Churn definition',
  asOf: 'As of',
  notDated: 'not dated (the data has no dates)',
  parameters: 'Parameters',
  source: 'Data source',
  currency: 'Currency',
};

/** The one stamp every export prints, in this order; a line with nothing to say is left out. */
export function aboutLines(facts: StampFacts, labels: StampLabels = ENGLISH_STAMP_LABELS): AboutLine[] {
  const lines: AboutLine[] = [
    { label: labels.definition, text: facts.definitionText.replace(/\s*[\r\n]+\s*/g, '; ') },
    { label: labels.asOf, text: facts.asOf || labels.notDated },
  ];
  if (facts.parameters) lines.push({ label: labels.parameters, text: facts.parameters });
  if (facts.sources.length > 0) lines.push({ label: labels.source, text: facts.sources.join(', ') });
  if (facts.currency) lines.push({ label: labels.currency, text: facts.currency });
  return lines;
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * A nested option as a reader of a report or a CSV footer reads it, without JSON's quotes and
 * braces: a list as "a, b" ("[5, 5]" inside another list), a record as "name = value, …", each
 * record of a list in parentheses.
 */
function nestedText(value: unknown, inList = false): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => nestedText(v, true));
    return inList && value.every((v) => v === null || typeof v !== 'object')
      ? `[${items.join(', ')}]`
      : items.join(', ');
  }
  if (value !== null && typeof value === 'object') {
    const text = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => !isBlank(v))
      .map(([k, v]) => `${k} = ${nestedText(v, true)}`)
      .join(', ');
    return inList ? `(${text})` : text;
  }
  return String(value);
}

/** Options as "name: value; name: value" (nested values worded by nestedText), blanks left out. */
export function parametersText(parameters: unknown): string {
  if (parameters === null || typeof parameters !== 'object') return '';
  return Object.entries(parameters as Record<string, unknown>)
    .filter(([, v]) => !isBlank(v))
    .map(([k, v]) => `${k}: ${nestedText(v)}`)
    .join('; ');
}
