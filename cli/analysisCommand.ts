/**
 * A command that prints one analysis as JSON, named after its kind: it builds the customer
 * table from the same flags as `customers` (when the analysis reads one), runs
 * engine.analyze and prints the result as the engine returns it, stamp included. The codes in
 * it are those the app words (see the engine contract, src/engine/api/<kind>.ts).
 */
import { DERIVED_CUSTOMER_COLUMNS, type AnalysisKind, type DatasetSummary, type OptionsOf } from '../src/engine/api.ts';
import type { ParsedArgs } from './args.ts';
import type { Command } from './command.ts';
import { customerSpec } from './customerSpec.ts';
import { READ_OPTIONS } from './opening.ts';
import { TABLE_OUT, writeTableOut } from './tableOut.ts';

const TABLE_OPTIONS =
  '[--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--returns net|drop] [--merge-ids]';

export function analysisCommand<K extends AnalysisKind>(
  kind: K,
  options: string,
  optionsOf: (args: ParsedArgs, summary: DatasetSummary) => OptionsOf<K>,
  readsTable: (options: OptionsOf<K>) => boolean = () => true,
): Command {
  // An analysis that adds columns to the customer table writes the table with them.
  const joins = DERIVED_CUSTOMER_COLUMNS[kind] !== undefined;
  return {
    name: kind,
    kind,
    usage: `<file>... ${options ? `${options} ` : ''}${TABLE_OPTIONS}${joins ? ` ${TABLE_OUT}` : ''} ${READ_OPTIONS}`,
    run(engine, args, summary) {
      const asked = optionsOf(args, summary);
      if (readsTable(asked)) {
        const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
        if (!built.ok) return { code: 2, error: built.issues[0].message };
      }
      const result = engine.analyze(summary.id, kind, asked);
      if (!result.ok) return { code: 2, error: result.issues[0].message };
      if (joins) {
        const refused = writeTableOut(engine, args, summary.id);
        if (refused !== null) return { code: 2, error: refused };
      }
      return { code: 0, out: result.value };
    },
  };
}
