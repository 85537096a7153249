import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const revenueMovements: CellDefinition = { component: Cell, needsData: true };
