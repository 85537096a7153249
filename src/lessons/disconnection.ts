/**
 * The disconnection tree: a customer leaves because they chose to (voluntary: a competitor, a
 * disappointment) or because the company cut them off or life moved them (involuntary:
 * non-payment, moving away). The built-in teaching sample plants reasons by plan (Basic churners
 * name non-payment with probability 0.12, Premium 0.04: public/samples/SOURCES.md).
 */
import { figure, type Lesson } from './lesson.ts';
import type { ChurnReasonsResult } from '../engine/api.ts';
import { reasonsOptions, reasonsSettings } from '../workbook/cells/churn-reasons/settings.ts';

const settings = { by: 'plan' };
const options = reasonsOptions(reasonsSettings(settings));

const branch = (r: ChurnReasonsResult, name: 'voluntary' | 'involuntary') => r.tree.find((b) => b.branch === name);
/** Churners of a plan naming non-payment ÷ the plan's churners with a reason. */
function nonPayment(r: ChurnReasonsResult, plan: string): number {
  const s = r.segments;
  const row = r.reasons.findIndex((x) => x.label === 'Non-payment');
  const at = s?.labels.indexOf(plan) ?? -1;
  return s && row >= 0 && at >= 0 ? s.counts[row * s.labels.length + at] / s.churners[at] : NaN;
}

export const disconnection: Lesson = {
  id: 'disconnection',
  data: { sample: 'reasons-teaching' },
  roles: {},
  definition: { kind: 'flag' },
  asOf: '',
  cells: [{ kind: 'churn-reasons', settings, questions: 2 }],
  figures: [
    figure('withReason', 'churn-reasons', options, (r) => r.withReason, 'count'),
    figure('voluntary', 'churn-reasons', options, (r) => branch(r, 'voluntary')?.share ?? NaN, 'percent'),
    figure('involuntary', 'churn-reasons', options, (r) => branch(r, 'involuntary')?.share ?? NaN, 'percent'),
    figure('basicNonPayment', 'churn-reasons', options, (r) => nonPayment(r, 'Basic'), 'percent'),
    figure('premiumNonPayment', 'churn-reasons', options, (r) => nonPayment(r, 'Premium'), 'percent'),
  ],
};
