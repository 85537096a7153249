/**
 * When period KPIs count a loss: the day it became known under the churn definition, and the
 * first day from which the data can show every loss the definition makes.
 */
import type { ChurnDefinition, LossCountedAt } from '../../engine/api.ts';
import type { CustomerActivity, DayNumber } from './customerActivity.ts';
import { inactivityWindow, partialWindowStart } from './churnStatus.ts';

export function lossCountedAt(definition: ChurnDefinition): LossCountedAt {
  switch (definition.kind) {
    case 'inactivity':
      return 'last-activity-plus-window';
    case 'flag':
      return 'churn-date';
    case 'contract-end':
      return 'contract-end-date';
    case 'partial':
      return 'recent-window-start';
  }
}

/**
 * The first day from which losses are complete; a month or period starting earlier undercounts.
 * Inactivity: a loss is known only after more than `days` days without activity, and customers
 * last active before the data's first day are not in the data, so counts are complete from
 * firstDataDay + days + 1. A relative window has no upper bound; the windows it fixes in days are
 * the single-purchase `days` and the floor `minDays` (the same inactivityWindow churnStatus
 * applies), and counts are taken as complete after the longer of the two.
 * Partial churn dates every loss to the recent window's first day, so no earlier month can show
 * one. A flag's date or a contract end can fall on any day.
 */
export function lossesKnowableFrom(
  definition: ChurnDefinition,
  firstDataDay: DayNumber,
  activity: CustomerActivity | null,
): DayNumber {
  switch (definition.kind) {
    case 'inactivity': {
      const window = Math.max(definition.days, inactivityWindow(definition, 0));
      return Math.floor(firstDataDay + window) + 1;
    }
    case 'partial':
      return activity ? partialWindowStart(activity, definition.months) : -Infinity;
    case 'flag':
    case 'contract-end':
      return -Infinity;
  }
}
