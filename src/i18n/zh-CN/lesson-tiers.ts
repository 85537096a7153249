import type { messages as en } from '../en/lesson-tiers.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson-tiers.title': 'A/B/C 客户分层：为什么整体流失率是 23%',
  'lesson-tiers.summary': '10% / 30% / 60% 的客户分别流失 5% / 15% / 30%：整体流失率是加权平均。',
  'lesson-tiers.intro':
    '一家公司按价值给客户排序：前 10% 为 A 类，接下来 30% 为 B 类，其余 60% 为 C 类。A 类每年流失 5%，B 类 15%，C 类 30%。公司的整体流失率是多少？这里的数据是按这三层参数精确生成的 1,000 个客户（随机种子 1），因此可以用课程中的数字来核对软件的计算结果。',
  'lesson-tiers.cell1.title': 'A、B、C 各价值层级的流失',
  'lesson-tiers.cell1.explain':
    '价值分层单元按年价值给客户排序，切成 A（前 10%）、B（其后 30%）和 C（其余），再统计每层中流失的客户。横贯柱形的线是整体流失率。',
  'lesson-tiers.cell1.q1': '每一层的流失率是多少？整体流失率是多少？',
  'lesson-tiers.cell1.a1':
    'A 类 {aRate}，B 类 {bRate}，C 类 {cRate}；整体 {overall}。整体流失率是各层流失率的加权平均，权重是各层客户所占的比例：0.1 × 5% + 0.3 × 15% + 0.6 × 30% = 0.5% + 4.5% + 18% = 23%。',
  'lesson-tiers.cell1.q2': '整体流失率为什么不是 (5% + 15% + 30%) ÷ 3 = 16.7%？',
  'lesson-tiers.cell1.a2':
    '简单平均把每一层只算一次，好像三层客户一样多。C 类客户是 A 类的六倍，流失又最多，所以把整体流失率拉高到 {overall}。整个客户群的流失率，总是按各组人数加权的平均。',
  'lesson-tiers.cell1.q3': 'A 类流失最少，是不是就可以不管了？',
  'lesson-tiers.cell1.a3':
    '不是：A 类贡献了全部价值的 {aValue}。流失一个 A 类客户的损失远大于流失一个 C 类客户，流失率低也可能是更大的损失——要算价值，而不只是算人头。',
  'lesson-tiers.cell2.title': '按生成时设定的层级看流失',
  'lesson-tiers.cell2.explain':
    '生成器还把每个客户预设的层级写进了“tier”列。按这一列统计的流失率就是预设值；上面的单元则只根据价值自行算出分层。',
  'lesson-tiers.cell2.q1': '预设的层级和软件按价值算出的层级，流失率一样吗？',
  'lesson-tiers.cell2.a1':
    '一样：预设的 A 类流失 {plantedA}，与软件算出的 A 类（{aRate}）相同。预设的价值区间互不重叠，按价值排序就能准确还原预设的分层——方法找回了埋入的真值。',
};
