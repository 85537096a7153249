/** The worker adapter transfers the buffers of typed arrays wherever they sit in a result. */
import * as Comlink from 'comlink';
import { expect, test } from 'vitest';
import type { EngineApi, Result } from '../../src/engine/api.ts';
import { resultBuffers, withTransfer } from '../../workers/withTransfer.ts';

test('resultBuffers(value) finds each typed array buffer once, at any depth, and nothing else', () => {
  const scores = new Float64Array(4);
  const labels = new Int32Array(3);
  const shared = new Uint8Array(labels.buffer);
  const found = resultBuffers({ ok: true, value: { scores, nested: [{ labels }, { shared }], n: 3, text: 'x' } });
  expect(found).toHaveLength(2);
  expect(found).toContain(scores.buffer);
  expect(found).toContain(labels.buffer);
  expect(resultBuffers({ ok: true, value: { n: 1, list: [1, 2], none: null } })).toEqual([]);
});

test('withTransfer(engine) hands a nested per-customer array over a MessageChannel without copying it', async () => {
  const scores = Float64Array.from({ length: 100_000 }, (_, i) => i / 100_000);
  const fake = {
    analyze: () => ({ ok: true, value: { stamp: {}, perCustomer: { scores } } }),
    cancel: () => {},
  } as unknown as EngineApi;
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(withTransfer(fake), port1);
  const remote = Comlink.wrap<EngineApi>(port2);
  const answer = (await remote.analyze('ds1', 'survival', {})) as unknown as Result<{
    perCustomer: { scores: Float64Array };
  }>;
  expect(answer.ok && answer.value.perCustomer.scores[99_999]).toBeCloseTo(0.99999, 12);
  // Transferred: the sender's buffer is detached, not cloned.
  expect(scores.byteLength).toBe(0);
  remote[Comlink.releaseProxy]();
  port1.close();
  port2.close();
});
