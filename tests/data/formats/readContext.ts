import type { ReadContext } from '../../../src/data/rawTable.ts';

/** A ReadContext that never cancels; `checkpoints` counts the turns a reader gave back. */
export function readContext(fileName: string, totalBytes = 0): ReadContext & { checkpoints: number } {
  const ctx = {
    fileName,
    totalBytes,
    checkpoints: 0,
    progress() {},
    checkpoint: async () => {
      ctx.checkpoints++;
    },
  };
  return ctx;
}
