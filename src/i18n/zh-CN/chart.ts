import type { messages as en } from '../en/chart.ts';

export const messages: Record<keyof typeof en, string> = {
  'chart.showTable': '显示表格',
  'chart.showChart': '显示图表',
  'chart.tools': '{title}的视图与下载',
  'chart.definitionLine': '流失定义：{definition}',
  'chart.asOfLine': '截止日期：{asOf}',
  'chart.notDated': '无截止日期（数据中没有日期）',
  'chart.sourceLine': '数据来源：{files}',
  'chart.noteLine': '{label}：{text}',
  'chart.export.definition': '流失定义',
  'chart.export.asOf': '截止日期',
  'chart.export.notDated': '无截止日期（数据中没有日期）',
  'chart.export.parameters': '参数',
  'chart.export.source': '数据来源',
  'chart.export.currency': '货币',
  'chart.currencyLine': '金额单位：{currency}',
  'chart.export.dataSheet': '数据',
  'chart.export.aboutSheet': '说明',
  'chart.legend': '{title}的颜色刻度',
  'chart.pngFailed': '无法生成 PNG：{reason}',
};
