import type { messages as en } from '../en/lesson-swimwear.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson-swimwear.title': '泳装出口商：错过的春季订单',
  'lesson-swimwear.summary': '每年春天都下单的客户今年春天没有下单：季节性预警。',
  'lesson-swimwear.intro':
    '一家泳装出口商的客户每年只在三月下一次单，为夏季备货。某年春天，一个老客户没有下单。其他一切照旧：没有投诉，也没有取消合作。这个客户流失了吗？数据是按这种模式生成的 1,000 个客户：从 2023 年起每年三月下一次单，此后每个季节前有 30% 的概率不再下单（随机种子 7），观察日为 2025 年 4 月 30 日，正好在订货季之后。流失定义为 450 天没有订单：一年只买一次的客户，不会仅仅因为处在两个季节之间就被算作流失。',
  'lesson-swimwear.cell1.title': '谁错过了今年春季的订单',
  'lesson-swimwear.cell1.explain':
    '这里的预警单元只启用季节性规则：客户去年某个月有购买、今年同月却没有，就会被标记。它只看完整的月份，所以在 4 月 30 日判断的是三月这个订货季。',
  'lesson-swimwear.cell1.q1': '有多少客户去年三月下了单，今年三月却没有？',
  'lesson-swimwear.cell1.a1':
    '{customers} 个客户中有 {flagged} 个。他们都在 2024 年三月下过单，2025 年三月却没有：错过的季节性订单就是课程所说的预警信号。按 450 天的定义，他们都还没有算作流失（已流失的 {churned} 个客户是更早一季就停止下单的），现在正是联系他们的时机。',
  'lesson-swimwear.cell1.q2': '为什么“连续三个月收入下降”这样的规则发现不了这些客户？',
  'lesson-swimwear.cell1.a2':
    '季节性客户无论忠诚与否，每年都有十一个月没有收入。只有和去年同一季节相比，才能把错过的订单与平常的淡季区分开。',
  'lesson-swimwear.cell2.title': '180 天还是 450 天无订单？',
  'lesson-swimwear.cell2.explain':
    '定义实验室把两种不活跃定义放在同一批客户上对比：常用的 180 天，以及本案例使用的 450 天。',
  'lesson-swimwear.cell2.q1': '为什么不对这些客户使用常用的 180 天定义？',
  'lesson-swimwear.cell2.a1':
    '按 180 天没有订单计算，{rate180} 的客户会被算作流失，因为一年前最后下单的人看起来都像走了；按 450 天计算则是 {rate450}。比购买周期还短的时间窗口会把忠诚的季节性客户当成流失；流失定义必须符合客户的购买频率。',
};
