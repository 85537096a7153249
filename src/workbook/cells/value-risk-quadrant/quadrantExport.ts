/** A quadrant's call list, or a brushed selection, as a CSV or xlsx of the customer table. */
import type { ExportFormat, ValueRiskQuadrantResult } from '../../../engine/api.ts';
import type { ChurnAnalysis } from '../../../state/churnAnalysis.svelte.ts';
import { i18n } from '../../../i18n/i18n.svelte.ts';
import { sentenceGap } from '../../../i18n/sentences.ts';
import { customerColumnWords } from '../../../components/customerColumnWords.ts';
import { filterNotes } from '../../../components/selectionText.ts';
import { exportWords } from '../../../charts/exportWords.ts';
import { download } from '../../../charts/svgExport.ts';
import { thresholdLines } from './quadrantWords.ts';
import { allRows } from './listOrder.ts';

/** A quadrant's customers, highest expected loss (or value) first: the order to call them in. */
export function quadrantRows(result: ValueRiskQuadrantResult, q: number): Int32Array {
  const { quadrant, risk, value } = result.perCustomer;
  const rows: number[] = [];
  for (let i = 0; i < quadrant.length; i++) if (quadrant[i] === q) rows.push(i);
  const loss = result.riskIsProbability ? (i: number) => value[i] * risk[i] : (i: number) => value[i];
  return allRows(Int32Array.from(rows), loss, true);
}

/** Downloads those customers' rows; answers the reason in words when the engine refuses, else ''. */
export async function exportQuadrantRows(
  analysis: ChurnAnalysis,
  result: ValueRiskQuadrantResult,
  rows: Int32Array,
  format: ExportFormat,
  file: { dataName: string; label: string; currency: string },
  money: (v: number) => string,
): Promise<string> {
  const table = analysis.table;
  const answer = await analysis.exportCustomers(
    format,
    {
      ...exportWords(),
      definitionText: table ? i18n.definitionText(table.definition) : undefined,
      ...customerColumnWords(file.currency),
      currency: file.currency,
      notes: [...filterNotes(analysis.filter), ...thresholdLines(result, money)],
    },
    rows,
  );
  if (!answer) return '';
  if (!answer.ok) return answer.issues.map((i) => i18n.issueText(i)).join(sentenceGap());
  download(
    answer.value as Uint8Array<ArrayBuffer>,
    `${file.dataName.replace(/\.[^.]+$/, '')}-${file.label.replace(/[\\/:*?"<>|\s]+/g, '-')}.${format}`,
    format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  return '';
}
