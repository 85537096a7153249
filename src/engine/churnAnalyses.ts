/**
 * Churn KPIs over a built customer table: overall and period rates, the monthly series, value
 * tiers with the Pareto curve, churn by attribute and the definition lab. Each result carries
 * the definition in words and the as-of date it was computed for.
 */
import type {
  AttributeChurnResult,
  ChurnDefinition,
  ChurnOverview,
  DefinitionComparison,
  Result,
  Role,
} from './api.ts';
import type { BuiltCustomerTable } from './customers/customerTableBuilding.ts';
import type { LoadedDataset } from './loading/datasetLoading.ts';
import { annualisedChurn, monthlyChurnSeries, periodChurn } from '../core/analyses/churn-kpis/churnRates.ts';
import { churnByAttribute } from '../core/analyses/churn-by-attribute/churnByAttribute.ts';
import { paretoCurve, TierSharesError, valueTiers, type TierShares } from '../core/analyses/value-tiers/valueTiers.ts';
import { CHURNED } from '../core/customers/churnStatus.ts';
import { isoDate, monthLabel, monthNumberOfDay, MS_PER_DAY } from '../core/customers/customerActivity.ts';
import { describeDefinition, validateDefinition } from '../core/customers/churnDefinition.ts';
import { applyDefinition } from './customers/definitionApplying.ts';
import { dictionaryEncode } from '../core/columns/typedColumn.ts';
import { attributeColumn, unknownAttribute } from './customers/customerSelection.ts';

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

function churnedFlags(status: Uint8Array): Uint8Array {
  return Uint8Array.from(status, (s) => (s === CHURNED ? 1 : 0));
}

export function churnOverview(
  built: BuiltCustomerTable,
  options: { tierShares?: [number, number, number]; periodStart?: string; periodEnd?: string } = {},
): Result<ChurnOverview> {
  const { table, summary } = built;
  const n = table.ids.length;
  const churned = churnedFlags(table.status);
  const unavailable: ChurnOverview['unavailable'] = {};
  const asOfDay = built.asOfDay;
  let period: ChurnOverview['period'] = null;
  let monthly: ChurnOverview['monthly'] = null;
  let datedFirst = 0;
  for (let c = 0; c < n; c++) if (table.firstDay[c] === table.firstDay[c]) datedFirst++;
  if (datedFirst < n || asOfDay !== asOfDay) {
    unavailable.period = "Period churn needs each customer's first purchase or sign-up date.";
    unavailable.monthly = unavailable.period;
  } else {
    const firstDay = Int32Array.from(table.firstDay);
    const churnDay = Int32Array.from(table.churnDay, (d) => (d === d ? d : 0));
    const start = options.periodStart ? dayOf(options.periodStart) : asOfDay - 364;
    const end = options.periodEnd ? dayOf(options.periodEnd) + 1 : asOfDay + 1;
    if (!(end > start))
      return {
        ok: false,
        issues: [{ severity: 'error', code: 'invalid-as-of', message: 'The period must end after it starts.' }],
      };
    period = { start: isoDate(start), end: isoDate(end - 1), ...periodChurn(firstDay, churned, churnDay, start, end) };
    let minFirst = Infinity;
    for (let c = 0; c < n; c++) minFirst = Math.min(minFirst, firstDay[c]);
    const last = table.activity ? table.activity.lastCompleteMonth : monthNumberOfDay(asOfDay) - 1;
    const from = monthNumberOfDay(minFirst) + 1;
    if (n > 0 && last >= from) {
      const s = monthlyChurnSeries(firstDay, churned, churnDay, from, last);
      const rates = Array.from(s.churnRate).filter((r) => r === r);
      const mean = rates.length > 0 ? rates.reduce((a, b) => a + b, 0) / rates.length : NaN;
      monthly = {
        months: Array.from(s.month, monthLabel),
        atStart: Array.from(s.atStart),
        lost: Array.from(s.lost),
        gained: Array.from(s.gained),
        churnRate: Array.from(s.churnRate),
        meanMonthlyRate: mean,
        annualised: annualisedChurn(mean),
      };
    } else unavailable.monthly = 'The data spans less than one complete month after the first customer.';
  }
  let tiers: ChurnOverview['tiers'] = null;
  let valued = 0;
  for (let c = 0; c < n; c++) if (table.totalValue[c] === table.totalValue[c]) valued++;
  if (valued === 0) unavailable.tiers = 'Value tiers need an amount (transaction log) or a value column (snapshot).';
  else {
    const shares = (options.tierShares ?? [0.1, 0.3, 0.6]) as TierShares;
    try {
      const t = valueTiers(table.totalValue, churned, shares);
      const p = paretoCurve(table.totalValue, 100);
      tiers = {
        shares: [shares[0], shares[1], shares[2]],
        tiers: t.tiers,
        overallChurnRate: t.overallChurnRate,
        pareto: {
          customerShare: Array.from(p.customerShare),
          valueShare: Array.from(p.valueShare),
          top20Share: p.top20Share,
          negatives: p.negatives,
          missing: p.missing,
        },
      };
    } catch (e) {
      if (e instanceof TierSharesError)
        return {
          ok: false,
          issues: [
            {
              severity: 'error',
              code: 'invalid-definition',
              message: 'Tier shares must be three numbers of at least 0 that add up to 1 (e.g. 0.1, 0.3, 0.6).',
            },
          ],
        };
      throw e;
    }
  }
  return {
    ok: true,
    value: {
      definitionText: summary.definitionText,
      asOf: summary.asOf,
      customers: summary.customers,
      churned: summary.churned,
      atRisk: summary.atRisk,
      churnRate: summary.churnRate,
      period,
      monthly,
      tiers,
      unavailable,
    },
  };
}

