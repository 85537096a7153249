/**
 * No customer id and no raw value of the data is in a share link. Telco (the built-in sample,
 * 7,043 customers) is read by the engine; a workbook gets one cell of every kind with the
 * settings a new cell starts from on this data, plus settings that name data values (a
 * survival filter's categories, a risk model's holdout value, a reason mapping); the link is
 * made as the Share dialog makes it; every customerID and every distinct raw value of five or
 * more characters is then looked for in the decoded JSON and in the encoded link.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { defaultAnalysis, effectiveRoles } from '../../src/state/analysisSettings.ts';
import { buildShare, decodeShare, encodeShare, pinnedSettings, shareCodeOf } from '../../src/state/shareLink.ts';
import { CELL_KINDS, Workbook } from '../../src/state/workbook.svelte.ts';
import { CELLS } from '../../src/workbook/cells/registry.ts';
import { sourceFile } from '../sharedData.ts';

const TELCO_SAMPLE = resolve('public', 'samples', 'telco-customer-churn.csv');

test('no customerID or raw Telco value appears in a share link, decoded or encoded', async () => {
  const engine = createEngine();
  const opened = await engine.openDataset([await sourceFile(TELCO_SAMPLE)]);
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  const summary = opened.value;
  const workbook = new Workbook();
  workbook.describe(summary);
  workbook.analysis = { ...defaultAnalysis(summary, effectiveRoles(summary, {})), asOf: '2024-05-31' };
  workbook.analysis.reasonTypes = { 'Electronic check': 'competitor' };
  for (const kind of CELL_KINDS) {
    const settings = CELLS[kind].initialSettings?.({ summary: summary, workbook, table: null }) ?? {};
    workbook.addCell(kind, settings).title = `My ${kind}`;
  }
  workbook.addCell('survival', { group: 'Contract', filters: [{ column: 'Contract', in: ['Month-to-month'] }] });
  workbook.addCell('risk-model', { testBy: 'holdout', holdoutColumn: 'PaymentMethod', holdoutValue: 'Mailed check' });
  workbook.addCell('retention-decision', {
    rules: [{ type: 'competitor', attribute: { column: 'PaymentMethod', in: ['Bank transfer (automatic)'] } }],
  });
  workbook.addCell('retention-economics', { treatmentColumn: 'InternetService', treatedValues: 'Fiber optic' });
  workbook.filter = { parts: [{ kind: 'attribute', column: 'Contract', values: ['Two year'] }] };

  const { payload, leftOut } = buildShare(pinnedSettings(workbook.toJSON(), summary), 'en');
  expect(leftOut.map((l) => l.field)).toEqual([
    'analysis.reasonTypes',
    'filter',
    `cells[${CELL_KINDS.length + 1}].settings.filters[1].in`,
    `cells[${CELL_KINDS.length + 2}].settings.holdoutValue`,
    `cells[${CELL_KINDS.length + 3}].settings.rules[1].attribute.in`,
    `cells[${CELL_KINDS.length + 4}].settings.treatedValues`,
  ]);
  const fragment = await encodeShare(payload);
  const read = await decodeShare(shareCodeOf(fragment)!);
  expect(read.ok).toBe(true);
  const decoded = read.ok ? read.workbookText : '';
  // The link still holds the workbook: every cell and the roles came through.
  expect(JSON.parse(decoded).cells).toHaveLength(CELL_KINDS.length + 4);
  expect(decoded).toContain('"customerID":"customer_id"');

  const lines = (await readFile(TELCO_SAMPLE, 'utf8')).trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  expect(rows).toHaveLength(7043);
  expect(rows.every((r) => r.length === header.length)).toBe(true);
  const ids = rows.map((r) => r[0]);
  const values = new Set<string>();
  for (const r of rows) for (const v of r.slice(1)) if (v.trim().length >= 5) values.add(v.trim());
  // Distinct raw values of five or more characters: categories such as "Month-to-month" and
  // "Electronic check", and thousands of charges such as "1889.5". Shorter ones ("Yes", "0",
  // tenure "34") are not distinctive: they occur in any JSON of settings.
  expect(values.size).toBeGreaterThan(6000);
  for (const text of [decoded, fragment]) {
    expect(ids.filter((id) => text.includes(id))).toEqual([]);
    expect([...values].filter((v) => text.includes(v))).toEqual([]);
  }
});
