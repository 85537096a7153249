/**
 * The script a helper thread runs. worker_threads do not inherit tsx's loader, and registering
 * it in each thread costs ~150 ms (a loader thread, then compiling the scanner), which is more
 * than a 54 MB file saves by being read in two. So the TypeScript entry is bundled once with
 * esbuild into node_modules/.cache/churnscope/ (~50 ms) and the bundle reused while none of
 * its sources changed (their sizes and times are kept beside it); a thread then starts in
 * ~30 ms. Without esbuild, or if bundling fails, the thread registers tsx itself.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CACHE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache', 'churnscope');

type Manifest = Record<string, { size: number; mtimeMs: number }>;

function stamp(path: string) {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? { size: s.size, mtimeMs: s.mtimeMs } : null;
}

function upToDate(manifestPath: string): boolean {
  if (!existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    return Object.entries(manifest).every(([path, was]) => {
      const now = stamp(path);
      return now !== null && now.size === was.size && now.mtimeMs === was.mtimeMs;
    });
  } catch {
    return false;
  }
}

/** A bundled copy of `entry`, built or reused; null when esbuild cannot make one. */
function bundled(entry: string): string | null {
  const name = basename(entry).replace(/\.ts$/, '');
  const script = join(CACHE, `${name}.mjs`);
  const manifestPath = join(CACHE, `${name}.inputs.json`);
  if (existsSync(script) && upToDate(manifestPath)) return script;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = esbuild.buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const manifest: Manifest = {};
    for (const input of Object.keys(result.metafile!.inputs)) {
      const path = resolve(input);
      const now = stamp(path);
      if (now) manifest[path] = now;
    }
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(script, result.outputFiles![0].text);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    return script;
  } catch {
    return null;
  }
}

/** How to start a thread running the TypeScript file `entry`: a bundle, or tsx registered in the thread. */
export function threadScript(entry: URL): { script: URL; workerData?: { entry: string } } {
  const script = bundled(fileURLToPath(entry));
  if (script) return { script: pathToFileURL(script) };
  return { script: new URL('./threadBoot.mjs', import.meta.url), workerData: { entry: entry.href } };
}
