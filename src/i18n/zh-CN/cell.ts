import type { messages as en } from '../en/cell.ts';

export const messages: Record<keyof typeof en, string> = {
  'cell.needsTable': '客户表建好后，这里会显示分析结果（见上方的流失定义）。',
  'cell.needsData': '请先打开数据。',
  'cell.loading': '正在计算…',
};
