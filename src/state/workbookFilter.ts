/**
 * The workbook-wide filter as a workbook file holds it (`filter: {parts: [...]}`): its shape is
 * checked here, field by field; what each part names (a column, a status) is the engine's to
 * judge, and a part it cannot read comes back as an issue the filter bar shows.
 */
import type { CustomerFilter, CustomerSelection } from '../engine/api.ts';
import { isRecord, notOneOf, problem, shown, type FieldProblem } from './workbookFields.ts';

const SELECTION_KINDS = [
  'all',
  'status',
  'attribute',
  'attribute-bin',
  'dates',
  'period',
  'derived',
  'ranked-tenth',
  'cohort-cell',
  'all-of',
] as const satisfies readonly CustomerSelection['kind'][];

export function filterProblem(filter: unknown): FieldProblem | null {
  if (!isRecord(filter))
    return problem('not-object', 'filter', `${shown(filter)} is not an object`, { value: shown(filter) });
  if (!Array.isArray(filter.parts))
    return problem('not-list', 'filter.parts', `${shown(filter.parts)} is not a list`, { value: shown(filter.parts) });
  for (const [i, part] of filter.parts.entries()) {
    const field = `filter.parts[${i}]`;
    if (!isRecord(part)) return problem('not-object', field, `${shown(part)} is not an object`, { value: shown(part) });
    if (!(SELECTION_KINDS as readonly unknown[]).includes(part.kind))
      return notOneOf(`${field}.kind`, part.kind, SELECTION_KINDS);
  }
  return null;
}

/** The filter with a part added (a part already there is not added twice). */
export function withPart(filter: CustomerFilter | null, part: CustomerSelection): CustomerFilter {
  const parts = filter?.parts ?? [];
  const key = JSON.stringify(part);
  return { parts: parts.some((p) => JSON.stringify(p) === key) ? parts : [...parts, part] };
}

/** The filter without part `index`; null when none is left. */
export function withoutPart(filter: CustomerFilter, index: number): CustomerFilter | null {
  const parts = filter.parts.filter((_, i) => i !== index);
  return parts.length > 0 ? { parts } : null;
}
