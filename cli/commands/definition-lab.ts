/** `definition-lab <file>... --definitions JSON`: two to four churn definitions on the same customers, and where they disagree. */
import type { ChurnDefinition } from '../../src/engine/api.ts';
import { flag, UsageError } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';

const EXAMPLE = '[{"kind":"inactivity","days":90},{"kind":"inactivity","days":365}]';

export const definitionLab = analysisCommand('definition-lab', '--definitions JSON', (args) => {
  const text = flag(args, 'definitions');
  if (text === undefined) throw new UsageError(`definition-lab needs --definitions JSON, e.g. ${EXAMPLE}`);
  try {
    return { definitions: JSON.parse(text) as ChurnDefinition[] };
  } catch {
    throw new UsageError(`--definitions is not valid JSON: ${text}`);
  }
});
