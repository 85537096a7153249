import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';
import { initialSettings } from './settings.svelte.ts';

export const definitionLab: CellDefinition = { component: Cell, needsData: true, initialSettings };
