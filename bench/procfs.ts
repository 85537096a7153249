/**
 * Memory and process-tree readings from Linux /proc. Peak RSS of a finished measurement is the
 * kernel's high-water mark (VmHWM), which sampling would only approximate.
 */
import { readdirSync, readFileSync } from 'node:fs';

const MB = 1024 * 1024;

/** A `Vm*` line of /proc/<pid>/status in MiB, or null when the process is gone. */
export function statusMiB(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? (Number(match[1]) * 1024) / MB : null;
  } catch {
    return null;
  }
}

/** Peak resident memory of this process so far, in MiB. */
export function peakRssMiB(): number | null {
  return statusMiB('self', 'VmHWM');
}

function parentOf(pid: number): number | null {
  try {
    // The command name (field 2) is in parentheses and may itself hold spaces or parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** Every live descendant of `root` (children, grandchildren, …). */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(pid);
    else children.set(parent, [pid]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * Samples the summed RSS of the Chromium renderer processes under `root` (the tab's page and its
 * workers live there) every `intervalMs`. The tree is re-read less often than memory, because
 * walking /proc costs more than reading a handful of status files.
 */
export class RendererMemorySampler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private renderers: number[] = [];
  private ticks = 0;
  peakMiB = 0;
  /** Peak of the largest single renderer: the page's own process, without the spare ones. */
  largestPeakMiB = 0;
  renderersSeen = 0;
  samples = 0;

  constructor(
    private readonly root: number,
    private readonly intervalMs = 100,
  ) {}

  /** The current summed renderer RSS, in MiB. */
  read(): number {
    if (this.ticks++ % 5 === 0 || this.renderers.length === 0) {
      this.renderers = descendants(this.root).filter((pid) => commandLine(pid).includes('--type=renderer'));
    }
    let sum = 0;
    for (const pid of this.renderers) {
      const rss = statusMiB(pid, 'VmRSS') ?? 0;
      sum += rss;
      this.largestPeakMiB = Math.max(this.largestPeakMiB, rss);
    }
    this.renderersSeen = Math.max(this.renderersSeen, this.renderers.length);
    return sum;
  }

  start(): void {
    this.peakMiB = this.read();
    this.timer = setInterval(() => {
      this.peakMiB = Math.max(this.peakMiB, this.read());
      this.samples++;
    }, this.intervalMs);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.peakMiB = Math.max(this.peakMiB, this.read());
    return this.peakMiB;
  }
}
