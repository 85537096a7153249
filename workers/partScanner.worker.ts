/** A helper of the engine worker: reads the parts of a large delimited file, and fingerprints files. */
import { answerHelperMessage } from '../src/engine/partScanners.ts';

self.onmessage = async (e: MessageEvent) => {
  const { reply, transfer } = await answerHelperMessage(e.data);
  (self as unknown as Worker).postMessage(reply, transfer);
};
