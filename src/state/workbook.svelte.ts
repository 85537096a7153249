/**
 * The workbook: which file(s) it was made with (fingerprints, never rows), the confirmed
 * column roles, the analysis settings (churn definition, as-of date, …) and an ordered list
 * of cells. Saved as versioned JSON. `analysis` is an optional key of version 1: a workbook
 * saved before it existed opens unchanged and gets the default definition for its data.
 */
import { withKey, type CustomerFilter, type DatasetSummary, type ParseOptions, type Role } from '../engine/api.ts';
import { filterProblem } from './workbookFilter.ts';
import { analysisFieldProblem, type AnalysisSettings } from './analysisSettings.ts';
import { currencyOfColumns, isCurrencyCode } from './currency.ts';
import {
  cellsProblem,
  type CellWidth,
  isRecord,
  problem,
  rolesProblem,
  shown,
  sourceProblem,
  type FieldProblem,
} from './workbookFields.ts';

export const WORKBOOK_VERSION = 1;
export const CELL_KINDS = [
  'note',
  'profile',
  'churn-by-attribute',
  'monthly-churn',
  'value-tiers',
  'customer-value',
  'early-warnings',
  'definition-lab',
  'retention-triangle',
  'survival',
  'retention-projection',
  'clusters',
  'revenue-movements',
  'risk-model',
  'customer-lifetime-value',
  'rfm',
  'churn-drivers',
  'churn-reasons',
  'retention-decision',
  'retention-economics',
  'value-risk-quadrant',
] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export interface Cell {
  id: string;
  kind: CellKind;
  title: string;
  titleKey?: string; // the key of the app's words a lesson's title came from (cellTitles.ts)
  note: string;
  settings: Record<string, unknown>;
  collapsed: boolean;
  /** Absent (saved before it existed) is 'full'. */
  width?: CellWidth;
}

export interface WorkbookSource {
  name: string;
  size: number;
  sha256: string;
  options: ParseOptions;
}

export interface WorkbookData {
  version: typeof WORKBOOK_VERSION;
  source: WorkbookSource[];
  roles: Record<string, Role>;
  cells: Cell[];
  analysis?: AnalysisSettings;
  /** ISO 4217 code every amount is shown in; '' for plain numbers. Absent in workbooks saved before it existed. */
  currency?: string;
  /** The workbook-wide filter every cell reads the customers through; absent: every customer. */
  filter?: CustomerFilter;
}

export interface WorkbookError {
  code: 'invalid-json' | 'invalid-version' | 'invalid-shape';
  /** English, for logs and tests; the UI words it from code, detail and the field problem. */
  message: string;
  detail: string;
  /** For 'invalid-json': where the parser stopped. */
  place?: { line: number; column: number };
  /** For 'invalid-shape': the field at fault, its value and the rule. */
  problem?: FieldProblem;
}

export type WorkbookParse = { ok: true; value: Workbook } | { ok: false; error: WorkbookError };

export class Workbook {
  source = $state<WorkbookSource[]>([]);
  roles = $state<Record<string, Role>>({});
  cells = $state<Cell[]>([]);
  /** Null until a dataset is described or settings are changed: then the defaults for its data apply. */
  analysis = $state<AnalysisSettings | null>(null);
  /** Null until the data is described (then the sign its amounts were written with, else '') or the user picks one. */
  currency = $state<string | null>(null);
  /** The workbook-wide filter (null: every customer). */
  filter = $state.raw<CustomerFilter | null>(null);
  #nextId = 1;
  /** The checked data of a workbook read by fromJSON, as read (plain, not reactive). */
  #read: WorkbookData | null = null;

  get fileName(): string {
    const base = this.source[0]?.name.replace(/\.[^.]+$/, '') || 'workbook';
    return `${base}.churnscope.json`;
  }

