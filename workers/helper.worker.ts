/** A helper of the engine worker: reads the parts of a large delimited file, types columns, fingerprints files. */
import { answerHelperMessage, blobHelperHost } from '../src/engine/loading/helperThread.ts';

const host = blobHelperHost((reply, transfer) => (self as unknown as Worker).postMessage(reply, transfer));

self.onmessage = async (e: MessageEvent) => {
  const { reply, transfer } = await answerHelperMessage(e.data, host);
  host.post(reply, transfer);
};
