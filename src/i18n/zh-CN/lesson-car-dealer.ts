import type { messages as en } from '../en/lesson-car-dealer.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson-car-dealer.title': '汽车经销商：6 个月算风险，12 个月算流失',
  'lesson-car-dealer.summary': '不活跃定义：在 12 个月的流失线之前，设一个 6 个月的风险窗口。',
  'lesson-car-dealer.intro':
    '汽车经销商的客户会回来保养、买配件。经销商把 6 个月没来过的客户称为“有流失风险”，12 个月没来过的称为“已流失”。没有合同可以到期，流失就是分析者选定的定义。数据是按预设的重复购买参数（BG/NBD，随机种子 3）生成的 2,000 个客户的购买记录；流失定义为 12 个月（365 天）没有购买，6 个月（180 天）及以上没有购买的客户算作有风险。',
  'lesson-car-dealer.cell1.title': '12 个月算流失，6 个月算有风险',
  'lesson-car-dealer.cell1.explain':
    '定义实验室在同一批客户上分别按 6 个月和 12 个月的规则统计流失客户，并给出两种规则判断不一致的客户数。',
  'lesson-car-dealer.cell1.q1': '有多少客户处于风险中？有多少已经流失？',
  'lesson-car-dealer.cell1.a1':
    '{customers} 个客户中，{churned} 个已流失（12 个月没有购买，{rate365}），{atRisk} 个有流失风险：已有 6 个月以上、但不到 12 个月没有出现。这些客户仍然值得打电话挽回。',
  'lesson-car-dealer.cell1.q2': '如果经销商把 6 个月没来的客户就算作流失，而不是 12 个月，会有什么变化？',
  'lesson-car-dealer.cell1.a2':
    '流失率从 {rate365} 升到 {rate180}：两种规则有 {disagree} 个客户判断不一致——正好就是风险客户这一组。窗口越短，报告的流失越多、也越早；窗口越长，则等到更确定时才下结论。两者之间的风险带，正是挽留工作最有回报的地方。',
};
