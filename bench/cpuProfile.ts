/** The functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`). */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  function: string;
  /** Source file and the line where a function of that name is defined (see `definitionLine`). */
  location: string;
  selfMs: number;
  selfPercent: number;
}

/**
 * tsx hands V8 whitespace-minified code (every function on line 1), so the profile's positions
 * say nothing; the function's name, looked up in the original source, does.
 */
function definitionLine(file: string, name: string): number | null {
  if (!name || !/^[\w$]+$/.test(name) || !existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const patterns = [
    new RegExp(`\\bfunction\\*?\\s+${name}\\b`),
    new RegExp(`^\\s*(?:(?:export|static|private|public|protected|async|get|set|override)\\s+)*${name}\\s*[(<]`),
    new RegExp(`\\b${name}\\s*[:=]\\s*(?:async\\s*)?(?:\\(|function|[\\w$]+\\s*=>)`),
  ];
  for (const pattern of patterns) {
    const at = lines.findIndex((line) => pattern.test(line));
    if (at >= 0) return at + 1;
  }
  return null;
}

/**
 * `windowUs` keeps only the samples taken in [start, end] on the process's monotonic clock
 * (`process.hrtime`, the clock V8's profile timestamps use on Linux): one phase of a run.
 */
export function topSelfTime(
  path: string,
  count = 10,
  windowUs?: [number, number],
): { totalMs: number; sampledMs: number; top: SelfTime[] } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  const where = new Map<string, { name: string; location: string }>();
  // Each sample's time is the delta to the next sample, attributed to the sampled (leaf) frame.
  let at = profile.startTime;
  let sampledUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (windowUs && (at < windowUs[0] || at > windowUs[1])) continue;
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const local = url.startsWith('file://') ? new URL(url).pathname : null;
    const file = local ? relative(process.cwd(), local) : url;
    const key = `${functionName}|${file}|${lineNumber}|${columnNumber}`;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    sampledUs += delta;
    if (!where.has(key)) {
      where.set(key, {
        name: functionName || '(anonymous)',
        location: !file
          ? '(native)'
          : `${file}:${local ? (definitionLine(local, functionName) ?? '?') : lineNumber + 1}`,
      });
    }
  }
  const totalUs = windowUs ? windowUs[1] - windowUs[0] : profile.endTime - profile.startTime;
  const top = [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => ({
      function: where.get(key)!.name,
      location: where.get(key)!.location,
      selfMs: Math.round(us / 1000),
      selfPercent: Number(((100 * us) / totalUs).toFixed(1)),
    }));
  return { totalMs: Math.round(totalUs / 1000), sampledMs: Math.round(sampledUs / 1000), top };
}

/**
 * Time spent in each function including what it calls (a function counted once per sample, however
 * deep it recurs), for the functions in this repository's own files: where a phase's time goes.
 */
export function topInclusiveTime(
  path: string,
  count = 15,
  windowUs?: [number, number],
): { function: string; location: string; totalMs: number; percent: number }[] {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totalUs = new Map<string, number>();
  const where = new Map<string, string>();
  let at = profile.startTime;
  let windowTotal = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (windowUs && (at < windowUs[0] || at > windowUs[1])) continue;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    windowTotal += delta;
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = byId.get(id)!.callFrame;
      const local = url.startsWith('file://') ? new URL(url).pathname : null;
      if (!local || local.includes('/node_modules/') || !functionName) continue;
      const file = relative(process.cwd(), local);
      const key = `${functionName}|${file}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totalUs.set(key, (totalUs.get(key) ?? 0) + delta);
      if (!where.has(key)) where.set(key, `${file}:${definitionLine(local, functionName) ?? '?'}`);
    }
  }
  return [...totalUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => ({
      function: key.split('|')[0],
      location: where.get(key)!,
      totalMs: Math.round(us / 1000),
      percent: Number(((100 * us) / Math.max(1, windowTotal)).toFixed(1)),
    }));
}
