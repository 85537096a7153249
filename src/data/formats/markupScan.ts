/**
 * The tolerant tag scanner shared by the two markup "export to Excel" readers (htmlTable.ts,
 * spreadsheetMl.ts): tags and text in a single pass (indexOf, no backtracking), so unclosed or
 * stray tags cost nothing extra, plus entity decoding, attribute lookup and the column cap.
 */
import { UnreadableInput } from '../rawTable.ts';
import type { Cell } from './xlsxSheet.ts';

export const MAX_COLUMNS = 16_384;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  yen: '¥',
  euro: '€',
  pound: '£',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g,
    (m, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? m;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    },
  );
}

export interface Tag {
  name: string;
  closing: boolean;
  attrs: string;
}

/**
 * Calls `onText` for the text between tags and `onTag` for each tag, in order; comments,
 * <script>, <style> and processing instructions are skipped. Linear in the text.
 */
export function scan(text: string, onTag: (t: Tag) => void, onText: (s: string) => void) {
  let at = 0;
  const n = text.length;
  while (at < n) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      onText(text.slice(at));
      return;
    }
    if (lt > at) onText(text.slice(at, lt));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      at = end < 0 ? n : end + 3;
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) {
      onText(text.slice(lt));
      return;
    }
    const inner = text.slice(lt + 1, gt);
    at = gt + 1;
    const m = /^(\/?)([A-Za-z][\w:.-]*)/.exec(inner);
    if (!m) continue; // <!DOCTYPE>, <?xml?>, or a stray '<'
    const name = m[2].toLowerCase().replace(/^\w+:/, '');
    const closing = m[1] === '/';
    if (!closing && (name === 'script' || name === 'style')) {
      const close = name === 'script' ? /<\/script/gi : /<\/style/gi;
      close.lastIndex = at;
      at = close.exec(text)?.index ?? n;
      continue;
    }
    onTag({ name, closing, attrs: inner.slice(m[0].length) });
  }
}

export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : undefined;
}

export function tooWide(file: string, where: string): UnreadableInput {
  return new UnreadableInput({
    severity: 'error',
    code: 'too-many-columns',
    file,
    params: { count: MAX_COLUMNS },
    message: `${file} has more than ${MAX_COLUMNS.toLocaleString('en')} columns (${where}), more than Excel holds. Export fewer columns and open that.`,
  });
}

export type Row = { rowNumber: number; cells: Cell[] };
