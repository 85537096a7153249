/**
 * What is wrong with the text typed into a number field, as a code the field words in the
 * language shown (null: nothing). An empty field is allowed when `optional` (a weight left blank).
 * The bounds are the field's own min and max; a step of a whole number asks for whole numbers.
 */
export type NumberProblem =
  { code: 'not-a-number' } | { code: 'below'; min: number } | { code: 'above'; max: number } | { code: 'not-whole' };

export interface NumberBounds {
  min?: number;
  max?: number;
  step?: number | 'any';
  optional?: boolean;
}

/** `badInput`: the browser could not read the text as a number (its value is then ''). */
export function numberProblem(text: string, bounds: NumberBounds, badInput = false): NumberProblem | null {
  if (badInput) return { code: 'not-a-number' };
  const trimmed = text.trim();
  if (trimmed === '') return bounds.optional ? null : { code: 'not-a-number' };
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return { code: 'not-a-number' };
  if (bounds.min !== undefined && n < bounds.min) return { code: 'below', min: bounds.min };
  if (bounds.max !== undefined && n > bounds.max) return { code: 'above', max: bounds.max };
  if (typeof bounds.step === 'number' && Number.isInteger(bounds.step) && !Number.isInteger(n))
    return { code: 'not-whole' };
  return null;
}
