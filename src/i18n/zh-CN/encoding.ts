import type { messages as en } from '../en/encoding.ts';

export const messages: Record<keyof typeof en, string> = {
  'encoding.utf-8': 'UTF-8',
  'encoding.gb18030': 'GB18030 / GBK（简体中文）',
  'encoding.big5': 'Big5（繁体中文）',
  'encoding.shift_jis': 'Shift_JIS（日文）',
  'encoding.windows-1252': 'Windows-1252 / Latin-1（西欧语言）',
  'encoding.utf-16le': 'UTF-16LE',
  'encoding.utf-16be': 'UTF-16BE',
  'encoding.readAs': '按 {encoding} 读取',
};
