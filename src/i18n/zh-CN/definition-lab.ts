import type { messages as en } from '../en/definition-lab.ts';

export const messages: Record<keyof typeof en, string> = {
  'definition-lab.add': '添加一种定义',
  'definition-lab.chartTitle': '各流失定义下的流失率',
  'definition-lab.name': '名称',
  'definition-lab.definition': '定义',
  'definition-lab.captionItem': '{name}：{definition}',
  'definition-lab.captionSeparator': '；',
  'definition-lab.summary': '{name}：{churned} 位流失（{rate}）。',
  'definition-lab.pairs': '两种定义判定不一致的客户数',
  'definition-lab.pair': '定义对',
  'definition-lab.disagree': '客户数',
  'definition-lab.customers': '有 {count} 位客户在某些定义下算流失，在另一些定义下不算',
  'definition-lab.churned': '流失',
  'definition-lab.active': '在用',
  'definition-lab.firstShown': '列出了 {total} 位中的前 {shown} 位。',
};
