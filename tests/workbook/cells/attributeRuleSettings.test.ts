/**
 * Attribute rules in a cell's saved settings: what the pickers offer from the customer table's
 * attribute variation, and that a rule saved with a cell reaches the engine's options for the
 * columns the cell names (and only those).
 */
import { expect, test } from 'vitest';
import type { CustomerTableSummary, DatasetSummary, Role } from '../../../src/engine/api.ts';
import { attributeChoices, rulesFor, VALUE_RULES } from '../../../src/workbook/cells/cellColumns.ts';
import {
  attributeOptions,
  attributeSettings,
  initialSettings,
} from '../../../src/workbook/cells/churn-by-attribute/settings.ts';
import { Workbook } from '../../../src/state/workbook.svelte.ts';
import { survivalOptions, survivalSettings } from '../../../src/workbook/cells/survival/settings.ts';
import { triangleOptions, triangleSettings } from '../../../src/workbook/cells/retention-triangle/settings.ts';

const column = (name: string, type: string, role: Role) => ({ name, type, role, distinct: 10 });
const dataset = {
  columns: [
    column('CustomerID', 'identifier', 'customer_id'),
    column('InvoiceNo', 'identifier', 'attribute'),
    column('StockCode', 'categorical', 'attribute'),
    column('Country', 'categorical', 'attribute'),
    column('Segment', 'categorical', 'attribute'),
    column('Quantity', 'integer', 'quantity'),
  ],
} as unknown as DatasetSummary;
const roles = Object.fromEntries(dataset.columns.map((c) => [c.name, c.role])) as Record<string, Role>;
const table = {
  customers: 1000,
  attributeVariation: [
    { column: 'InvoiceNo', level: 'varies', varyingCustomers: 600 },
    { column: 'StockCode', level: 'varies', varyingCustomers: 950 },
    { column: 'Country', level: 'nearly-customer', varyingCustomers: 2 },
    { column: 'Segment', level: 'customer', varyingCustomers: 0 },
  ],
} as unknown as CustomerTableSummary;

test('attributeChoices(log) offers varying columns with their rules, an invoice number only counted', () => {
  expect(attributeChoices(dataset, roles, table).map((c) => [c.name, c.level, c.rules])).toEqual([
    ['InvoiceNo', 'varies', ['count-distinct']],
    ['StockCode', 'varies', ['latest', 'most-frequent', 'count-distinct']],
    ['Country', 'nearly-customer', ['latest', 'most-frequent', 'count-distinct']],
    ['Segment', 'customer', ['latest', 'most-frequent', 'count-distinct']],
  ]);
  // A filter ticks values, so a column that can only be counted is not offered.
  expect(attributeChoices(dataset, roles, table, VALUE_RULES).map((c) => c.name)).toEqual([
    'StockCode',
    'Country',
    'Segment',
  ]);
  // Before there is a customer table every attribute is offered as the data's own; identifiers are not.
  expect(attributeChoices(dataset, roles, null).map((c) => [c.name, c.level])).toEqual([
    ['StockCode', 'customer'],
    ['Country', 'customer'],
    ['Segment', 'customer'],
  ]);
});

test('rulesFor(saved rules, named columns) keeps the rules of the columns named', () => {
  const rules = { StockCode: 'count-distinct', Country: 'latest' } as const;
  expect(rulesFor(rules, ['StockCode', undefined, 'Segment'])).toEqual({ StockCode: 'count-distinct' });
  expect(rulesFor(rules, ['Segment'])).toBeUndefined();
});

test('a saved rule reaches the options of churn by attribute, survival and the triangle', () => {
  const saved = { rules: { StockCode: 'most-frequent', Country: 'bogus', Description: 'count-distinct' } };
  const byAttribute = attributeSettings({ ...saved, column: 'StockCode' });
  // An unknown rule from a hand-edited workbook is dropped.
  expect(byAttribute.rules).toEqual({ StockCode: 'most-frequent', Description: 'count-distinct' });
  expect(attributeOptions(byAttribute)).toMatchObject({
    column: 'StockCode',
    attributeRules: { StockCode: 'most-frequent' },
  });
  expect(attributeOptions(attributeSettings({ ...saved, column: 'Segment' }))).not.toHaveProperty('attributeRules');
  const survival = survivalOptions(
    survivalSettings({ ...saved, group: 'Description', filters: [{ column: 'StockCode', in: ['85123A'] }] }),
  );
  expect(survival.attributeRules).toEqual({ Description: 'count-distinct', StockCode: 'most-frequent' });
  const triangle = triangleOptions(triangleSettings({ ...saved, breakdown: 'StockCode' }));
  expect(triangle.attributeRules).toEqual({ StockCode: 'most-frequent' });
});

test('initialSettings(churn by attribute) starts on an attribute of the customer, not one that varies', () => {
  const workbook = new Workbook();
  expect(initialSettings({ summary: dataset, workbook, table })).toEqual({ column: 'Country' });
  // Before the customer table is built nothing is known to vary.
  expect(initialSettings({ summary: dataset, workbook, table: null })).toEqual({ column: 'StockCode' });
});
