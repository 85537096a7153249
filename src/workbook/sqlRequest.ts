/**
 * Which query a cell's "SQL" action shows: the analysis kind and the options of the generator
 * (src/sql) read from the cell's saved settings, or the settings the generator does not write
 * (then the dialog says so). Cells without a reducing query have none.
 */
import type { SqlAnalysisOptions, SqlKind } from '../sql/index.ts';
import { triangleSettings } from './cells/retention-triangle/settings.ts';
import { survivalSettings } from './cells/survival/settings.ts';
import { rfmSettings } from './cells/rfm/settings.ts';

export type SqlRequest =
  | { kind: SqlKind; options: SqlAnalysisOptions }
  /** `what` names the setting in the words of issue.sql-not-supported. */
  | { kind: SqlKind; unsupported: string };

export function sqlRequest(kind: string, raw: Record<string, unknown>): SqlRequest | null {
  switch (kind) {
    case 'retention-triangle': {
      const s = triangleSettings(raw);
      if (s.windows !== 'calendar') return { kind, unsupported: 'rolling windows' };
      if (s.breakdown || s.cohortBy) return { kind, unsupported: 'cohorts by an attribute' };
      return { kind, options: { period: s.period } };
    }
    case 'survival': {
      const s = survivalSettings(raw);
      if (s.filters.length > 0) return { kind, unsupported: 'filters' };
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
