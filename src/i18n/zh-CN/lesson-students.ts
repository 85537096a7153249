import type { messages as en } from '../en/lesson-students.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson-students.title': '学生退学：流失不只发生在客户身上',
  'lesson-students.summary': '大学生在毕业前离校：同样的分析，不同的“客户”。',
  'lesson-students.intro':
    '课程中的退学调查研究学生为什么在毕业前离开。退学的学生就是大学流失的“客户”：同样的问题依然适用——有多少人离开、哪些群体离开得最多、何时采取行动。数据是按年级预设退学率生成的 1,000 名学生（示例参数：一年级 12%，二年级 7%，三年级 4%，四年级 2%；随机种子 11）。',
  'lesson-students.cell1.title': '按年级看退学率',
  'lesson-students.cell1.explain':
    '“按属性看流失”单元统计每个年级的退学人数，给出每个比率的 95% 区间，以及它与整体比率之比。',
  'lesson-students.cell1.q1': '这里的“客户”是谁？流失指什么？有多少人离开？',
  'lesson-students.cell1.a1':
    '学生就是客户，退学就是流失：1,000 名学生中有 {dropped} 人离开，占 {overall}。分析工具完全相同，只是用词不同。',
  'lesson-students.cell1.q2': '大学应该首先在哪里采取行动？',
  'lesson-students.cell1.a2':
    '在一年级：一年级学生的退学率为 {year1}，是整体比率的 {ratio1} 倍，而四年级只有 {year4}。就像新客户在最初几个月最容易流失一样，一年级是学生最可能离开、也最需要支持（辅导、入学引导）的时候。',
};
