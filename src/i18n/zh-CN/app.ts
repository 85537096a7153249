import type { messages as en } from '../en/app.ts';

export const messages: Record<keyof typeof en, string> = {
  'app.name': 'Churnscope 客户流失分析',
  'app.tagline': '在浏览器内完成分析——数据不会离开本机',
  'app.skipToWorkbook': '跳到工作簿',
  'app.locale': '语言',
  'app.privacy': '文件只在当前标签页中读取，不会上传，也不会保存。',
};
