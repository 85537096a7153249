import type { messages as en } from '../en/customer-lifetime-value.ts';

export const messages: Record<keyof typeof en, string> = {
  'customer-lifetime-value.model': '模型',
  'customer-lifetime-value.model.bg-nbd': 'BG/NBD',
  'customer-lifetime-value.model.pareto-nbd': 'Pareto/NBD',
  'customer-lifetime-value.calibrationEnd': '校准期截止',
  'customer-lifetime-value.holdoutEnd': '验证期截止',
  'customer-lifetime-value.calibrationAuto': '数据时间段的中点',
  'customer-lifetime-value.fitAll': '用全部数据拟合（不留验证期）',
  'customer-lifetime-value.unit': '时间单位',
  'customer-lifetime-value.unit.days': '天',
  'customer-lifetime-value.unit.weeks': '周',
  'customer-lifetime-value.unit.months': '个月',
  'customer-lifetime-value.horizon': '预测期（{unit}）',
  'customer-lifetime-value.discount': '年折现率（%）',
  'customer-lifetime-value.margin': '毛利率（%）',

  'customer-lifetime-value.lead':
    '预计 {customers} 位客户在未来 {horizon} {unit}内共购买 {purchases} 次，按 {margin} 的毛利率、每年 {discount} 的折现率计算，价值 {clv}。价值最高的前 10 % 客户占其中的 {top}。',
  'customer-lifetime-value.leadNoSpend': '预计 {customers} 位客户在未来 {horizon} {unit}内共购买 {purchases} 次。',
  'customer-lifetime-value.fitTitle': '{model} 模型：用截至 {end} 的 {customers} 位客户拟合（其中 {repeat} 位有复购）',
  'customer-lifetime-value.predictionTitle': '预测所用模型：用截至 {end} 的全部 {customers} 位客户重新拟合',
  'customer-lifetime-value.param': '参数',
  'customer-lifetime-value.estimate': '估计值',
  'customer-lifetime-value.se': '标准误',
  'customer-lifetime-value.param.r': 'r —— 客户间购买率分布的形状参数',
  'customer-lifetime-value.param.alpha': 'α —— 购买率分布的尺度参数（{unit}）',
  'customer-lifetime-value.param.a': 'a —— 流失概率 Beta 分布的参数 a',
  'customer-lifetime-value.param.b': 'b —— 流失概率 Beta 分布的参数 b',
  'customer-lifetime-value.param.s': 's —— 客户间流失率分布的形状参数',
  'customer-lifetime-value.param.beta': 'β —— 流失率分布的尺度参数（{unit}）',
  'customer-lifetime-value.param.p': 'p —— 单次购买金额的形状参数',
  'customer-lifetime-value.param.q': 'q —— 客户间金额尺度分布的形状参数',
  'customer-lifetime-value.param.gamma': 'γ —— 客户间金额尺度分布的尺度参数',
  'customer-lifetime-value.logLik': '对数似然',
  'customer-lifetime-value.seNote': '标准误由对数似然在最大值处的海森矩阵（中心差分）求得。',
  'customer-lifetime-value.spendTitle': 'Gamma-Gamma 金额模型：基于 {customers} 位复购客户（平均复购金额 {mean}）',
  'customer-lifetime-value.correlation': '购买次数与平均金额的相关系数',
  'customer-lifetime-value.correlationNote': '金额模型假定客户每次花多少与购买频率无关：相关系数应接近 0。',
  'customer-lifetime-value.populationMean': '每次购买的平均金额（模型）',
  'customer-lifetime-value.holdoutTitle': '验证期检验：{start} 至 {end}（{length} {unit}）',
  'customer-lifetime-value.holdoutTotals': '验证期复购次数：实际 {actual} 次，模型预计 {expected} 次',
  'customer-lifetime-value.aggregateError': '总量误差',
  'customer-lifetime-value.mae': '每位客户的平均绝对误差',
  'customer-lifetime-value.rmse': '每位客户的均方根误差',
  'customer-lifetime-value.meanAlive': '平均 P(存活)',
  'customer-lifetime-value.totalPurchases': '预计购买次数（{horizon} {unit}）',
  'customer-lifetime-value.totalRevenue': '预计收入（{horizon} {unit}）',
  'customer-lifetime-value.totalClv': '客户终身价值合计',

  'customer-lifetime-value.def.title': '计算方法',
  'customer-lifetime-value.def.data':
    '每位客户的购买按天计（同一天多次购买算一次），首次购买不算复购。x = 复购次数，t_x = 最后一次购买的时间，T = 观察时长，均从首次购买起算，单位为{unit}。',
  'customer-lifetime-value.def.bg-nbd':
    'BG/NBD（Fader、Hardie 和 Lee，2005）：客户在存活期间按各自的购买率购买（购买率在客户间服从 Gamma(r, α)）；每次购买后以各自的概率流失（该概率在客户间服从 Beta(a, b)）。没有复购的客户 P(存活) = 1。',
  'customer-lifetime-value.def.pareto-nbd':
    'Pareto/NBD（Schmittlein、Morrison 和 Colombo，1987）：客户在存活期间按各自的购买率购买（Gamma(r, α)），并可能在任何时刻按各自的流失率流失（Gamma(s, β)）。',
  'customer-lifetime-value.def.pAlive':
    'P(存活) 是在已知 x、t_x 和 T 的条件下，客户到截止日期仍未流失的概率。预计购买次数是同样条件下未来 {horizon} {unit}内的购买次数。',
  'customer-lifetime-value.def.clv':
    '客户终身价值 = 毛利率 × 每次购买的预计金额 × Σ（预测期内每个月的预计购买次数 ÷ (1 + 折现率)^(从截止日期到该月末的年数)）。每次购买的预计金额（Gamma-Gamma 模型，Fader、Hardie 和 Lee，2005）按客户的复购次数，在其自身平均复购金额与全体平均之间加权。',
  'customer-lifetime-value.def.holdout':
    '模型先用校准期截止日之前的购买拟合，再预测之后的验证期；用于预测时，再用截至截止日期的全部数据重新拟合。',

  'customer-lifetime-value.note.clv-no-amounts': '数据没有金额：可以预测购买次数，但无法计算金额和客户终身价值。',
  'customer-lifetime-value.note.clv-spend-too-few':
    '只有 {repeatBuyers} 位复购客户的平均复购金额为正；金额模型至少需要 {minimum} 位：不计算客户终身价值。',
  'customer-lifetime-value.note.clv-spend-not-converged': '金额模型未收敛：不计算客户终身价值。',
  'customer-lifetime-value.note.clv-spend-mean-infinite':
    '金额模型的 q（{q}）不大于 1，平均金额无上界：不计算客户终身价值。',
  'customer-lifetime-value.note.clv-spend-correlated':
    '购买次数与平均金额的相关系数为 {correlation}（|r| ≥ {limit}）：金额模型假定两者独立，因此预计金额和客户终身价值可信度存疑。',
  'customer-lifetime-value.note.clv-nonpositive-spend':
    '有 {customers} 位复购客户扣除退货后的复购金额不大于零：他们不参与金额模型拟合，其自身平均金额按 0 计。',
  'customer-lifetime-value.note.clv-left-out':
    '在该期间最后一天才首次购买的客户（T = 0）无法提供购买率信息，未参与拟合：{customers} 位。',
  'customer-lifetime-value.note.clv-dropout-uncertain':
    '在{period}的拟合中，客户如何流失估计得很不准确：{parameter} = {estimate}，标准误为 {se}，其 95 % 置信区间包含 0。P(存活) 及其后的各项数值都依赖于它，请谨慎解读。',
  'customer-lifetime-value.note.clv-no-dropout':
    '{period}（截至 {end}）的数据中看不到流失：{model} 的似然在 {parameter} → 0 的极限处最大，即没有人停止购买——也就是 NBD 模型（对数似然 {logLik}）。只要允许任何流失，似然就会下降（每单位流失概率的斜率为 {score}）。因此每位客户都视为存活（P(存活) = 100 %），并按其自身的估计购买率购买：每单位时间（{unit}）(r + x) ÷ (α + T) 次；流失参数取 0 和“不可识别”。请先看验证期的对比再采信 CLV：没有流失的模型会高估实际上已经离开的客户。',
  'customer-lifetime-value.period.calibration': '校准期',
  'customer-lifetime-value.period.prediction': '全部数据',
  'customer-lifetime-value.notIdentified': '不可识别',
  'customer-lifetime-value.note.clv-no-holdout': '校准期截止于截止日期：没有验证期可用来检验模型。',

  'customer-lifetime-value.actual': '实际',
  'customer-lifetime-value.expected': '预计（模型）',
  'customer-lifetime-value.frequencyTitle': '按校准期复购次数分组的验证期购买',
  'customer-lifetime-value.frequencyAxis': '校准期复购次数',
  'customer-lifetime-value.frequencyValue': '验证期内每位客户的平均购买次数',
  'customer-lifetime-value.frequencySummary':
    '校准期复购 {frequency} 次的客户，在验证期平均每人购买 {actual} 次；模型预计 {expected} 次。',
  'customer-lifetime-value.weeklyTitle': '每周复购次数',
  'customer-lifetime-value.cumulativeTitle': '累计复购次数',
  'customer-lifetime-value.weeklyAxis': '每周复购次数',
  'customer-lifetime-value.cumulativeAxis': '累计复购次数',
  'customer-lifetime-value.week': '周',
  'customer-lifetime-value.weekStart': '起始日',
  'customer-lifetime-value.calibration': '校准期',
  'customer-lifetime-value.holdout': '验证期',
  'customer-lifetime-value.cumulativeActual': '累计实际',
  'customer-lifetime-value.cumulativeExpected': '累计预计',
  'customer-lifetime-value.trackingSummary': '到第 {weeks} 周，校准期客户共复购 {actual} 次；模型预计 {expected} 次。',
  'customer-lifetime-value.aliveTitle': '按 P(存活) 分布的客户',
  'customer-lifetime-value.aliveAxis': 'P(存活)',
  'customer-lifetime-value.meanMark': '平均 {mean}',
  'customer-lifetime-value.aliveSummary': '平均 P(存活) 为 {mean}；有 {low} 位客户低于 50 %。',
  'customer-lifetime-value.recencyTitle': 'P(存活) 与最后一次购买时间',
  'customer-lifetime-value.recencyAxis': '首次购买后到最后一次购买的时间（{unit}），T = {T}',
  'customer-lifetime-value.curve': '复购 {frequency} 次',
  'customer-lifetime-value.recencySummary':
    '对观察了 {T} {unit}的客户，最后一次购买越晚，P(存活) 越高；买得越多的客户一旦停止购买，P(存活) 下降得越快。',
  'customer-lifetime-value.valueTitle': '按客户终身价值分布的客户',
  'customer-lifetime-value.valueSummary':
    '图中显示每位客户终身价值不超过 {upTo} 的部分（高于该值的 {above} 位客户未画出）。',
  'customer-lifetime-value.valueAbove': '客户终身价值高于 {upTo} 的 {above} 位客户未在图中画出。',
  'customer-lifetime-value.topTitle': '客户终身价值最高的客户',
  'customer-lifetime-value.topSummary': '客户终身价值最高的客户 {id}，价值 {clv}。',
  'customer-lifetime-value.from': '从',
  'customer-lifetime-value.to': '到',

  'customer-lifetime-value.col.p_alive': 'P(存活)',
  'customer-lifetime-value.col.expected_purchases': '预计购买次数',
  'customer-lifetime-value.col.expected_spend': '每次购买的预计金额',
  'customer-lifetime-value.col.clv': '客户终身价值',
  'customer-lifetime-value.customersSqrt': '客户数（平方根刻度）',
  'customer-lifetime-value.col.frequency': '复购次数（x）',
  'customer-lifetime-value.col.recency': '最后一次购买（t_x）',
  'customer-lifetime-value.col.T': '观察时长（T）',
  'customer-lifetime-value.col.customer': '客户',
};
