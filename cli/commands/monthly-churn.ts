/** `monthly-churn <file>...`: customers at each month's start, lost and gained, and the monthly rate. */
import { analysisCommand } from '../analysisCommand.ts';

export const monthlyChurn = analysisCommand('monthly-churn', '', () => ({}));
