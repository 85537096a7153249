import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const retentionDecision: CellDefinition = { component: Cell, needsData: true };
