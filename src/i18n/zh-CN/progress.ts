import type { messages as en } from '../en/progress.ts';

export const messages: Record<keyof typeof en, string> = {
  'progress.label': '正在加载 {name}',
  'progress.phase.reading': '读取中',
  'progress.phase.parsing': '解析中',
  'progress.phase.typing': '识别类型中',
  'progress.phase.done': '完成',
  'progress.bytes': '{bytes} / {total}',
  'progress.rows': '{rows} 行',
  'progress.rate': '每秒 {rate} 行',
  'progress.cancel': '取消',
  'progress.restoring': '已停止。引擎未能及时自行停止，已将其重新启动；正在按原样重新打开 {names}…',
  'progress.restoringStopped': '引擎意外停止，已重新启动；正在按原样重新打开 {names}…',
};
