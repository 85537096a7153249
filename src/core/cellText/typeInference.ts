/**
 * Deciding a column's type from its cells. Every non-empty cell must fit the type; a column
 * where some do not stays text, and the result says which cells stopped it (a "near miss"),
 * so the user can convert it knowingly. Ambiguous day/month order is never guessed.
 */
import { booleanFormat, type ColumnType, type DateOrder } from '../../engine/api.ts';
import { isNullToken } from './nullTokens.ts';
import { readBoolean } from './booleanText.ts';
import { readDate, DATE_PATTERN_LABEL, type DatePattern } from './dateText.ts';
import {
  parseNumberText,
  hasDecimalCommaEvidence,
  hasSignificantLeadingZero,
  looksIntegral,
  type DecimalMark,
} from './numberText.ts';
import { isIdentifierName } from './identifierNames.ts';
import { shortText } from './shortText.ts';

const MAX_EXAMPLES = 5;

export interface CellMisses {
  count: number;
  /** Indices (0-based, into the column) of the first cells that did not fit. */
  indices: number[];
  examples: string[];
}

export interface InferredType {
  type: ColumnType;
  format?: string;
  decimal?: DecimalMark;
  dateOrder?: DateOrder;
  /** Dates written DD/MM/YYYY or MM/DD/YYYY where no cell tells which: the user must say. */
  dateOrderUnknown?: { indices: number[]; examples: string[] };
  /** A typed reading that almost fit: the type and the cells that kept the column text. */
  nearMiss?: { type: ColumnType; misses: CellMisses };
  nonNull: number;
}

function newMisses(): CellMisses {
  return { count: 0, indices: [], examples: [] };
}

function miss(m: CellMisses, index: number, text: string, weight = 1): void {
  m.count += weight;
  if (m.indices.length < MAX_EXAMPLES) {
    m.indices.push(index);
    m.examples.push(shortText(text));
  }
}

/** Strings: categories when values repeat, identifiers when each is a short unique code. */
function stringType(values: ArrayLike<string>, name: string, counts?: ArrayLike<number>): ColumnType {
  // With counts the values are a dictionary, distinct already: no set needed to count them.
  const seen = counts ? null : new Set<string>();
  let distinctNonEmpty = 0;
  let nonEmpty = 0;
  let totalLength = 0;
  let withSpaces = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v.trim() === '') continue;
    const w = counts ? counts[i] : 1;
    nonEmpty += w;
    totalLength += v.length * w;
    if (v.includes(' ')) withSpaces += w;
    if (seen) seen.add(v);
    else if (w > 0) distinctNonEmpty++;
  }
  if (nonEmpty === 0) return 'text';
  const distinct = seen ? seen.size : distinctNonEmpty;
  const meanLength = totalLength / nonEmpty;
  if (isIdentifierName(name) && withSpaces === 0) return 'identifier';
  if (distinct === nonEmpty && nonEmpty > 1 && meanLength <= 40 && withSpaces === 0) return 'identifier';
  if (meanLength > 60) return 'text';
  if (distinct <= 1000 || distinct <= nonEmpty * 0.5) return 'categorical';
  return 'text';
}

/**
 * `values` may be a column's cells, or its distinct texts with `counts` saying how many cells
 * hold each: then counts weigh every tally and miss indices are indices into `values`.
 */
/**
 * "yes/no" as the data writes it, the commonest spelling of each: "Yes/No", "1/0", "是/否".
 * A side the data never uses is left empty ("Yes/").
 */
function writtenBoolean(written: [Map<string, number>, Map<string, number>]): string {
  const commonest = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return booleanFormat(commonest(written[1]), commonest(written[0]));
}

