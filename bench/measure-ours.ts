/**
 * ours-node: the engine's openDataset on one file, the code path the worker runs (read in
 * slices, sha256, decode, scan, type inference, quality report, Arrow table).
 */
import { fileBlob } from '../cli/fileBlob.ts';
import { helpersFor } from '../cli/helperThreads.ts';
import { basename } from 'node:path';
import { createEngine } from '../src/engine/engine.ts';
import type { Progress } from '../src/engine/api.ts';
import { runAsChild } from './measurement.ts';

runAsChild('ours', async (file) => {
  const started = performance.now();
  // When each phase was first reported: a rough split of where the time goes.
  const phaseStarts: Partial<Record<Progress['phase'], number>> = {};
  const blob = fileBlob(file);
  // As the CLI does: helper threads only for a file large enough to repay their start-up.
  const engine = createEngine({ helpers: helpersFor([{ blob }]) });
  const result = await engine.openDataset([{ name: basename(file), blob }], {}, (p) => {
    phaseStarts[p.phase] ??= Math.round(performance.now() - started);
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  const summary = result.value;
  return {
    rows: summary.rows,
    detail: {
      engineElapsedMs: summary.elapsedMs,
      phaseStartsMs: phaseStarts,
      columns: summary.columns.map((c) => `${c.name}:${c.type}`),
      shape: summary.shape,
      threads: summary.files[0].threads ?? 1,
    },
  };
});
