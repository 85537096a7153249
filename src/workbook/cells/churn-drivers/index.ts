import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';
import { initialSettings } from './settings.ts';

export const churnDrivers: CellDefinition = { component: Cell, needsData: true, initialSettings };
