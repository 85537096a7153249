import type { messages as en } from '../en/offline.ts';

export const messages: Record<keyof typeof en, string> = {
  'offline.updateAvailable': '有新版本可用。',
  'offline.updateClosesData': '重新加载会关闭当前打开的数据，之后请重新打开。',
  'offline.reload': '重新加载',
  'offline.later': '稍后',
};
