import type { messages as en } from '../en/col.ts';

export const messages: Record<keyof typeof en, string> = {
  'col.customers': '客户数',
  'col.churned': '流失客户',
  'col.rate': '流失率',
  'col.low': '95 % 置信区间下限',
  'col.high': '95 % 置信区间上限',
  'col.riskRatio': '相对整体的风险比',
  'col.month': '月份',
  'col.atStart': '期初客户',
  'col.lost': '流失',
  'col.gained': '新增',
};
