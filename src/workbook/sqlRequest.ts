/**
 * Which query a cell's "SQL" action shows: the analysis kind and the options of the generator
 * (src/sql) read from the cell's saved settings, or the settings the generator does not write
 * (then the dialog says so). Cells without a reducing query have none.
 */
import type { SqlAnalysisOptions, SqlKind } from '../sql/index.ts';
import { triangleSettings } from './cells/retention-triangle/settings.ts';
import { survivalSettings } from './cells/survival/settings.ts';
import { rfmSettings } from './cells/rfm/settings.ts';

/** Cell settings the generator does not write, each worded by sql.unsupported.<code>. */
export const SQL_UNSUPPORTED = ['cohort-by', 'attribute-rule', 'filters'] as const;
export type SqlUnsupported = (typeof SQL_UNSUPPORTED)[number];

export type SqlRequest =
  | { kind: SqlKind; options: SqlAnalysisOptions }
  /** The setting the dialog names in issue.sql-not-supported. */
  | { kind: SqlKind; unsupported: SqlUnsupported };

/**
 * The SQL takes an attribute's value on the customer's latest purchase day (the engine's
 * 'latest' rule, and its reading of a column with one value per customer); other rules
 * (most frequent, count of distinct values) are not written.
 */
const otherRule = (rules: Record<string, string>, column: string) =>
  Object.hasOwn(rules, column) && rules[column] !== 'latest';

export function sqlRequest(kind: string, raw: Record<string, unknown>): SqlRequest | null {
  switch (kind) {
    case 'retention-triangle': {
      const s = triangleSettings(raw);
      if (s.cohortBy && s.breakdown) return { kind, unsupported: 'cohort-by' };
      const attribute = s.cohortBy || s.breakdown;
      if (attribute && otherRule(s.rules, attribute)) return { kind, unsupported: 'attribute-rule' };
      // The measure (active, retained, revenue) and the smallest cohort are the browser's: the rows hold all three counts.
      return {
        kind,
        options: {
          period: s.period,
          ...(s.windows === 'rolling' ? { windows: s.windows } : {}),
          ...(s.breakdown ? { group: s.breakdown } : {}),
          ...(s.cohortBy ? { cohortBy: s.cohortBy } : {}),
        },
      };
    }
    case 'survival': {
      const s = survivalSettings(raw);
      if (s.filters.length > 0) return { kind, unsupported: 'filters' };
      if (s.group && otherRule(s.rules, s.group)) return { kind, unsupported: 'attribute-rule' };
      return { kind, options: { durationMeasure: s.duration, ...(s.group ? { group: s.group } : {}) } };
    }
    case 'rfm': {
      const s = rfmSettings(raw);
      return {
        kind,
        options: { scheme: s.scheme, monetary: s.monetary, ...(s.scheme === 'quintile' ? { bins: s.bins } : {}) },
      };
    }
    case 'revenue-movements':
      return { kind, options: {} };
    default:
      return null;
  }
}
