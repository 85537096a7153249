/** A share link's payload goes through the fragment and comes back the same, compressed or not. */
import { expect, test } from 'vitest';
import type { DatasetSummary } from '../../src/engine/api.ts';
import { Workbook } from '../../src/state/workbook.svelte.ts';
import {
  buildShare,
  decodeShare,
  encodeShare,
  pinnedSettings,
  shareCodeOf,
  shareUrl,
} from '../../src/state/shareLink.ts';
import { decodeText, encodeText, toBase64Url } from '../../src/state/shareCodec.ts';

function workbook(): Workbook {
  const wb = new Workbook();
  wb.source = [{ name: 'telco-customer-churn.csv', size: 977501, sha256: 'ab'.repeat(32), options: { header: true } }];
  wb.roles = { customerID: 'customer_id', Churn: 'churn_flag', tenure: 'tenure', Contract: 'attribute' };
  wb.analysis = {
    definition: { kind: 'flag' },
    asOf: '2024-05-31',
    unit: 'months',
    returns: 'net',
    tierShares: [0.2, 0.3, 0.5],
  };
  wb.currency = 'USD';
  wb.addCell('note', {}).note = '中文 note — with “quotes” & #hash?=x';
  wb.addCell('churn-by-attribute', { column: 'Contract', bands: '' });
  wb.addCell('survival', { unit: 'months', group: 'Contract', times: '6, 12' });
  return wb;
}

test('a workbook goes into a #w= fragment and comes back equal, with deflate-raw and without', async () => {
  const wb = workbook();
  for (const compress of [true, false]) {
    const { payload, leftOut } = buildShare(wb.toJSON(), 'zh-CN');
    expect(leftOut).toEqual([]);
    const fragment = await encodeShare(payload, compress);
    expect(fragment).toMatch(compress ? /^#w=d[A-Za-z0-9_-]+$/ : /^#w=j[A-Za-z0-9_-]+$/);
    const code = shareCodeOf(fragment)!;
    const read = await decodeShare(code);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.lang).toBe('zh-CN');
    const back = Workbook.fromJSON(read.workbookText);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.toJSON()).toEqual(wb.toJSON());
  }
});

test('deflate-raw makes a repetitive workbook link much shorter than plain base64', async () => {
  const wb = workbook();
  for (let i = 0; i < 30; i++) wb.addCell('churn-by-attribute', { column: 'Contract', bands: '' });
  const { payload } = buildShare(wb.toJSON(), 'en');
  const deflated = await encodeShare(payload, true);
  const plain = await encodeShare(payload, false);
  // 31 near-identical cells: deflate must at least halve it (it reaches ~10×).
  expect(deflated.length).toBeLessThan(plain.length / 2);
});

test('the link drops the query (?sample=…) but keeps the path, and carries the payload only in the fragment', () => {
  expect(shareUrl('https://host.example/app/?sample=telco&lang=en#old', '#w=dAAA')).toBe(
    'https://host.example/app/#w=dAAA',
  );
});

test('settings that name values from the data are left out and listed', () => {
  const wb = workbook();
  wb.analysis!.reasonTypes = { 'Competitor offer': 'competitor' };
  wb.addCell('survival', {
    filters: [
      { column: 'Contract', in: ['Month-to-month'] },
      { column: 'x', in: [] },
    ],
  });
  wb.addCell('risk-model', { testBy: 'holdout', holdoutColumn: 'Contract', holdoutValue: 'Two year' });
  const data = wb.toJSON();
  const { payload, leftOut } = buildShare(data, 'en');
  expect(leftOut.map((l) => l.field)).toEqual([
    'analysis.reasonTypes',
    'cells[4].settings.filters[1].in',
    'cells[5].settings.holdoutValue',
  ]);
  const text = JSON.stringify(payload);
  for (const value of ['Competitor offer', 'Month-to-month', 'Two year']) expect(text).not.toContain(value);
  // The workbook being edited is untouched.
  expect(wb.analysis!.reasonTypes).toEqual({ 'Competitor offer': 'competitor' });
  expect(data.cells[4].settings.holdoutValue).toBe('Two year');
});

test('damaged or foreign links are refused with a code, never a throw', async () => {
  expect(await decodeShare('x123')).toEqual({ ok: false, code: 'bad-form' });
  expect(await decodeShare('d$$$')).toEqual({ ok: false, code: 'bad-base64' });
  expect(await decodeShare('dAAAAAAA')).toMatchObject({ ok: false, code: 'bad-compression' });
  expect(await decodeShare(`j${toBase64Url(new TextEncoder().encode('{nope'))}`)).toEqual({
    ok: false,
    code: 'invalid-json',
  });
  expect(await decodeShare(await encodeText(JSON.stringify({ v: 9, lang: 'en', workbook: {} })))).toEqual({
    ok: false,
    code: 'invalid-version',
    detail: '9',
  });
  expect(await decodeShare(await encodeText(JSON.stringify({ v: 1, lang: 'fr', workbook: {} })))).toMatchObject({
    ok: false,
    code: 'invalid-shape',
  });
  expect(shareCodeOf('#section-2')).toBeNull();
});

test('a small link that inflates past the limit is refused, not read to the end', async () => {
  const huge = await encodeText(' '.repeat(3 * 1024 * 1024));
  expect(huge.length).toBeLessThan(20_000);
  expect(await decodeText(huge)).toEqual({ ok: false, code: 'too-large' });
});

test('a link pins the suggested roles and the default definition the open data is analysed with', () => {
  const wb = new Workbook();
  const summary = {
    files: [{ name: 'd.csv', size: 1, sha256: 'cd'.repeat(32) }],
    columns: [
      { name: 'id', role: 'customer_id' },
      { name: 'left', role: 'churn_flag' },
      { name: 'plan', role: 'attribute' },
    ],
    shape: 'snapshot',
    options: {},
  } as unknown as DatasetSummary;
  wb.describe(summary);
  wb.setRole('plan', 'ignore');
  const pinned = pinnedSettings(wb.toJSON(), summary);
  // Confirmed roles win over suggestions; the rest are the suggestions; a flag means the flag definition.
  expect(pinned.roles).toEqual({ id: 'customer_id', left: 'churn_flag', plan: 'ignore' });
  expect(pinned.analysis?.definition).toEqual({ kind: 'flag' });
  expect(wb.analysis).toBeNull();
  expect(pinnedSettings(wb.toJSON(), null)).toEqual(wb.toJSON());
});

test('a passphrase seals the link (AES-GCM, PBKDF2): it opens with the passphrase only', async () => {
  const wb = workbook();
  const { payload } = buildShare(wb.toJSON(), 'en');
  const fragment = await encodeShare(payload, true, 'correct horse');
  const code = shareCodeOf(fragment)!;
  expect(code).toMatch(/^e[A-Za-z0-9_-]+$/);
  // Sealed twice, two different links (random salt and IV).
  expect(shareCodeOf(await encodeShare(payload, true, 'correct horse'))).not.toBe(code);
  expect(await decodeShare(code)).toEqual({ ok: false, code: 'needs-passphrase' });
  expect(await decodeShare(code, 'wrong horse')).toEqual({ ok: false, code: 'wrong-passphrase' });
  // One character of the ciphertext changed: the GCM tag fails, as for a wrong passphrase.
  const flipped = code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41);
  expect(await decodeShare(flipped, 'correct horse')).toEqual({ ok: false, code: 'wrong-passphrase' });
  const read = await decodeShare(code, 'correct horse');
  expect(read.ok).toBe(true);
  if (read.ok) expect(JSON.parse(read.workbookText)).toEqual(wb.toJSON());
}, 30_000);
