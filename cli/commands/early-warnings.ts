/** `warnings <file>... --rules JSON`: the early-warning list, as the app shows it. */
import type { WarningRule } from '../../src/engine/api.ts';
import { flag, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { evidenceSentence } from '../wording.ts';

export const warnings: Command = {
  name: 'warnings',
  kind: 'early-warnings',
  usage: `<file>... --rules JSON [--include-churned] [--role ROLE=column ...] [--as-of YYYY-MM-DD] [--returns net|drop] [--merge-ids] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const text = flag(args, 'rules');
    if (text === undefined)
      throw new UsageError(
        'warnings needs --rules JSON, e.g. [{"kind":"declining","months":3},{"kind":"overdue","factor":2}]',
      );
    let rules: WarningRule[];
    try {
      rules = JSON.parse(text) as WarningRule[];
    } catch {
      throw new UsageError(`--rules is not valid JSON: ${text}`);
    }
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const includeChurned = args.flags.has('include-churned');
    const list = engine.analyze(summary.id, 'early-warnings', { rules, includeChurned });
    if (!list.ok) return { code: 2, error: list.issues[0].message };
    return {
      code: 0,
      out: {
        asOf: list.value.stamp.asOf,
        rules: list.value.rules,
        customers: built.value.customers,
        churnedLeftOut: list.value.churnedLeftOut,
        flagged: list.value.flagged.map((f) => ({
          customer_id: f.customerId,
          status: f.status,
          rules: f.rules,
          valueAtStake: f.valueAtStake,
          lastDate: f.lastDate,
          evidence: f.evidence.map(evidenceSentence),
        })),
      },
    };
  },
};
