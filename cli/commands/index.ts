/** Every command of the command line: adding one is a file in this folder and a line in COMMANDS. */
import type { Command } from '../command.ts';
import { cohort } from './retention-triangle.ts';
import { customers } from './customers.ts';
import { inspect } from './inspect.ts';
import { survival } from './survival.ts';
import { warnings } from './early-warnings.ts';
import { churnKpis } from './churn-kpis.ts';
import { kpis } from './kpis.ts';
import { monthlyChurn } from './monthly-churn.ts';
import { valueTiers } from './value-tiers.ts';
import { customerValue } from './customer-value.ts';
import { churnByAttribute } from './churn-by-attribute.ts';
import { definitionLab } from './definition-lab.ts';
import { retentionProjection } from './retention-projection.ts';
import { clusters } from './clusters.ts';
import { revenue } from './revenue-movements.ts';
import { riskModel } from './risk-model.ts';
import { clv } from './customer-lifetime-value.ts';
import { rfm } from './rfm.ts';
import { segments } from './segments.ts';
import { churnDrivers } from './churn-drivers.ts';
import { reasons } from './churn-reasons.ts';
import { decision } from './retention-decision.ts';
import { economics } from './retention-economics.ts';
import { quadrant } from './value-risk-quadrant.ts';

/** In the order `help` lists them and the "unknown command" message names them. */
export const COMMANDS: readonly Command[] = [
  inspect,
  customers,
  warnings,
  cohort,
  survival,
  kpis,
  churnKpis,
  monthlyChurn,
  valueTiers,
  customerValue,
  churnByAttribute,
  definitionLab,
  retentionProjection,
  clusters,
  revenue,
  riskModel,
  churnDrivers,
  clv,
  segments,
  rfm,
  reasons,
  decision,
  economics,
  quadrant,
];
