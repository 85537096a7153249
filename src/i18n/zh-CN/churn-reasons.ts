import type { messages as en } from '../en/churn-reasons.ts';

export const messages: Record<keyof typeof en, string> = {
  'reasons.heading': '按原因划分的流失类型',
  'reasons.intro':
    '数据中的每个流失原因都对应一种流失类型；如有不合适的可以修改。已流失客户的类型记为属性“churn_type”。',
  'reasons.reason': '数据中的原因',
  'reasons.type': '流失类型',
  'reasons.typeOf': '“{reason}”的流失类型',
  'churnType.natural': '自然流失（死亡、破产、迁居）',
  'churnType.changed-need': '需求变化',
  'churnType.competitor': '被竞争对手吸引',
  'churnType.disappointed': '不满意（价格、服务、质量）',
  'churnType.involuntary': '非自愿流失（如欠费）',
  'churnType.unknown': '未知',
};
