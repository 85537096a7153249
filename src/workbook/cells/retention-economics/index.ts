import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const retentionEconomics: CellDefinition = { component: Cell, needsData: true };
