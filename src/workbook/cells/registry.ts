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
import { earlyWarnings } from './early-warnings/index.ts';
import { definitionLab } from './definition-lab/index.ts';
import { retentionTriangle } from './retention-triangle/index.ts';
import { survival } from './survival/index.ts';
import { retentionProjection } from './retention-projection/index.ts';
import { revenueMovements } from './revenue-movements/index.ts';
import { rfm } from './rfm/index.ts';

export const CELLS: Record<CellKind, CellDefinition> = {
  note,
  profile,
  'churn-by-attribute': churnByAttribute,
  'monthly-churn': monthlyChurn,
  'value-tiers': valueTiers,
  'early-warnings': earlyWarnings,
  'definition-lab': definitionLab,
  'retention-triangle': retentionTriangle,
  survival,
  'retention-projection': retentionProjection,
  'revenue-movements': revenueMovements,
  rfm,
};
