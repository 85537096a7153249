/**
 * What a call to the engine is answered with when its thread is ended before it answers: by a
 * Cancel the engine could not honour in time, or because the thread stopped by itself (it ran
 * out of memory, its script failed, it stopped answering). Results, as the engine's own are.
 */
import type { Issue, Result } from '../engine/api.ts';

export function cancelledResult(method: string): Result<never> {
  if (method === 'analyzeInSteps')
    return {
      ok: false,
      issues: [
        {
          severity: 'info',
          code: 'analysis-cancelled',
          message: 'The analysis was cancelled; its earlier result, if any, is kept.',
        },
      ],
    };
  const issue: Issue =
    method === 'buildCustomerTable'
      ? {
          severity: 'info',
          code: 'build-cancelled',
          message: 'Building the customer table was cancelled; change the definition or the roles to build it again.',
        }
      : { severity: 'info', code: 'cancelled', message: 'Loading was cancelled; nothing was changed.' };
  return { ok: false, issues: [issue] };
}

/** The issue of a call whose thread stopped under it; `reason` is the browser's, for the record. */
export function engineStopped(reason: string): Issue {
  return {
    severity: 'error',
    code: 'engine-stopped',
    params: { reason: reason.slice(0, 120) },
    message:
      'The engine stopped while it worked on this (its thread ended, most often because it ran out of memory). The data you had open before is kept and is being opened again. If this happened while opening a file, the file may be too large for this browser’s memory: open a smaller part of it (fewer rows or columns, for example one period), or close other tabs and try again.',
  };
}

/** The issue of a dataset that could not be opened again because the fresh engine stopped too. */
export function engineStoppedLost(name: string): Issue {
  return {
    severity: 'error',
    code: 'engine-stopped-lost',
    params: { name },
    message: `The engine stopped again while it re-opened ${name}, so ${name} was closed. Open it again; if the engine stops once more, the file may be too large for this browser’s memory.`,
  };
}

export function stoppedResult(reason: string): Result<never> {
  return { ok: false, issues: [engineStopped(reason)] };
}
