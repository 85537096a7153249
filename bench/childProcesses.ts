/**
 * Each measurement runs in a fresh Node process, so one peer's heap, JIT state and page cache
 * habits do not leak into the next, and its peak RSS is its own. The child prints one JSON line
 * on stdout; its progress goes to our stderr. Children are killed on timeout and when we exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of running) {
    if (child.exitCode === null && child.pid !== undefined) child.kill('SIGKILL');
  }
  running.clear();
}

export type ChildOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs `node [nodeArgs] --import tsx <script> [args]` and parses the last stdout line as JSON. */
export function runNodeChild<T>(
  script: string,
  args: string[],
  { timeoutMs, nodeArgs = [] }: { timeoutMs: number; nodeArgs?: string[] },
): Promise<ChildOutcome<T>> {
  return runChildProcess<T>(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { timeoutMs });
}

/** Runs any command (e.g. `Rscript`) the same way: its last stdout line is the JSON result. */
export function runChildProcess<T>(
  command: string,
  args: string[],
  { timeoutMs }: { timeoutMs: number },
): Promise<ChildOutcome<T>> {
  const script = args.find((a) => /\.(ts|R)$/.test(a)) ?? command;
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    running.add(child);
    let stdout = '';
    let stderrTail = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => {
      process.stderr.write(s.replace(/^(?=.)/gm, '    '));
      stderrTail = (stderrTail + s).slice(-2000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      done({ ok: false, error: `could not start ${script}: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (timedOut) return done({ ok: false, error: `timed out after ${Math.round(timeoutMs / 1000)} s` });
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) {
        try {
          return done({ ok: true, value: JSON.parse(last) as T });
        } catch {
          // fall through to the error below
        }
      }
      const why = signal ? `killed by ${signal}` : `exit code ${code}`;
      const tail = stderrTail.trim().split('\n').slice(-3).join(' | ');
      done({ ok: false, error: `${why}${tail ? `: ${tail}` : ''}` });
    });
  });
}
