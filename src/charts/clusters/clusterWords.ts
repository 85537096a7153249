/** The clusters charts' words for what the result carries as names and codes, in the user's language. */
import type { ClusterColumn, ClusterNameCode, ClustersResult } from '../../engine/api.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';

/** A feature: the customer table's own columns by their headings, the data's columns by their names. */
export function featureText(name: string): string {
  if (name === 'days_since_last') return t('clusters.feature.days_since_last');
  const own = `def.col.${name}`;
  return i18n.hasKey(own) ? t(own) : name;
}

/** A matrix column: the feature, or "Contract: Two year" for a one-hot column. */
export function columnText(column: ClusterColumn): string {
  if (column.level === undefined) return featureText(column.feature);
  return `${featureText(column.feature)}: ${column.pooled ? t('clusters.name.other') : column.level}`;
}

/** A suggested name: "high MonthlyCharges, low tenure", or "close to average". */
export function suggestedText(codes: ClusterNameCode[]): string {
  if (codes.length === 0) return t('clusters.name.average');
  return codes
    .map((c) =>
      c.value !== undefined
        ? t('clusters.name.value', { feature: featureText(c.feature), value: c.value })
        : t(`clusters.name.${c.level}`, { feature: featureText(c.feature) }),
    )
    .join(t('clusters.name.joiner'));
}

/** Each cluster's label, in result order: "1 · high MonthlyCharges, low tenure" (the user's name when given). */
export function clusterLabels(result: ClustersResult): string[] {
  return result.clusters.map((c) =>
    t('clusters.label', { id: String(c.id), name: c.name || suggestedText(c.suggested) }),
  );
}
