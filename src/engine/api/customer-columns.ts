/**
 * The per-customer columns analyses add to the customer table, by kind: their machine names
 * (kept by the command line's `--out`) and how the app words them. The app heads column `name`
 * with the message `<kind>.col.<name>` and, for a column of codes with a `valueKey`, words the
 * value `code` with `<valueKey>.<code>` when that message exists.
 */
import type { AnalysisKind } from './analyses.ts';

export interface DerivedColumnWords {
  name: string;
  /** Words the values of a column of codes: value `code` is message `<valueKey>.<code>`. */
  valueKey?: string;
  /** An amount: headed with the workbook's currency. */
  money?: boolean;
}

export const DERIVED_CUSTOMER_COLUMNS: { readonly [K in AnalysisKind]?: readonly DerivedColumnWords[] } = {
  'value-tiers': [{ name: 'value_tier' }],
  // Also one value_score_<column> per score column (its part of the score: componentName), headed
  // by the message customer-value.col.component with the column's words.
  'customer-value': [
    { name: 'value_score' },
    { name: 'margin', money: true },
    { name: 'margin_tier', valueKey: 'customer-value.tier' },
  ],
  clusters: [{ name: 'cluster' }, { name: 'cluster_name' }, { name: 'pca_1' }, { name: 'pca_2' }],
  'revenue-movements': [
    { name: 'revenue_movement', valueKey: 'revenue-movements.movement' },
    { name: 'revenue_change', money: true },
    { name: 'revenue_drop_percent' },
  ],
  'risk-model': [
    { name: 'churn_risk' },
    { name: 'risk_decile' },
    { name: 'risk_split', valueKey: 'risk-model.split' },
    { name: 'risk_fold' },
  ],
  'customer-lifetime-value': [
    { name: 'p_alive' },
    { name: 'expected_purchases' },
    { name: 'expected_spend', money: true },
    { name: 'clv', money: true },
  ],
  rfm: [
    { name: 'recency_days' },
    { name: 'rfm_frequency' },
    { name: 'rfm_monetary', money: true },
    { name: 'r_score' },
    { name: 'f_score' },
    { name: 'm_score' },
    { name: 'segment', valueKey: 'rfm.segment' },
  ],
  'retention-decision': [
    { name: 'churn_type_decided', valueKey: 'churn-reasons.churnType' },
    { name: 'retention_plan', valueKey: 'retention-decision.plan' },
    { name: 'expected_value_saved', money: true },
    { name: 'max_retention_spend', money: true },
  ],
  'value-risk-quadrant': [
    { name: 'quadrant', valueKey: 'value-risk-quadrant.quadrant' },
    { name: 'quadrant_risk' },
    { name: 'quadrant_value' },
    { name: 'expected_loss', money: true },
  ],
};
