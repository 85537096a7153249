/**
 * Resolving a CustomerSelection to rows of a built customer table: a mask (1 = selected) by the
 * same reading of the table the analysis behind the number used — the same attribute values
 * and rules, the same bins, the same retention-triangle pass — so the rows are exactly the
 * customers the number counts.
 */
import type { CustomerFilter, CustomerSelection, Issue, Result } from '../api.ts';
import type { BuiltTable } from '../analyses/analysis.ts';
import { ACTIVE, AT_RISK, CHURNED } from '../../core/customers/churnStatus.ts';
import { binCodes } from '../../core/analyses/churn-by-attribute/numericBins.ts';
import { ruledTable } from './attributeRuling.ts';
import { selectCustomers, unknownAttribute } from './customerSelection.ts';
import { parseAsOf } from './shapedTable.ts';
import { maskRows } from './customerSubset.ts';
import { cohortCellMembers } from '../analyses/retention-triangle.ts';
import { periodInputs } from '../analyses/monthly-churn.ts';
import { PERIOD_PARTS, periodMembers } from '../../core/analyses/churn-kpis/periodChurn.ts';

const STATUS_OF: Record<string, (s: number) => boolean> = {
  active: (s) => s === ACTIVE,
  'at-risk': (s) => s === AT_RISK,
  churned: (s) => s === CHURNED,
  'not-churned': (s) => s !== CHURNED,
};

function refuse(code: Issue['code'], message: string, params?: Issue['params']): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code, message, ...(params ? { params } : {}) }] };
}

const whole = (n: number) => new Uint8Array(n).fill(1);

export function resolveSelection(built: BuiltTable, selection: CustomerSelection): Result<Uint8Array> {
  const { table } = built;
  const n = table.ids.length;
  switch (selection?.kind) {
    case 'all':
      return { ok: true, value: whole(n) };
    case 'status': {
      const test = Object.hasOwn(STATUS_OF, selection.status) ? STATUS_OF[selection.status] : undefined;
      if (!test) return refuse('invalid-selection', `There is no churn status "${String(selection.status)}".`);
      return { ok: true, value: Uint8Array.from(table.status, (s) => (test(s) ? 1 : 0)) };
    }
    case 'attribute': {
      const ruled = ruledTable(built, [selection.column], selection.attributeRules);
      if (!ruled.ok) return ruled;
      const { keep, issue } = selectCustomers(ruled.value.table, [{ column: selection.column, in: selection.values }]);
      return issue ? { ok: false, issues: [issue] } : { ok: true, value: keep };
    }
    case 'attribute-bin': {
      const ruled = ruledTable(built, [selection.column], selection.attributeRules);
      if (!ruled.ok) return ruled;
      const col = ruled.value.table.attributes.find((c) => c.name === selection.column);
      if (!col) return unknownAttribute(selection.column);
      if (col.data.kind !== 'number')
        return refuse('invalid-selection', `"${selection.column}" is not a number column, so it has no bins.`);
      const codes = binCodes(col.data.values, selection.edges);
      return { ok: true, value: Uint8Array.from(codes, (k) => (k === selection.bin ? 1 : 0)) };
    }
    case 'dates':
      return datesBetween(built, selection);
    case 'period':
      return periodPart(built, selection);
    case 'derived':
      return derivedValues(built, selection);
    case 'ranked-tenth':
      return rankedTenth(built, selection);
    case 'cohort-cell':
      return cohortCellMembers(built, selection.options, selection);
    case 'all-of': {
      const mask = whole(n);
      for (const part of selection.parts) {
        const m = resolveSelection(built, part);
        if (!m.ok) return m;
        for (let c = 0; c < n; c++) mask[c] &= m.value[c];
      }
      return { ok: true, value: mask };
    }
    default:
      return refuse('invalid-selection', 'This selection of customers is not one the engine knows.');
  }
}

