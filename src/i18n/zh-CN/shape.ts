import type { messages as en } from '../en/shape.ts';

export const messages: Record<keyof typeof en, string> = {
  'shape.transactions': '交易流水',
  'shape.customers': '客户快照',
  'shape.unknown': '未知',
};
