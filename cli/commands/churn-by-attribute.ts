/** `churn-by-attribute <file>... --column NAME`: churn rate by the column's values, with Wilson intervals and risk ratios. */
import { flag, UsageError } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';

export const churnByAttribute = analysisCommand('churn-by-attribute', '--column NAME', (args) => {
  const column = flag(args, 'column');
  if (!column) throw new UsageError('churn-by-attribute needs --column NAME, e.g. --column Contract');
  return { column };
});
