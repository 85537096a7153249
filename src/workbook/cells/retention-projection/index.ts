import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';

export const retentionProjection: CellDefinition = { component: Cell, needsData: true };
