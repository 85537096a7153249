/** 简体中文: the same areas as en/; each area file must have exactly the keys of its English twin. */
import type { MessageKey } from '../en/index.ts';
import { messages as app } from './app.ts';
import { messages as open } from './open.ts';
import { messages as teaching } from './teaching.ts';
import { messages as progress } from './progress.ts';
import { messages as summary } from './summary.ts';
import { messages as shape } from './shape.ts';
import { messages as delimiter } from './delimiter.ts';
import { messages as encoding } from './encoding.ts';
import { messages as format } from './format.ts';
import { messages as types } from './type.ts';
import { messages as role } from './role.ts';
import { messages as roles } from './roles.ts';
import { messages as quality } from './quality.ts';
import { messages as preview } from './preview.ts';
import { messages as issue } from './issue.ts';
import { messages as error } from './error.ts';
import { messages as workbook } from './workbook.ts';
import { messages as report } from './report.ts';
import { messages as share } from './share.ts';
import { messages as cell } from './cell.ts';
import { messages as sql } from './sql.ts';
import { messages as chart } from './chart.ts';
import { messages as col } from './col.ts';
import { messages as def } from './def.ts';

import { messages as profile } from './profile.ts';
import { messages as outline } from './outline.ts';
import { messages as churnKpis } from './churn-kpis.ts';
import { messages as churnReasons } from './churn-reasons.ts';
import { messages as churnByAttribute } from './churn-by-attribute.ts';
import { messages as attributeRule } from './attribute-rule.ts';
import { messages as monthlyChurn } from './monthly-churn.ts';
import { messages as valueTiers } from './value-tiers.ts';
import { messages as customerValue } from './customer-value.ts';
import { messages as earlyWarnings } from './early-warnings.ts';
import { messages as definitionLab } from './definition-lab.ts';
import { messages as retentionTriangle } from './retention-triangle.ts';
import { messages as survival } from './survival.ts';
import { messages as retentionProjection } from './retention-projection.ts';
import { messages as clusters } from './clusters.ts';
import { messages as revenueMovements } from './revenue-movements.ts';
import { messages as riskModel } from './risk-model.ts';
import { messages as customerLifetimeValue } from './customer-lifetime-value.ts';
import { messages as rfm } from './rfm.ts';
import { messages as churnDrivers } from './churn-drivers.ts';
import { messages as retentionDecision } from './retention-decision.ts';
import { messages as retentionEconomics } from './retention-economics.ts';
import { messages as drilldown } from './drilldown.ts';
import { messages as valueRiskQuadrant } from './value-risk-quadrant.ts';
import { messages as lesson } from './lesson.ts';
import { messages as lessonTiers } from './lesson-tiers.ts';
import { messages as lessonTelecom } from './lesson-telecom.ts';
import { messages as lessonDisconnection } from './lesson-disconnection.ts';
import { messages as lessonSwimwear } from './lesson-swimwear.ts';
import { messages as lessonCarDealer } from './lesson-car-dealer.ts';
import { messages as lessonPareto } from './lesson-pareto.ts';
import { messages as lessonStudents } from './lesson-students.ts';
import { messages as offline } from './offline.ts';

export const zhCN: Record<MessageKey, string> = {
  ...app,
  ...open,
  ...teaching,
  ...progress,
  ...summary,
  ...shape,
  ...delimiter,
  ...encoding,
  ...format,
  ...types,
  ...role,
  ...roles,
  ...quality,
  ...preview,
  ...issue,
  ...error,
  ...workbook,
  ...report,
  ...share,
  ...cell,
  ...sql,
  ...chart,
  ...col,
  ...def,
  ...profile,
  ...outline,
  ...churnKpis,
  ...churnReasons,
  ...churnByAttribute,
  ...attributeRule,
  ...monthlyChurn,
  ...valueTiers,
  ...customerValue,
  ...earlyWarnings,
  ...definitionLab,
  ...retentionTriangle,
  ...survival,
  ...retentionProjection,
  ...clusters,
  ...revenueMovements,
  ...riskModel,
  ...customerLifetimeValue,
  ...rfm,
  ...churnDrivers,
  ...retentionDecision,
  ...retentionEconomics,
  ...drilldown,
  ...valueRiskQuadrant,
  ...lesson,
  ...lessonTiers,
  ...lessonTelecom,
  ...lessonDisconnection,
  ...lessonSwimwear,
  ...lessonCarDealer,
  ...lessonPareto,
  ...lessonStudents,
  ...offline,
};
