/** `churn-kpis <file>...`: overall churn, churn over a period (the last 12 months by default) and the mean monthly rate. */
import { flag } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';

export const churnKpis = analysisCommand(
  'churn-kpis',
  '[--period-start YYYY-MM-DD] [--period-end YYYY-MM-DD]',
  (args) => ({
    periodStart: flag(args, 'period-start'),
    periodEnd: flag(args, 'period-end'),
  }),
);
