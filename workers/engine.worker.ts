/** The engine in a worker: the data lives here, the UI gets ids and small results. */
import * as Comlink from 'comlink';
import { createEngine } from '../src/engine/engine.ts';
import { withTransfer } from './withTransfer.ts';
import { helperWorkers } from './helperWorkers.ts';

Comlink.expose(withTransfer(createEngine({ helpers: helperWorkers() })));