export function inferColumnType(
  values: ArrayLike<string>,
  name: string,
  order?: DateOrder,
  counts?: ArrayLike<number>,
): InferredType {
  let n = values.length;
  if (counts) {
    n = 0;
    for (let i = 0; i < counts.length; i++) n += counts[i];
  }
  const tolerance = Math.max(5, Math.ceil(n * 0.05));
  let nonNull = 0;
  let boolAlive = true;
  const boolMisses = newMisses();
  // How the data writes yes and no (Yes/No, 1/0, 是/否…), so a preview can show them as written.
  const written: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  let pointAlive = true;
  const pointMisses = newMisses();
  let commaAlive = true;
  const commaMisses = newMisses();
  let commaEvidence = false;
  let allIntegralPoint = true;
  let allIntegralComma = true;
  let leadingZero = 0;
  let percent = 0;
  const currencies = new Map<string, number>();
  let dateAlive = true;
  const dateMisses = newMisses();
  let compactAlive = true;
  const patterns = new Map<DatePattern, number>();
  let hasTime = false;
  let dayFirstOnly = false;
  let monthFirstOnly = false;
  const undecided: { indices: number[]; examples: string[] } = { indices: [], examples: [] };

  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isNullToken(v)) continue;
    const w = counts ? counts[i] : 1;
    if (w === 0) continue;
    nonNull += w;
    if (boolAlive) {
      const answer = readBoolean(v);
      if (answer < 0) {
        miss(boolMisses, i, v, w);
        if (boolMisses.count > 0) boolAlive = false;
      } else {
        const text = v.trim();
        written[answer].set(text, (written[answer].get(text) ?? 0) + w);
      }
    }
    if (pointAlive) {
      const r = parseNumberText(v, '.');
      if (r === null) {
        miss(pointMisses, i, v, w);
        if (pointMisses.count > tolerance) pointAlive = false;
      } else {
        if (!looksIntegral(v, '.')) allIntegralPoint = false;
        if (hasSignificantLeadingZero(v)) leadingZero += w;
        if (r.percent) percent += w;
        if (r.currency) currencies.set(r.currency, (currencies.get(r.currency) ?? 0) + w);
      }
    }
    if (commaAlive) {
      const r = parseNumberText(v, ',');
      if (r === null) {
        miss(commaMisses, i, v, w);
        if (commaMisses.count > tolerance) commaAlive = false;
      } else {
        if (!looksIntegral(v, ',')) allIntegralComma = false;
        if (!commaEvidence && v.includes(',') && hasDecimalCommaEvidence(v)) commaEvidence = true;
      }
    }
    if (dateAlive) {
      const d = readDate(v, compactAlive);
      if (d === null) {
        miss(dateMisses, i, v, w);
        if (dateMisses.count > tolerance) dateAlive = false;
      } else {
        if (d.pattern !== 'compact') compactAlive = false;
        patterns.set(d.pattern, (patterns.get(d.pattern) ?? 0) + w);
        if (d.hasTime) hasTime = true;
        if (d.pattern === 'day-month-year') {
          if (d.first! > 12) dayFirstOnly = true;
          else if (d.second! > 12) monthFirstOnly = true;
          else if (undecided.indices.length < MAX_EXAMPLES && d.first !== d.second) {
            undecided.indices.push(i);
            undecided.examples.push(shortText(v));
          }
        }
      }
    }
  }

  if (nonNull === 0) return { type: 'text', nonNull };
  if (boolAlive && boolMisses.count === 0) return { type: 'boolean', format: writtenBoolean(written), nonNull };

  // A column of 8-digit numbers is read as YYYYMMDD dates only when every cell is one.
  if (dateAlive && dateMisses.count === 0 && (patterns.get('compact') ?? 0) === nonNull) {
    return { type: 'date', format: DATE_PATTERN_LABEL.compact, nonNull };
  }
  if (dateAlive && dateMisses.count === 0 && !patterns.has('compact')) {
    const main = [...patterns.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const type: ColumnType = hasTime ? 'datetime' : 'date';
    if (patterns.has('day-month-year')) {
      if (dayFirstOnly && monthFirstOnly) {
        return { type: 'text', nonNull, nearMiss: { type, misses: dateMisses } };
      }
      const known: DateOrder | undefined = dayFirstOnly ? 'dmy' : monthFirstOnly ? 'mdy' : order;
      if (!known) return { type: 'text', nonNull, dateOrderUnknown: undecided };
      return {
        type,
        format: known === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY',
        dateOrder: known,
        nonNull,
      };
    }
    return { type, format: DATE_PATTERN_LABEL[main] + (hasTime ? ' hh:mm' : ''), nonNull };
  }

  const pointFits = pointAlive && pointMisses.count === 0;
  const commaFits = commaAlive && commaMisses.count === 0;
  if (pointFits || commaFits) {
    const decimal: DecimalMark = commaFits && (commaEvidence || !pointFits) ? ',' : '.';
    const integral = decimal === '.' ? allIntegralPoint : allIntegralComma;
    if (integral && (leadingZero > 0 || isIdentifierName(name))) {
      return { type: 'identifier', format: leadingZero > 0 ? 'leading zeros kept' : undefined, nonNull };
    }
    const parts: string[] = [];
    if (decimal === ',') parts.push('decimal comma');
    if (percent > 0) parts.push('percent');
    const currency = [...currencies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (currency) parts.push(currency);
    return {
      type: integral && percent === 0 ? 'integer' : 'decimal',
      format: parts.length > 0 ? parts.join(', ') : undefined,
      decimal,
      nonNull,
    };
  }

  const result: InferredType = { type: stringType(values, name, counts), nonNull };
  // Codes such as invoice numbers ("536365", "C536379") are identifiers, not broken numbers.
  if (isIdentifierName(name)) return result;
  if (pointAlive && pointMisses.count <= tolerance && pointMisses.count < nonNull / 2) {
    result.nearMiss = { type: allIntegralPoint ? 'integer' : 'decimal', misses: pointMisses };
  } else if (dateAlive && dateMisses.count <= tolerance && dateMisses.count < nonNull / 2) {
    result.nearMiss = { type: hasTime ? 'datetime' : 'date', misses: dateMisses };
  }
  if (result.nearMiss && result.type === 'identifier') result.type = 'text';
  return result;
}
