import * as Comlink from 'comlink';
import type { EngineApi, SourceFile } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { remoteEngine } from '../../src/client/engineClient.ts';
import { withTransfer } from '../../workers/withTransfer.ts';
import { engineContract } from './engineContract.ts';

// Browser Files cross to a worker by structured clone; Node's file-backed Blobs cannot, so the
// suite hands over in-memory Blobs of the same bytes.
async function cloneable(files: SourceFile[]): Promise<SourceFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, blob: new Blob([await f.blob.slice().arrayBuffer()]) })));
}

engineContract('through Comlink over a MessageChannel', () => {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(withTransfer(createEngine()), port1);
  const remote = Comlink.wrap<EngineApi>(port2);
  const engine = remoteEngine(remote);
  const open = engine.openDataset;
  engine.openDataset = async (files, options, onProgress) => open(await cloneable(files), options, onProgress);
  return {
    engine,
    close: () => {
      remote[Comlink.releaseProxy]();
      port1.close();
      port2.close();
    },
  };
});
