import type { messages as en } from '../en/share.ts';

export const messages: Record<keyof typeof en, string> = {
  'share.button': '分享链接…',
  'share.heading': '分享此工作簿的链接',
  'share.intro':
    '链接只包含下方显示的设置——列角色、流失定义、各单元格及其设置、截止日期、语言以及数据文件的指纹——从不包含数据行。这些设置位于地址中 # 之后的部分，浏览器从不会把它发送给网站服务器。打开链接的人需要选择同一个数据文件（内置示例会自动打开）。',
  'share.sizes': '设置：{json} JSON，经 deflate 压缩后链接共 {chars} 个字符；{cells} 个单元格。',
  'share.sizesPlain': '设置：{json} JSON，链接共 {chars} 个字符（此浏览器无法压缩）；{cells} 个单元格。',
  'share.leftOut': '以下设置含有数据中的取值，因此未放入链接（打开链接的人需要重新设置）：',
  'share.contents': '链接所含的全部内容',
  'share.link': '链接',
  'share.copy': '复制链接',
  'share.close': '关闭',
  'share.copied': '链接已复制。',
  'share.copyFailed': '浏览器不允许复制；请选中上方的链接后手动复制。',
  'share.linkName': '分享链接',
  'share.opening': '此页面由分享链接打开。',
  'share.error': '无法打开此分享链接：{problem}未做任何更改；请重新索取链接。',
  'share.error.bad-form': '它不是 Churnscope 链接（格式未知）。',
  'share.error.bad-base64': '链接已损坏（复制时有字符丢失或被改动）。',
  'share.error.bad-compression': '链接已损坏（压缩的设置无法解开）。',
  'share.error.too-large': '解开后超过 2 MB，这不是工作簿设置。',
  'share.error.no-decompression': '此浏览器无法解开压缩的链接；请用较新的浏览器打开。',
  'share.error.invalid-json': '其中的设置不是有效的 JSON。',
  'share.error.invalid-version': '链接版本为 {version}；此版本的 Churnscope 只能读取版本 1。',
  'share.error.invalid-shape': '其中的设置格式不符合要求。',
};
