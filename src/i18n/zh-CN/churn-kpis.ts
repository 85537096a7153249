import type { messages as en } from '../en/churn-kpis.ts';

export const messages: Record<keyof typeof en, string> = {
  'churn-kpis.heading': '流失概览',
  'churn-kpis.customers': '客户数',
  'churn-kpis.churned': '流失客户',
  'churn-kpis.churnRate': '流失率',
  'churn-kpis.churnRateBase': '{churned} ÷ {customers} 位客户',
  'churn-kpis.atRisk': '有风险',
  'churn-kpis.periodChurn': '近 12 个月流失率',
  'churn-kpis.periodBase': '流失 ÷ 期初客户：{lost} ÷ {atStart}',
  'churn-kpis.period': '{start} – {end}',
  'churn-kpis.retention': '留存率',
  'churn-kpis.retentionBase': '期初客户中到期末仍在的比例',
  'churn-kpis.newCustomers': '新增客户',
  'churn-kpis.lostNew': '其中 {count} 位在期内又流失了',
  'churn-kpis.countedAt.last-activity-plus-window':
    '流失计入其被确认的那一天：即连续超过 {days} 天没有活动的第一天，而不是最后一次购买的日期。',
  'churn-kpis.countedAt.relative-window':
    '流失计入其被确认的那一天：即超过该客户自身无活动期限（其购买间隔中位数的 {factor} 倍，至少 {minDays} 天；只购买过一次的客户为 {days} 天）的第一天，而不是最后一次购买的日期。',
  'churn-kpis.countedAt.churn-date': '流失计入其流失日期。',
  'churn-kpis.countedAt.contract-end-date': '流失计入合同结束或取消日期。',
  'churn-kpis.countedAt.recent-window-start': '流失计入收入下降的最近 {months} 个月窗口的第一天。',
  'churn-kpis.periodIncomplete': '该期间开始时数据还无法显示全部流失（见月度流失），因此会低估流失。',
  'churn-kpis.grossNet': '总变动与净变动',
  'churn-kpis.atStartShort': '期初 {count}',
  'churn-kpis.flowLost': '− 流失 {count}',
  'churn-kpis.flowGained': '+ 新增 {count}',
  'churn-kpis.flowLostNew': '− 新增后又流失 {count}',
  'churn-kpis.flowAtEnd': '= 期末 {count}',
  'churn-kpis.grossNetNote':
    '净变动 {net} 掩盖了流失的 {lost} 位客户（期初客户 {lostBase} 位，新增客户 {lostNew} 位）：流失多少就新增多少，并不等于“没有流失”。总变动：{gross}。',
  'churn-kpis.meanMonthly': '平均月流失率',
  'churn-kpis.annualised': '按 12 个月复合：{rate}（1 − (1 − 月流失率)¹²），由平均月流失率推算，不是实测的一年流失率',
  'churn-kpis.annualisedVsPeriod':
    '按 12 个月复合：{rate}（1 − (1 − 月流失率)¹²），是推算值，不同于近 12 个月实测的 {period}：月流失率还计入了年内新加入的客户（新客户往往流失最快），而 12 个月流失率只跟踪期初已有的客户',
  'churn-kpis.completeMonths': '基于 {complete} 个完整月份；不计入 {incomplete} 个不完整月份',
  'churn-kpis.unavailable.period': '期间流失：',
  'churn-kpis.unavailable.monthly': '月度流失：',
  'churn-kpis.unavailable.periodMonthly': '期间与月度流失：',
  'churn-kpis.unavailable.tiers': '价值分层：',
  'churn-kpis.why.no-first-date': '无法计算，因为需要每位客户的首次购买或注册日期（请映射注册日期，或使用交易记录）。',
  'churn-kpis.why.no-churn-date':
    '无法计算，因为部分流失客户没有流失日期，无法知道他们在哪一天流失（请指定流失日期列）。',
  'churn-kpis.why.too-short': '无法计算，因为数据在第一位客户之后不足一个完整月。',
  'churn-kpis.why.no-value': '无法计算，因为需要金额（交易记录）或客户价值列（客户快照）。',
};
