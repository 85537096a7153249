import type { messages as en } from '../en/cell.ts';

export const messages: Record<keyof typeof en, string> = {
  'cell.needsTable': '客户表建好后，这里会显示分析结果（见上方的流失定义）。',
  'cell.needsData': '请先打开数据。',
  'cell.loading': '正在计算…',
  'cell.number.not-a-number': '请输入数字。',
  'cell.number.below': '最小为 {min}。',
  'cell.number.above': '最大为 {max}。',
  'cell.number.not-whole': '请输入整数。',
};
