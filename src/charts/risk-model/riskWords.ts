/** A risk model's terms and features in the reader's language: a table column by its heading, a level by its value. */
import { MISSING_LEVEL, OTHER_LEVEL, type DesignTerm } from '../../engine/api.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';

/** A customer-table column (tenure_days) by its heading; an attribute by its own name. */
export function featureName(name: string): string {
  const key = `def.col.${name}`;
  return i18n.hasKey(key) ? t(key) : name;
}

export function levelName(level: string): string {
  return level === OTHER_LEVEL
    ? t('risk-model.level.other')
    : level === MISSING_LEVEL
      ? t('risk-model.level.missing')
      : level;
}

/** "Contract = Two year", or for a number "Tenure (days) (+1 SD = 744)". */
export function termLabel(term: DesignTerm, sd?: number): string {
  if (term.level !== undefined)
    return t('risk-model.coefficients.level', { feature: featureName(term.feature), level: levelName(term.level) });
  if (sd === undefined) return featureName(term.feature);
  return t('risk-model.coefficients.perSd', {
    feature: featureName(term.feature),
    sd: i18n.formatNumber(sd, { maximumSignificantDigits: 3 }),
  });
}
