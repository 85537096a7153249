import type { messages as en } from '../en/monthly-churn.ts';

export const messages: Record<keyof typeof en, string> = {
  'monthly-churn.chartTitle': '月度流失率',
  'monthly-churn.rateAxis': '流失率（当月流失 ÷ 月初客户）',
  'monthly-churn.mean': '平均',
  'monthly-churn.lead':
    '平均月流失率 {mean}；按 12 个月复合为 {annual}：这是由平均月份推算的值，不是实测的一年流失率（见“流失概览”中的“近 12 个月流失率”）。',
  'monthly-churn.base': '每月流失率 = 当月流失的客户 ÷ 月初的客户；表格列出了两者。',
  'monthly-churn.summary':
    '{from} 至 {to} 的月流失率平均为 {mean}（按 12 个月复合推算为 {annual}）；最高的月份是 {peak}，为 {peakRate}。',
  'monthly-churn.incomplete': '○ 不完整月份（不计入平均值）',
  'monthly-churn.complete': '完整月份',
  'monthly-churn.yes': '是',
  'monthly-churn.no': '否',
  'monthly-churn.incompleteInactivity':
    '{from} 之前的月份不完整：客户连续超过 {days} 天没有活动才被确认为流失，而在数据开始前就已停止活动的客户不在数据中。这些月份以空心点显示，不计入平均值。',
  'monthly-churn.incompletePartial':
    '“部分流失”把每个流失都计入最近窗口的第一天，因此 {from} 之前的月份无法显示流失：以空心点显示，不计入平均值。',
  'monthly-churn.none': '没有哪个月在月初有客户。',
};
