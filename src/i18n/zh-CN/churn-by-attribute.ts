import type { messages as en } from '../en/churn-by-attribute.ts';

export const messages: Record<keyof typeof en, string> = {
  'churn-by-attribute.pick': '属性',
  'churn-by-attribute.chartTitle': '按“{column}”看流失率',
  'churn-by-attribute.overall': '整体',
  'churn-by-attribute.summary':
    '“{value}”客户的流失率为 {rate}（95 % 置信区间 {low}–{high}），是整体流失率 {overall} 的 {ratio} 倍。',
  'churn-by-attribute.noGroups': '没有可比较的值。',
  'churn-by-attribute.missing': '有 {count} 位客户在此属性上没有值，未列入图表。',
  'churn-by-attribute.largest': '图表显示 {total} 个值中客户最多的 {shown} 个；表格显示全部。',
};
