import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const rfm: CellDefinition = { component: Cell, needsData: true };
