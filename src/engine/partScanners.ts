/**
 * What the threads that read parts of a large delimited file run, and the pool the engine's
 * host (worker adapter, command line) builds from them: see data/partScanning.ts.
 */
import { partBuffers, scanPart, type PartJob, type PartOutcome } from '../data/partScanning.ts';

export { partScannerPool, type PartThread } from '../data/partScannerPool.ts';
export type { PartScanners } from '../data/partScanning.ts';

/** A part-reading thread's answer to one message: the reply and the buffers to transfer with it. */
export function answerPartJob(message: { id: number; job: PartJob }): {
  reply: { id: number; outcome: PartOutcome };
  transfer: ArrayBuffer[];
} {
  const outcome = scanPart(message.job);
  return { reply: { id: message.id, outcome }, transfer: partBuffers(outcome) };
}
