/**
 * Segments other analyses add to the customer table, offered as "reasons by" columns (the engine
 * says when one has not run), named as the customer table's export heads them ("RFM segment",
 * not the column code "segment").
 */
import type { AttributeChoice } from '../cellColumns.ts';
import { customerColumnWords } from '../../../components/customerColumnWords.ts';

export const DERIVED_SEGMENTS = [
  'segment',
  'cluster',
  'cluster_name',
  'value_tier',
  'margin_tier',
  'risk_decile',
  'quadrant',
] as const;

/** The derived segments not among the table's own columns (`taken`), each with its words. */
export function derivedSegmentChoices(taken: ReadonlySet<string>): AttributeChoice[] {
  const { columns } = customerColumnWords('');
  return DERIVED_SEGMENTS.filter((name) => !taken.has(name)).map((name) => ({
    name,
    label: columns[name] ?? name,
    level: 'customer' as const,
    varyingCustomers: 0,
    rules: [],
  }));
}
