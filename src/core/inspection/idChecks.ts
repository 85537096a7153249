/**
 * Identifier and tenure values that quietly change who counts as whom: ids Excel rewrote in
 * scientific notation (a 16-digit id saved from a General-formatted cell becomes `1.23457E+15`,
 * its last ten digits gone, so different customers share one id), and negative tenures.
 */
import type { Issue } from '../../engine/api.ts';
import type { TypedColumn } from '../columns/typedColumn.ts';
import { shortText } from '../cellText/shortText.ts';
import { firstRows, type RowPlace } from './qualityChecks.ts';

/** A number as Excel's General format writes one too wide for its cell: mantissa, E, signed exponent. */
const SCIENTIFIC = /^\s*[+-]?\d(?:[.,]\d+)?E[+-]?\d+\s*$/i;
/** Excel's General format keeps at most 6 significant digits in scientific form, and uses it from 12 digits up. */
const SCIENTIFIC_FROM = 1e11;

/** Whether an id read as a number is one Excel could only have written in scientific form: ≥ 1e11 with ≤ 6 significant digits. */
function scientificNumber(v: number): boolean {
  return Math.abs(v) >= SCIENTIFIC_FROM && Number(v.toPrecision(6)) === v;
}

/** Customer ids in scientific notation: as text (`1.23E+15`) or read as such numbers. */
export function scientificIdIssue(col: TypedColumn, place: RowPlace): Issue | null {
  const d = col.data;
  let test: (i: number) => boolean;
  let examples: string[];
  if (d.kind === 'string') {
    const hit = d.dictionary.map((t) => SCIENTIFIC.test(t));
    if (!hit.includes(true)) return null;
    test = (i) => d.codes[i] >= 0 && hit[d.codes[i]];
    examples = d.dictionary.filter((_, k) => hit[k]).slice(0, 5);
  } else if (d.kind === 'number') {
    test = (i) => scientificNumber(d.values[i]);
    examples = [];
  } else return null;
  const n = d.kind === 'string' ? d.codes.length : d.values.length;
  const { count, rows, file } = firstRows(n, test, place);
  if (count === 0) return null;
  if (d.kind === 'number') {
    const seen = new Set<number>();
    for (let i = 0; i < n && seen.size < 5; i++) if (test(i)) seen.add(d.values[i]);
    examples = [...seen].map((v) => v.toExponential().toUpperCase());
  }
  const shown = examples.map((e) => JSON.stringify(shortText(e))).join(', ');
  return {
    severity: 'warning',
    code: 'ids-scientific',
    column: col.name,
    file,
    count,
    rows,
    examples,
    message: `${count} customer id(s) in "${shortText(col.name)}" look like numbers Excel rewrote in scientific notation (rows ${rows.join(', ')}: ${shown}): their last digits are lost, so different customers may share one id. Export the ids again as text (format the column as Text before saving).`,
  };
}

/** Negative tenures: no customer stays less than no time; they are read as unknown. */
export function negativeTenureIssue(col: TypedColumn, place: RowPlace): Issue | null {
  const d = col.data;
  if (d.kind !== 'number') return null;
  const { count, rows, file } = firstRows(d.values.length, (i) => d.values[i] < 0, place);
  if (count === 0) return null;
  return {
    severity: 'warning',
    code: 'negative-tenure',
    column: col.name,
    file,
    count,
    rows,
    message: `${count} negative tenure(s) in "${shortText(col.name)}" (rows ${rows.join(', ')}): a tenure cannot be below zero (often two dates subtracted the wrong way round). They are read as unknown tenure; correct them in the file.`,
  };
}
