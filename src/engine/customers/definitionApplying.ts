/** Applying a churn definition to the customer table's inputs, naming any column it lacks. */
import type { ChurnDefinition, Issue, Role, Shape } from '../api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import type { CustomerActivity } from '../../core/customers/customerActivity.ts';
import {
  contractEndStatus,
  flagStatus,
  inactivityStatus,
  partialMonthsAvailable,
  partialStatus,
  type ChurnStatus,
} from '../../core/customers/churnStatus.ts';
import { monthLabel } from '../../core/customers/customerActivity.ts';
import { columnsWithRole, dayNumbers } from './customerInputs.ts';
import { readChurnFlags } from './flagReading.ts';

export interface DefinitionInputs {
  /** The data row each customer's values are taken from (their latest row, or their snapshot row). */
  rows: Int32Array;
  lastDay: Float64Array;
  activity: CustomerActivity | null;
  churnDays?: Float64Array | null;
}

type Applied = { ok: true; value: ChurnStatus; issues: Issue[] } | { ok: false; issue: Issue };

function missing(role: Role, why: string): Applied {
  return {
    ok: false,
    issue: {
      severity: 'error',
      code: 'role-missing',
      params: { role },
      message: `This churn definition needs ${why}, and no column has the role ${role}. Give that role to a column in the role panel (or --role ${role}=COLUMN).`,
    },
  };
}

function column(
  columns: TypedColumn[],
  roles: Record<string, Role>,
  name: string | undefined,
  role: Role,
): TypedColumn | undefined {
  return name ? columns.find((c) => c.name === name) : columnsWithRole(columns, roles, role)[0];
}

function pickDays(
  col: TypedColumn,
  rows: Int32Array,
  role: Role,
): { ok: true; value: Float64Array } | { ok: false; issue: Issue } {
  const d = dayNumbers(col, role);
  return d.ok ? { ok: true, value: Float64Array.from(rows, (r) => d.value[r]) } : d;
}

/**
 * Partial churn compares the last `months` finished months with the `months` before: the data
 * must hold both windows, or every customer would look unchanged (0 % churn).
 */
function partialWindowTooLong(activity: CustomerActivity, months: number): Issue | null {
  const available = partialMonthsAvailable(activity);
  if (2 * months <= available) return null;
  const from = monthLabel(activity.monthly.firstMonth);
  const to = monthLabel(activity.lastFinishedMonth);
  const most = Math.floor(available / 2);
  return {
    severity: 'error',
    code: 'partial-window-too-long',
    params: { months, needed: 2 * months, available, from, to, most },
    message:
      most > 0
        ? `Partial churn over ${months} months compares the last ${months} finished months with the ${months} before: ${2 * months} months, but the data up to the as-of date has ${available} (${from} to ${to}). Choose at most ${most} months.`
        : `Partial churn compares two windows of months, and the data up to the as-of date has ${available} finished month(s) (${from} to ${to}): it needs at least 2.`,
  };
}

export function applyDefinition(
  definition: ChurnDefinition,
  columns: TypedColumn[],
  roles: Record<string, Role>,
  inputs: DefinitionInputs,
  asOfDay: number,
  shape: Shape,
): Applied {
  switch (definition.kind) {
    case 'flag': {
      const col = column(columns, roles, definition.column, 'churn_flag');
      if (!col) return missing('churn_flag', 'a churn flag column');
      const read = readChurnFlags(col, inputs.rows);
      let dates: Float64Array | null = null;
      const dateCol = column(columns, roles, definition.dateColumn, 'churn_date');
      if (dateCol) {
        const d = pickDays(dateCol, inputs.rows, 'churn_date');
        if (!d.ok) return d;
        dates = d.value;
      }
      return { ok: true, value: flagStatus(read.flags, dates), issues: read.issues };
    }
    case 'inactivity': {
      if (!inputs.lastDay.some((d) => d === d)) {
        if (shape === 'transactions') return missing('date', 'purchase dates');
        // A snapshot without dates cannot show inactivity: what it lacks is a churn flag.
        return {
          ok: false,
          issue: {
            severity: 'error',
            code: 'role-missing',
            params: { role: 'churn_flag' },
            message:
              'This data has one row per customer and no dates, so churn cannot be read from inactivity: it needs a churn flag column (or a churn or contract-end date). Give the role churn_flag to a column in the role panel (or --role churn_flag=COLUMN).',
          },
        };
      }
      return { ok: true, value: inactivityStatus(inputs.lastDay, asOfDay, definition, inputs.activity), issues: [] };
    }
    case 'contract-end': {
      const col = column(columns, roles, definition.column, 'churn_date');
      if (!col) return missing('churn_date', 'a contract-end or cancellation date column');
      const d = pickDays(col, inputs.rows, 'churn_date');
      if (!d.ok) return d;
      return { ok: true, value: contractEndStatus(d.value, asOfDay), issues: [] };
    }
    case 'partial': {
      if (!inputs.activity) return missing('date', 'a transaction log with dates and amounts');
      if (!columnsWithRole(columns, roles, 'amount')[0] && !columnsWithRole(columns, roles, 'price')[0])
        return missing('amount', 'revenue per purchase');
      const tooLong = partialWindowTooLong(inputs.activity, definition.months);
      if (tooLong) return { ok: false, issue: tooLong };
      return { ok: true, value: partialStatus(inputs.activity, definition), issues: [] };
    }
  }
}
