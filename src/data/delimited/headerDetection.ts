/**
 * Whether the first record is a header. It is when its cells are all non-empty and none reads
 * as a number or date while the column below it does, or, for all-text data, when its cells
 * are distinct and none of them appears again in its column. A later record that repeats the
 * first (a second export's header, maybe after its BOM) is not counted as a row below it.
 */
import { readDate } from '../../core/cellText/dateText.ts';
import { parseNumberText } from '../../core/cellText/numberText.ts';
import { isNullToken } from '../../core/cellText/nullTokens.ts';

function looksTyped(text: string): boolean {
  return parseNumberText(text, '.') !== null || parseNumberText(text, ',') !== null || readDate(text, true) !== null;
}

function repeatsHeader(record: string[], first: string[]): boolean {
  if (record.length !== first.length) return false;
  const lead = record[0].charCodeAt(0) === 0xfeff ? record[0].slice(1) : record[0];
  return lead === first[0] && record.every((c, k) => k === 0 || c === first[k]);
}

export function detectHeader(records: string[][]): boolean {
  if (records.length === 0) return false;
  const first = records[0];
  if (first.some((c) => c.trim() === ''))
    return (
      records.length > 1 &&
      first.filter((c) => c.trim() !== '').length > first.length / 2 &&
      !first.some((c) => looksTyped(c) && c.trim() !== '')
    );
  if (first.some((c) => looksTyped(c))) return false;
  // A record equal to the first is that header again (two exports joined), not data below it.
  const body = records.slice(1, 200).filter((r) => !repeatsHeader(r, first));
  if (body.length === 0) return true;
  for (let c = 0; c < first.length; c++) {
    const cells = body.map((r) => r[c] ?? '').filter((v) => !isNullToken(v));
    if (cells.length > 0 && cells.every(looksTyped)) return true;
  }
  if (new Set(first).size !== first.length) return false;
  for (let c = 0; c < first.length; c++) {
    if (body.some((r) => r[c] === first[c])) return false;
  }
  return true;
}
