import type { messages as en } from '../en/error.ts';

export const messages: Record<keyof typeof en, string> = {
  'error.heading': '有问题需要处理',
  'error.whatToDo': '处理建议：',
  'error.dismiss': '关闭',
  'error.cancelled': '已取消加载，之前打开的数据保持不变。',
  'error.kept': '之前打开的数据仍然保留。',
  'error.unexpected': '意外错误：{message}',
  'error.advice.file': '请检查文件，或换一个文件。',
  'error.advice.options': '请尝试在上方更换分隔符、编码或表头设置。',
};
