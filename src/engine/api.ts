/**
 * The engine's contract, one module per concern (api/): issues, the dataset, the customer
 * table, one module per analysis kind, and the engine's interface. Every layer imports it
 * from here; the lint rule lets every layer see this barrel and nothing else of the engine.
 */
export * from './api/issues.ts';
export * from './api/dataset.ts';
export * from './api/customer-table.ts';
export * from './api/customer-columns.ts';
export * from './api/stamp.ts';
export * from './api/customer-selection.ts';
export * from './api/analyses.ts';
export * from './api/churn-kpis.ts';
export * from './api/monthly-churn.ts';
export * from './api/value-tiers.ts';
export * from './api/customer-value.ts';
export * from './api/churn-by-attribute.ts';
export * from './api/early-warnings.ts';
export * from './api/definition-lab.ts';
export * from './api/retention-triangle.ts';
export * from './api/survival.ts';
export * from './api/retention-projection.ts';
export * from './api/clusters.ts';
export * from './api/revenue-movements.ts';
export * from './api/risk-model.ts';
export * from './api/churn-drivers.ts';
export * from './api/customer-lifetime-value.ts';
export * from './api/rfm.ts';
export * from './api/churn-reasons.ts';
export * from './api/retention-decision.ts';
export * from './api/retention-economics.ts';
export * from './api/value-risk-quadrant.ts';
export * from './api/engine-api.ts';
export * from './api/exports.ts';
export * from './api/teaching-data.ts';
export * from './api/report.ts';
