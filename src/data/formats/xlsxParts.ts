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
  // A name is only tried from its first character: from every character of a long one it was quadratic.
  for (const m of tag.matchAll(/(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = decodeXml(m[2] ?? m[3]);
  }
  return out;
}

export interface ElementSpan {
  /** The open tag's attributes text. */
  attrs: string;
  /** The inner XML; undefined for an empty element (`<c/>`). */
  inner: string | undefined;
  /** Where the element starts and ends in the XML. */
  start: number;
  end: number;
}

/**
 * Every element with this local name, in one pass over the XML: each open tag is found once,
 * and so is each close tag. An element ends at its close tag, or — when that is missing — where
 * the next element of the same name starts (or the XML ends); none of the names read here nest
 * in themselves. (A regular expression with a lazy body ran to the end of the XML for every
 * unclosed tag: quadratic, a hang on a sheet of unclosed `<row>`s.)
 */
export function* eachElement(xml: string, name: string): Generator<ElementSpan> {
  const open = new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^<>]*)>`, 'g');
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'g');
  let closeAt = -1;
  let closeEnd = -1;
  let m = open.exec(xml);
  while (m) {
    const attrs = m[1];
    const afterOpen = open.lastIndex;
    if (attrs.endsWith('/')) {
      const start = m.index;
      m = open.exec(xml);
      yield { attrs: attrs.slice(0, -1), inner: undefined, start, end: afterOpen };
      continue;
    }
    if (closeAt !== Infinity && closeAt < afterOpen) {
      close.lastIndex = afterOpen;
      const c = close.exec(xml);
      closeAt = c ? c.index : Infinity;
      closeEnd = c ? close.lastIndex : Infinity;
    }
    const start = m.index;
    const next = open.exec(xml);
    const nextAt = next ? next.index : xml.length;
    if (closeAt < nextAt) {
      yield { attrs, inner: xml.slice(afterOpen, closeAt), start, end: closeEnd };
    } else yield { attrs, inner: xml.slice(afterOpen, nextAt), start, end: nextAt };
    m = next;
  }
}

/** Every element with this local name: [attributes text, inner XML or undefined if empty]. */
export function elements(xml: string, name: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const e of eachElement(xml, name)) out.push([e.attrs, e.inner]);
  return out;
}

/** The text of a string item (`<si>`, `<is>`): its `<t>` and rich-text runs, without phonetic hints. */
export function itemText(xml: string): string {
  let visible = xml;
  if (xml.includes('rPh')) {
    visible = '';
    let from = 0;
    for (const e of eachElement(xml, 'rPh')) {
      visible += xml.slice(from, e.start);
      from = e.end;
    }
    visible += xml.slice(from);
  }
  let text = '';
  for (const e of eachElement(visible, 't')) text += e.inner ?? '';
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
