import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';
import { initialSettings } from './settings.ts';

export const churnReasons: CellDefinition = { component: Cell, needsData: true, initialSettings };
