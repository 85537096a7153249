import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const retentionTriangle: CellDefinition = { component: Cell, needsData: true };
