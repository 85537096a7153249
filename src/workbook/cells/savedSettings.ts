/**
 * Reading a cell's saved settings: a workbook may hold older, partial or hand-edited values,
 * so each reader falls back to the default for anything missing or unusable.
 */
export const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const wholeAtLeast = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min ? value : fallback;
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
