/** The files a build precaches: every file under the output folder but the service worker itself. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { PrecacheEntry } from '../src/offline/serviceWorker.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

/** Sorted by path, so the same build gives the same list (and the same sw.js, byte for byte). */
export async function precacheList(outDir: string): Promise<PrecacheEntry[]> {
  const files = await filesUnder(outDir);
  const entries = await Promise.all(
    files.map(async (file) => ({
      path: relative(outDir, file).split(sep).join('/'),
      sha256: createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    })),
  );
  return entries
    .filter((entry) => entry.path !== SERVICE_WORKER_FILE && !entry.path.endsWith('.map'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The build's version: a hash of its list, so any changed file makes a new sw.js. */
export function buildVersion(entries: readonly PrecacheEntry[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) hash.update(`${entry.path}\0${entry.sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}
