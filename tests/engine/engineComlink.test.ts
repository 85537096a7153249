import * as Comlink from 'comlink';
import type { EngineApi, SourceFile } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { withTransfer } from '../../workers/withTransfer.ts';
import { engineContract, type AnyEngine } from './engineContract.ts';

// Browser Files cross to a worker by structured clone; Node's file-backed Blobs cannot, so the
// suite hands over in-memory Blobs of the same bytes.
async function cloneable(files: SourceFile[]): Promise<SourceFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, blob: new Blob([await f.blob.slice().arrayBuffer()]) })));
}

engineContract('through Comlink over a MessageChannel', () => {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(withTransfer(createEngine()), port1);
  const remote = Comlink.wrap<EngineApi>(port2);
  const engine: AnyEngine = {
    openDataset: async (files, options, onProgress) =>
      remote.openDataset(await cloneable(files), options, onProgress ? Comlink.proxy(onProgress) : undefined),
    reparseDataset: (id, options, onProgress) =>
      remote.reparseDataset(id, options, onProgress ? Comlink.proxy(onProgress) : undefined),
    cancel: () => void remote.cancel(),
    summary: (id) => remote.summary(id),
    previewRows: (id, start, count) => remote.previewRows(id, start, count),
    sourceRowNumbers: (id, start, count) => remote.sourceRowNumbers(id, start, count),
    buildCustomerTable: (id, spec) => remote.buildCustomerTable(id, spec),
    churnOverview: (id, options) => remote.churnOverview(id, options),
    churnByAttribute: (id, column) => remote.churnByAttribute(id, column),
    earlyWarnings: (id, rules) => remote.earlyWarnings(id, rules),
    exportWarnings: (id, rules) => remote.exportWarnings(id, rules),
    compareDefinitions: (id, definitions) => remote.compareDefinitions(id, definitions),
    retentionTriangle: (id, options) => remote.retentionTriangle(id, options),
    survival: (id, options) => remote.survival(id, options),
    retentionProjection: (id, options) => remote.retentionProjection(id, options),
    customerRows: (id, start, count) => remote.customerRows(id, start, count),
    exportCustomerTable: (id, format, plain) => remote.exportCustomerTable(id, format, plain),
    columnProfile: (id, column) => remote.columnProfile(id, column),
    closeDataset: (id) => void remote.closeDataset(id),
  };
  return {
    engine,
    close: () => {
      remote[Comlink.releaseProxy]();
      port1.close();
      port2.close();
    },
  };
});
