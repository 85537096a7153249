/** What a command is: its name, its usage line, and what it does with the opened dataset. */
import type { AnalysisKind, DatasetSummary } from '../src/engine/api.ts';
import type { createEngine } from '../src/engine/engine.ts';
import type { ParsedArgs } from './args.ts';

export type Engine = ReturnType<typeof createEngine>;

/** `out` is printed as JSON on stdout; `error` as one line on stderr. Exit with `code`. */
export interface CommandOutcome {
  code: number;
  out?: unknown;
  error?: string;
}

export interface Command {
  name: string;
  /**
   * The analysis it prints, when its name is not the kind-name (`warnings` is early-warnings,
   * `cohort` is retention-triangle): the kind-name is accepted as the command too.
   */
  kind?: AnalysisKind;
  /** The usage line after `npm run cli -- <name> `. */
  usage: string;
  run(engine: Engine, args: ParsedArgs, summary: DatasetSummary): CommandOutcome;
}
