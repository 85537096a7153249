/** The early-warning list of a customer table: who is slipping away, why, and what is at stake. */
import type { Result, WarningList, WarningRule } from './api.ts';
import type { BuiltCustomerTable } from './customers/customerTableBuilding.ts';
import { earlyWarnings, evidenceSentence, validateRules } from '../core/analyses/early-warnings/earlyWarnings.ts';
import { isoDate, monthLabel } from '../core/customers/customerActivity.ts';
import { csvCell, csvTable, stampLines } from '../core/csv/csvText.ts';

const SPARK_MONTHS = 12;

export function warningList(built: BuiltCustomerTable, rules: unknown): Result<WarningList> {
  const checked = validateRules(rules);
  if (!checked.ok)
    return { ok: false, issues: [{ severity: 'error', code: 'invalid-rules', message: checked.message }] };
  const { table, summary } = built;
  const activity = table.activity;
  if (!activity) {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'role-missing',
          params: { role: 'date' },
          message:
            'Early-warning rules read purchases over time: they need a transaction log (customer, date, amount), not a one-row-per-customer snapshot.',
        },
      ],
    };
  }
  const result = earlyWarnings(activity, checked.rules);
  const { firstMonth, months, values } = activity.monthly;
  const last = activity.lastCompleteMonth;
  const from = last - SPARK_MONTHS + 1;
  const monthsShown = Array.from({ length: SPARK_MONTHS }, (_, k) => from + k);
  return {
    ok: true,
    value: {
      definitionText: summary.definitionText,
      asOf: summary.asOf,
      rules: checked.rules as WarningRule[],
      months: monthsShown.map(monthLabel),
      flagged: result.flagged.map((w) => ({
        customerId: table.ids[w.customer],
        rules: w.rules,
        valueAtStake: w.valueAtStake,
        lastDate: w.lastDay === w.lastDay ? isoDate(w.lastDay) : '',
        evidence: w.evidence.map(evidenceSentence),
        details: w.evidence,
        recentRevenue: monthsShown.map((m) =>
          m >= firstMonth && m - firstMonth < months ? values[w.customer * months + m - firstMonth] : 0,
        ),
      })),
    },
  };
}

/** The list as CSV for a spreadsheet, formula-like cells neutralised, with the rules stated. */
export function warningListCsv(list: WarningList): Uint8Array {
  const stamp = stampLines(list, { asOfDetail: `rules: ${JSON.stringify(list.rules)}` });
  const columnNames = ['customer_id', 'rules', 'value_at_stake', 'last_date', 'evidence', ...list.months];
  const rows = list.flagged.map((f) => [
    csvCell(f.customerId),
    csvCell(f.rules.join(' ')),
    String(f.valueAtStake),
    f.lastDate,
    csvCell(f.evidence.join(' | ')),
    ...f.recentRevenue.map(String),
  ]);
  return new TextEncoder().encode(csvTable(columnNames, rows, stamp));
}
