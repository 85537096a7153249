/**
 * Fitting one period's customers: the purchase model on (x, t_x, T), and the Gamma-Gamma spend
 * model on the repeat buyers' mean repeat spend. A purchase model that cannot be fitted is an
 * error issue (no numbers); a spend model that cannot is a note, and CLV is then not given.
 */
import {
  CLV_MIN_REPEAT_BUYERS,
  CLV_SPEND_CORRELATION_LIMIT,
  type ClvModel,
  type ClvNote,
  type ClvPeriodFit,
  type ClvSpendFit,
  type Issue,
  type Result,
} from '../../api.ts';
import { uniqueRows } from '../../../core/analyses/customer-lifetime-value/uniqueRows.ts';
import {
  fitPurchaseModel,
  PARAMETER_NAMES,
  purchaseModel,
  type PurchaseModel,
} from '../../../core/analyses/customer-lifetime-value/purchaseModel.ts';
import { fitGammaGamma } from '../../../core/analyses/customer-lifetime-value/gammaGamma.ts';

export interface PeriodCustomers {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean spend of the repeat purchase days; null when the data has no amounts. */
  monetary: Float64Array | null;
}

export interface PeriodModels {
  summary: ClvPeriodFit;
  model: PurchaseModel;
  /** [p, q, γ] when the spend model was fitted with q > 1 (a finite mean); else null. */
  spendParams: Float64Array | null;
  notes: ClvNote[];
}

const named = (names: readonly string[], values: Float64Array) =>
  Object.fromEntries(names.map((name, i) => [name, values[i]]));

function pearson(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

function spendFit(
  customers: PeriodCustomers,
  notes: ClvNote[],
): { fit: ClvSpendFit | null; params: Float64Array | null } {
  const { x, monetary } = customers;
  if (monetary === null) {
    notes.push({ code: 'clv-no-amounts' });
    return { fit: null, params: null };
  }
  const xs: number[] = [];
  const zs: number[] = [];
  let nonPositive = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] > 0)) continue;
    if (monetary[i] > 0) {
      xs.push(x[i]);
      zs.push(monetary[i]);
    } else nonPositive++;
  }
  if (nonPositive > 0) notes.push({ code: 'clv-nonpositive-spend', params: { customers: nonPositive } });
  if (xs.length < CLV_MIN_REPEAT_BUYERS) {
    notes.push({ code: 'clv-spend-too-few', params: { repeatBuyers: xs.length, minimum: CLV_MIN_REPEAT_BUYERS } });
    return { fit: null, params: null };
  }
  const data = { x: Float64Array.from(xs), meanSpend: Float64Array.from(zs) };
  const gg = fitGammaGamma(data);
  if (!gg.converged) {
    notes.push({ code: 'clv-spend-not-converged', params: { iterations: gg.iterations } });
    return { fit: null, params: null };
  }
  const [p, q, gamma] = gg.params;
  const correlation = pearson(data.x, data.meanSpend);
  if (Math.abs(correlation) >= CLV_SPEND_CORRELATION_LIMIT)
    notes.push({ code: 'clv-spend-correlated', params: { correlation, limit: CLV_SPEND_CORRELATION_LIMIT } });
  if (!(q > 1)) notes.push({ code: 'clv-spend-mean-infinite', params: { q } });
  const fit: ClvSpendFit = {
    p,
    q,
    gamma,
    se: { p: gg.se[0], q: gg.se[1], gamma: gg.se[2] },
    logLik: gg.logLikelihood,
    customers: xs.length,
    meanSpend: zs.reduce((s, z) => s + z, 0) / zs.length,
    populationMean: q > 1 ? (p * gamma) / (q - 1) : NaN,
    correlation,
  };
  return { fit, params: q > 1 ? gg.params : null };
}

const refusal = (code: Issue['code'], message: string, params: Issue['params']): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', code, message, params }],
});

/** `period` names the period in the issues: 'calibration' or 'prediction' (everything to the as-of date). */
export function fitPeriod(
  kind: ClvModel,
  customers: PeriodCustomers,
  end: string,
  period: 'calibration' | 'prediction',
): Result<PeriodModels> {
  const rows = uniqueRows(customers.x, customers.tx, customers.T);
  let repeatBuyers = 0;
  for (let i = 0; i < customers.x.length; i++) if (customers.x[i] > 0 && rows.rowOf[i] >= 0) repeatBuyers++;
  if (repeatBuyers < CLV_MIN_REPEAT_BUYERS)
    return refusal(
      'clv-too-few-repeat-buyers',
      `Only ${repeatBuyers} customers bought again by ${end}; the model needs at least ${CLV_MIN_REPEAT_BUYERS}.`,
      { repeatBuyers, minimum: CLV_MIN_REPEAT_BUYERS, end, period },
    );
  const fit = fitPurchaseModel(kind, rows);
  const names = PARAMETER_NAMES[kind];
  if (fit.atBound.length > 0 && fit.dropout === 'estimated')
    return refusal(
      'clv-fit-at-bound',
      `The ${kind} fit to ${end} runs off to the edge of the parameter range (${names[fit.atBound[0]]}): the data do not tell how customers drop out. Choose a later calibration end, or the as-of date to fit on all the data without a holdout.`,
      { model: kind, parameter: names[fit.atBound[0]], end, period },
    );
  if (!fit.converged)
    return refusal(
      'clv-not-converged',
      `The ${kind} fit to ${end} did not converge (${fit.reason} after ${fit.iterations} iterations).`,
      { model: kind, reason: fit.reason, iterations: fit.iterations, end, period },
    );
  const notes: ClvNote[] = [];
  if (rows.leftOut > 0) notes.push({ code: 'clv-left-out', params: { customers: rows.leftOut, period } });
  // The drop-out's shape (a for the BG/NBD, s for the Pareto/NBD: both third).
  const dropout = 2;
  if (fit.limit)
    notes.push({
      code: 'clv-no-dropout',
      params: {
        model: kind,
        parameter: names[dropout],
        end,
        period,
        score: fit.limit.score,
        logLik: fit.logLikelihood,
      },
    });
  // Its estimate within two standard errors of 0: how customers drop out, so P(alive), is poorly determined.
  else if (fit.params[dropout] < 2 * fit.se[dropout])
    notes.push({
      code: 'clv-dropout-uncertain',
      params: { parameter: names[dropout], estimate: fit.params[dropout], se: fit.se[dropout], period },
    });
  const spend = spendFit(customers, notes);
  return {
    ok: true,
    value: {
      summary: {
        end,
        customers: rows.customers,
        repeatBuyers,
        fit: {
          params: named(names, fit.params),
          se: named(names, fit.se),
          logLik: fit.logLikelihood,
          converged: fit.converged,
          iterations: fit.iterations,
          dropout: fit.dropout,
        },
        spend: spend.fit,
      },
      model: purchaseModel(kind, fit.params, fit.dropout),
      spendParams: spend.params,
      notes,
    },
  };
}
