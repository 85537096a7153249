import type { messages as en } from '../en/preview.ts';

export const messages: Record<keyof typeof en, string> = {
  'preview.heading': '数据预览',
  'preview.rowsOf': '{rows} 行 × {columns} 列',
  'preview.manyColumns': '仅显示 {columns} 列中的前 200 列，分析时会保留全部列。',
  'preview.loading': '正在加载行…',
  'preview.headerHint': '点击列标题可查看该列的概况。',
  'preview.rows': '数据行（可滚动）',
  'preview.rowNumber': '行',
  'preview.empty': '（空）',

  'preview.true': '是',
  'preview.false': '否',
};
