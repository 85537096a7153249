/** A helper of the engine worker: reads the parts of a large delimited file, and fingerprints files. */
import { answerHelperMessage } from '../src/engine/partScanners.ts';

const post = (reply: unknown, transfer: ArrayBuffer[]) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (e: MessageEvent) => {
  const { reply, transfer } = await answerHelperMessage(e.data, post);
  post(reply, transfer);
};
