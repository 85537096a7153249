/**
 * Marks the buffers an engine result returns as transferable, so the worker hands them to the
 * UI instead of copying them. Kept here, in the adapter, so the engine stays Comlink-free.
 */
import * as Comlink from 'comlink';
import type { EngineApi, Result } from '../src/engine/api.ts';

function transferResult<T>(result: Result<T>): Result<T> {
  if (result.ok && ArrayBuffer.isView(result.value)) {
    return Comlink.transfer(result, [result.value.buffer as ArrayBuffer]);
  }
  return result;
}

export function withTransfer(engine: EngineApi): EngineApi {
  return {
    ...engine,
    openDataset: engine.openDataset.bind(engine),
    reparseDataset: engine.reparseDataset.bind(engine),
    cancel: engine.cancel.bind(engine),
    summary: engine.summary.bind(engine),
    columnProfile: engine.columnProfile.bind(engine),
    closeDataset: engine.closeDataset.bind(engine),
    previewRows: (id, start, count) => transferResult(engine.previewRows(id, start, count)),
    sourceRowNumbers: (id, start, count) => transferResult(engine.sourceRowNumbers(id, start, count)),
    buildCustomerTable: engine.buildCustomerTable.bind(engine),
    churnOverview: engine.churnOverview.bind(engine),
    churnByAttribute: engine.churnByAttribute.bind(engine),
    earlyWarnings: engine.earlyWarnings.bind(engine),
    exportWarnings: (id, rules) => transferResult(engine.exportWarnings(id, rules)),
    compareDefinitions: engine.compareDefinitions.bind(engine),
    retentionTriangle: engine.retentionTriangle.bind(engine),
    survival: engine.survival.bind(engine),
    retentionProjection: engine.retentionProjection.bind(engine),
    customerRows: (id, start, count) => transferResult(engine.customerRows(id, start, count)),
    exportCustomerTable: (id, format, plain) => transferResult(engine.exportCustomerTable(id, format, plain)),
  };
}
