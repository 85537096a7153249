/** The workbook-wide filter in a saved workbook: kept, read back, and a damaged one named by its field. */
import { expect, test } from 'vitest';
import { Workbook } from '../../src/state/workbook.svelte.ts';
import { filterProblem, withoutPart, withPart } from '../../src/state/workbookFilter.ts';
import type { CustomerFilter } from '../../src/engine/api.ts';

const filter: CustomerFilter = {
  parts: [
    { kind: 'dates', field: 'first', from: '2011-01-01', to: '2011-06-30' },
    { kind: 'attribute', column: 'Country', values: ['United Kingdom'] },
  ],
};

test('toText then fromJSON keeps the filter; a workbook without one reads as unfiltered', () => {
  const wb = new Workbook();
  wb.filter = filter;
  const read = Workbook.fromJSON(wb.toText());
  expect(read.ok && read.value.filter).toEqual(filter);
  const plain = Workbook.fromJSON(new Workbook().toText());
  expect(plain.ok && plain.value.filter).toBeNull();
  expect(JSON.parse(new Workbook().toText())).not.toHaveProperty('filter');
});

test('adopt takes over the filter of the workbook opened', () => {
  const opened = Workbook.fromJSON(JSON.stringify({ version: 1, source: [], roles: {}, cells: [], filter }));
  const wb = new Workbook();
  if (opened.ok) wb.adopt(opened.value);
  expect(wb.filter).toEqual(filter);
});

test('fromJSON(a damaged filter) names the field at fault', () => {
  const damaged = (f: unknown) =>
    Workbook.fromJSON(JSON.stringify({ version: 1, source: [], roles: {}, cells: [], filter: f }));
  const notList = damaged({ parts: 'Country' });
  expect(!notList.ok && notList.error.problem).toMatchObject({ code: 'not-list', field: 'filter.parts' });
  const badKind = damaged({ parts: [{ kind: 'everyone' }] });
  expect(!badKind.ok && badKind.error.problem).toMatchObject({ code: 'not-one-of', field: 'filter.parts[0].kind' });
  expect(filterProblem('x')).toMatchObject({ code: 'not-object', field: 'filter' });
  expect(filterProblem(filter)).toBeNull();
});

test('withPart adds a part once, withoutPart removes one and clears the filter with the last', () => {
  const one = withPart(null, filter.parts[0]);
  expect(withPart(one, filter.parts[0])).toEqual(one);
  const two = withPart(one, filter.parts[1]);
  expect(two).toEqual(filter);
  expect(withoutPart(two, 0)).toEqual({ parts: [filter.parts[1]] });
  expect(withoutPart(withoutPart(two, 0)!, 0)).toBeNull();
});
