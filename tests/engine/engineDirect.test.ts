import { localEngine } from '../../src/client/engineClient.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { engineContract } from './engineContract.ts';

engineContract('direct', () => ({ engine: localEngine(createEngine()) }));