  addCell(kind: CellKind, settings: Record<string, unknown> = {}): Cell {
    const cell: Cell = { id: this.#freshId(), kind, title: '', note: '', settings, collapsed: false };
    this.cells.push(cell);
    return this.cells[this.cells.length - 1];
  }

  moveCell(id: string, delta: number) {
    this.moveCellTo(id, this.cells.findIndex((c) => c.id === id) + delta);
  }

  /** Puts a cell at position `to` of the list (clamped), the others keeping their order: a drag in the outline. */
  moveCellTo(id: string, to: number) {
    const from = this.cells.findIndex((c) => c.id === id);
    if (from < 0 || !Number.isFinite(to)) return;
    const at = Math.max(0, Math.min(this.cells.length - 1, Math.trunc(to)));
    if (at === from) return;
    const [cell] = this.cells.splice(from, 1);
    this.cells.splice(at, 0, cell);
  }

  removeCell(id: string) {
    const at = this.cells.findIndex((c) => c.id === id);
    if (at >= 0) this.cells.splice(at, 1);
  }

  toggleCollapsed(id: string) {
    const cell = this.cells.find((c) => c.id === id);
    if (cell) cell.collapsed = !cell.collapsed;
  }

  setRole(column: string, role: Role) {
    // Not `this.roles[column] = role`: a column called `__proto__` would replace the prototype.
    this.roles = withKey(this.roles, column, role);
  }

  /** Sets many columns' roles as one change (a panel of thousands of columns, not one update each). */
  setRoles(roles: Record<string, Role>) {
    this.roles = { ...this.roles, ...roles };
  }

  /** Records the dataset the workbook now describes; roles of columns it lacks are dropped. */
  describe(summary: DatasetSummary) {
    const fingerprints = (files: { sha256: string }[]) => files.map((f) => f.sha256).join(' ');
    // Another file's definition may name columns this one lacks: start from its defaults.
    if (this.source.length > 0 && fingerprints(this.source) !== fingerprints(summary.files)) this.analysis = null;
    this.source = summary.files.map((f) => ({
      name: f.name,
      size: f.size,
      sha256: f.sha256,
      options: structuredClone(summary.options),
    }));
    const names = new Set(summary.columns.map((c) => c.name));
    for (const column of Object.keys(this.roles)) if (!names.has(column)) delete this.roles[column];
    if (this.currency === null) this.currency = currencyOfColumns(summary.columns, this.roles);
  }

  /** Takes over another workbook's roles and cells (after its data file was checked). */
  adopt(other: Workbook) {
    // A workbook read from a file hands over the plain data it was read from (it is shown,
    // never edited, before it is adopted, and gives it up here); any other is copied once.
    // Three snapshots through the reactive proxies of a 20,000-cell workbook held the main
    // thread for seconds.
    const data = other.#read ?? other.toJSON();
    other.#read = null;
    this.source = data.source;
    this.roles = { ...data.roles };
    this.cells = data.cells;
    this.analysis = data.analysis ?? null;
    if (other.currency !== null) this.currency = other.currency;
    this.filter = data.filter ?? null;
    this.#nextId = other.#nextId;
  }

  toJSON(): WorkbookData {
    const data: WorkbookData = { version: WORKBOOK_VERSION, source: this.source, roles: this.roles, cells: this.cells };
    if (this.analysis) data.analysis = this.analysis;
    if (this.currency !== null) data.currency = this.currency;
    if (this.filter) data.filter = this.filter;
    return $state.snapshot(data) as WorkbookData;
  }

  toText(): string {
    return JSON.stringify(this.toJSON(), null, 2);
  }

  static fromJSON(text: string): WorkbookParse {
    const parsed = parseText(text);
    return 'error' in parsed ? parsed : Workbook.#fromData(parsed.data, cellsProblem(parsed.data.cells, CELL_KINDS));
  }

  /**
   * fromJSON with the cells checked a slice at a time, between tasks: checking the 20,000 cells
   * of a large workbook at once held the main thread 20–40 ms, more on a busy machine.
   */
  static async readText(text: string): Promise<WorkbookParse> {
    const parsed = parseText(text);
    if ('error' in parsed) return parsed;
    const { cells } = parsed.data;
    const ids = new Set<string>();
    let fault = cellsProblem(cells, CELL_KINDS, { from: 0, to: CHECK_SLICE, ids });
    for (let from = CHECK_SLICE; !fault && Array.isArray(cells) && from < cells.length; from += CHECK_SLICE) {
      await new Promise((next) => setTimeout(next));
      fault = cellsProblem(cells, CELL_KINDS, { from, to: from + CHECK_SLICE, ids });
    }
    return Workbook.#fromData(parsed.data, fault);
  }

  /** The parsed file checked field by field (its cells already checked: `cellsFault`). */
  static #fromData(data: Record<string, unknown>, cellsFault: FieldProblem | null): WorkbookParse {
    const fault =
      sourceProblem(data.source) ??
      rolesProblem(data.roles) ??
      cellsFault ??
      (data.analysis === undefined ? null : analysisFieldProblem(data.analysis)) ??
      (data.currency === undefined || data.currency === '' || isCurrencyCode(data.currency)
        ? null
        : problem('bad-currency', 'currency', 'must be a three-letter ISO 4217 code such as CNY, or ""', {
            value: shown(data.currency),
          })) ??
      (data.filter === undefined ? null : filterProblem(data.filter));
    if (fault) return shapeError(fault);
    const read = data as unknown as WorkbookData;
    const workbook = new Workbook();
    // From the plain cells: reading 20,000 of them back through the reactive proxy is slow.
    workbook.#nextId = read.cells.reduce((n, c) => Math.max(n, Number(/^cell-(\d+)$/.exec(c.id)?.[1] ?? 0) + 1), 1);
    workbook.#read = read;
    workbook.source = read.source;
    workbook.roles = read.roles;
    workbook.cells = read.cells;
    workbook.analysis = read.analysis ?? null;
    workbook.currency = read.currency ?? null;
    workbook.filter = read.filter ?? null;
    return { ok: true, value: workbook };
  }

