/**
 * Property-based fuzzer over the xlsx reader (JSON: jsonFuzz.test.ts; CSV: badInput.test.ts):
 * damaged archives and hostile sheet XML give a table or a specific issue, in bounded time, and
 * never a throw, an internal error, nor a raw exception's text.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { createEngine } from '../../src/engine/engine.ts';
import type { Issue } from '../../src/engine/api.ts';

const RAW =
  /Maximum call stack|Invalid time value|Invalid code point|Cannot convert object to primitive|is not a function|undefined|RangeError|TypeError/;
/** A run must end well within this (ms), whatever the bytes: the reader is linear in them. */
const BOUND_MS = 3000;

function checkAnswer(r: { ok: true } | { ok: false; issues: Issue[] }) {
  if (r.ok) return;
  const [first] = r.issues;
  expect(first.code, first.message).not.toBe('internal-error');
  expect(first.message).not.toMatch(RAW);
  expect(first.message.length).toBeLessThan(600);
}

async function timedOpen(name: string, bytes: Uint8Array) {
  const started = performance.now();
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const r = await createEngine().openDataset([{ name, blob }]);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return r;
}

/** A minimal workbook whose one sheet is `sheetXml` (inside <sheetData>), as Excel lays it out. */
function workbookWith(sheetData: string, sharedStrings = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '</Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings}</sst>`,
    ),
  };
  return zipSync(files);
}

/** Pieces of sheet XML, well-formed or not: rows, cells of every type, odd references and entities. */
const ref = fc.oneof(
  fc.constantFrom('A1', 'B2', 'ZZZZZ2', 'XFD1', 'XFE1', 'A1048577', 'A0', '1A', '', '__proto__', 'A-1'),
  fc.tuple(fc.constantFrom('A', 'B', 'C', 'AA'), fc.integer({ min: 1, max: 40 })).map(([c, r]) => `${c}${r}`),
);
const cellValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.double().map(String),
  fc.constantFrom('-1', '2958466', '1e308', 'NaN', '&#xFFFFFF;', '&#0;', '&amp;', '&bogus;', '0', '99999999'),
);
const cell = fc
  .tuple(ref, fc.constantFrom('', 's', 'str', 'inlineStr', 'b', 'e', 'n', 'd', '__proto__'), cellValue)
  .map(([r, t, v]) =>
    t === 'inlineStr'
      ? `<c r="${r}" t="${t}"><is><t>${v}</t></is></c>`
      : `<c r="${r}"${t ? ` t="${t}"` : ''}><v>${v}</v></c>`,
  );
const fragment = fc.oneof(
  cell,
  fc.integer({ min: 0, max: 1_100_000 }).map((r) => `<row r="${r}">`),
  fc.constantFrom(
    '<row>',
    '</row>',
    '<c>',
    '</c>',
    '<v>',
    '</v>',
    '<c r="A1" t="s"><v>7</v>',
    '<is>',
    '<row r="x">',
    '<!-- -->',
    '<![CDATA[',
    '"',
    '<',
  ),
);
const sheetData = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('readXlsx fuzzer', () => {
  it('any sheet XML, closed or not, in a well-formed archive loads or gets a specific issue', async () => {
    await fc.assert(
      fc.asyncProperty(sheetData, async (xml) => {
        checkAnswer(await timedOpen('fuzz.xlsx', workbookWith(xml, '<si><t>one</t></si><si><t>two</t></si>')));
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('a real workbook with bytes flipped, cut or inserted loads or gets a specific issue', async () => {
    const real = new Uint8Array(await readFile(resolve('tests', 'fixtures', 'orders-zh.xlsx')));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        let bytes = real;
        for (const e of edits) {
          const at = e.at % bytes.length;
          if (e.kind === 'flip') {
            bytes = bytes.slice();
            bytes[at] = e.byte;
          } else if (e.kind === 'cut') bytes = bytes.slice(0, Math.max(4, at));
          else bytes = Uint8Array.of(...bytes.subarray(0, at), e.byte, ...bytes.subarray(at));
        }
        checkAnswer(await timedOpen('damaged.xlsx', bytes));
      }),
      { numRuns: 150, seed: 22 },
    );
  });
});
