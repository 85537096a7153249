/**
 * The churn reasons cell's "Reasons by" list offered the segments other analyses add under their
 * column codes (segment, cluster_name, value_tier, margin_tier, risk_decile), in both languages
 * (walkthrough, every sample). They are named as the customer table's export heads them.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../../../src/i18n/i18n.svelte.ts';
import {
  DERIVED_SEGMENTS,
  derivedSegmentChoices,
} from '../../../../src/workbook/cells/churn-reasons/derivedSegments.ts';

afterEach(() => i18n.setLocale('en'));

test('each derived segment has words, not its code, in English and Chinese; taken names are not offered twice', () => {
  const en = derivedSegmentChoices(new Set());
  expect(en.map((c) => c.name)).toEqual([...DERIVED_SEGMENTS]);
  expect(en.find((c) => c.name === 'segment')?.label).toBe(i18n.t('rfm.col.segment'));
  for (const c of en) expect(c.label).not.toBe(c.name);
  i18n.setLocale('zh-CN');
  for (const c of derivedSegmentChoices(new Set())) expect(c.label).toMatch(/[\u4e00-\u9fff]/);
  expect(derivedSegmentChoices(new Set(['segment'])).map((c) => c.name)).not.toContain('segment');
});
