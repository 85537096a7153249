import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const valueTiers: CellDefinition = { component: Cell, needsData: true };
