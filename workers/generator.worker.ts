/** The teaching-data generator in a worker of its own: the page asks, the file comes back. */
import * as Comlink from 'comlink';
import { generateTeachingData } from '../src/engine/teachingData.ts';

Comlink.expose({ generateTeachingData });
