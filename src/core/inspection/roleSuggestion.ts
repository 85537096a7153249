/**
 * Suggesting what each column means, from its name (English and Chinese) and then from its
 * values. The user confirms or changes every suggestion; nothing downstream trusts a guess
 * the user has not seen.
 */
import { SINGLE_ROLES, type ColumnType, type Role } from '../../engine/api.ts';

const NAME_RULES: [Role, RegExp][] = [
  ['reason', /reason|cause|原因/i],
  [
    'churn_date',
    /^(churn|cancel+ation|cancel+ed|end|termination|close|exit)[ _-]?(date|time|at|on)$|流失(日期|时间)|注销(日期|时间)|退订(日期|时间)|解约(日期|时间)|结束日期|到期日/i,
  ],
  [
    'signup_date',
    /^(signup|sign[ _-]?up|join|joined|start|registration|registered|created|first[ _-]?purchase)[ _-]?(date|time|at|on)?$|注册(日期|时间)|入网(日期|时间)|开户(日期|时间)|加入(日期|时间)|开始日期|首次购买/i,
  ],
  [
    'churn_flag',
    /^(is[ _-]?)?(churn|churned|churn[ _-]?flag|churn[ _-]?label|exited|attrition|attrited|left|cancel+ed)$|是否流失|^流失$|流失(标记|标志|标签)|是否退订|是否注销/i,
  ],
  [
    'customer_id',
    /^(customer|cust|client|user|member|account|buyer|shopper|subscriber)[ _-]?(id|no|number|code|key|nr)?$|^id$|^master[ _-]?id$|客户(id|编号|号|编码|代码|名称)?$|用户(id|编号|号)|会员(id|编号|号|卡号)?$|顾客(id|编号)?|买家(id)?/i,
  ],
  [
    'date',
    /^(date|day|order[ _-]?date|invoice[ _-]?date|transaction[ _-]?date|purchase[ _-]?date|txn[ _-]?date|sale[ _-]?date|time|timestamp|datetime|created[ _-]?at|order[ _-]?time|invoice[ _-]?time)$|^日期$|交易(日期|时间)|下单(日期|时间)|订单(日期|时间)|购买(日期|时间)|消费(日期|时间)|销售日期/i,
  ],
  [
    'tenure',
    /^(tenure|tenure[ _-]?(months|days|years)?|months[ _-]?(active|subscribed)|lifetime|account[ _-]?length|age[ _-]?months)$|在网时长|入网时长|在网月数|使用时长|会员时长|网龄/i,
  ],
  [
    'cost',
    /^(cost|costs|cogs|total[ _-]?cost|line[ _-]?cost|cost[ _-]?of[ _-]?(goods[ _-]?sold|sales)|cost[ _-]?to[ _-]?serve|service[ _-]?cost)$|成本|销售成本|服务成本/i,
  ],
  ['price', /^(price|unit[ _-]?price|unitprice|list[ _-]?price)$|^单价$|^价格$|商品单价/i],
  ['quantity', /^(quantity|qty|units|number[ _-]?of[ _-]?\w+|item[ _-]?count|pieces)$|数量|件数/i],
  [
    'amount',
    /^(amount|revenue|sales|spend|spent|total|sum|payment|dollar[ _-]?value|order[ _-]?value|order[ _-]?amount|sales[ _-]?amount|gmv|line[ _-]?total)$|金额|消费额|销售额|营业额|实付|支付额|营收/i,
  ],
  [
    'value',
    /^(monthly[ _-]?charges?|total[ _-]?charges?|clv|ltv|cltv|arpu|monthly[ _-]?fee|annual[ _-]?fee|value|customer[ _-]?value)$|月费|月消费|总费用|累计消费|客户价值|套餐费/i,
  ],
];

export function roleFromName(name: string): Role | null {
  const n = name.trim();
  for (const [role, pattern] of NAME_RULES) if (pattern.test(n)) return role;
  return null;
}

export interface ColumnFacts {
  name: string;
  type: ColumnType;
  distinct: number;
  nonNull: number;
  /** Share of non-empty numeric values that are negative. */
  negativeShare?: number;
}

export function suggestRoles(columns: ColumnFacts[]): Role[] {
  const roles: Role[] = columns.map(() => 'attribute');
  const taken = new Set<Role>();
  columns.forEach((c, i) => {
    const r = roleFromName(c.name);
    if (r && !(SINGLE_ROLES.includes(r) && taken.has(r))) {
      roles[i] = r;
      taken.add(r);
    }
  });
  const isDate = (t: ColumnType) => t === 'date' || t === 'datetime';
  const free = (i: number) => roles[i] === 'attribute' && roleFromName(columns[i].name) === null;
  if (!taken.has('customer_id')) {
    const i = columns.findIndex((c, k) => free(k) && c.type === 'identifier');
    if (i >= 0) {
      roles[i] = 'customer_id';
      taken.add('customer_id');
    }
  }
  if (!taken.has('date')) {
    const i = columns.findIndex((c, k) => free(k) && isDate(c.type));
    if (i >= 0) {
      roles[i] = 'date';
      taken.add('date');
    }
  }
  // In a log with a customer and a date, the last unnamed decimal column is usually the amount.
  if (!taken.has('amount') && !taken.has('price') && taken.has('customer_id') && taken.has('date')) {
    for (let i = columns.length - 1; i >= 0; i--) {
      if (free(i) && columns[i].type === 'decimal') {
        roles[i] = 'amount';
        break;
      }
    }
  }
  return roles;
}
