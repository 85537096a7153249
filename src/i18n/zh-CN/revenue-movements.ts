import type { messages as en } from '../en/revenue-movements.ts';

export const messages: Record<keyof typeof en, string> = {
  'revenue-movements.periodLabel': '周期',
  'revenue-movements.period.month': '月',
  'revenue-movements.period.quarter': '季度',
  'revenue-movements.period.year': '年',
  'revenue-movements.periodWord.month': '每月',
  'revenue-movements.periodWord.quarter': '每季度',
  'revenue-movements.periodWord.year': '每年',
  'revenue-movements.by': '细分维度',
  'revenue-movements.noBreakdown': '全部客户',
  'revenue-movements.allCustomers': '全部客户',
  'revenue-movements.showGroup': '显示 {column} 的收入桥',
  'revenue-movements.bridgePeriod': '瀑布图周期',
  'revenue-movements.pooled': '{count} 个较小的取值合并为“其他”。',
  'revenue-movements.ungrouped': '{count} 位客户没有该维度的取值，只计入整体收入桥。',

  'revenue-movements.bar.start': '期初收入',
  'revenue-movements.bar.new': '新增',
  'revenue-movements.bar.expansion': '扩增',
  'revenue-movements.bar.reactivated': '回流',
  'revenue-movements.bar.contraction': '缩减',
  'revenue-movements.bar.churned': '流失',
  'revenue-movements.bar.end': '期末收入',

  'revenue-movements.bridgeTitle': '收入桥 {period}',
  'revenue-movements.movementsTitle': '收入变动{period}',
  'revenue-movements.retentionTitle': '总收入留存率与净收入留存率{period}',
  'revenue-movements.periodBy.month': '（按月）',
  'revenue-movements.periodBy.quarter': '（按季度）',
  'revenue-movements.periodBy.year': '（按年）',
  'revenue-movements.alertsTitle': '收缩预警：仍在购买但收入下降至少 {percent} 的客户',
  'revenue-movements.axis.revenue': '收入',
  'revenue-movements.axis.moved': '收入变动额',
  'revenue-movements.axis.retention': '期初收入的留存比例',
  'revenue-movements.axis.window': '窗口内收入',
  'revenue-movements.netChange': '净变动',
  'revenue-movements.grr': '总收入留存率（GRR）',
  'revenue-movements.nrr': '净收入留存率（NRR）',
  'revenue-movements.quickRatio': '快速比率',
  'revenue-movements.contractionShare': '缩减占流失收入的比例',
  'revenue-movements.refunds': '超出当期购买的退款',
  'revenue-movements.col.period': '周期',
  'revenue-movements.col.movement': '变动类型',
  'revenue-movements.col.customersOf': '客户数：{movement}',
  'revenue-movements.col.complete': '上一周期完整',
  'revenue-movements.yes': '是',
  'revenue-movements.no': '否',
  'revenue-movements.faded': '浅色：上一周期的数据不完整',
  'revenue-movements.hollow': '○ 上一周期的数据不完整',

  'revenue-movements.lead':
    '{from} 至 {to}（共 {rows} 个周期），{periodName}总收入留存率为 {grr}，净收入留存率为 {nrr}，快速比率为 {quick}。流失的收入中有 {share} 来自仍在购买的客户（缩减），其余来自停止购买的客户。',
  'revenue-movements.bridgeSummary':
    '{period}：收入从 {start} 变为 {end}；新增 {new}，扩增 {expansion}，回流 {reactivated}，缩减 {contraction}，流失 {churned}。',
  'revenue-movements.movementsSummary':
    '{from} 至 {to} 各周期的收入变动：零线以上为增加（新增、扩增、回流），以下为减少（缩减、流失）。',
  'revenue-movements.retentionSummary': '{from} 至 {to}，总收入留存率在 {low} 到 {high} 之间。',
  'revenue-movements.openPeriod':
    '{period} 在数据中尚未结束（数据截至 {through}）：不作为一行显示，以免尚未在该期购买的客户被误计为流失。',
  'revenue-movements.baseIncomplete':
    '{period}：其上一周期的开始早于数据的起始日期，期初收入偏低，因此以浅色显示，不计入汇总。',
  'revenue-movements.tooShort':
    '收入变动至少需要两个从第一天到最后一天都有数据覆盖的周期；按{period}计算不够，请选择更短的周期。',
  'revenue-movements.noRows': '没有可显示的周期。',

  'revenue-movements.def.title': '指标口径',
  'revenue-movements.def.label.revenue': '收入',
  'revenue-movements.def.label.movements': '变动',
  'revenue-movements.def.label.ratios': '比率',
  'revenue-movements.def.label.periods': '周期',
  'revenue-movements.def.revenue.net':
    '客户在某一周期的收入为该期金额之和，退货和取消订单在发生的周期内冲抵；低于 0 时按 0 计（差额计入“超出当期购买的退款”，不进入收入桥）',
  'revenue-movements.def.revenue.drop': '客户在某一周期的收入为该期购买金额之和，退货和取消订单不计入',
  'revenue-movements.def.movements':
    '从上一周期到本周期：扩增和缩减 = 两期都有收入的客户的收入变化；流失 = 上期有收入、本期没有；新增 = 客户在数据中的首次收入；回流 = 至少一个周期没有收入后再次产生收入。期初 + 新增 + 扩增 − 缩减 − 流失 + 回流 = 期末',
  'revenue-movements.def.ratios':
    'GRR = (期初 − 缩减 − 流失) ÷ 期初；NRR = (期初 + 扩增 − 缩减 − 流失) ÷ 期初（不含新增和回流收入）；快速比率 = (新增 + 扩增 + 回流) ÷ (缩减 + 流失)',
  'revenue-movements.def.periods':
    '只显示数据完整覆盖的周期；若上一周期的开始早于数据起始日期，该周期以浅色显示并不计入汇总',

  'revenue-movements.alerts.months': '窗口（月）',
  'revenue-movements.alerts.allCustomers': '预警涵盖全部客户，而不只是 {group}。',
  'revenue-movements.alerts.drop': '降幅至少（%）',
  'revenue-movements.alerts.apply': '应用',
  'revenue-movements.alerts.windows': '比较 {recentFrom} 至 {recentTo} 与 {priorFrom} 至 {priorTo} 的收入。',
  'revenue-movements.alerts.found':
    '{customers} 位仍在购买的客户共减少收入 {lost}（每位至少下降 {percent}）；另有 {stopped} 位客户已停止购买（{stoppedRevenue}），计为流失而非缩减。',
  'revenue-movements.alerts.none': '没有仍在购买且收入下降 {percent} 或以上的客户。',
  'revenue-movements.alerts.unavailable':
    '按 {months} 个月预警，需要把最近 {months} 个完整月与之前 {months} 个月比较：数据的月份不够，请减少月数。',
  'revenue-movements.alerts.definition':
    '部分流失定义（最近 {months} 个完整月的收入比之前 {months} 个月至少下降 {percent}）会把这些客户以及已停止购买的客户计为流失。',
  'revenue-movements.alerts.useDefinition': '用作流失定义',
  'revenue-movements.alerts.inUse': '当前使用的正是此流失定义。',
  'revenue-movements.alerts.customer': '客户',
  'revenue-movements.alerts.prior': '前一窗口',
  'revenue-movements.alerts.recent': '最近窗口',
  'revenue-movements.alerts.dropCol': '降幅',
  'revenue-movements.alerts.series': '月度收入',
  'revenue-movements.alerts.seriesOf': '{customer} 的月度收入（{from} 至 {to}）',
  'revenue-movements.alerts.summary': '仍在购买的客户中收入减少最多的几位：前一窗口与最近窗口的收入，最大降幅 {drop}。',
  'revenue-movements.alerts.def':
    '仍在购买、且最近 {months} 个完整月（{recentFrom} 至 {recentTo}）的净收入比之前 {months} 个月（{priorFrom} 至 {priorTo}）至少下降 {percent} 的客户',
  'revenue-movements.alerts.defLabel': '列出的客户',

  'revenue-movements.col.revenue_movement': '收入变动类型（收入桥周期）',
  'revenue-movements.col.revenue_change': '收入变化（收入桥周期）',
  'revenue-movements.col.revenue_drop_percent': '收入降幅 %（预警窗口）',
  'revenue-movements.movement.new': '新增',
  'revenue-movements.movement.expansion': '扩增',
  'revenue-movements.movement.contraction': '缩减',
  'revenue-movements.movement.churned': '流失',
  'revenue-movements.movement.reactivated': '回流',
  'revenue-movements.movement.unchanged': '持平',
  'revenue-movements.movement.none': '无收入',
  'revenue-movements.needsLog': '收入变动需要带金额的历次购买记录：包含客户、日期和金额（或数量与单价）的交易明细。',
};
