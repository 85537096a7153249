import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const survival: CellDefinition = { component: Cell, needsData: true };
