import type { messages as en } from '../en/profile.ts';

export const messages: Record<keyof typeof en, string> = {
  'profile.heading': '列概况：{column}',
  'profile.nulls': '空值',
  'profile.invalid': '无效值',
  'profile.distinct': '不同值',
  'profile.min': '最小值',
  'profile.max': '最大值',
  'profile.mean': '平均值',
  'profile.count': '数量',
  'profile.other': '其余 {count} 个值',
  'profile.close': '关闭概况',
  'profile.noValues': '没有可绘制的数值。',
  'profile.loading': '正在计算概况…',
  'profile.chartTop': '{column}最常见取值的条形图：{values}',
  'profile.chartHistogram': '{column}的直方图：从{min}到{max}共{bins}个区间；最多的区间（{from}至{to}）有{count}个值',
  'profile.pickColumn': '列',
};
