/**
 * Which columns of the customer table a risk model learns from, and why the others are left
 * out: the label and what restates it, what only churners have (a reason), ids, free text,
 * dates, files, columns named after churn, and — when the label is read from the same data, not
 * after a cutoff — what the inactivity definition itself reads (recency, and tenure, which
 * ends on the churn day). Columns that turn out empty, constant or a copy of an earlier one
 * are left out too. A user's own list is taken as asked, except the label itself.
 */
import type { ChurnDefinition, FeatureLeftOutReason, Result } from '../../api.ts';
import type { CustomerTable } from '../../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { columnsInDataUnits, TENURE_COLUMNS } from '../../../core/customers/tenureInUnit.ts';

export interface FeatureCandidate {
  column: TypedColumn;
  kind: 'numeric' | 'categorical';
}

export interface FeaturePlan {
  candidates: FeatureCandidate[];
  leftOut: { column: string; reason: FeatureLeftOutReason; of?: string }[];
}

const LABEL_COLUMNS = new Set(['churned', 'churn_status', 'churn_date']);
const DATE_COLUMNS = new Set(['first_date', 'last_date']);
const MENTIONS_CHURN = /churn|attrition|流失|流失率/i;
/** A text column with more distinct values than this share of customers (and over 50) is an id. */
const ID_SHARE = 0.9;

export interface PlanContext {
  table: CustomerTable;
  definition: ChurnDefinition;
  /** The label is read after a cutoff: recency at the cutoff is then a fair feature. */
  temporal: boolean;
  sourceColumn?: string;
  holdoutColumn?: string;
  /** Log attributes that differ within customers and have no rule in the options. */
  varies: Set<string>;
  /** The user's list, when given. */
  asked?: string[];
}

/** The table's columns in the order features are tried: attributes first, so a copy in the fixed columns (total_value) goes. */
function orderedColumns(table: CustomerTable): TypedColumn[] {
  const all = columnsInDataUnits(table).filter((c) => c.name !== 'customer_id');
  const own = new Set<TypedColumn>(table.attributes);
  return [...all.filter((c) => own.has(c)), ...all.filter((c) => !own.has(c))];
}

function standingReason(col: TypedColumn, ctx: PlanContext): FeatureLeftOutReason | null {
  const { table } = ctx;
  if (LABEL_COLUMNS.has(col.name)) return 'label';
  if (col === table.reason || col === table.churnType) return 'leaks-label';
  if (col.name === ctx.sourceColumn) return 'source-file';
  if (col.name === ctx.holdoutColumn) return 'holdout-column';
  if (DATE_COLUMNS.has(col.name) || col.type === 'date' || col.type === 'datetime') return 'date';
  if (col.type === 'identifier') return 'identifier';
  if (col.type === 'text') return 'text';
  return null;
}

function defaultReason(col: TypedColumn, ctx: PlanContext): FeatureLeftOutReason | null {
  if (ctx.varies.has(col.name)) return 'varies';
  if (MENTIONS_CHURN.test(col.name)) return 'mentions-churn';
  if (!ctx.temporal && ctx.definition.kind === 'inactivity' && (col.name === 'recency' || TENURE_COLUMNS.has(col.name)))
    return 'leaks-label';
  return null;
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i] === a[i] || b[i] === b[i])) return false;
  return true;
}

/** What a column's values say about its use: empty, constant, or (text) one value per customer. */
function valuesReason(col: TypedColumn, n: number): FeatureLeftOutReason | null {
  const d = col.data;
  if (d.kind === 'number') {
    let first = NaN;
    let varied = false;
    for (let i = 0; i < d.values.length && !varied; i++) {
      const v = d.values[i];
      if (v !== v) continue;
      if (first !== first) first = v;
      else if (v !== first) varied = true;
    }
    return first !== first ? 'empty' : varied ? null : 'constant';
  }
  const codes = d.kind === 'string' ? d.codes : d.values;
  const seen = new Set<number>();
  for (let i = 0; i < codes.length && seen.size < 2; i++) if (codes[i] >= 0) seen.add(codes[i]);
  if (seen.size === 0) return 'empty';
  if (seen.size === 1) return 'constant';
  if (d.kind === 'string' && d.dictionary.length > 50 && d.dictionary.length > ID_SHARE * n) return 'identifier';
  return null;
}

export function featurePlan(ctx: PlanContext): Result<FeaturePlan> {
  const columns = orderedColumns(ctx.table);
  const n = ctx.table.ids.length;
  const byName = new Map(columns.map((c) => [c.name, c]));
  const asked = ctx.asked;
  if (asked) {
    const unknown = asked.find((name) => !byName.has(name));
    if (unknown !== undefined)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'unknown-column',
            column: unknown,
            params: { column: unknown },
            message: `The customer table has no column "${unknown}" to learn from (columns: ${columns.map((c) => c.name).join(', ')}).`,
          },
        ],
      };
    const label = asked.find((name) => LABEL_COLUMNS.has(name));
    if (label !== undefined)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'risk-feature-is-label',
            column: label,
            params: { column: label },
            message: `"${label}" is the churn label itself; a model cannot learn from it. Leave it out of --features.`,
          },
        ],
      };
  }
  const plan: FeaturePlan = { candidates: [], leftOut: [] };
  const chosen = asked ? new Set(asked) : null;
  const kept: TypedColumn[] = [];
  for (const col of asked ? asked.map((name) => byName.get(name)!) : columns) {
    if (chosen && !chosen.has(col.name)) continue;
    const reason = standingReason(col, ctx) ?? (asked ? null : defaultReason(col, ctx)) ?? valuesReason(col, n);
    if (reason) {
      plan.leftOut.push({ column: col.name, reason });
      continue;
    }
    const d = col.data;
    if (d.kind === 'number') {
      const copy = kept.find((k) => k.data.kind === 'number' && sameNumbers(k.data.values, d.values));
      if (copy) {
        plan.leftOut.push({ column: col.name, reason: 'duplicate', of: copy.name });
        continue;
      }
    }
    kept.push(col);
    plan.candidates.push({ column: col, kind: d.kind === 'number' ? 'numeric' : 'categorical' });
  }
  return { ok: true, value: plan };
}
