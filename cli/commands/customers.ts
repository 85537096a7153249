/** `customers <file>...`: the customer table and its churn summary, the same as the app builds. */
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { TABLE_OUT, writeTableOut } from '../tableOut.ts';
import { attributeRuleText, describeDefinition } from '../wording.ts';

export const customers: Command = {
  name: 'customers',
  usage: `<file>... [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--unit days|weeks|months] [--returns net|drop] [--tenure-unit days|weeks|months] [--merge-ids] ${TABLE_OUT} ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const s = built.value;
    const refused = writeTableOut(engine, args, summary.id);
    if (refused !== null) return { code: 2, error: refused };
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
