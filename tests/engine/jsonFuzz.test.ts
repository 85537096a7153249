/**
 * Property-based fuzzer over the JSON reader (the CSV one is in badInput.test.ts): any text, as
 * an array of records or as JSON Lines, gives a table or a specific issue, in bounded time, and
 * never a throw nor a raw exception's text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEngine } from '../../src/engine/engine.ts';
import { bytesFile } from '../sharedData.ts';
import type { Issue } from '../../src/engine/api.ts';

const RAW =
  /Maximum call stack|Invalid time value|Invalid code point|Cannot convert object to primitive|is not a function|undefined/;
/** Codes a broken JSON file may get: each names what is wrong, none is the generic unreadable. */
const JSON_CODES = new Set(['json-syntax', 'json-not-records', 'json-too-deep', 'empty-file', 'header-only']);
/** A run must end well within this (ms), whatever the text: the reader is linear in it. */
const BOUND_MS = 2000;

function checkAnswer(r: { ok: true } | { ok: false; issues: Issue[] }) {
  if (r.ok) return;
  const [first] = r.issues;
  expect(JSON_CODES.has(first.code), `${first.code}: ${first.message}`).toBe(true);
  expect(first.message).not.toMatch(RAW);
  expect(first.message.length).toBeLessThan(600);
}

async function timedOpen(name: string, text: string) {
  const started = performance.now();
  const r = await createEngine().openDataset([bytesFile(name, text)]);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return r;
}

/** Keys every object inherits, which a reader must treat as plain names. */
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'id', 'amount', ''),
  fc.string({ maxLength: 6 }),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.integer(),
    fc.constantFrom(null, true, false, 12345678901234567890n, '2024-01-05', '1.23E+15'),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(key, tie('v'), { maxKeys: 3 }),
  ),
})).v;
const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));

describe('readJson fuzzer', () => {
  it('any array of values, records or not, loads or gets a JSON issue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 6 }), async (records) => {
        checkAnswer(await timedOpen('fuzz.json', json(records)));
      }),
      { numRuns: 120, seed: 13 },
    );
  });

  it('records with inherited key names load with every key as a column', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), { minLength: 1, maxLength: 5 }),
        async (records) => {
          const r = await timedOpen('keys.json', json(records));
          checkAnswer(r);
          if (!r.ok) return;
          // Every distinct key (trimmed, a blank one named column_N) is a column: count them by hand.
          const keys = new Set(records.flatMap((rec) => Object.keys(rec)));
          expect(r.value.columns.length).toBe(keys.size);
        },
      ),
      { numRuns: 80, seed: 14 },
    );
  });

  it('mutated JSON and JSON Lines texts give a table or a specific issue, never a throw', async () => {
    const base =
      '[{"id": "C1", "__proto__": 1, "date": "2024-01-05", "n": {"a": [1, 2]}},\n {"id": "C2", "toString": 12345678901234567890}]';
    const lines = '{"id": "C1", "amount": 1}\n{"id": "C2", "constructor": "x"}\n';
    const mutation = fc.record({
      at: fc.nat(base.length),
      del: fc.nat(4),
      ins: fc.stringMatching(/^["{}[\]:,\\\n 0-9a-zé中\u0000\uD800]{0,4}$/),
    });
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (asLines, edits) => {
        let text = asLines ? lines : base;
        for (const e of edits) text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
        checkAnswer(await timedOpen(asLines ? 'fuzz.jsonl' : 'fuzz.json', text));
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('a value nested 100,000 deep gets json-too-deep, not "Maximum call stack size exceeded"', async () => {
    const d = 100_000;
    const r = await timedOpen('deep.json', `[{"id": 1, "n": ${'['.repeat(d)}${']'.repeat(d)}}]`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'json-too-deep', params: { record: 1, field: 'n' } });
  });
});
