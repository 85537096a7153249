import type { messages as en } from '../en/open.ts';

export const messages: Record<keyof typeof en, string> = {
  'open.heading': '打开数据',
  'open.file': '打开文件',
  'open.fileHint':
    '支持 CSV、TSV、文本、Excel（.xlsx 及 .xls，包括 ERP 系统导出的 HTML 或 XML 格式“Excel”文件）、Parquet、Arrow、JSON。列相同的多个文件会依次追加。',
  'open.drop': '或将文件拖放到此处',
  'open.dropActive': '松开即可打开',
  'open.url': '从本站网址打开',
  'open.urlPlaceholder': './data/customers.csv',
  'open.urlButton': '打开网址',
  'open.urlOtherOrigin': '为保护数据隐私，只能打开本站（{origin}）的地址。请先下载文件，再从本机打开。',
  'open.urlInvalid': '“{url}”不是有效的网址。',
  'open.urlFailed': '无法获取 {url}（HTTP {status}）。',
  'open.urlNetwork': '无法获取 {url}：{reason}',
  'open.samples': '试用示例数据',
  'open.sampleTelco': '电信客户（客户快照，7,043 行）',
  'open.sampleCdnow': 'CDNOW 购买记录（交易流水，6,919 行）',
  'open.sampleTelcoReasons': '电信流失原因（7,043 位客户，20 种原因）',
  'open.sampleTelcoReasonsAbout':
    'IBM Cognos Analytics 版电信示例数据（Telco_customer_churn.xlsx），精简为 9 列：编号、在网时长、合约、网络服务、月费、流失标签、流失评分、CLTV 和流失原因（1,869 位已流失客户，各有 20 种原因之一）。',
  'open.sampleReasonsTeaching': '每位客户多个原因（生成数据，2,000 行）',
  'open.sampleReasonsTeachingAbout':
    '生成的教学示例：2,000 位订阅 Basic 或 Premium 套餐的客户，含注册和流失日期；每位流失客户按预设概率给出零个、一个或多个（共六种）原因（如 Price too high：Basic 50 %、Premium 20 %），以“; ”分隔。',
};
