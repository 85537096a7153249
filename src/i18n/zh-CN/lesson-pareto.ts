import type { messages as en } from '../en/lesson-pareto.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson-pareto.title': '二八法则：核心客户',
  'lesson-pareto.summary': '前 20% 的客户是否贡献了 80% 的价值？在 CDNOW 样例上检验。',
  'lesson-pareto.intro':
    '二八法则是说：大约五分之一的客户贡献了大约五分之四的价值，他们是最应优先保住的核心客户。这是经验法则，不是定律。数据是内置的 CDNOW 样例：一家网上音像店的 2,357 个客户及其 1997–98 年的购买记录。这里把 A 类设为价值最高的前 20% 客户；流失定义为 180 天没有购买。',
  'lesson-pareto.cell1.title': '头部客户带来多少价值',
  'lesson-pareto.cell1.explain':
    '价值分层单元按消费金额给客户排序。分层旁边的帕累托曲线从价值最高的客户起，显示客户占比与累计价值占比的关系；曲线在 20% 处的读数就是二八法则的检验结果。',
  'lesson-pareto.cell1.q1': '价值最高的前 20% 客户贡献了多少价值？',
  'lesson-pareto.cell1.a1':
    '{top20}。比法则所说的 80% 少，但五分之一的客户仍然贡献了约三分之二的价值：法则的要点成立，具体数字只是粗略的参考。要在每家公司自己的数据上核实。',
  'lesson-pareto.cell1.q2': '核心客户的流失率是否比其他客户低？',
  'lesson-pareto.cell1.a2':
    '是的：A 类流失 {aRate}，C 类流失 {cRate}（整体 {overall}）。CDNOW 的很多客户只买过一次就再没回来；核心客户是那些一再回来的人——也是流失后损失最大的人。',
};
