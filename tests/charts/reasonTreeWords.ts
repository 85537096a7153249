/** The tree's words as the app gives them (from the en and zh-CN catalogues), for the label tests. */
import type { TreeWords } from '../../src/charts/churn-reasons/reasonTreePlot.ts';
import { messages as enWords } from '../../src/i18n/en/churn-reasons.ts';
import { messages as zhWords } from '../../src/i18n/zh-CN/churn-reasons.ts';

function words(m: Record<string, string>): TreeWords {
  return {
    root: m['churn-reasons.treeRoot'],
    branch: (b) => m[`churn-reasons.branch.${b}`],
    type: (t) => m[`churn-reasons.churnType.${t}`],
    others: (n) => m['churn-reasons.others'].replace('{count}', String(n)),
  };
}

export const en = words(enWords);
export const zh = words(zhWords);
