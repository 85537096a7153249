/**
 * Retention economics on the table's own risk, value and retention: the campaign what-if
 * against random targeting, "+N points of retention" next to the cost of winning customers
 * anew, and a campaign's evaluation against its control group.
 */
import type { RetentionEconomicsResult } from '../api.ts';
import { stampOf, type Analysis } from './analysis.ts';
import { defaultValueSource, medianAt, readRisk, readValue } from './retention-decision/retentionSources.ts';
import { resolveEconomics } from './retention-economics/economicsOptions.ts';
import { campaignCurve } from './retention-economics/campaign.ts';
import { liftOf } from './retention-economics/lift.ts';
import { evaluateCampaign, treatedRows } from './retention-economics/evaluation.ts';
import { beforeAfter } from './retention-economics/beforeAfter.ts';

export const retentionEconomics: Analysis<'retention-economics'> = {
  needs: 'customer-table',
  run({ dataset, table: built }, options) {
    const asked = options ?? {};
    const risk = readRisk(dataset, built, asked.risk ?? 'model');
    if (!risk.ok) return risk;
    const value = readValue(dataset, built, asked.value ?? defaultValueSource(built));
    if (!value.ok) return value;
    const r = risk.value.values;
    const v = value.value.values;
    const known = Int32Array.from({ length: r.length }, (_, c) => c).filter((c) => r[c] === r[c] && v[c] === v[c]);
    if (known.length === 0)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'retention-no-customers',
            params: { missing: r.length },
            message: 'No customer has both a churn risk and a value.',
          },
        ],
      };
    const resolved = resolveEconomics(asked, defaultValueSource(built), medianAt(v, known));
    if (!resolved.ok) return resolved;
    const o = resolved.value;
    let evaluation = null;
    if (o.treatment) {
      const judged = evaluateCampaign(built.table, v, o.treatment);
      if (!judged.ok) return judged;
      evaluation = judged.value;
    }
    const result: RetentionEconomicsResult = {
      stamp: stampOf('retention-economics', built, o),
      sources: { risk: risk.value.used, value: value.value.used },
      campaign: campaignCurve(r, v, built.table.status, o),
      lift: liftOf(dataset, built, o),
      evaluation,
      beforeAfter: o.campaignDate
        ? beforeAfter(
            built,
            o.treatment ? treatedRows(built.table, o.treatment) : Int32Array.from(r.keys()),
            o.treatment ? 'treated' : 'all',
            o.campaignDate,
            o.windowDays,
          )
        : null,
    };
    return { ok: true, value: result };
  },
};
