/** Checks that the data file opened for a saved workbook is the very file it was made with. */
import type { FileSummary } from '../engine/api.ts';
import type { Workbook, WorkbookSource } from './workbook.svelte.ts';
import type { Session } from './session.svelte.ts';

export type FingerprintCheck =
  | { ok: true }
  | { ok: false; reason: 'count'; expected: number; actual: number }
  | { ok: false; reason: 'sha256'; file: string; expectedName: string; expected: string; actual: string };

export function checkFingerprints(saved: readonly WorkbookSource[], opened: readonly FileSummary[]): FingerprintCheck {
  if (saved.length !== opened.length)
    return { ok: false, reason: 'count', expected: saved.length, actual: opened.length };
  for (let i = 0; i < saved.length; i++) {
    if (saved[i].sha256 !== opened[i].sha256) {
      return {
        ok: false,
        reason: 'sha256',
        file: opened[i].name,
        expectedName: saved[i].name,
        expected: saved[i].sha256,
        actual: opened[i].sha256,
      };
    }
  }
  return { ok: true };
}

export type WorkbookOpening =
  | { ok: true }
  | { ok: false; reason: 'load' }
  | { ok: false; reason: 'fingerprint'; check: Exclude<FingerprintCheck, { ok: true }> };

/** Opens the data file for a saved workbook; only the same bytes get the saved options and roles. */
export async function openWithWorkbook(
  session: Session,
  workbook: Workbook,
  saved: Workbook,
  files: File[],
): Promise<WorkbookOpening> {
  if ((await session.open(files)) !== 'loaded' || !session.summary) return { ok: false, reason: 'load' };
  const check = checkFingerprints(saved.source, session.summary.files);
  if (!check.ok) return { ok: false, reason: 'fingerprint', check };
  if ((await session.reparse(saved.source[0]?.options ?? {})) !== 'loaded') return { ok: false, reason: 'load' };
  workbook.adopt(saved);
  return { ok: true };
}
