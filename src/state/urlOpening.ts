/** Opening data by address: only the app's own origin, so client data never travels elsewhere. */

export const SAMPLES = {
  telco: { url: './samples/telco-customer-churn.csv', name: 'telco-customer-churn.csv' },
  cdnow: { url: './samples/cdnow-transactions.txt', name: 'cdnow-transactions.txt' },
  'telco-reasons': { url: './samples/telco-churn-reasons.csv', name: 'telco-churn-reasons.csv' },
  'reasons-teaching': { url: './samples/churn-reasons-teaching.csv', name: 'churn-reasons-teaching.csv' },
} as const;
export type SampleId = keyof typeof SAMPLES;

export function isSampleId(value: string | null): value is SampleId {
  return value !== null && Object.hasOwn(SAMPLES, value);
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: 'invalid' | 'other-origin' };

export function sameOriginUrl(input: string, pageHref: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim(), pageHref);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  return url.origin === new URL(pageHref).origin ? { ok: true, url } : { ok: false, reason: 'other-origin' };
}

export type FetchedFile = { ok: true; file: File } | { ok: false; status: number; reason: string };

export async function fetchAsFile(url: URL, name?: string): Promise<FetchedFile> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return { ok: false, status: response.status, reason: response.statusText };
    const blob = await response.blob();
    const fileName = name ?? (decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'data');
    return { ok: true, file: new File([blob], fileName, { type: blob.type }) };
  } catch (e) {
    return { ok: false, status: 0, reason: e instanceof Error ? e.message : String(e) };
  }
}