export function churnByAttributeOf(built: BuiltCustomerTable, column: string): Result<AttributeChurnResult> {
  const { table, summary } = built;
  const col = attributeColumn(table, column);
  if (!col) return unknownAttribute(column);
  let codes: Int32Array;
  let labels: string[];
  if (col.data.kind === 'string') ({ codes, labels } = { codes: col.data.codes, labels: col.data.dictionary });
  else if (col.data.kind === 'boolean')
    ({ codes, labels } = { codes: Int32Array.from(col.data.values), labels: ['no', 'yes'] });
  else {
    const text = Array.from(col.data.values, (v) => (v === v ? String(v) : ''));
    const encoded = dictionaryEncode(text);
    ({ codes, labels } = { codes: encoded.codes, labels: encoded.dictionary });
  }
  const r = churnByAttribute(codes, labels, churnedFlags(table.status));
  return {
    ok: true,
    value: {
      column,
      definitionText: summary.definitionText,
      asOf: summary.asOf,
      overall: r.overall,
      groups: r.groups,
      missing: r.missing,
    },
  };
}

const MAX_DEFINITIONS = 4;
const MAX_LISTED = 500;

/** Several definitions on one customer table: each applied to the same inputs, no new roll-up. */
export function compareDefinitions(
  ds: LoadedDataset,
  built: BuiltCustomerTable,
  roles: Record<string, Role>,
  definitions: ChurnDefinition[],
): Result<DefinitionComparison> {
  const invalid = (message: string): Result<never> => ({
    ok: false,
    issues: [{ severity: 'error', code: 'invalid-definition', message }],
  });
  if (definitions.length < 2 || definitions.length > MAX_DEFINITIONS) {
    return invalid(`Compare between 2 and ${MAX_DEFINITIONS} definitions.`);
  }
  const flags: Uint8Array[] = [];
  for (const definition of definitions) {
    const checked = validateDefinition(definition);
    if (!checked.ok) return invalid(checked.message);
    const applied = applyDefinition(
      checked.definition,
      ds.columns,
      roles,
      built.definitionInputs,
      built.asOfDay,
      built.summary.shape,
    );
    if (!applied.ok) return { ok: false, issues: [applied.issue] };
    flags.push(churnedFlags(applied.value.status));
  }
  const ids = built.table.ids;
  const n = ids.length;
  const disagreements: DefinitionComparison['disagreements'] = [];
  for (let a = 0; a < flags.length; a++) {
    for (let b = a + 1; b < flags.length; b++) {
      let count = 0;
      for (let c = 0; c < n; c++) if (flags[a][c] !== flags[b][c]) count++;
      disagreements.push({ a, b, count });
    }
  }
  const customers: DefinitionComparison['customers'] = [];
  let disagreeingTotal = 0;
  for (let c = 0; c < n; c++) {
    const first = flags[0][c];
    if (flags.every((f) => f[c] === first)) continue;
    disagreeingTotal++;
    if (customers.length < MAX_LISTED) customers.push({ customerId: ids[c], churned: flags.map((f) => f[c] === 1) });
  }
  return {
    ok: true,
    value: {
      asOf: built.summary.asOf,
      definitions: definitions.map((definition, i) => {
        let churned = 0;
        for (let c = 0; c < n; c++) churned += flags[i][c];
        return { definition, text: describeDefinition(definition), churned, rate: n > 0 ? churned / n : NaN };
      }),
      disagreements,
      customers,
      disagreeingTotal,
    },
  };
}
