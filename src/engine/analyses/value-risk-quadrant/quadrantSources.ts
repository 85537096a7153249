/**
 * The quadrant's two numbers per customer, from the source the user chose. A column another
 * analysis makes (churn_risk, p_alive, clv, value_score, margin) is read from the columns it
 * added to the table; when it has not run on this table (or ran with another risk model than
 * the one asked for), it is run here with its default options, so the quadrant never depends
 * on which cells ran first. CLV is the exception: it is fitted on all the data up to the as-of
 * date (no holdout), since the quadrant needs every customer's prediction and the default
 * holdout would leave half of the purchases out of the fit (on Online Retail that fit does not
 * even converge). A risk model on a transaction log is split in time as the risk-model cell
 * starts one: features up to one label window (the inactivity days, else 90) before the as-of
 * date, so it predicts churn rather than restating it; it scores the customers not yet churned. The source used, its producer and that producer's options are stamped.
 */
import type {
  AnalysisKind,
  Issue,
  QuadrantRiskSource,
  QuadrantSourceUsed,
  QuadrantValueSource,
  Result,
  RiskModelName,
} from '../../api.ts';
import type { LoadedDataset } from '../../loading/datasetLoading.ts';
import type { BuiltTable } from '../analysis.ts';
import { derivedParameters, runAnalysis } from '../registry.ts';
import { customerNumbers } from '../../customers/customerNumbers.ts';
import { unknownAttribute } from '../../customers/customerSelection.ts';
import { AT_RISK, CHURNED } from '../../../core/customers/churnStatus.ts';

type Producer = 'risk-model' | 'customer-lifetime-value' | 'customer-value';

export interface SourceNumbers {
  /** One number per customer (NaN = none); a fresh array, never the table's own. */
  values: Float64Array;
  used: QuadrantSourceUsed;
}

function missing(column: string): Result<never> {
  const issue: Issue = {
    severity: 'error',
    code: 'quadrant-source-missing',
    params: { column },
    message: `The quadrant reads "${column}", which has not been made for this table: make it first, or choose another risk or value.`,
  };
  return { ok: false, issues: [issue] };
}

/** A column `kind` adds to the table, running `kind` with `options` first when it has not run (or must run again). */
function produced(
  dataset: LoadedDataset,
  built: BuiltTable,
  kind: Producer,
  column: string,
  options: object,
  runAgain = false,
): Result<{ values: Float64Array; used: QuadrantSourceUsed }> {
  let ranHere = false;
  if (!built.derived.has(kind) || runAgain) {
    const ran = runAnalysis(kind as AnalysisKind, dataset, built, options as never);
    if (!ran.ok) return ran;
    ranHere = true;
  }
  const col = built.derived.get(kind)?.find((c) => c.name === column);
  if (!col || col.data.kind !== 'number') return missing(column);
  return {
    ok: true,
    value: {
      values: col.data.values.slice(),
      used: { column, producer: { kind, ranHere, options: derivedParameters(built, kind) ?? options } },
    },
  };
}

/** Another column of the table (its own numbers, an attribute, or a column an analysis added). */
function anyColumn(built: BuiltTable, column: string): Result<SourceNumbers> {
  const added = [...built.derived].filter(([kind]) => kind !== 'value-risk-quadrant').flatMap(([, c]) => c);
  const found = customerNumbers(built.table, added, column);
  if (!found) return unknownAttribute(column, 'to place customers by');
  if (!found.ok) return { ok: false, issues: [found.issue] };
  return { ok: true, value: { values: found.value.slice(), used: { column } } };
}

/** CLV fitted on all the data to the as-of date (a table without dates keeps the defaults, and CLV refuses it). */
const clvOptions = (built: BuiltTable) => (built.summary.asOf ? { calibrationEnd: built.summary.asOf } : {});

const DAY_MS = 86_400_000;

/** The risk model's options: a transaction log split in time one label window before the as-of date. */
function modelOptions(built: BuiltTable, model: RiskModelName | undefined): object {
  const s = built.summary;
  const chosen = model ? { model } : {};
  if (s.shape !== 'transactions' || !s.asOf) return chosen;
  const window = s.definition.kind === 'inactivity' ? s.definition.days : 90;
  const cutoff = new Date(Date.parse(`${s.asOf}T00:00:00Z`) - window * DAY_MS).toISOString().slice(0, 10);
  return cutoff >= s.dataFrom && model !== 'cox' ? { ...chosen, cutoff } : chosen;
}

export function riskNumbers(
  dataset: LoadedDataset,
  built: BuiltTable,
  risk: QuadrantRiskSource,
): Result<SourceNumbers> {
  switch (risk.source) {
    case 'model': {
      const ran = derivedParameters(built, 'risk-model') as { model?: RiskModelName } | undefined;
      const again = risk.model !== undefined && ran?.model !== risk.model;
      return produced(dataset, built, 'risk-model', 'churn_risk', modelOptions(built, risk.model), again);
    }
    case 'p-alive': {
      const alive = produced(dataset, built, 'customer-lifetime-value', 'p_alive', clvOptions(built));
      if (!alive.ok) return alive;
      const values = alive.value.values;
      for (let i = 0; i < values.length; i++) values[i] = 1 - values[i];
      return { ok: true, value: { values, used: { ...alive.value.used, complement: true } } };
    }
    case 'warnings': {
      // How many of the rules fire for each customer not yet churned (0: none); the churned are not placed.
      const listed = runAnalysis('early-warnings', dataset, built, { rules: risk.rules, includeChurned: false });
      if (!listed.ok) return listed;
      const { ids, status } = built.table;
      const row = new Map(ids.map((id, i) => [id, i]));
      const values = Float64Array.from(status, (s) => (s === CHURNED ? NaN : 0));
      for (const f of listed.value.flagged) {
        const i = row.get(f.customerId);
        if (i !== undefined) values[i] = f.rules.length;
      }
      const options = { rules: listed.value.rules };
      return {
        ok: true,
        value: { values, used: { column: 'warnings', producer: { kind: 'early-warnings', ranHere: true, options } } },
      };
    }
    case 'at-risk': {
      // The churn definition's at-risk band as 1 (at risk) or 0 (active); churned customers are already lost: not placed.
      const { status } = built.table;
      const values = Float64Array.from(status, (s) => (s === CHURNED ? NaN : s === AT_RISK ? 1 : 0));
      return { ok: true, value: { values, used: { column: 'status' } } };
    }
    case 'column':
      return anyColumn(built, risk.column);
  }
}

export function valueNumbers(
  dataset: LoadedDataset,
  built: BuiltTable,
  value: QuadrantValueSource,
): Result<SourceNumbers> {
  switch (value.source) {
    case 'clv':
      return produced(dataset, built, 'customer-lifetime-value', 'clv', clvOptions(built));
    case 'historical':
      return { ok: true, value: { values: built.table.totalValue.slice(), used: { column: 'total_value' } } };
    case 'value-score':
      return produced(dataset, built, 'customer-value', 'value_score', {});
    case 'margin':
      return produced(dataset, built, 'customer-value', 'margin', {});
    case 'column':
      return anyColumn(built, value.column);
  }
}
