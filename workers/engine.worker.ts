/**
 * The engine in a worker: the data lives here, the UI gets ids and small results. The engine
 * speaks Comlink on a port of its own; the worker's own port is its keeper's (threadKeeper.ts).
 */
import * as Comlink from 'comlink';
import { createEngine } from '../src/engine/engine.ts';
import { withTransfer } from './withTransfer.ts';
import { helperWorkers } from './helperWorkers.ts';
import { answerKeeper } from './threadKeeper.ts';

const engine = withTransfer(createEngine({ helpers: helperWorkers() }));
answerKeeper((port) => Comlink.expose(engine, port));
