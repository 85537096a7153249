/** A result's stamp as charts and exports print it, in the user's language. */
import type { AttributeRules, ResultStamp } from '../engine/api.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import type { ChartStamp } from '../charts/chartData.ts';
import { filterText } from './selectionText.ts';
import { optionsText } from './optionsText.ts';

/** The options but the attribute rules, which the stamp's notes say. */
function withoutRules(parameters: unknown): unknown {
  if (!parameters || typeof parameters !== 'object' || !('attributeRules' in parameters)) return parameters;
  const { attributeRules: _rules, ...rest } = parameters as Record<string, unknown>;
  return rest;
}

/** `currency`: the workbook's (ISO 4217, '' for none), for the amounts a chart shows. */
export function chartStamp(stamp: ResultStamp, currency = ''): ChartStamp {
  const rules = (stamp.parameters as { attributeRules?: AttributeRules } | null)?.attributeRules ?? {};
  const attributes = Object.entries(rules).map(([column, rule]) => i18n.attributeText(column, rule));
  // The workbook-wide filter is said on the frame and in every file the chart exports.
  const filtered = stamp.filter ? filterText(stamp.filter) : '';
  const notes = [
    // Columns read through a rule are named with it: "Attributes: Country (latest value per customer)".
    ...(attributes.length > 0 ? [{ label: t('attribute-rule.stampLabel'), text: attributes.join('; ') }] : []),
    ...(filtered ? [{ label: t('filter.stampLabel'), text: filtered }] : []),
  ];
  return {
    ...(notes.length > 0 ? { notes } : {}),
    ...(filtered ? { filtered } : {}),
    definitionText: stamp.definition
      ? i18n.definitionText(stamp.definition)
      : // No definition: a projection fitted to two columns, or an aggregate the SQL computed elsewhere with its own.
        t(stamp.kind === 'retention-projection' ? 'retention-projection.noDefinition' : 'workbook.aggregateDefinition'),
    asOf: stamp.asOf,
    // Each option in its cell's words ("Order: highest churn first"), not its code ("sort: rate").
    parameters: optionsText(stamp.kind, withoutRules(stamp.parameters)),
    sources: stamp.sources,
    currency,
  };
}
