/**
 * A header or cell as a message quotes it: at most `max` characters (80 by default), cut with an
 * ellipsis, so that a 10 MB cell or a header holding a whole line never fills a message.
 */
export const SHORT_TEXT_LENGTH = 80;

export function shortText(text: string, max = SHORT_TEXT_LENGTH): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair: a lone half shows as a replacement box.
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
