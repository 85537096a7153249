/**
 * A share link with aggregates (issue #18 §1): Telco (the built-in sample, 7,043 customers) is
 * read by the engine, the aggregate kinds are asked as cells ask them, and a link is made as the
 * Share dialog makes it. No customerID is in it, and no raw value of the data except a category
 * that at least k customers share (a bar's label: what the chart shows), counted here from the
 * CSV itself. With k above some groups' sizes (counted from the CSV), those groups are absent from
 * the link, and a survival curve stops where fewer than k customers are at risk.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { AnalysisKind, OptionsOf } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { defaultAnalysis, effectiveRoles } from '../../src/state/analysisSettings.ts';
import { collectAggregates, type LinkAggregates } from '../../src/state/shareAggregates/linkAggregates.ts';
import { buildShare, decodeShare, encodeShare, pinnedSettings, shareCodeOf } from '../../src/state/shareLink.ts';
import { Workbook, type CellKind } from '../../src/state/workbook.svelte.ts';
import { sourceFile } from '../sharedData.ts';

const TELCO_SAMPLE = resolve('public', 'samples', 'telco-customer-churn.csv');

async function telcoRows() {
  const lines = (await readFile(TELCO_SAMPLE, 'utf8')).trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const column = (name: string) => rows.map((r) => r[header.indexOf(name)].trim());
  return { header, rows, column };
}

const CELLS: [CellKind & AnalysisKind, object][] = [
  ['churn-by-attribute', { column: 'PaymentMethod' }],
  ['churn-by-attribute', { column: 'TotalCharges', bins: 4 }],
  ['survival', { group: 'Contract' }],
  ['value-risk-quadrant', {}],
  ['monthly-churn', {}],
];

/** The link the Share dialog would make with aggregates at k, and what it holds decoded. */
async function aggregateLink(k: number) {
  const engine = createEngine();
  const opened = await engine.openDataset([await sourceFile(TELCO_SAMPLE)]);
  if (!opened.ok) throw new Error('Telco did not open');
  const summary = opened.value;
  const workbook = new Workbook();
  workbook.describe(summary);
  const roles = effectiveRoles(summary, {});
  workbook.analysis = { ...defaultAnalysis(summary, roles), asOf: '2024-05-31' };
  const built = await engine.buildCustomerTable(summary.id, { roles, definition: workbook.analysis.definition });
  if (!built.ok) throw new Error('no customer table');
  const kpis = await engine.analyze(summary.id, 'churn-kpis', {});
  const answers = new Map<string, { options: unknown; result: unknown }>();
  for (const [kind, options] of CELLS) {
    const cell = workbook.addCell(kind, {});
    const answer = await engine.analyze(summary.id, kind, options as OptionsOf<typeof kind>);
    expect(answer.ok, kind).toBe(true);
    if (answer.ok) answers.set(`${cell.id} ${kind}`, { options, result: answer.value });
  }
  const share = buildShare(pinnedSettings(workbook.toJSON(), summary), 'en');
  const { aggregates, report } = collectAggregates({
    k,
    table: built.value,
    kpis: kpis.ok ? kpis.value : null,
    columns: summary.columns.map((c) => ({ name: c.name, type: c.type })),
    cells: share.payload.workbook.cells,
    answer: (id, kind) => answers.get(`${id} ${kind}`),
    namesValues: new Set(share.valueCells),
  });
  share.payload.aggregates = aggregates;
  const fragment = await encodeShare(share.payload);
  const read = await decodeShare(shareCodeOf(fragment)!);
  if (!read.ok || !read.aggregates) throw new Error('the link does not open');
  return { fragment, aggregates, report, read, text: JSON.stringify(aggregates) };
}

test('aggregates at k = 10: no customerID, no raw value but categories of ≥ 10 customers, and the link opens', async () => {
  const { header, rows, column } = await telcoRows();
  const { fragment, aggregates, report, read, text } = await aggregateLink(10);
  expect(report.map((r) => r.state)).toEqual(['carried', 'carried', 'carried', 'carried', 'carried']);
  expect(read.aggregates!.results.size).toBe(CELLS.length);
  // Every distinct raw value of five or more characters, and how many customers have it, by column.
  const customersWith = new Map<string, number>();
  for (const name of header.slice(1)) {
    const counts = new Map<string, number>();
    for (const v of column(name)) if (v.length >= 5) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [v, n] of counts) customersWith.set(v, Math.max(customersWith.get(v) ?? 0, n));
  }
  expect(customersWith.size).toBeGreaterThan(6000);
  const ids = rows.map((r) => r[0]);
  for (const link of [text, fragment]) {
    expect(ids.filter((id) => link.includes(id))).toEqual([]);
    const found = [...customersWith.keys()].filter((v) => link.includes(v));
    // Only shared categories (payment methods, contracts) are there, each of at least k customers.
    expect(found.filter((v) => customersWith.get(v)! < 10)).toEqual([]);
    if (link === text) expect(found.length).toBeGreaterThan(0);
  }
  // Per-customer arrays are carried empty: the quadrant's points and ids are not in the link.
  const quadrant = aggregates.cells.find((c) => c.kind === 'value-risk-quadrant')!.result as {
    perCustomer: { ids: string[]; risk: { a: number[] } };
  };
  expect(quadrant.perCustomer.ids).toEqual([]);
  expect(quadrant.perCustomer.risk.a).toEqual([]);
  // Compressed: the whole link stays a few kilobytes.
  expect(fragment.length).toBeLessThan(16_000);
}, 60_000);

test('aggregates at k = 2,000: groups of fewer customers (counted from the CSV) are absent, curves stop under k at risk', async () => {
  const { column } = await telcoRows();
  const k = 2000;
  const count = (name: string) => {
    const counts = new Map<string, number>();
    for (const v of column(name)) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const payment = count('PaymentMethod');
  const contract = count('Contract');
  const small = [...payment, ...contract].filter(([, n]) => n < k).map(([v]) => v);
  const large = [...payment, ...contract].filter(([, n]) => n >= k).map(([v]) => v);
  expect(small.length).toBeGreaterThan(2);
  expect(large.length).toBeGreaterThan(0);
  const { aggregates, report, fragment } = await aggregateLink(k);
  const text = JSON.stringify(aggregates satisfies LinkAggregates);
  expect(small.filter((v) => text.includes(`"${v}"`))).toEqual([]);
  expect(large.filter((v) => !text.includes(`"${v}"`))).toEqual([]);
  expect(report[0].suppressed).toBe([...payment.values()].filter((n) => n < k).length);
  const survival = aggregates.cells.find((c) => c.kind === 'survival')!.result as {
    groups: { n: number; curve: { atRisk: number[] } }[];
  };
  expect(survival.groups.length).toBe([...contract.values()].filter((n) => n >= k).length);
  for (const g of survival.groups) {
    expect(g.n).toBeGreaterThanOrEqual(k);
    expect(Math.min(...g.curve.atRisk)).toBeGreaterThanOrEqual(k);
  }
  expect(fragment.length).toBeGreaterThan(0);
}, 60_000);
