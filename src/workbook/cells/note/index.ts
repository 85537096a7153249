import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const note: CellDefinition = { component: Cell, needsData: false };
