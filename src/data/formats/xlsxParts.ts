/**
 * The parts of an Office Open XML workbook (ECMA-376 part 1, §18) a reader needs besides the
 * sheet itself. Parsed with regular expressions, not DOMParser, which Web Workers lack.
 * Element names may carry a namespace prefix (`<x:row>`) as the OpenXML SDK writes them.
 */
import { keyedRecord } from '../../core/columns/keyedRecord.ts';

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// ST_Xstring escapes characters XML cannot hold as _xHHHH_ (ECMA-376 §22.9.2.19).
const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A character reference beyond Unicode (`&#99999999;`) reads as U+FFFD, as an XML reader's recovery would. */
function codePointText(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, dec?: string, hex?: string, name?: string) =>
    name ? NAMED[name] : codePointText(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

export function attributes(tag: string): Record<string, string> {
  const out = keyedRecord<string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = decodeXml(m[2] ?? m[3]);
  }
  return out;
}

/** Every element with this local name: [attributes text, inner XML or undefined if empty]. */
export function elements(xml: string, name: string): [string, string | undefined][] {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => [m[1], m[2]]);
}

/** The text of a string item (`<si>`, `<is>`): its `<t>` and rich-text runs, without phonetic hints. */
export function itemText(xml: string): string {
  const visible = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const [, inner] of elements(visible, 't')) text += inner ?? '';
  return decodeXml(text).replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function sharedStrings(xml: string): string[] {
  return elements(xml, 'si').map(([, inner]) => itemText(inner ?? ''));
}

export interface SheetEntry {
  name: string;
  path: string;
  /** state="hidden" or "veryHidden" (§18.2.19): not opened unless asked for by name. */
  hidden: boolean;
}

/** Relationship id → zip path, for a part in xl/. */
export function relationships(xml: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  for (const [tag] of elements(xml, 'Relationship')) {
    const a = attributes(tag);
    const target = a.Target ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    out.set(a.Id, { type: a.Type ?? '', path });
  }
  return out;
}

export function workbookSheets(xml: string, rels: Map<string, { path: string }>): SheetEntry[] {
  return elements(xml, 'sheet').map(([tag]) => {
    const a = attributes(tag);
    const id = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    return { name: a.name ?? '', path: rels.get(id)?.path ?? '', hidden: /hidden/i.test(a.state ?? '') };
  });
}

/** Macintosh workbooks may count days from 1904-01-01, which is serial 1462 in the 1900 system. */
export function usesDate1904(workbookXml: string): boolean {
  const pr = elements(workbookXml, 'workbookPr')[0];
  return pr !== undefined && /^(1|true)$/.test(attributes(pr[0]).date1904 ?? '');
}

// Built-in date and time formats (§18.8.30), plus 27–36 and 50–58, which East Asian
// locales of Excel map to their own date formats such as yyyy"年"m"月"d"日".
export const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

export function isDateFormatCode(code: string): boolean {
  const section = code.split(';')[0];
  const bare = section.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}

/** For each cell style index (the `s` attribute), whether it shows the number as a date. */
export function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const [tag] of elements(xml, 'numFmt')) {
    const a = attributes(tag);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const cellXfs = elements(xml, 'cellXfs')[0]?.[1] ?? '';
  return elements(cellXfs, 'xf').map(([tag]) => {
    const id = Number(attributes(tag).numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}
