/** The revenue charts' words in the user's language: the movements, the table headers, and the definitions every export states. */
import type { RevenueMovementsResult } from '../../engine/api.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';
import type { MovementLabels } from './movementStyle.ts';
import type { MovementTableLabels } from './revenueMovementsTable.ts';

export function movementLabels(): MovementLabels {
  return {
    start: t('revenue-movements.bar.start'),
    new: t('revenue-movements.bar.new'),
    expansion: t('revenue-movements.bar.expansion'),
    reactivated: t('revenue-movements.bar.reactivated'),
    contraction: t('revenue-movements.bar.contraction'),
    churned: t('revenue-movements.bar.churned'),
    end: t('revenue-movements.bar.end'),
  };
}

export function movementTableLabels(): MovementTableLabels {
  return {
    period: t('revenue-movements.col.period'),
    movements: movementLabels(),
    customersOf: (movement) => t('revenue-movements.col.customersOf', { movement }),
    grr: t('revenue-movements.grr'),
    nrr: t('revenue-movements.nrr'),
    quickRatio: t('revenue-movements.quickRatio'),
    contractionShare: t('revenue-movements.contractionShare'),
    refunds: t('revenue-movements.refunds'),
    complete: t('revenue-movements.col.complete'),
    yes: t('revenue-movements.yes'),
    no: t('revenue-movements.no'),
  };
}

/** The definitions of revenue, the movements, the ratios and the periods: shown once in the cell, stated in every export. */
export function definitionNotes(returns: RevenueMovementsResult['returns']): { label: string; text: string }[] {
  const label = (k: 'revenue' | 'movements' | 'ratios' | 'periods') => t(`revenue-movements.def.label.${k}`);
  return [
    { label: label('revenue'), text: t(`revenue-movements.def.revenue.${returns}`) },
    { label: label('movements'), text: t('revenue-movements.def.movements') },
    { label: label('ratios'), text: t('revenue-movements.def.ratios') },
    { label: label('periods'), text: t('revenue-movements.def.periods') },
  ];
}

export const moneyOf = (currency: string) => (value: number) => i18n.formatMoney(value, currency, { compact: true });
