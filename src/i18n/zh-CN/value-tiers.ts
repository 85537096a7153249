import type { messages as en } from '../en/value-tiers.ts';

export const messages: Record<keyof typeof en, string> = {
  'value-tiers.shares': '各层客户占比（按价值排序）',
  'value-tiers.apply': '应用',
  'value-tiers.sharesProblem': '三个占比之和必须为 100 %。',
  'value-tiers.chartTitle': '价值分层：流失率与价值占比',
  'value-tiers.tier': '层级',
  'value-tiers.valueShare': '价值占比',
  'value-tiers.minValue': '最低价值',
  'value-tiers.maxValue': '最高价值',
  'value-tiers.summary': '{tier} 层：{customers} 位客户占价值的 {value}，流失率为 {rate}。',
  'value-tiers.lead': 'A 层客户占价值的 {share}，流失率为 {rate}（整体 {overall}）。',

  'value-tiers.source.quoted': '“{name}”',
  'value-tiers.source.column': '价值：列 {column}（角色为“价值”），每位客户一个数。',
  'value-tiers.source.unused':
    '价值：列 {column}（角色为“价值”），每位客户一个数。同样角色为“价值”但未使用：{columns}（分层只按一列排序，即名称表示总计的那一列）。',
  'value-tiers.source.amount': '价值：每位客户各次购买的 {column} 之和。',
  'value-tiers.source.price-quantity': '价值：每位客户各次购买的 {price} × {quantity} 之和。',

  'value-tiers.pareto.chartTitle': '客户价值帕累托曲线',
  'value-tiers.pareto.customers': '客户占比',
  'value-tiers.pareto.customersAxis': '客户占比（按价值从高到低）',
  'value-tiers.pareto.value': '价值占比',
  'value-tiers.pareto.mark': '前 20 %：占价值的 {share}',
  'value-tiers.pareto.summary': '价值最高的前 20 % 客户占全部价值的 {share}。',
  'value-tiers.col.value_tier': '价值层级（A/B/C）',
  'value-tiers.pareto.leftOut': '{negatives} 位价值为负的客户和 {missing} 位没有价值的客户未计入曲线。',
};
