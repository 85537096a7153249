/**
 * The main thread's tasks while something happens in a page, from a Chromium trace: each task's
 * wall time and its thread time (CPU time the main thread itself spent in it). On a machine busy
 * with other work a task's wall time stretches by however long the system ran other processes
 * while it ran (a 12 ms paint measured 260 ms at a load of 10 on 2 cores); its thread time is
 * the work the page did, the same on an idle machine.
 */
import type { Browser, Page } from 'playwright-core';

export interface TaskTimes {
  /** The longest task's wall time, and the longest task's thread time (ms). */
  longestWallMs: number;
  longestCpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
}

export async function stopTaskTrace(browser: Browser): Promise<TaskTimes> {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longestWallMs = 0;
  let longestCpuMs = 0;
  for (const e of traceEvents) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    longestWallMs = Math.max(longestWallMs, (e.dur ?? 0) / 1000);
    longestCpuMs = Math.max(longestCpuMs, (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return { longestWallMs: Math.round(longestWallMs), longestCpuMs: Math.round(longestCpuMs) };
}
