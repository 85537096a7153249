/** `customers <file>...`: the customer table and its churn summary, the same as the app builds. */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { flag, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { attributeRuleText, describeDefinition } from '../wording.ts';

export const customers: Command = {
  name: 'customers',
  usage: `<file>... [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--unit days|weeks|months] [--returns net|drop] [--tenure-unit days|weeks|months] [--merge-ids] [--out table.csv|.xlsx|.arrow] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const s = built.value;
    const out = flag(args, 'out');
    if (out !== undefined) {
      const ext = extname(out).toLowerCase();
      if (ext !== '.csv' && ext !== '.xlsx' && ext !== '.arrow')
        throw new UsageError('--out must end in .csv, .xlsx or .arrow');
      // The app's file, in English with the machine column names.
      const file = engine.exportCustomerTable(summary.id, ext.slice(1) as 'csv' | 'xlsx' | 'arrow');
      if (!file.ok) return { code: 2, error: file.issues[0].message };
      writeFileSync(out, file.value);
    }
    return {
      code: 0,
      out: {
        customers: s.customers,
        churned: s.churned,
        churnRate: s.churnRate,
        atRisk: s.atRisk,
        leftOut: s.leftOut,
        leftOutDetail: s.leftOutDetail,
        asOf: s.asOf || null,
        dataFrom: s.dataFrom || null,
        dataTo: s.dataTo || null,
        idMatching: s.idMatching,
        idVariants: s.idVariants,
        unit: s.unit,
        returns: s.returns,
        shape: s.shape,
        definition: s.definition,
        definitionText: describeDefinition(s.definition),
        attributeRule: attributeRuleText(s.attributeRule),
        attributeVariation: s.attributeVariation,
        columns: s.columns,
        issues: s.issues.map((i) => ({ severity: i.severity, code: i.code, message: i.message })),
      },
    };
  },
};
