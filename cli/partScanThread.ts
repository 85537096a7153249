/** A worker_threads helper of the command line: reads the parts of a large delimited file. */
import { parentPort } from 'node:worker_threads';
import { answerPartJob } from '../src/engine/partScanners.ts';

parentPort!.on('message', (message) => {
  const { reply, transfer } = answerPartJob(message);
  parentPort!.postMessage(reply, transfer);
});
