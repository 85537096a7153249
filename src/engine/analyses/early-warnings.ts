/** The early-warning list of a customer table: who is slipping away, why, and what is at stake. */
import {
  aboutLines,
  exportFile,
  parametersText,
  type ExportFormat,
  type ExportKind,
  type ExportWords,
  type Result,
  type WarningList,
  type WarningRule,
} from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import {
  earlyWarnings as flagCustomers,
  evidenceSentence,
  validateRules,
} from '../../core/analyses/early-warnings/earlyWarnings.ts';
import { isoDate, monthLabel } from '../../core/customers/customerActivity.ts';
import { ACTIVE, AT_RISK, CHURNED } from '../../core/customers/churnStatus.ts';
import { describeDefinition } from '../../core/customers/churnDefinition.ts';
import { roleMissing, stampOf, type Analysis } from './analysis.ts';
import { ownValue } from '../../core/columns/keyedRecord.ts';

const SPARK_MONTHS = 12;

export const earlyWarnings: Analysis<'early-warnings'> = {
  needs: 'customer-table',
  run: ({ table }, { rules, includeChurned }) => warningList(table, rules, includeChurned === true),
};

const STATUS_NAMES = { [ACTIVE]: 'active', [AT_RISK]: 'at-risk', [CHURNED]: 'churned' } as const;

function warningList(built: BuiltCustomerTable, rules: unknown, includeChurned: boolean): Result<WarningList> {
  const checked = validateRules(rules);
  if (!checked.ok)
    return { ok: false, issues: [{ severity: 'error', code: 'invalid-rules', message: checked.message }] };
  const { table } = built;
  const activity = table.activity;
  if (!activity) {
    return roleMissing(
      'date',
      'Early-warning rules read purchases over time: they need a transaction log (customer, date, amount), not a one-row-per-customer snapshot.',
    );
  }
  const result = flagCustomers(activity, checked.rules);
  const status = table.status;
  const listed = includeChurned ? result.flagged : result.flagged.filter((w) => status[w.customer] !== CHURNED);
  const { firstMonth, months, values } = activity.monthly;
  const last = activity.lastFinishedMonth;
  const from = last - SPARK_MONTHS + 1;
  const monthsShown = Array.from({ length: SPARK_MONTHS }, (_, k) => from + k);
  return {
    ok: true,
    value: {
      stamp: stampOf('early-warnings', built, { rules: checked.rules as WarningRule[], includeChurned }),
      rules: checked.rules as WarningRule[],
      churnedLeftOut: result.flagged.length - listed.length,
      months: monthsShown.map(monthLabel),
      flagged: listed.map((w) => ({
        customerId: table.ids[w.customer],
        status: STATUS_NAMES[status[w.customer] as keyof typeof STATUS_NAMES] ?? 'active',
        rules: w.rules,
        valueAtStake: w.valueAtStake,
        lastDate: w.lastDay === w.lastDay ? isoDate(w.lastDay) : '',
        evidence: w.evidence,
        recentRevenue: monthsShown.map((m) =>
          m >= firstMonth && m - firstMonth < months ? values[w.customer * months + m - firstMonth] : 0,
        ),
      })),
    },
  };
}

/**
 * The list as a table for a spreadsheet (CSV or xlsx), the rules stated among the parameters.
 * Rules and evidence are the engine's English words; headers are the caller's (`words.columns`).
 */
export function warningListFile(
  built: BuiltCustomerTable,
  rules: unknown,
  format: ExportFormat,
  words: ExportWords = {},
  includeChurned = false,
): Result<Uint8Array> {
  const listed = warningList(built, rules, includeChurned);
  if (!listed.ok) return listed;
  const list = listed.value;
  const about = aboutLines(
    {
      definitionText: words.definitionText ?? describeDefinition(built.summary.definition),
      asOf: list.stamp.asOf,
      parameters: parametersText({ rules: list.rules, includeChurned }),
      sources: built.sources,
      currency: words.currency,
    },
    words.stamp,
  );
  const named = (name: string, kind: ExportKind) => ({ name: ownValue(words.columns, name) ?? name, kind });
  const columns = [
    named('customer_id', 'text'),
    named('rules', 'text'),
    named('value_at_stake', 'money'),
    named('last_date', 'date'),
    named('evidence', 'text'),
    ...list.months.map((m) => named(m, 'money')),
  ];
  const rows = list.flagged.map((f) => [
    f.customerId,
    f.rules.join(' '),
    f.valueAtStake,
    f.lastDate || null,
    f.evidence.map(evidenceSentence).join(' | '),
    ...f.recentRevenue,
  ]);
  return { ok: true, value: exportFile({ columns, rows, about }, format, words.sheets) };
}
