import type { messages as en } from '../en/teaching.ts';

export const messages: Record<keyof typeof en, string> = {
  'teaching.heading': '生成教学数据',
  'teaching.about': '按已知的预设参数（“埋入的真值”）在浏览器中生成模拟客户：分析它们，检验方法能否找回预设的参数。',
  'teaching.customers': '客户数',
  'teaching.seed': '随机种子',
  'teaching.shape': '数据形态',
  'teaching.shapeLog': '交易流水（重复购买、消费金额、季节性订单）',
  'teaching.shapeSegments': '分群数据，流失率精确植入（A/B/C 价值分层）',
  'teaching.shapeSnapshot': '客户快照（合约、流失驱动因素、流失原因）',
  'teaching.generate': '生成并打开',
  'teaching.generating': '正在生成…',
  'teaching.generated': '已生成 {customers} 位客户（{rows} 行），文件 {file}。',
  'teaching.showTruth': '显示预设的真值',
  'teaching.failed': '生成器已停止：{reason}',
  'teaching.problem.customers-out-of-range': '客户数请在 {min} 到 {max} 之间选择。',
  'teaching.problem.seed-not-whole': '随机种子须为 0 到 4,294,967,295 之间的整数。',
  'teaching.problem.bad-truth': '要植入的参数无效（各群占比之和须为 100%，比率须在 0 到 100% 之间）。',
  'teaching.problem.unknown-shape': '请选择交易流水或客户快照。',
  'teaching.truth.period': '注册日期在自 {start} 起的 {days} 天内均匀分布；购买观察至 {end}。',
  'teaching.truth.bgNbd':
    '重复购买（BG/NBD，以周计）：购买率 λ ~ Gamma(r = {r}, α = {alpha})；每次重复购买后客户以概率 p ~ Beta(a = {a}, b = {b}) 流失；每天最多一次购买。',
  'teaching.truth.gammaGamma':
    '消费金额（Gamma-Gamma）：每笔金额 ~ Gamma(p = {p}, ν)，每位客户 ν ~ Gamma(q = {q}, γ = {gamma})。',
  'teaching.truth.seasonal':
    '季节性客户群：{share} 的客户（编号以 S 开头）每年在第 {from} 天到第 {to} 天（1 月 1 日为第 1 天）之间下单一次；每个后续季节之前有 {churn} 的客户不再下单。',
  'teaching.truth.segment': '{column} {name}：占客户的 {share}，其中恰好 {churn} 流失',
  'teaching.truth.contracts':
    '合约：按月 {m}，一年 {one}，两年 {two}；在网时长 1–{tenure} 个月；月费 {min}–{max}；客服来电次数 ~ Poisson({calls})。',
  'teaching.truth.logistic':
    '流失：logit P = {intercept} {oneYear}·[一年合约] {twoYear}·[两年合约] {tenure}·在网时长（月） {charges}·月费 {calls}·客服来电次数。',
  'teaching.truth.reasons': '流失客户的原因构成：{mix}。',
  'teaching.truth.json': '全部参数（JSON）',
};
