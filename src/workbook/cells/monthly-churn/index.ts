import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const monthlyChurn: CellDefinition = { component: Cell, needsData: true };
