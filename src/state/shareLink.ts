/**
 * A share link: the workbook's settings (file fingerprints, roles, churn definition, as-of day,
 * cells and their settings) and the language, versioned, compressed into the URL fragment
 * (`#w=…`), which a browser never sends to the host. It is the very JSON a saved workbook holds,
 * less the few settings that name values from the data (a filter's categories, a holdout value,
 * the reason → churn-type mapping, the workbook-wide filter, a decision rule's attribute values, a
 * campaign's treated values): those are left out and the inspector says so.
 */
import type { DatasetSummary } from '../engine/api.ts';
import { LOCALES, type Locale } from '../i18n/i18n.svelte.ts';
import { defaultAnalysis, effectiveRoles } from './analysisSettings.ts';
import { decodeText, encodeText, type ShareDecodeCode } from './shareCodec.ts';
import { isSealed, seal, unseal } from './shareCrypto.ts';
import type { WorkbookData } from './workbook.svelte.ts';
import { isRecord } from './workbookFields.ts';
import { VALUE_SETTINGS, type ValueSetting } from './shareKinds.ts';
import { readAggregates, type LinkAggregates, type ReceivedAggregates } from './shareAggregates/linkAggregates.ts';

export const SHARE_VERSION = 1;
export const SHARE_KEY = 'w';

export interface SharePayload {
  v: typeof SHARE_VERSION;
  lang: Locale;
  workbook: WorkbookData;
  /** The aggregated results, when the sender chose to carry them (shareAggregates/). */
  aggregates?: LinkAggregates;
}

/** A setting left out of a link because it holds values from the data, by its path in the workbook. */
export interface LeftOut {
  field: string;
}

export interface ShareBuild {
  payload: SharePayload;
  leftOut: LeftOut[];
  /** The ids of the cells a setting was left out of: their results are not carried either. */
  valueCells: string[];
}

/**
 * The workbook with the roles and analysis settings the open data is analysed with written out:
 * a workbook leaves suggested roles and the default definition unsaved, but a link pins them,
 * so what the inspector shows is what the receiver's analysis uses.
 */
export function pinnedSettings(data: WorkbookData, summary: DatasetSummary | null): WorkbookData {
  if (!summary) return data;
  const roles = effectiveRoles(summary, data.roles);
  return { ...data, roles, analysis: data.analysis ?? defaultAnalysis(summary, roles) };
}

/** The workbook as a link may carry it: a copy without the settings that name data values (shareKinds.ts). */
export function buildShare(data: WorkbookData, lang: Locale): ShareBuild {
  const workbook = structuredClone(data);
  const leftOut: LeftOut[] = [];
  if (workbook.analysis?.reasonTypes && Object.keys(workbook.analysis.reasonTypes).length > 0) {
    leftOut.push({ field: 'analysis.reasonTypes' });
  }
  if (workbook.analysis) delete workbook.analysis.reasonTypes;
  // The workbook-wide filter names attribute values, dates and customers clicked: never in a link.
  if (workbook.filter) {
    leftOut.push({ field: 'filter' });
    delete workbook.filter;
  }
  workbook.cells.forEach((cell, i) => {
    const at = `cells[${i + 1}].settings`;
    for (const setting of VALUE_SETTINGS[cell.kind] ?? []) leftOut.push(...leaveOut(cell.settings, setting, at));
  });
  const valueCells = workbook.cells
    .filter((_, i) => leftOut.some((l) => l.field.startsWith(`cells[${i + 1}].`)))
    .map((c) => c.id);
  return { payload: { v: SHARE_VERSION, lang, workbook }, leftOut, valueCells };
}

/** Empties one declared value-naming setting where it holds values; the fields emptied, by path. */
function leaveOut(settings: Record<string, unknown>, setting: ValueSetting, at: string): LeftOut[] {
  if ('text' in setting) {
    const v = settings[setting.text];
    if (typeof v !== 'string' || v === '') return [];
    settings[setting.text] = '';
    return [{ field: `${at}.${setting.text}` }];
  }
  const list = settings[setting.list];
  if (!Array.isArray(list)) return [];
  const path = setting.values.split('.');
  const last = path.pop()!;
  const emptied: LeftOut[] = [];
  list.forEach((item: unknown, j) => {
    let holder: unknown = item;
    for (const key of path) holder = isRecord(holder) ? holder[key] : undefined;
    if (isRecord(holder) && Array.isArray(holder[last]) && holder[last].length > 0) {
      emptied.push({ field: `${at}.${setting.list}[${j + 1}].${setting.values}` });
      holder[last] = [];
    }
  });
  return emptied;
}

export function payloadText(payload: SharePayload): string {
  return JSON.stringify(payload);
}

/** `#w=<code>` for a payload; with a passphrase the code is sealed (shareCrypto.ts). */
export async function encodeShare(payload: SharePayload, compress?: boolean, passphrase = ''): Promise<string> {
  const code = await encodeText(payloadText(payload), compress);
  return `#${SHARE_KEY}=${passphrase ? await seal(code, passphrase) : code}`;
}

/** The link: this page's address without its query (a sample is named by the workbook itself). */
export function shareUrl(pageHref: string, fragment: string): string {
  const url = new URL(pageHref);
  return `${url.origin}${url.pathname}${fragment}`;
}

/** The code in a `#w=…` fragment, or null when the page was opened without one. */
export function shareCodeOf(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_KEY);
}

export type ShareOpenCode =
  ShareDecodeCode | 'needs-passphrase' | 'wrong-passphrase' | 'invalid-json' | 'invalid-version' | 'invalid-shape';
export type ShareRead =
  | { ok: true; lang: Locale; workbookText: string; aggregates: ReceivedAggregates | null }
  | { ok: false; code: ShareOpenCode; detail?: string };

/** A link's payload: the language and the workbook as JSON text, checked later as any workbook file is. */
export async function decodeShare(code: string, passphrase = ''): Promise<ShareRead> {
  if (isSealed(code)) {
    if (!passphrase) return { ok: false, code: 'needs-passphrase' };
    const unsealed = await unseal(code, passphrase);
    if (!unsealed.ok) return unsealed;
    code = unsealed.code;
  }
  const decoded = await decodeText(code);
  if (!decoded.ok) return decoded;
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch {
    return { ok: false, code: 'invalid-json' };
  }
  if (!isRecord(data)) return { ok: false, code: 'invalid-shape' };
  if (data.v !== SHARE_VERSION) return { ok: false, code: 'invalid-version', detail: JSON.stringify(data.v ?? null) };
  const lang = LOCALES.find((l) => l.id === data.lang)?.id;
  if (!lang || !isRecord(data.workbook)) return { ok: false, code: 'invalid-shape' };
  const aggregates = data.aggregates === undefined ? null : readAggregates(data.aggregates);
  if (data.aggregates !== undefined && !aggregates) return { ok: false, code: 'invalid-shape' };
  return { ok: true, lang, workbookText: JSON.stringify(data.workbook), aggregates };
}
