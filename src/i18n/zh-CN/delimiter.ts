import type { messages as en } from '../en/delimiter.ts';

export const messages: Record<keyof typeof en, string> = {
  'delimiter.comma': '逗号（ , ）',
  'delimiter.semicolon': '分号（ ; ）',
  'delimiter.tab': '制表符',
  'delimiter.pipe': '竖线（ | ）',
  'delimiter.whitespace': '空格（空白字符）',
};
