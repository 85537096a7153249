/**
 * Generates teaching data as a CSV file (UTF-8), chunk by chunk: the text of one chunk at a
 * time is encoded and dropped, so a million customers are held once, as bytes in the file.
 */
import { generate } from '../core/synthetic/generate.ts';
import { teachingFileName, type GenerateRequest, type TeachingData } from './api/teaching-data.ts';

export function generateTeachingData(request: GenerateRequest): TeachingData {
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const outcome = generate(request, (chunk) => parts.push(encoder.encode(chunk)));
  if (!outcome.ok) return outcome;
  const file = new File(parts, teachingFileName(request), { type: 'text/csv' });
  return { ok: true, file, truth: outcome.truth, customers: outcome.counts.customers, rows: outcome.counts.rows };
}
