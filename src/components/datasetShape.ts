/**
 * What the data is, as the panels name it: an analysis's aggregate computed by the app's SQL
 * elsewhere (recognised on loading by its column names, which the engine reports with the issue
 * aggregate-computed-elsewhere) by its analysis — the detected shape of such a file is
 * "unknown", having neither a log's nor a customer table's roles — else the detected shape.
 */
import type { DatasetSummary } from '../engine/api.ts';
import type { MessageKey } from '../i18n/en/index.ts';

const AGGREGATE_SHAPES = {
  'retention-triangle': 'shape.aggregate.retention-triangle',
  survival: 'shape.aggregate.survival',
  'churn-kpis': 'shape.aggregate.churn-kpis',
} as const satisfies Record<string, MessageKey>;

/** The aggregate's analysis kind when the data is one the app reads back, else null. */
export function aggregateShape(summary: DatasetSummary): keyof typeof AGGREGATE_SHAPES | null {
  const issue = summary.issues.find((i) => i.code === 'aggregate-computed-elsewhere');
  const kind = issue?.params?.aggregate;
  return typeof kind === 'string' && Object.hasOwn(AGGREGATE_SHAPES, kind)
    ? (kind as keyof typeof AGGREGATE_SHAPES)
    : null;
}

/** The message key of the data's shape label, and the class of its badge. */
export function shapeLabelKey(summary: DatasetSummary): { key: MessageKey; className: string } {
  const aggregate = aggregateShape(summary);
  if (aggregate) return { key: AGGREGATE_SHAPES[aggregate], className: 'shape-aggregate' };
  return { key: `shape.${summary.shape}`, className: `shape-${summary.shape}` };
}
