import Cell from './Cell.svelte';
import type { CellDefinition } from '../cell.ts';
import { initialSettings } from './settings.ts';

export const valueRiskQuadrant: CellDefinition = { component: Cell, needsData: true, initialSettings };
