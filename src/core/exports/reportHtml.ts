/**
 * The report as one self-contained HTML file: a cover with the key findings and what the numbers
 * rest on (data source and fingerprint, churn definition, date, app version), then one page per
 * cell with its charts (inline SVG), tables and note. No script, no external request: styles are
 * inline, with print rules so the browser prints a clean PDF (a page per cell, headers repeated).
 * Pure: every text is escaped here.
 */
import type { ReportCell, ReportChart, ReportInput, ShownTable } from './reportModel.ts';

/** Text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A standalone SVG document made fit to sit inline in HTML with nothing to fetch: the XML
 * prolog and namespace declarations (URLs a reader would never request, but URLs all the same)
 * dropped, and anything that could run or load left out — scripts, foreign objects, event
 * attributes, links other than to the same document.
 */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>\s*/g, '')
    .replace(/<!DOCTYPE[^>]*>\s*/gi, '')
    .replace(/<(script|foreignObject)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|foreignObject)\b[^>]*\/>/gi, '')
    .replace(/\s(?:xmlns(?::[\w-]+)?)="[^"]*"/g, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '');
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1c2430; background: #fff; }
main { max-width: 60em; margin: 0 auto; padding: 2em 1.5em; }
h1 { font-size: 2em; margin: 0 0 .25em; }
h2 { font-size: 1.4em; margin: 0 0 .5em; border-bottom: 2px solid #1c6e8c; padding-bottom: .25em; }
h3 { font-size: 1.1em; margin: 1.25em 0 .5em; }
.meta { color: #4a5566; margin: 0 0 1.5em; }
.origin { border-left: 4px solid #e5a50a; background: #fffaf0; padding: 0.5em 0.75em; margin: 0 0 1.5em; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(12em, 1fr)); gap: .75em; margin: 1em 0 1.5em; }
.kpi { border: 1px solid #c9d3de; border-radius: 6px; padding: .6em .8em; break-inside: avoid; }
.kpi .label { display: block; color: #4a5566; font-size: .85em; }
.kpi .value { display: block; font-size: 1.6em; font-weight: 650; color: #1c6e8c; }
.kpi .kpi-note { display: block; color: #4a5566; font-size: .8em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25em 1em; margin: .5em 0 1em; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: .85em; }
ol.contents, ul.summaries { padding-left: 1.5em; }
ul.summaries li { margin: .2em 0; }
section.cell { margin-top: 3em; }
.kind { color: #4a5566; font-size: .85em; text-transform: none; margin: 0; }
figure { margin: 1em 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption, .stamp { color: #4a5566; font-size: .8em; }
.stamp { margin: .25em 0 1em; padding-left: 1em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: .85em; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .25em; }
th, td { border-bottom: 1px solid #dde3ea; padding: .2em .6em; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid #9aa7b5; }
.num { text-align: right; }
.note { white-space: pre-wrap; background: #f4f7fa; border-left: 3px solid #1c6e8c; padding: .5em .75em; }
.empty { color: #4a5566; font-style: italic; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 12px; }
  figure svg { width: 100%; }
  main { max-width: none; padding: 0; }
  section.cell { break-before: page; margin-top: 0; }
  thead { display: table-header-group; }
  tr, .kpi, dl.facts > * { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

function lines(items: { label: string; text: string }[]): string {
  return items.map((l) => `<dt>${escapeHtml(l.label)}</dt><dd>${escapeHtml(l.text)}</dd>`).join('');
}

function tableHtml(table: ShownTable, caption: string): string {
  const head = table.columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.name)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((v, i) => `<td${table.columns[i]?.numeric ? ' class="num"' : ''}>${escapeHtml(v)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart's data table in the report holds at most this many rows (a ROC curve has one per distinct score). */
export const REPORT_CHART_ROWS = 60;

/**
 * A chart's data table for the report: all its rows up to REPORT_CHART_ROWS, else that many spread
 * evenly from the first to the last (the shape of a curve stays), the caption saying so; the
 * report's workbook (xlsx) and the chart's own CSV keep every row.
 */
function chartTable(chart: ReportChart, input: ReportInput): string {
  const { rows } = chart.shown;
  const caption = `${input.words.rows}: ${chart.title}`;
  if (rows.length <= REPORT_CHART_ROWS) return tableHtml(chart.shown, caption);
  const last = rows.length - 1;
  const picked = Array.from(
    { length: REPORT_CHART_ROWS },
    (_, i) => rows[Math.round((i * last) / (REPORT_CHART_ROWS - 1))],
  );
  const count = new Intl.NumberFormat(input.lang);
  const note = input.words.rowsSampled
    .replace('{shown}', count.format(REPORT_CHART_ROWS))
    .replace('{total}', count.format(rows.length));
  return tableHtml({ ...chart.shown, rows: picked }, `${caption} (${note})`);
}

function chartHtml(chart: ReportChart, input: ReportInput): string {
  const picture = chart.svg
    ? `<figure role="img" aria-label="${escapeHtml(chart.title)}">${inlineSvg(chart.svg)}<figcaption>${escapeHtml(chart.summary)}</figcaption></figure>`
    : '';
  return (
    `<h3>${escapeHtml(chart.title)}</h3>${picture}` +
    `<dl class="facts stamp">${lines([...chart.exported.about])}</dl>` +
    (chart.shown.rows.length > 0 ? chartTable(chart, input) : '')
  );
}

function cellHtml(cell: ReportCell, index: number, input: ReportInput): string {
  const body = cell.empty
    ? `<p class="empty">${escapeHtml(cell.empty)}</p>`
    : cell.charts.map((c) => chartHtml(c, input)).join('\n') +
      cell.tables.map((t) => tableHtml(t.shown, t.caption)).join('\n');
  const note = cell.note.trim()
    ? `<h3>${escapeHtml(input.words.note)}</h3><div class="note">${escapeHtml(cell.note)}</div>`
    : '';
  return (
    `<section class="cell" id="cell-${index + 1}">` +
    `<p class="kind">${escapeHtml(`${input.words.cellNumber} ${index + 1} · ${cell.kind}`)}</p>` +
    `<h2>${escapeHtml(cell.title)}</h2>${body}${note}</section>`
  );
}

function coverHtml(input: ReportInput): string {
  const w = input.words;
  const findings =
    input.findings.length > 0
      ? `<div class="kpis">${input.findings
          .map(
            (f) =>
              `<div class="kpi"><span class="label">${escapeHtml(f.label)}</span><span class="value">${escapeHtml(f.value)}</span>` +
              f.notes.map((n) => `<span class="kpi-note">${escapeHtml(n)}</span>`).join('') +
              '</div>',
          )
          .join('')}</div>`
      : `<p class="empty">${escapeHtml(w.noFindings)}</p>`;
  // What each chart shows, in the sentence its screen-reader summary says it: the findings of the cells.
  const said = input.cells.flatMap((c) =>
    c.charts
      .filter((ch) => ch.summary)
      .map((ch) => `<li><strong>${escapeHtml(ch.title)}</strong>: ${escapeHtml(ch.summary)}</li>`),
  );
  const summaries = said.length > 0 ? `<ul class="summaries">${said.join('')}</ul>` : '';
  const sources = input.sources.map((s) => ({
    label: w.dataSource,
    text: `${s.name} (${s.rows}) · ${w.fingerprint} SHA-256 ${s.sha256}`,
  }));
  const contents =
    input.cells.length > 0
      ? `<ol class="contents">${input.cells
          .map(
            (c, i) =>
              `<li><a href="#cell-${i + 1}">${escapeHtml(c.title)}</a>` +
              (c.kind !== c.title ? ` <span class="kind">· ${escapeHtml(c.kind)}</span>` : '') +
              '</li>',
          )
          .join('')}</ol>`
      : `<p class="empty">${escapeHtml(w.noCells)}</p>`;
  return (
    `<header><h1>${escapeHtml(w.title)}</h1>` +
    `<p class="meta">${escapeHtml(`${w.generated}: ${input.generated} · ${w.appVersion} ${input.appVersion}`)}</p></header>` +
    (input.origin
      ? `<p class="origin" data-origin="aggregates"><strong>${escapeHtml(input.origin.label)}</strong>: ${escapeHtml(input.origin.text)}</p>`
      : '') +
    `<h2>${escapeHtml(w.keyFindings)}</h2>${findings}${summaries}` +
    `<h2>${escapeHtml(w.definitionHeading)}</h2><dl class="facts">${lines([
      ...(input.origin ? [input.origin] : []),
      { label: w.definition, text: input.definition },
      { label: w.asOf, text: input.asOf },
      ...sources,
    ])}</dl>` +
    (input.definitions.length > 0
      ? `<h3>${escapeHtml(w.howNumbers)}</h3><dl class="facts">${lines(input.definitions)}</dl>`
      : '') +
    `<h2>${escapeHtml(w.contents)}</h2>${contents}`
  );
}

/** The report's HTML text. */
export function reportHtml(input: ReportInput): string {
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(input.lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${escapeHtml(`${input.words.title} · ${input.generated}`)}</title><style>${STYLE}</style></head>\n` +
    `<body><main>${coverHtml(input)}\n${input.cells.map((c, i) => cellHtml(c, i, input)).join('\n')}</main></body></html>\n`
  );
}
