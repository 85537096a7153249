/** Checks that the data file opened for a saved workbook is the very file it was made with. */
import type { FileSummary } from '../engine/api.ts';
import type { Workbook, WorkbookSource } from './workbook.svelte.ts';
import type { Session } from './session.svelte.ts';
import { SAMPLES, type SampleId } from './urlOpening.ts';

/** The built-in sample a workbook was made on (one file with a sample's name), if any: it reopens without asking for a file. */
export function sampleOf(source: readonly WorkbookSource[]): SampleId | null {
  if (source.length !== 1) return null;
  const id = (Object.keys(SAMPLES) as SampleId[]).find((k) => SAMPLES[k].name === source[0].name);
  return id ?? null;
}

export type FileChoice =
  | { ok: true; files: File[] }
  | { ok: false; reason: 'count'; expected: number; actual: number; missing: string[]; extra: string[] };

/**
 * Checks the files picked for a saved workbook before anything is read: as many as it was made
 * with, put in its order when their names match (a file picker returns them in any order). A
 * wrong count is refused, naming the files missing and the ones it was not made with; nothing
 * is opened then, so the dataset already open stays.
 */
export function chooseFiles(saved: readonly WorkbookSource[], files: readonly File[]): FileChoice {
  const names = files.map((f) => f.name);
  const missing = saved.map((s) => s.name).filter((n) => !names.includes(n));
  if (files.length !== saved.length) {
    const savedNames = new Set(saved.map((s) => s.name));
    const extra = names.filter((n) => !savedNames.has(n));
    return { ok: false, reason: 'count', expected: saved.length, actual: files.length, missing, extra };
  }
  if (missing.length > 0) return { ok: true, files: [...files] };
  return { ok: true, files: saved.map((s) => files.find((f) => f.name === s.name)!) };
}

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
  | Exclude<FileChoice, { ok: true }>
  | { ok: false; reason: 'fingerprint'; check: Exclude<FingerprintCheck, { ok: true }> };

/** Opens the data file for a saved workbook; only the same bytes get the saved options and roles. */
export async function openWithWorkbook(
  session: Session,
  workbook: Workbook,
  saved: Workbook,
  files: File[],
): Promise<WorkbookOpening> {
  const choice = chooseFiles(saved.source, files);
  if (!choice.ok) return choice;
  if ((await session.open(choice.files)) !== 'loaded' || !session.summary) return { ok: false, reason: 'load' };
  const check = checkFingerprints(saved.source, session.summary.files);
  if (!check.ok) return { ok: false, reason: 'fingerprint', check };
  if ((await session.reparse(saved.source[0]?.options ?? {})) !== 'loaded') return { ok: false, reason: 'load' };
  workbook.adopt(saved);
  return { ok: true };
}
