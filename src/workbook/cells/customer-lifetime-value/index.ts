import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const customerLifetimeValue: CellDefinition = { component: Cell, needsData: true };
