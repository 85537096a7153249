import type { messages as en } from '../en/quality.ts';

export const messages: Record<keyof typeof en, string> = {
  'quality.heading': '数据质量报告',
  'quality.none': '未发现问题。',
  'quality.severity.error': '错误',
  'quality.severity.warning': '警告',
  'quality.severity.info': '提示',
  'quality.rows': '行号：{rows}',
  'quality.moreRows': '{rows} …',
  'quality.examples': '示例：{examples}',
  'quality.general': '整个数据集',
  'quality.columnLabel': '“{column}”列',
  'quality.fileLabel': '文件 {file}',
  'quality.rowsInFile': '{file} 中的行号：{rows}',
  'quality.dayFirst': '日在前（DD/MM/YYYY）',
  'quality.monthFirst': '月在前（MM/DD/YYYY）',
  'quality.hidden': '另有 {hidden} 条未显示。',
  'quality.showMore': '再显示 {count} 条',
  'quality.convert': '转换为{type}',
};
