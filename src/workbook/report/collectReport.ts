/**
 * Gathers the report from what the page already shows: the headline numbers of "Churn at a
 * glance", and for each workbook cell in order its title, kind, note, the charts it drew (each
 * ChartFrame's picture and tables, see charts/reportSources.ts) and any other table it shows.
 * Nothing is computed again: the report says exactly what the reader saw.
 */
import { version } from '../../../package.json';
import type {
  ChurnKpisResult,
  DatasetSummary,
  Finding,
  ReportCell,
  ReportInput,
  ReportTable,
  ReportWords,
  ShownTable,
} from '../../engine/api.ts';
import { reportChartOf } from '../../charts/reportSources.ts';
import { chartStamp } from '../../components/analysisStamp.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';
import type { Workbook } from '../../state/workbook.svelte.ts';
import type { ReceivedAggregates } from '../../state/shareAggregates/linkAggregates.ts';
import { SIGNIFICANT_DIGITS } from '../../state/shareAggregates/aggregateValues.ts';

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function words(): ReportWords {
  const keys = [
    'title',
    'keyFindings',
    'noFindings',
    'about',
    'generated',
    'appVersion',
    'dataSource',
    'fingerprint',
    'rows',
    'rowsSampled',
    'definitionHeading',
    'definition',
    'asOf',
    'howNumbers',
    'contents',
    'note',
    'noCells',
    'cellNumber',
    'aboutSheet',
    'item',
    'value',
    'sheet',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, t(`report.${k}`)])) as unknown as ReportWords;
}

/** "Churn at a glance" as shown: each figure's label, value and the lines saying what it counts. */
function findingsOf(root: ParentNode): Finding[] {
  return Array.from(root.querySelectorAll('[data-testid="kpis"] .kpi')).map((kpi) => ({
    label: text(kpi.querySelector('.kpi-label')),
    value: text(kpi.querySelector('.kpi-value')),
    notes: Array.from(kpi.querySelectorAll('.kpi-note')).map(text).filter(Boolean),
  }));
}

/** A table the page shows, as text (header cells from thead, or the first row). */
function shownTableOf(table: HTMLTableElement): ShownTable {
  const headRow = table.tHead?.rows[0] ?? null;
  const head = headRow ? Array.from(headRow.cells) : [];
  const body = Array.from(table.tBodies).flatMap((b) => Array.from(b.rows));
  return {
    columns: head.map((c) => ({ name: text(c), numeric: c.classList.contains('num') })),
    rows: body.map((r) => Array.from(r.cells).map(text)),
  };
}

function tablesOf(body: Element, fallback: string): ReportTable[] {
  return Array.from(body.querySelectorAll('table'))
    .filter((table) => !table.closest('.chart-frame'))
    .map((table) => ({
      caption: text(table.caption) || table.getAttribute('aria-label') || fallback,
      shown: shownTableOf(table),
    }))
    .filter((table) => table.shown.rows.length > 0);
}

function cellsOf(root: Document, workbook: Workbook): ReportCell[] {
  // One pass over the page: a workbook of thousands of cells must not search the page per cell.
  const articles = new Map(
    Array.from(root.querySelectorAll<HTMLElement>('article[data-cell-id]')).map((a) => [a.dataset.cellId, a]),
  );
  return workbook.cells.map((cell) => {
    const kind = t(`workbook.kind.${cell.kind}`);
    const base = { title: cell.title || kind, kind, note: cell.note, charts: [], tables: [] };
    const article = articles.get(cell.id);
    if (!article) return { ...base, empty: t('report.notDrawn') };
    if (cell.collapsed) return { ...base, empty: t('report.collapsed') };
    const body = article.querySelector('.cell-body') ?? article;
    const charts = Array.from(body.querySelectorAll('figure.chart-frame'))
      .map(reportChartOf)
      .filter((c) => c !== null);
    const tables = tablesOf(body, base.title);
    // A note cell holds only its note; an analysis cell with nothing drawn says so.
    const empty = charts.length + tables.length === 0 && cell.kind !== 'note' ? t('report.nothingDrawn') : undefined;
    return { ...base, charts, tables, ...(empty ? { empty } : {}) };
  });
}

/** The report of the workbook as the page shows it now. */
export function collectReport(
  root: Document,
  workbook: Workbook,
  summary: DatasetSummary | null,
  kpis: ChurnKpisResult | null,
  now = Date.now(),
  aggregates: ReceivedAggregates | null = null,
): ReportInput {
  const stamp = kpis ? chartStamp(kpis.stamp, workbook.currency ?? '') : null;
  return {
    lang: i18n.locale,
    words: words(),
    generated: `${i18n.formatDate(now, true)} UTC`,
    appVersion: version,
    sources: (summary?.files ?? []).map((f) => ({
      name: f.name,
      sha256: f.sha256,
      rows: t('report.rowCount', { rows: i18n.formatNumber(f.rows) }),
    })),
    ...(aggregates
      ? {
          origin: {
            label: t('report.origin'),
            text: t('share.aggregates.reportNote', {
              k: i18n.formatNumber(aggregates.k),
              suppressed: i18n.formatNumber(aggregates.suppressed),
              digits: SIGNIFICANT_DIGITS,
            }),
          },
        }
      : {}),
    definition: stamp?.definitionText ?? t('report.noDefinition'),
    asOf: stamp?.asOf ? i18n.formatDate(Date.parse(`${stamp.asOf}T00:00:00Z`)) : t('report.notDated'),
    definitions: [
      ...(stamp?.parameters ? [{ label: t('chart.export.parameters'), text: stamp.parameters }] : []),
      ...(stamp?.notes ?? []),
    ],
    findings: findingsOf(root),
    cells: cellsOf(root, workbook),
  };
}

/** "churnscope-report-2026-12-07.html" (the UTC day, as every date in the app). */
export function reportFileName(extension: string, now = Date.now()): string {
  return `churnscope-report-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
