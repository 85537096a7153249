/**
 * Every analysis kind with its options and its result: one entry per kind, the same name in
 * every layer (core/analyses/<kind>/, engine/analyses/<kind>.ts, workbook/cells/<kind>/,
 * charts/<kind>/, i18n/<lang>/<kind>.ts, cli/commands/<kind>.ts). The engine's registry must
 * run each of them, which the compiler checks.
 */
import type { ChurnKpisOptions, ChurnKpisResult } from './churn-kpis.ts';
import type { MonthlyChurnOptions, MonthlyChurnResult } from './monthly-churn.ts';
import type { ValueTiersOptions, ValueTiersResult } from './value-tiers.ts';
import type { CustomerValueOptions, CustomerValueResult } from './customer-value.ts';
import type { AttributeChurnResult, ChurnByAttributeOptions } from './churn-by-attribute.ts';
import type { EarlyWarningsOptions, WarningList } from './early-warnings.ts';
import type { DefinitionComparison, DefinitionLabOptions } from './definition-lab.ts';
import type { RetentionTriangleOptions, RetentionTriangleResult } from './retention-triangle.ts';
import type { SurvivalOptions, SurvivalResult } from './survival.ts';
import type { ProjectionOptions, ProjectionResult } from './retention-projection.ts';
import type { ClustersOptions, ClustersResult } from './clusters.ts';
import type { RevenueMovementsOptions, RevenueMovementsResult } from './revenue-movements.ts';
import type { RiskModelOptions, RiskModelResult } from './risk-model.ts';
import type { CustomerLifetimeValueOptions, CustomerLifetimeValueResult } from './customer-lifetime-value.ts';
import type { RfmOptions, RfmResult } from './rfm.ts';
import type { ChurnDriversOptions, ChurnDriversResult } from './churn-drivers.ts';
import type { ChurnReasonsOptions, ChurnReasonsResult } from './churn-reasons.ts';
import type { RetentionDecisionOptions, RetentionDecisionResult } from './retention-decision.ts';
import type { RetentionEconomicsOptions, RetentionEconomicsResult } from './retention-economics.ts';
import type { ValueRiskQuadrantOptions, ValueRiskQuadrantResult } from './value-risk-quadrant.ts';

export interface Analyses {
  'churn-kpis': { options: ChurnKpisOptions; result: ChurnKpisResult };
  'monthly-churn': { options: MonthlyChurnOptions; result: MonthlyChurnResult };
  'value-tiers': { options: ValueTiersOptions; result: ValueTiersResult };
  'customer-value': { options: CustomerValueOptions; result: CustomerValueResult };
  'churn-by-attribute': { options: ChurnByAttributeOptions; result: AttributeChurnResult };
  'early-warnings': { options: EarlyWarningsOptions; result: WarningList };
  'definition-lab': { options: DefinitionLabOptions; result: DefinitionComparison };
  'retention-triangle': { options: RetentionTriangleOptions; result: RetentionTriangleResult };
  survival: { options: SurvivalOptions; result: SurvivalResult };
  'retention-projection': { options: ProjectionOptions; result: ProjectionResult };
  clusters: { options: ClustersOptions; result: ClustersResult };
  'revenue-movements': { options: RevenueMovementsOptions; result: RevenueMovementsResult };
  'risk-model': { options: RiskModelOptions; result: RiskModelResult };
  'customer-lifetime-value': { options: CustomerLifetimeValueOptions; result: CustomerLifetimeValueResult };
  rfm: { options: RfmOptions; result: RfmResult };
  'churn-drivers': { options: ChurnDriversOptions; result: ChurnDriversResult };
  'churn-reasons': { options: ChurnReasonsOptions; result: ChurnReasonsResult };
  'retention-decision': { options: RetentionDecisionOptions; result: RetentionDecisionResult };
  'retention-economics': { options: RetentionEconomicsOptions; result: RetentionEconomicsResult };
  'value-risk-quadrant': { options: ValueRiskQuadrantOptions; result: ValueRiskQuadrantResult };
}

export type AnalysisKind = keyof Analyses;
export type OptionsOf<K extends AnalysisKind> = Analyses[K]['options'];
export type ResultOf<K extends AnalysisKind> = Analyses[K]['result'];

const listed: Record<AnalysisKind, true> = {
  'churn-kpis': true,
  'monthly-churn': true,
  'value-tiers': true,
  'customer-value': true,
  'churn-by-attribute': true,
  'early-warnings': true,
  'definition-lab': true,
  'retention-triangle': true,
  survival: true,
  'retention-projection': true,
  clusters: true,
  'revenue-movements': true,
  'risk-model': true,
  'customer-lifetime-value': true,
  rfm: true,
  'churn-drivers': true,
  'churn-reasons': true,
  'retention-decision': true,
  'retention-economics': true,
  'value-risk-quadrant': true,
};
/** Every kind, in the order above (a kind missing here is a compile error). */
export const ANALYSIS_KINDS = Object.keys(listed) as AnalysisKind[];
