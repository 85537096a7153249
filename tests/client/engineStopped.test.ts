/**
 * An engine thread that stops by itself (out of memory, its script failing, silent: the thread's
 * watch reports it), with fake threads: every call it had not answered is answered
 * 'engine-stopped', a fresh thread re-opens what was open under the ids the app knows, and a
 * fresh thread that stops too while re-opening does not re-open again but reports the datasets lost.
 */
import { expect, test } from 'vitest';
import { EngineSupervisor, type EngineThread, type TakeoverEvent } from '../../src/client/engineSupervisor.ts';
import type { DatasetSummary, Issue, RemoteEngine, Result, SourceFile } from '../../src/engine/api.ts';

interface Thread extends EngineThread {
  calls: string[];
  terminated: boolean;
  stop(reason: string): void;
}

/** Threads whose engine opens files at once, except `big*` files (never answered: the thread dies on them) and, in the thread `stuckAt`, every file. */
function threads(stuckAt = -1) {
  const started: Thread[] = [];
  const never = new Promise<never>(() => undefined);
  const start = (onStopped: (reason: string) => void): Thread => {
    const index = started.length;
    let next = 1;
    const calls: string[] = [];
    const summary = (id: string, name: string) =>
      ({
        id,
        name,
        rows: 1,
        files: [],
        columns: [],
        shape: 'transactions',
        options: {},
        issues: [],
        elapsedMs: 1,
      }) as DatasetSummary;
    const engine = {
      openDataset: (files: SourceFile[]) => {
        calls.push(`open ${files[0].name}`);
        if (files[0].name.startsWith('big') || index === stuckAt) return never;
        return Promise.resolve({ ok: true, value: summary(`ds${next++}`, files[0].name) });
      },
      previewRows: (id: string) => {
        calls.push(`preview ${id}`);
        return id.startsWith('ds') && calls.some((c) => c.startsWith('open big'))
          ? never
          : Promise.resolve({ ok: true, value: new Uint8Array([index]) });
      },
      closeDataset: (id: string) => {
        calls.push(`close ${id}`);
        return never;
      },
      cancel: () => Promise.resolve(),
    };
    const thread: Thread = {
      engine: engine as unknown as RemoteEngine,
      calls,
      terminated: false,
      terminate: () => void (thread.terminated = true),
      stop: (reason) => onStopped(reason),
    };
    started.push(thread);
    return thread;
  };
  const events: TakeoverEvent[] = [];
  const supervisor = new EngineSupervisor(start, { onTakeover: (e) => events.push(e) });
  return { engine: supervisor.engine, started, events };
}

const file = (name: string): SourceFile => ({ name, blob: new Blob(['a,b\n1,2\n']) });
const codes = (r: Result<unknown> | void) => (r && !r.ok ? r.issues.map((i: Issue) => i.code) : []);

test('EngineSupervisor answers every call of a thread that stopped by itself with engine-stopped, and re-opens what was open', async () => {
  const { engine, started, events } = threads();
  const telco = await engine.openDataset([file('telco.csv')], {});
  if (!telco.ok) throw new Error('telco did not open');
  const load = engine.openDataset([file('big.csv')], {});
  const preview = engine.previewRows(telco.value.id, 0, 5);
  const closing = engine.closeDataset('ds9');
  started[0].stop('Out of memory');
  const loaded = await load;
  expect(codes(loaded)).toEqual(['engine-stopped']);
  expect(!loaded.ok && loaded.issues[0].params).toEqual({ reason: 'Out of memory' });
  // Not asked again of the fresh thread: it may be what stopped the first one.
  expect(codes(await preview)).toEqual(['engine-stopped']);
  expect(await closing).toBeUndefined();
  expect(started).toHaveLength(2);
  expect(started[0].terminated).toBe(true);

  // Telco, re-opened in the fresh thread, answers under the id the app knows.
  const again = await engine.previewRows(telco.value.id, 0, 5);
  expect(again.ok && [...again.value]).toEqual([1]);
  expect(started[1].calls).toEqual(['open telco.csv', 'preview ds1']);
  expect(events).toEqual([
    { kind: 'restoring', names: ['telco.csv'], cause: 'stopped' },
    { kind: 'restored', names: ['telco.csv'] },
  ]);
  // A late report from the thread already replaced changes nothing.
  started[0].stop('late');
  expect(started).toHaveLength(2);
});

test('EngineSupervisor does not re-open again when the fresh thread stops while re-opening: the datasets are lost, a new load works', async () => {
  const { engine, started, events } = threads(1);
  const telco = await engine.openDataset([file('telco.csv')], {});
  if (!telco.ok) throw new Error('telco did not open');
  started[0].stop('Out of memory');
  // The fresh thread is re-opening telco.csv (stuck in it) when it stops too.
  await Promise.resolve();
  started[1].stop('Out of memory');
  await new Promise((r) => setTimeout(r));
  expect(started).toHaveLength(3);
  expect(started[2].calls).toEqual([]);
  expect(events).toEqual([
    { kind: 'restoring', names: ['telco.csv'], cause: 'stopped' },
    expect.objectContaining({ kind: 'lost', id: telco.value.id, name: 'telco.csv', cause: 'stopped' }),
  ]);
  expect(codes({ ok: false, issues: (events[1] as { issues: Issue[] }).issues })).toEqual(['engine-stopped-lost']);
  const next = await engine.openDataset([file('next.csv')], {});
  expect(next.ok && next.value.id).toBe('ds1.2');
  // The lost dataset is unknown to the fresh thread, under any id it gave.
  await engine.previewRows(telco.value.id, 0, 1);
  expect(started[2].calls.at(-1)).toBe('preview ds1 (closed)');
});
