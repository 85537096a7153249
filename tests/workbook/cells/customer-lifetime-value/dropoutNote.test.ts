/**
 * Online Retail's CLV cell: the calibration fit (to 2011-06-05) has no drop-out (a = 0, shown in
 * its table), while the refit on all the data has a = 0.0034 ± 0.0103. The "poorly determined"
 * note about the refit stood above the calibration table with a = 0.0034 and no word of which fit
 * it meant; it names its fit, in English and Chinese (params as periodFit.ts stamps them).
 */
import { afterEach, expect, test } from 'vitest';
import { i18n, t } from '../../../../src/i18n/i18n.svelte.ts';
import { noteWords } from '../../../../src/workbook/cells/customer-lifetime-value/noteWords.ts';
import type { ClvNote } from '../../../../src/engine/api.ts';

afterEach(() => i18n.setLocale('en'));

const note: ClvNote = {
  code: 'clv-dropout-uncertain',
  params: { parameter: 'a', estimate: 0.003443, se: 0.01035, period: 'prediction' },
};

test('the drop-out note names the fit it is about', () => {
  expect(t('customer-lifetime-value.note.clv-dropout-uncertain', noteWords(note, 'weeks'))).toMatch(
    /^In the fit on all the data, how customers drop out is poorly determined: a = 0\.0034 with a standard error of 0\.0104/,
  );
  i18n.setLocale('zh-CN');
  expect(t('customer-lifetime-value.note.clv-dropout-uncertain', noteWords(note, '周'))).toMatch(
    /^在全部数据的拟合中，/,
  );
});
