/** `value-tiers <file>... [--tiers 0.1,0.3,0.6]`: A/B/C value tiers with their churn, and the Pareto curve. */
import { flag, UsageError } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';

export const valueTiers = analysisCommand('value-tiers', '[--tiers 0.1,0.3,0.6]', (args) => {
  const text = flag(args, 'tiers');
  if (text === undefined) return {};
  const shares = text.split(',').map(Number);
  if (shares.length !== 3 || shares.some((s) => !Number.isFinite(s)))
    throw new UsageError('--tiers takes three shares separated by commas, e.g. 0.1,0.3,0.6');
  return { tierShares: [shares[0], shares[1], shares[2]] };
});
