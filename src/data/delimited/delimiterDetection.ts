/**
 * Which character separates the fields: the candidate that splits the sample's lines into
 * the same number (> 1) of fields most consistently. Runs of spaces (fixed-width style
 * exports such as CDNOW's) are a candidate of their own, 'whitespace'.
 */
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export const WHITESPACE = 'whitespace';

function consistency(counts: number[]): { mode: number; share: number } {
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [c, f] of freq) {
    if (f > best || (f === best && c > mode)) {
      mode = c;
      best = f;
    }
  }
  return { mode, share: counts.length > 0 ? best / counts.length : 0 };
}

export function splitWhitespace(line: string): string[] {
  const t = line.trim();
  return t === '' ? [] : t.split(/[ \t]+/);
}

export function detectDelimiter(sample: string, newline: '\r\n' | '\n' | '\r'): string {
  // Drop a possibly cut-off last line.
  const cut = sample.lastIndexOf(newline);
  const text = cut > 0 ? sample.slice(0, cut) : sample;
  let best = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const parser = new Papa.Parser({ delimiter, newline, preview: 50 });
    const rows = (parser.parse(text, 0, false) as { data: string[][] }).data.filter(
      (r) => !(r.length === 1 && r[0].trim() === ''),
    );
    const { mode, share } = consistency(rows.map((r) => r.length));
    const score = mode > 1 ? share * Math.log2(mode + 1) : 0;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  const lines = text
    .split(newline)
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  const ws = consistency(lines.map((l) => splitWhitespace(l).length));
  const wsScore = ws.mode > 1 ? ws.share * Math.log2(ws.mode + 1) : 0;
  // Whitespace wins only when it is clearly more regular: commas inside text also contain spaces.
  if (wsScore > bestScore * 1.2 && ws.share >= 0.9) return WHITESPACE;
  return best;
}

export function detectNewline(sample: string): '\r\n' | '\n' | '\r' {
  const lf = sample.indexOf('\n');
  const cr = sample.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return sample[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}
