/** What a workbook that cannot be read, or a data file that does not fit one, is said to be. */
import { t } from '../i18n/i18n.svelte.ts';
import { sentences } from '../i18n/sentences.ts';
import type { WorkbookError } from '../state/workbook.svelte.ts';
import type { WorkbookOpening } from '../state/workbookOpening.ts';

export function describeError(error: WorkbookError): string {
  if (error.code === 'invalid-json')
    return error.place ? t('workbook.invalidJsonAt', error.place) : t('workbook.invalidJson');
  if (error.code === 'invalid-version') return t('workbook.invalidVersion', { version: error.detail });
  if (!error.problem) return t('workbook.invalidShape', { problem: error.detail });
  const { code, field, params } = error.problem;
  return t('workbook.field', { field, problem: t(`workbook.field.${code}`, params) });
}

export function describeOpening(opening: WorkbookOpening): string {
  if (opening.ok || opening.reason === 'load') return '';
  if (opening.reason === 'count') {
    const count = t('workbook.countMismatch', { expected: opening.expected, actual: opening.actual });
    const missing = opening.missing.length > 0 ? t('workbook.missingFiles', { names: opening.missing.join(', ') }) : '';
    const extra = opening.extra.length > 0 ? t('workbook.extraFiles', { names: opening.extra.join(', ') }) : '';
    return sentences(count, missing, extra, t('workbook.nothingOpened'));
  }
  const c = opening.check;
  if (c.reason === 'count') return t('workbook.countMismatch', { expected: c.expected, actual: c.actual });
  return t('workbook.mismatch', {
    file: c.file,
    expectedName: c.expectedName,
    expected: c.expected.slice(0, 12),
    actual: c.actual.slice(0, 12),
  });
}
