import type { messages as en } from '../en/definition-lab.ts';

export const messages: Record<keyof typeof en, string> = {
  'lab.add': '添加一种定义',
  'lab.chartTitle': '各流失定义下的流失率',
  'lab.name': '名称',
  'lab.definition': '定义',
  'lab.summary': '{name}：{churned} 位流失（{rate}）。',
  'lab.pairs': '两种定义判定不一致的客户数',
  'lab.pair': '定义对',
  'lab.disagree': '客户数',
  'lab.customers': '有 {count} 位客户在某些定义下算流失，在另一些定义下不算',
  'lab.churned': '流失',
  'lab.active': '在用',
  'lab.firstShown': '列出了 {total} 位中的前 {shown} 位。',
};
