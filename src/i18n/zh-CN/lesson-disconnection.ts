import type { messages as en } from '../en/lesson-disconnection.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson-disconnection.title': '断开原因树：主动流失还是被动流失？',
  'lesson-disconnection.summary': '欠费停机与客户主动离网：是谁结束了这段关系？',
  'lesson-disconnection.intro':
    '并不是每个流失的客户都是自己选择离开的。课程把断开服务的原因分成一棵树：主动流失，即客户自己结束关系（竞争对手的优惠、对价格或服务不满）；被动流失，即公司因欠费停机，或客户因搬迁等生活变化离开。不同的分支需要不同的应对。数据是内置的教学样例：2,000 个订户，流失原因按套餐预设。',
  'lesson-disconnection.cell1.title': '客户为何离开：断开原因树',
  'lesson-disconnection.cell1.explain':
    '流失原因单元统计流失客户给出的原因（有人给出多个），把每个原因归入一种流失类型，并画出原因树：一边是主动流失，另一边是被动流失（欠费、搬迁）。比例的分母是给出了原因的流失客户。',
  'lesson-disconnection.cell1.q1': '{withReason} 个给出原因的流失客户在两个分支之间如何分布？',
  'lesson-disconnection.cell1.a1':
    '{voluntary} 的人提到了主动原因，{involuntary} 的人提到了被动原因；两者相加超过 100%，因为一个客户可以给出多个原因。这里大部分流失是客户主动发起的，可以争取（优惠、改善服务）；被动分支需要的是信用审核和缴费提醒，而不是降价。',
  'lesson-disconnection.cell1.q2': '哪个套餐的流失客户更常因欠费被停机？',
  'lesson-disconnection.cell1.a2':
    '基础套餐（Basic）：给出原因的流失客户中有 {basicNonPayment} 提到欠费，高级套餐（Premium）只有 {premiumNonPayment}（预设：每个流失客户提到欠费的概率，基础套餐为 0.12，高级套餐为 0.04；这里的比例是样例的实际抽样结果）。便宜的套餐容易吸引付款不太可靠的客户——这提示应在开户时做信用审核，而不是降价。',
};
