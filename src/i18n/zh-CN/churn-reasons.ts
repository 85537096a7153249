import type { messages as en } from '../en/churn-reasons.ts';

export const messages: Record<keyof typeof en, string> = {
  'churn-reasons.heading': '按原因划分的流失类型',
  'churn-reasons.intro':
    '数据中的每个流失原因都对应一种流失类型；如有不合适的可以修改。已流失客户的类型记为属性“churn_type”。',
  'churn-reasons.reason': '数据中的原因',
  'churn-reasons.type': '流失类型',
  'churn-reasons.typeOf': '“{reason}”的流失类型',
  'churn-reasons.churnType.natural': '自然流失（死亡、破产、迁居）',
  'churn-reasons.churnType.changed-need': '需求变化',
  'churn-reasons.churnType.competitor': '被竞争对手吸引',
  'churn-reasons.churnType.disappointed': '不满意（价格、服务、质量）',
  'churn-reasons.churnType.involuntary': '非自愿流失（如欠费）',
  'churn-reasons.churnType.unknown': '未知',
};
