/** The functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`). */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
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

export function topSelfTime(path: string, count = 10): { totalMs: number; top: SelfTime[] } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  const where = new Map<string, { name: string; location: string }>();
  // Each sample's time is the delta to the next sample, attributed to the sampled (leaf) frame.
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const local = url.startsWith('file://') ? new URL(url).pathname : null;
    const file = local ? relative(process.cwd(), local) : url;
    const key = `${functionName}|${file}|${lineNumber}|${columnNumber}`;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    if (!where.has(key)) {
      where.set(key, {
        name: functionName || '(anonymous)',
        location: !file
          ? '(native)'
          : `${file}:${local ? (definitionLine(local, functionName) ?? '?') : lineNumber + 1}`,
      });
    }
  }
  const totalUs = profile.endTime - profile.startTime;
  const top = [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => ({
      function: where.get(key)!.name,
      location: where.get(key)!.location,
      selfMs: Math.round(us / 1000),
      selfPercent: Number(((100 * us) / totalUs).toFixed(1)),
    }));
  return { totalMs: Math.round(totalUs / 1000), top };
}
