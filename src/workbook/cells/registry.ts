/**
 * Every kind of workbook cell and what draws it: one entry per kind (the compiler refuses this
 * table when a CellKind has none). Adding a cell is a folder beside this file and one line here.
 */
import type { CellKind } from '../../state/workbook.svelte.ts';
import type { CellDefinition } from './cell.ts';
import { note } from './note/index.ts';
import { profile } from './profile/index.ts';
import { churnByAttribute } from './churn-by-attribute/index.ts';
import { monthlyChurn } from './monthly-churn/index.ts';
import { valueTiers } from './value-tiers/index.ts';
import { customerValue } from './customer-value/index.ts';
import { earlyWarnings } from './early-warnings/index.ts';
import { definitionLab } from './definition-lab/index.ts';
import { retentionTriangle } from './retention-triangle/index.ts';
import { survival } from './survival/index.ts';
import { retentionProjection } from './retention-projection/index.ts';
import { clusters } from './clusters/index.ts';
import { revenueMovements } from './revenue-movements/index.ts';
import { riskModel } from './risk-model/index.ts';
import { customerLifetimeValue } from './customer-lifetime-value/index.ts';
import { rfm } from './rfm/index.ts';
import { churnDrivers } from './churn-drivers/index.ts';
import { churnReasons } from './churn-reasons/index.ts';
import { retentionDecision } from './retention-decision/index.ts';
import { retentionEconomics } from './retention-economics/index.ts';
import { valueRiskQuadrant } from './value-risk-quadrant/index.ts';

export const CELLS: Record<CellKind, CellDefinition> = {
  note,
  profile,
  'churn-by-attribute': churnByAttribute,
  'monthly-churn': monthlyChurn,
  'value-tiers': valueTiers,
  'customer-value': customerValue,
  'early-warnings': earlyWarnings,
  'definition-lab': definitionLab,
  'retention-triangle': retentionTriangle,
  survival,
  'retention-projection': retentionProjection,
  clusters,
  'revenue-movements': revenueMovements,
  'risk-model': riskModel,
  'customer-lifetime-value': customerLifetimeValue,
  rfm,
  'churn-drivers': churnDrivers,
  'churn-reasons': churnReasons,
  'retention-decision': retentionDecision,
  'retention-economics': retentionEconomics,
  'value-risk-quadrant': valueRiskQuadrant,
};
