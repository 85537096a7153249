/**
 * Reading numbers as people type them into exports: thousands separators, decimal commas
 * (1.234,56), currency signs (¥ $ € £ 元 and ISO codes), percent signs and accounting
 * negatives "(12.50)". The decimal mark is decided once per column, never per cell, so
 * "1,234" cannot mean 1234 in one row and 1.234 in the next.
 */

export type DecimalMark = '.' | ',';

export interface NumberFormat {
  decimal: DecimalMark;
  percent: boolean;
  currency: string;
}

const CURRENCY_AFFIX = /^(?:[¥￥$€£]|US\$|RMB|CNY|USD|EUR|GBP)\s*|\s*(?:元|[¥￥$€£]|RMB|CNY|USD|EUR|GBP)$/i;
const PLAIN_POINT = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_POINT = /^\d{1,3}(?:([,\s\u00a0\u202f'])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
const PLAIN_COMMA = /^\d+(?:,\d+)?$/;
const GROUPED_COMMA = /^\d{1,3}(?:([.\s\u00a0\u202f'])\d{3})(?:\1\d{3})*(?:,\d+)?$/;
const COMMA_DECIMAL_EVIDENCE = /^\d{1,3}(?:[.\s\u00a0\u202f']\d{3})+,\d+$|^\d+,(?:\d{1,2}|\d{4,})$/;

interface Stripped {
  body: string;
  negative: boolean;
  percent: boolean;
  currency: string;
}

function strip(text: string): Stripped | null {
  let body = text.trim();
  let negative = false;
  let percent = false;
  let currency = '';
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-') || body.startsWith('+') || body.startsWith('−')) {
    negative = body[0] !== '+';
    body = body.slice(1).trim();
  }
  const affix = CURRENCY_AFFIX.exec(body);
  if (affix) {
    currency = affix[0].trim();
    body = body.slice(0, affix.index) + body.slice(affix.index + affix[0].length);
    body = body.trim();
    if (!negative && (body.startsWith('-') || body.startsWith('−'))) {
      negative = true;
      body = body.slice(1).trim();
    }
  }
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  if (body.length === 0) return null;
  return { body, negative, percent, currency };
}

/** True when the text can only be read with a decimal comma (e.g. "1.234,5" or "3,14"). */
export function hasDecimalCommaEvidence(text: string): boolean {
  const s = strip(text);
  return s !== null && COMMA_DECIMAL_EVIDENCE.test(s.body);
}

/**
 * Plain numbers ("-12", "3.75") read without regular expressions or allocations: nearly every
 * cell of a large export takes this path. NaN means "not plain", not "not a number".
 */
export function plainNumber(text: string, decimal: DecimalMark): number {
  const n = text.length;
  if (n === 0 || n > 15) return NaN;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return NaN;
  const mark = decimal === '.' ? 46 : 44;
  let seenMark = false;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === mark && !seenMark) seenMark = true;
    else return NaN;
  }
  if (digits === 0) return NaN;
  return Number(decimal === '.' ? text : text.replace(',', '.'));
}

/** The magnitude and the decorations of a number cell, or null when it is not a number. */
export function parseNumberText(
  text: string,
  decimal: DecimalMark,
): { value: number; percent: boolean; currency: string } | null {
  // Plain cells ("536365", "-2.5") without the regular expressions; with a decimal comma only
  // those without one, since plainNumber takes "12," and ",5" that the patterns below refuse.
  if (decimal === '.' || !text.includes(',')) {
    const plain = plainNumber(text, decimal);
    if (!Number.isNaN(plain)) return { value: plain, percent: false, currency: '' };
  }
  const s = strip(text);
  if (s === null) return null;
  let body = s.body;
  let digits: string;
  if (decimal === '.') {
    if (PLAIN_POINT.test(body)) digits = body;
    else if (GROUPED_POINT.test(body)) digits = body.replace(/[,\s\u00a0\u202f']/g, '');
    else return null;
  } else {
    if (PLAIN_COMMA.test(body)) digits = body.replace(',', '.');
    else if (GROUPED_COMMA.test(body)) {
      body = body.replace(/[.\s\u00a0\u202f']/g, '');
      digits = body.replace(',', '.');
    } else return null;
  }
  let value = Number(digits);
  if (!Number.isFinite(value)) return null;
  if (s.negative) value = -value;
  if (s.percent) value /= 100;
  return { value, percent: s.percent, currency: s.currency };
}

/** "00042" is a code, not forty-two: a leading zero followed by another digit. */
export function hasSignificantLeadingZero(text: string): boolean {
  const t = text.trim();
  return t.length > 1 && t[0] === '0' && t[1] >= '0' && t[1] <= '9';
}

/** Integer texts carry no decimal mark and no exponent. */
export function looksIntegral(text: string, decimal: DecimalMark): boolean {
  return !text.includes(decimal) && !/[eE%]/.test(text);
}
