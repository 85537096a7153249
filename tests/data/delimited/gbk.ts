/** A GBK encoder for tests (browsers and Node decode GBK but do not encode it). */
/** GBK bytes of the characters of GB2312's first levels, from the platform's own decoder. */
const GBK = new Map<string, number[]>();
const gb = new TextDecoder('gbk', { fatal: true });
for (let lead = 0xa1; lead <= 0xf7; lead++)
  for (let trail = 0xa1; trail <= 0xfe; trail++) {
    try {
      const ch = gb.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !GBK.has(ch)) GBK.set(ch, [lead, trail]);
    } catch {
      // Not a character.
    }
  }

export function gbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = GBK.get(ch);
      if (!bytes) throw new Error(`no GBK bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
