import type { messages as en } from '../en/churn-by-attribute.ts';

export const messages: Record<keyof typeof en, string> = {
  'churn-by-attribute.pick': '属性',
  'churn-by-attribute.chartTitle': '按“{column}”看流失率',
  'churn-by-attribute.overall': '整体',
  'churn-by-attribute.summary':
    '“{value}”客户的流失率为 {rate}（95 % 置信区间 {low}–{high}），是整体流失率 {overall} 的 {ratio} 倍。',
  'churn-by-attribute.noGroups': '没有可比较的值。',
  'churn-by-attribute.missing': '有 {count} 位客户在此属性上没有值，未列入图表。',
  'churn-by-attribute.small':
    '有 {count} 个取值的客户数少于 {min}（共 {customers} 位客户），人数太少无法比较：图表不显示，表格中列出。',
  'churn-by-attribute.minGroup': '图表中最小组规模',
  'churn-by-attribute.sortLabel': '排序',
  'churn-by-attribute.sort.rate': '流失率从高到低',
  'churn-by-attribute.sort.size': '客户数从多到少',
  'churn-by-attribute.binsLabel': '数值分为',
  'churn-by-attribute.binsQuantiles': '个分位组',
  'churn-by-attribute.bands': '或按分界点',
  'churn-by-attribute.bandsPlaceholder': '例如 0, 12, 24, 72',
  'churn-by-attribute.binned.quantiles':
    '“{column}”是数值：客户按分位数分为 {bins} 组，每组人数大致相等，各组包含下界、不含上界。',
  'churn-by-attribute.binned.bands': '“{column}”是数值：客户按输入的分界点分组，各组包含下界、不含上界。',
  'churn-by-attribute.outside': '{count} 位客户落在分界范围之外，计为缺失。',
  'churn-by-attribute.largest': '图表显示 {total} 个值中客户最多的 {shown} 个；表格显示全部。',
};
