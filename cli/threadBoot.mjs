// Starts a TypeScript worker thread: worker_threads do not inherit tsx's loader, so register it here.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