  #freshId(): string {
    const taken = new Set(this.cells.map((c) => c.id));
    let id = `cell-${this.#nextId++}`;
    while (taken.has(id)) id = `cell-${this.#nextId++}`;
    return id;
  }
}

/** How many cells readText checks in one task. */
const CHECK_SLICE = 2_000;

/** The file as JSON holding a workbook object of this version, or why not. */
function parseText(text: string): { data: Record<string, unknown> } | Extract<WorkbookParse, { ok: false }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const place = jsonErrorPlace(text, e);
    const detail = place ? `line ${place.line}, column ${place.column}` : 'no place given';
    return {
      ok: false,
      error: { code: 'invalid-json', detail, place, message: `Not a workbook: the text is not JSON (${detail}).` },
    };
  }
  if (!isRecord(data)) return shapeError(problem('not-object', '(file)', 'the file does not hold an object'));
  if (data.version !== WORKBOOK_VERSION) {
    const detail = data.version === undefined ? 'missing' : shown(data.version);
    return {
      ok: false,
      error: {
        code: 'invalid-version',
        detail,
        message: `Workbook version ${detail} is not supported; expected ${WORKBOOK_VERSION}.`,
      },
    };
  }
  return { data };
}

function shapeError(fault: FieldProblem): Extract<WorkbookParse, { ok: false }> {
  const detail = `${fault.field}: ${fault.message}`;
  return {
    ok: false,
    error: { code: 'invalid-shape', detail, problem: fault, message: `The workbook is damaged: ${detail}.` },
  };
}

/** Where JSON.parse stopped, as line and column (V8 names a character position), or undefined. */
function jsonErrorPlace(text: string, e: unknown): { line: number; column: number } | undefined {
  const message = e instanceof Error ? e.message : '';
  const position = /position (\d+)/.exec(message)?.[1] ?? (/end of JSON/.test(message) ? text.length : undefined);
  if (position === undefined) return undefined;
  const before = text.slice(0, Number(position));
  return { line: before.split('\n').length, column: Number(position) - before.lastIndexOf('\n') };
}
