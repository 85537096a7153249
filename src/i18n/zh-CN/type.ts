import type { messages as en } from '../en/type.ts';

export const messages: Record<keyof typeof en, string> = {
  'type.integer': '整数',
  'type.decimal': '小数',
  'type.boolean': '是/否',
  'type.date': '日期',
  'type.datetime': '日期时间',
  'type.categorical': '类别',
  'type.text': '文本',
  'type.identifier': '标识符',
};
