/** Cell texts that mean "no value" in real exports (Excel, R, pandas, SQL dumps, Chinese tools). */
const NULL_TOKENS = new Set([
  '',
  'na',
  'n/a',
  '#n/a',
  'null',
  'nan',
  'none',
  'nil',
  '-',
  '--',
  '—',
  '?',
  '空',
  '无',
  '(null)',
  '(blank)',
]);

export function isNullToken(text: string): boolean {
  if (text.length === 0) return true;
  if (text.length > 8) return false;
  // Hot path: no null token starts with a digit.
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  // Nor with a Latin letter other than n/N (ids such as "C091012" are most of a large column).
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && c !== 78 && c !== 110) return false;
  return NULL_TOKENS.has(text.trim().toLowerCase());
}
