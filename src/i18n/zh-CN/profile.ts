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
  'profile.pickColumn': '列',
};
