import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';
import { initialSettings } from './settings.ts';

export const profile: CellDefinition = { component: Cell, needsData: false, initialSettings };
