import type { messages as en } from '../en/shape.ts';

export const messages: Record<keyof typeof en, string> = {
  'shape.transactions': '交易流水',
  'shape.customers': '客户快照',
  'shape.unknown': '未知',
  'shape.aggregate.retention-triangle': '留存三角计数（来自 SQL）',
  'shape.aggregate.survival': '生存分析事件与删失计数（来自 SQL）',
  'shape.aggregate.churn-kpis': '流失指标计数（来自 SQL）',
};
