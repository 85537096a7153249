import type { messages as en } from '../en/lesson-telecom.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson-telecom.title': '电信案例：流失模型能省下多少次外呼',
  'lesson-telecom.summary': '190 个真实流失客户（6.13%）：没有模型需要联系 1,455 人，有模型只需 712 人。',
  'lesson-telecom.intro':
    '课程中的电信案例里，真正流失的客户有 190 个，占被评分客户的 6.13%。挽留活动如果随机外呼，要联系 1,455 人才能找到目标流失客户；按模型给出的风险名单从高到低外呼，712 人（3.00%）就够了。这里软件在 IBM 的 Telco 样例（7,043 个客户）上拟合自己的流失模型，并在模型没见过的客户上做同样的计算。',
  'lesson-telecom.cell1.title': '用流失模型挑选外呼对象',
  'lesson-telecom.cell1.explain':
    '流失风险单元用四分之三的客户拟合逻辑回归，再给留出的四分之一客户打分。增益表显示风险名单每十分之一里有多少流失客户；“覆盖”一行说明从名单顶端起要联系多少客户才能找到 80% 的流失客户，以及随机名单需要多少。',
  'lesson-telecom.cell1.q1': '在课程的案例中，有了模型之后外呼规模缩小了多少？为什么？',
  'lesson-telecom.cell1.a1':
    '712 ÷ 1,455 = 0.49：同样的流失客户，只需大约一半的外呼。模型把最可能流失的客户排在名单前面，所以每次外呼找到流失客户的机会比随机外呼（6.13%）高得多。',
  'lesson-telecom.cell1.q2': '软件在 Telco 的测试客户上得到什么结果？和课程比较一下。',
  'lesson-telecom.cell1.a2':
    '{tested} 个测试客户中有 {churners} 个流失（{rate}）。要找到其中 80%（{reached} 个），随机名单需要外呼 {random} 次，模型名单只需 {withModel} 次，是随机方案的 {ratio}，与课程中的 0.49 很接近。Telco 的流失率远高于 6.13%，随机外呼也常常能碰到流失客户；流失越少见，好模型能省下的外呼比例就越大。',
};
