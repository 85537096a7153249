/** Two-valued answers as exports write them, in English and Chinese. */
const TRUE_TOKENS = new Set(['yes', 'y', 'true', 't', '1', '是', '真', '对', '√']);
const FALSE_TOKENS = new Set(['no', 'n', 'false', 'f', '0', '否', '假', '错', '×']);

/** 1 for yes, 0 for no, -1 when the text is not a boolean. */
export function readBoolean(text: string): number {
  const t = text.trim().toLowerCase();
  if (TRUE_TOKENS.has(t)) return 1;
  if (FALSE_TOKENS.has(t)) return 0;
  return -1;
}
