/** Several churn definitions applied to the same customers: counts, and who they disagree on. */
import type { ChurnDefinition, DefinitionComparison, Result } from '../api.ts';
import { validateDefinition } from '../../core/customers/churnDefinition.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { countDisagreements } from '../../core/analyses/definition-lab/definitionDisagreements.ts';
import { applyDefinition } from '../customers/definitionApplying.ts';
import { stampOf, type Analysis } from './analysis.ts';

const MAX_DEFINITIONS = 4;
const MAX_LISTED = 500;

const invalid = (message: string): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', code: 'invalid-definition', message }],
});

export const definitionLab: Analysis<'definition-lab'> = {
  needs: 'customer-table',
  run({ dataset, table: built }, { definitions }) {
    if (!Array.isArray(definitions) || definitions.length < 2 || definitions.length > MAX_DEFINITIONS)
      return invalid(`Compare between 2 and ${MAX_DEFINITIONS} definitions.`);
    const flags: Uint8Array[] = [];
    // As validated, defaults filled in (a relative window's floor), so each is shown as applied.
    const applied: ChurnDefinition[] = [];
    for (const definition of definitions) {
      const checked = validateDefinition(definition);
      if (!checked.ok) return invalid(checked.message);
      applied.push(checked.definition);
      const status = applyDefinition(
        checked.definition,
        dataset.columns,
        built.spec.roles,
        built.definitionInputs,
        built.asOfDay,
        built.summary.shape,
      );
      if (!status.ok) return { ok: false, issues: [status.issue] };
      flags.push(churnedFlags(status.value.status));
    }
    const ids = built.table.ids;
    const counted = countDisagreements(flags, MAX_LISTED);
    const n = ids.length;
    const value: DefinitionComparison = {
      stamp: stampOf('definition-lab', built, { definitions: applied }),
      definitions: applied.map((definition, i) => ({
        definition,
        churned: counted.churned[i],
        rate: n > 0 ? counted.churned[i] / n : NaN,
      })),
      disagreements: counted.pairs,
      customers: Array.from(counted.listed, (c) => ({ customerId: ids[c], churned: flags.map((f) => f[c] === 1) })),
      disagreeingTotal: counted.total,
    };
    return { ok: true, value };
  },
};