export function resolveFilter(built: BuiltTable, filter: CustomerFilter): Result<Uint8Array> {
  return resolveSelection(built, { kind: 'all-of', parts: filter.parts });
}

function datesBetween(built: BuiltTable, s: Extract<CustomerSelection, { kind: 'dates' }>): Result<Uint8Array> {
  const from = parseAsOf(s.from, -Infinity);
  const to = parseAsOf(s.to, Infinity);
  if (!from.ok) return { ok: false, issues: [from.issue] };
  if (!to.ok) return { ok: false, issues: [to.issue] };
  const days = s.field === 'first' ? built.table.firstDay : built.table.lastDay;
  return { ok: true, value: Uint8Array.from(days, (d) => (d >= from.value && d <= to.value ? 1 : 0)) };
}

/** What the period KPIs count, by the same inputs and rules (periodInputs, periodChurn.ts). */
function periodPart(built: BuiltTable, s: Extract<CustomerSelection, { kind: 'period' }>): Result<Uint8Array> {
  const inputs = periodInputs(built);
  const start = parseAsOf(s.start, NaN);
  const end = parseAsOf(s.end, NaN);
  if (typeof inputs === 'string' || !start.ok || !end.ok || !(PERIOD_PARTS as readonly string[]).includes(s.part))
    return refuse('invalid-selection', 'This period count cannot be read from the customer table.');
  const members = periodMembers(inputs.firstDay, inputs.churned, inputs.lossDay, start.value, end.value + 1, s.part);
  return { ok: true, value: members };
}

function rankedTenth(built: BuiltTable, s: Extract<CustomerSelection, { kind: 'ranked-tenth' }>): Result<Uint8Array> {
  const among = s.among
    ? derivedValues(built, { kind: 'derived', analysis: s.analysis, column: s.among.column, values: s.among.values })
    : { ok: true as const, value: new Uint8Array(built.table.ids.length).fill(1) };
  if (!among.ok) return among;
  const col = built.derived.get(s.analysis)?.find((c) => c.name === s.column);
  if (!col || col.data.kind !== 'number') return missingDerived(s.analysis, s.column);
  if (!(Number.isInteger(s.tenth) && s.tenth >= 1 && s.tenth <= 10))
    return refuse('invalid-selection', 'A tenth is a whole number from 1 to 10.');
  const values = col.data.values;
  const rows = maskRows(among.value).filter((c) => values[c] === values[c]);
  const n = rows.length;
  const order = Array.from(rows).sort((a, b) => values[b] - values[a] || a - b);
  const out = new Uint8Array(values.length);
  for (let i = Math.floor(((s.tenth - 1) * n) / 10); i < Math.floor((s.tenth * n) / 10); i++) out[order[i]] = 1;
  return { ok: true, value: out };
}

function missingDerived(kind: string, column: string): Result<never> {
  return refuse(
    'selection-column-missing',
    `The customer table has no column "${column}" from ${kind} (run that analysis first).`,
    { column, kind },
  );
}

function derivedValues(built: BuiltTable, s: Extract<CustomerSelection, { kind: 'derived' }>): Result<Uint8Array> {
  const col = built.derived.get(s.analysis)?.find((c) => c.name === s.column);
  if (!col) return missingDerived(s.analysis, s.column);
  const d = col.data;
  if (d.kind === 'string') {
    const wanted = d.dictionary.map((v) => (s.values ?? []).includes(v));
    return { ok: true, value: Uint8Array.from(d.codes, (k) => (k >= 0 && wanted[k] ? 1 : 0)) };
  }
  const values: ArrayLike<number> = d.values;
  const listed = s.values?.map(Number);
  const [lo, hi] = s.range ?? [-Infinity, Infinity];
  const out = new Uint8Array(values.length);
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v !== v || (d.kind === 'boolean' && v < 0)) continue;
    out[c] = (listed ? listed.includes(v) : true) && v >= lo && v <= hi ? 1 : 0;
  }
  return { ok: true, value: out };
}
