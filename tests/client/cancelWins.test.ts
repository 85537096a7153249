/**
 * Cancel wins: a load or build that the engine finishes after Cancel was pressed (it had passed
 * its last checkpoint, e.g. at the very end of typing) is answered 'cancelled' all the same, with
 * fake threads. The dataset such a load opened is closed in the engine; the dataset open before
 * stays the one the app has.
 */
import { expect, test } from 'vitest';
import { EngineSupervisor, type EngineThread } from '../../src/client/engineSupervisor.ts';
import type { DatasetSummary, RemoteEngine, Result, SourceFile } from '../../src/engine/api.ts';

/** A thread whose engine finishes `late*` loads and every build successfully, but only once Cancel has reached it. */
function thread() {
  const calls: string[] = [];
  let finish: (() => void)[] = [];
  let next = 1;
  const summary = (name: string) =>
    ({
      id: `ds${next++}`,
      name,
      rows: 1,
      files: [],
      columns: [],
      shape: 'transactions',
      options: {},
      issues: [],
      elapsedMs: 1,
    }) as DatasetSummary;
  const afterCancel = <T>(value: () => T) => new Promise<T>((done) => finish.push(() => done(value())));
  const engine = {
    openDataset: (files: SourceFile[]) => {
      calls.push(`open ${files[0].name}`);
      const ok = () => ({ ok: true, value: summary(files[0].name) });
      return files[0].name.startsWith('late') ? afterCancel(ok) : Promise.resolve(ok());
    },
    buildCustomerTable: (id: string) => {
      calls.push(`build ${id}`);
      return afterCancel(() => ({ ok: true, value: { datasetId: id, customers: 3 } }));
    },
    closeDataset: (id: string) => {
      calls.push(`close ${id}`);
      return Promise.resolve();
    },
    cancel: () => {
      calls.push('cancel');
      // The engine had nothing left to stop: what it ran answers now, finished.
      const done = finish;
      finish = [];
      done.forEach((f) => f());
      return Promise.resolve();
    },
  };
  const started: EngineThread[] = [];
  const supervisor = new EngineSupervisor(() => {
    const t = { engine: engine as unknown as RemoteEngine, terminate: () => undefined };
    started.push(t);
    return t;
  });
  return { engine: supervisor.engine, calls, started };
}

const file = (name: string): SourceFile => ({ name, blob: new Blob(['a,b\n1,2\n']) });
const codes = (r: Result<unknown>) => (r.ok ? [] : r.issues.map((i) => i.code));

test('a load that finishes after Cancel is answered cancelled, and the dataset it opened is closed in the engine', async () => {
  const { engine, calls, started } = thread();
  const telco = await engine.openDataset([file('telco.csv')], {});
  const load = engine.openDataset([file('late.csv')], {});
  await engine.cancel();
  expect(codes(await load)).toEqual(['cancelled']);
  expect(calls).toEqual(['open telco.csv', 'open late.csv', 'cancel', 'close ds2']);
  // No takeover was needed: the thread answered within the grace.
  expect(started).toHaveLength(1);
  expect(telco.ok && telco.value.id).toBe('ds1');
});

test('a customer-table build that finishes after Cancel is answered build-cancelled', async () => {
  const { engine } = thread();
  const telco = await engine.openDataset([file('telco.csv')], {});
  if (!telco.ok) throw new Error('telco did not open');
  const build = engine.buildCustomerTable(telco.value.id, { roles: {} } as never);
  await engine.cancel();
  expect(codes(await build)).toEqual(['build-cancelled']);
});
