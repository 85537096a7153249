import type { messages as en } from '../en/monthly-churn.ts';

export const messages: Record<keyof typeof en, string> = {
  'monthly-churn.chartTitle': '月度流失率',
  'monthly-churn.rateAxis': '流失率（当月流失 ÷ 月初客户）',
  'monthly-churn.mean': '平均',
  'monthly-churn.lead': '平均月流失率 {mean}，折合每年约 {annual}。',
  'monthly-churn.base': '每月流失率 = 当月流失的客户 ÷ 月初的客户；表格列出了两者。',
  'monthly-churn.summary':
    '{from} 至 {to} 的月流失率平均为 {mean}（折合年流失率 {annual}）；最高的月份是 {peak}，为 {peakRate}。',
  'monthly-churn.censored':
    '按“无活动”定义，客户在最后一次活动 {days} 天后才算流失，因此截止日期前的最近几个月还看不到流失。',
  'monthly-churn.none': '没有哪个月在月初有客户。',
};
