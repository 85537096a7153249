/** A helper of the engine worker: reads the parts of a large delimited file it is given. */
import { answerPartJob } from '../src/engine/partScanners.ts';

self.onmessage = (e: MessageEvent) => {
  const { reply, transfer } = answerPartJob(e.data);
  (self as unknown as Worker).postMessage(reply, transfer);
};
