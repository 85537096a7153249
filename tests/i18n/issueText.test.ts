/** Engine issues worded in the user's language name roles as the role panel does, never by their ids. */
import { afterEach, expect, test } from 'vitest';
import type { Issue } from '../../src/engine/api.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';

const missingChurnDate: Issue = {
  severity: 'error',
  code: 'role-missing',
  params: { role: 'churn_date' },
  message: 'This churn definition needs a churn date, and no column has the role churn_date.',
};

afterEach(() => i18n.setLocale('en'));

test('i18n.issueText(role-missing) names the role by its label in English and Chinese', () => {
  i18n.setLocale('en');
  const english = i18n.issueText(missingChurnDate);
  expect(english).toContain(i18n.roleLabel('churn_date'));
  expect(english).not.toContain('churn_date');
  i18n.setLocale('zh-CN');
  const chinese = i18n.issueText(missingChurnDate);
  expect(chinese).toContain(i18n.roleLabel('churn_date'));
  expect(chinese).not.toContain('churn_date');
});
