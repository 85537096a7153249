/**
 * What a share link does with each kind of cell is declared for every registered kind
 * (shareKinds.ts): a link with aggregates carries each kind's result or lists the cell as not
 * carried, and every declared value-naming setting is left out of the link and listed.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerTableSummary } from '../../src/engine/api.ts';
import { collectAggregates } from '../../src/state/shareAggregates/linkAggregates.ts';
import { AGGREGATE_KINDS } from '../../src/state/shareAggregates/suppression.ts';
import { linkResult, VALUE_SETTINGS } from '../../src/state/shareKinds.ts';
import { buildShare } from '../../src/state/shareLink.ts';
import { CELL_KINDS, WORKBOOK_VERSION, type Cell, type WorkbookData } from '../../src/state/workbook.svelte.ts';

const cellOf = (kind: Cell['kind'], settings: Record<string, unknown> = {}): Cell => ({
  id: `c-${kind}`,
  kind,
  title: '',
  note: '',
  settings,
  collapsed: false,
});

describe('share links, kind by kind', () => {
  it('declares every registered kind, and no other', () => {
    expect(Object.keys(VALUE_SETTINGS).sort()).toEqual([...CELL_KINDS].sort());
  });

  it('a link with aggregates carries every registered kind or lists it as not carried (a note has no result)', () => {
    const { report } = collectAggregates({
      k: 10,
      table: { issues: [] } as unknown as CustomerTableSummary,
      kpis: null,
      columns: [],
      cells: CELL_KINDS.map((kind) => cellOf(kind)),
      answer: () => undefined,
      namesValues: new Set(),
    });
    const state = new Map(report.map((r) => [r.kind, r.state]));
    for (const kind of CELL_KINDS) {
      const aggregate = (AGGREGATE_KINDS as readonly string[]).includes(kind);
      expect(linkResult(kind), kind).toBe(kind === 'note' ? 'no-result' : aggregate ? 'aggregates' : 'needs-data');
      // Carried once drawn (here nothing was drawn), else listed as needing the data file.
      expect(state.get(kind), kind).toBe(kind === 'note' ? undefined : aggregate ? 'not-drawn' : 'kind');
    }
  });

  it('leaves every declared value-naming setting out of the link, lists it, and marks its cell', () => {
    const SECRET = 'value-from-the-data';
    const cells = CELL_KINDS.flatMap((kind) =>
      VALUE_SETTINGS[kind].map((setting, n) => {
        if ('text' in setting) return { ...cellOf(kind, { [setting.text]: SECRET }), id: `${kind}-${n}` };
        // The values at the dotted path inside each item of the list: two items, the second empty.
        const item = (values: string[]) =>
          setting.values
            .split('.')
            .reverse()
            .reduce<unknown>((inner, key) => ({ [key]: inner }), values);
        return { ...cellOf(kind, { [setting.list]: [item([SECRET]), item([])] }), id: `${kind}-${n}` };
      }),
    );
    expect(cells.length).toBeGreaterThanOrEqual(4);
    const data: WorkbookData = { version: WORKBOOK_VERSION, source: [], roles: {}, cells };
    const { payload, leftOut, valueCells } = buildShare(data, 'en');
    expect(JSON.stringify(payload)).not.toContain(SECRET);
    expect(valueCells).toEqual(cells.map((c) => c.id));
    const expected = cells.map((c, i) => {
      const setting = VALUE_SETTINGS[c.kind][Number(c.id.split('-').at(-1))];
      return 'text' in setting
        ? `cells[${i + 1}].settings.${setting.text}`
        : `cells[${i + 1}].settings.${setting.list}[1].${setting.values}`;
    });
    expect(leftOut.map((l) => l.field)).toEqual(expected);
    // The workbook it was built from is untouched.
    expect(JSON.stringify(data)).toContain(SECRET);
  });
});
