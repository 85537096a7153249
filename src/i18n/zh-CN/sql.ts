import type { AreaMessages } from '../area.ts';

export const messages = {
  'sql.button': 'SQL',
  'sql.heading': '此分析的 SQL',
  'sql.intro':
    '此查询按已确认的列角色、流失定义和本单元格的设置，把交易记录归约为此分析所需的数据。请在数据所在之处运行；结果的列名列在第一行。',
  'sql.dialect': '方言',
  'sql.table': '读取的表',
  'sql.copy': '复制',
  'sql.copied': '已复制。',
  'sql.copyFailed': '复制失败：请选中文本后手动复制。',
  'sql.download': '下载 .sql',
  'sql.close': '关闭',
  'sql.needsTable': '请先生成客户表：查询依据其列角色和流失定义。',
  'sql.unsupported.cohort-by': '按属性划分同期群并同时细分',
  'sql.unsupported.attribute-rule': '按“最新值”以外的规则读取的属性',
  'sql.unsupported.filters': '筛选条件',
  'sql.unsupported.source-file':
    '按“{column}”分组（该列是本应用追加文件时添加的、记录每行来源文件的列，数据仓库的表中没有此列）',
} as const satisfies AreaMessages<'sql'>;
