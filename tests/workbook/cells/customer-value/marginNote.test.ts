/**
 * The margin note under the customer-value charts said "Margin: Margin = total value × 30.0%": the
 * stamp's label and then the word again. The note now says the formula once after its label; the
 * sentence in the cell still starts "Margin =". English and Chinese.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n, t } from '../../../../src/i18n/i18n.svelte.ts';
import { marginNote } from '../../../../src/workbook/cells/customer-value/marginNote.ts';

afterEach(() => i18n.setLocale('en'));

test('the stamp note names the margin once; the sentence keeps "Margin ="', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    i18n.setLocale(locale);
    for (const margin of [{ source: 'rate' as const, rate: 0.3 }, { source: 'cost' as const }]) {
      const n = marginNote(margin);
      const stamped = t('chart.noteLine', { label: n.label, text: n.text });
      // The label is said once, at the start: the text after it does not begin with it again.
      expect(stamped.startsWith(n.label), stamped).toBe(true);
      expect(n.text.trimStart().startsWith(n.label), `${locale} ${stamped}`).toBe(false);
      expect(n.sentence.startsWith(`${n.label} = `)).toBe(true);
    }
  }
  i18n.setLocale('en');
  expect(t('chart.noteLine', marginNote({ source: 'rate', rate: 0.3 }))).toBe(
    'Margin: total value × 30.0%: the gross margin you set, an assumption, the same for every customer.',
  );
});
