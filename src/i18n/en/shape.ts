import type { AreaMessages } from '../area.ts';
import type { Shape } from '../../engine/api.ts';

/** Every data shape needs a label, checked by the compiler. */
export const messages = {
  'shape.transactions': 'Transaction log',
  'shape.customers': 'Customer snapshot',
  'shape.unknown': 'Unknown',
  // An analysis's aggregate computed by the app's SQL elsewhere (aggregateRecognition.ts), by its kind.
  'shape.aggregate.retention-triangle': 'Retention triangle counts (from SQL)',
  'shape.aggregate.survival': 'Survival event and censoring counts (from SQL)',
  'shape.aggregate.churn-kpis': 'Churn KPI counts (from SQL)',
} as const satisfies AreaMessages<'shape'> & Record<`shape.${Shape}`, string>;
