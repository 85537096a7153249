/**
 * Bad input: each file in tests/fixtures/bad gets a clear message naming the file, the rows or
 * columns and what to do, never an exception; and nothing already open is lost.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DatasetSummary, Issue, Result } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { bytesFile, fixture, sourceFile, TELCO } from '../sharedData.ts';

const bad = (name: string) => fixture('bad', name);

async function open(name: string): Promise<Result<DatasetSummary>> {
  return createEngine().openDataset([await sourceFile(bad(name))]);
}

function failure(r: Result<DatasetSummary>): Issue {
  if (r.ok) throw new Error('expected a failure');
  return r.issues[0];
}

function issue(r: Result<DatasetSummary>, code: string): Issue {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  const found = r.value.issues.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code} issue in ${JSON.stringify(r.value.issues.map((i) => i.code))}`);
  return found;
}

describe('bad input', () => {
  it('an empty file is refused with the file named and what to do', async () => {
    const i = failure(await open('empty.csv'));
    expect(i).toMatchObject({ code: 'empty-file', file: 'empty.csv' });
    expect(i.message).toMatch(/empty.*Export the data again/);
  });
  it('a header-only file is refused, naming the columns it found', async () => {
    const i = failure(await open('header-only.csv'));
    expect(i.code).toBe('header-only');
    expect(i.message).toContain('customer_id, order_date, amount');
  });
  it('a PNG renamed .csv is recognised as an image', async () => {
    const i = failure(await open('image-renamed.csv'));
    expect(i.code).toBe('binary-file');
    expect(i.message).toContain('PNG image');
  });
  it('ragged rows are padded, counted and named by row', async () => {
    const r = await open('ragged-rows.csv');
    const i = issue(r, 'ragged-rows');
    expect(i.rows).toEqual([3, 4]);
    expect(i.message).toContain('Extra fields in 1 longer row');
    if (r.ok) expect(r.value.rows).toBe(4);
  });
  it('an unclosed quote is an error naming the row where it opened', async () => {
    const i = issue(await open('unclosed-quote.csv'), 'unclosed-quote');
    expect(i.severity).toBe('error');
    expect(i.rows).toEqual([3]);
  });
  it('mixed UTF-8 and GBK lines are decoded line by line and the GBK lines are named', async () => {
    const r = await open('mixed-utf8-gbk.csv');
    const i = issue(r, 'encoding-mixed');
    expect(i.rows).toEqual([3]);
    const t = createEngine();
    const s = await t.openDataset([await sourceFile(bad('mixed-utf8-gbk.csv'))]);
    if (!s.ok) throw new Error('expected ok');
    const p = await t.columnProfile(s.value.id, '城市');
    if (!p.ok || p.value.profile.kind !== 'categorical') throw new Error('expected a categorical profile');
    expect(p.value.profile.top.map((v) => v.value).sort()).toEqual(['上海', '北京', '广州'].sort());
  });
  it('duplicate and blank header names are made unique and reported', async () => {
    const r = await open('duplicate-blank-headers.csv');
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.columns.map((c) => c.name)).toEqual(['id', 'amount', 'column_3', 'amount_2', 'column_5']);
    expect(issue(r, 'blank-header').count).toBe(2);
    expect(issue(r, 'duplicate-header').message).toContain('amount → amount_2');
  });
  it('5,000 columns load, with a note that the preview shows the first 200', async () => {
    const r = await open('5000-columns.csv');
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.columns).toHaveLength(5000);
    expect(issue(r, 'too-many-columns').count).toBe(5000);
  });
  it('one 20 MB line is refused as a cell over 32,767 characters, without freezing or failing', async () => {
    const cell = 'x'.repeat(20 * 1024 * 1024);
    const engine = createEngine();
    let progressCalls = 0;
    const r = await engine.openDataset(
      [bytesFile('long-line.csv', `id,blob\n1,${cell}\n2,short\n`)],
      {},
      () => void progressCalls++,
    );
    // Issue #13: a value past Excel's 32,767 characters a cell is refused, naming row and column.
    expect(failure(r)).toMatchObject({ code: 'cell-over-limit', rows: [2], params: { row: 2, column: 2 } });
    expect(progressCalls).toBeGreaterThan(0);
  });
  it('a truncated .xlsx is refused as cut short or damaged', async () => {
    const i = failure(await open('truncated.xlsx'));
    expect(i.code).toBe('truncated-file');
  });
  it('a Parquet column of an unsupported type is named', async () => {
    const i = failure(await open('unsupported-type.parquet'));
    expect(i.code).toBe('unsupported-type');
    expect(i.message.length).toBeGreaterThan(20);
  });
  it('=HYPERLINK(...) and other formula-like cells are kept as text and flagged', async () => {
    const r = await open('formula-cells.csv');
    const i = issue(r, 'formula-like');
    expect(i.column).toBe('comment');
    expect(i.count).toBe(3);
    expect(i.rows).toEqual([2, 3, 4]);
    if (r.ok) expect(r.value.columns.find((c) => c.name === 'comment')!.type).not.toBe('decimal');
  });
  it('a failed open leaves the dataset already open untouched', async () => {
    const engine = createEngine();
    const first = await engine.openDataset([await sourceFile(TELCO)]);
    if (!first.ok) throw new Error('expected ok');
    expect((await engine.openDataset([await sourceFile(bad('empty.csv'))])).ok).toBe(false);
    const again = engine.summary(first.value.id);
    expect(again.ok && again.value.rows).toBe(7043);
  });

  // Mutation fuzzer over the whole ingestion: random edits of a real export never throw; the
  // engine always answers with a summary or with issues.
  it('openDataset survives mutated exports without an uncaught exception', async () => {
    const base =
      'customerID,tenure,MonthlyCharges,Churn,signup\r\n7590-VHVEG,1,29.85,No,2024-01-03\r\n"5575, GNVDE",34,"1,889.50",Yes,03/04/2024\r\n3668-QPYBK,2,53.85,是,2024年3月5日\r\n';
    const mutation = fc.record({
      at: fc.nat(base.length),
      del: fc.nat(4),
      ins: fc.stringMatching(/^["\r\n,;\ta0-9.\-中\u0000]{0,4}$/),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), async (edits) => {
        let text = base;
        for (const e of edits) text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
        const r = await createEngine().openDataset([bytesFile('mutated.csv', text)]);
        if (r.ok) expect(r.value.rows).toBeGreaterThanOrEqual(0);
        else expect(r.issues[0].message.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
