/**
 * A real ClickHouse server for the tests: Debian's `clickhouse-server` (18.16 in bookworm) started
 * on 127.0.0.1 with its data, logs and tmp paths in a fresh temporary folder and HTTP and TCP ports
 * picked free, so it touches nothing of the machine's own ClickHouse (if any). `stop()` ends it by
 * its process id and removes the folder. Queries go over HTTP (`clickhouseHttp.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface ClickHouseServer {
  /** Base URL of the HTTP interface, e.g. http://127.0.0.1:41234/ */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** `clickhouse-server`, or the single `clickhouse` binary (run as `clickhouse server`). */
export function findClickHouse(): { command: string; args: string[] } | undefined {
  const fromEnv = process.env.CLICKHOUSE_SERVER;
  if (fromEnv) return existsSync(fromEnv) ? { command: fromEnv, args: [] } : undefined;
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin', '/usr/local/bin'];
  for (const dir of dirs)
    if (existsSync(join(dir, 'clickhouse-server'))) return { command: join(dir, 'clickhouse-server'), args: [] };
  for (const dir of dirs)
    if (existsSync(join(dir, 'clickhouse'))) return { command: join(dir, 'clickhouse'), args: ['server'] };
  return undefined;
}

export const MISSING_CLICKHOUSE =
  'clickhouse-server was not found (looked in $CLICKHOUSE_SERVER, $PATH, /usr/sbin, /usr/bin). ' +
  "These tests run the generated SQL on a real ClickHouse: install Debian's package with " +
  '`sudo apt-get install -y clickhouse-server` (.ci/run does this when it is missing).';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The cluster `configXml` declares: two shards, databases shard1 and shard2 of the same server. */
export const TWO_SHARDS = 'two_shards';

function configXml(dir: string, httpPort: number, tcpPort: number): string {
  // Caches kept small: the machine is shared. UTC so Date/DateTime text reads and prints as in the app.
  // keep_alive_timeout 1 s: on SIGTERM the server waits for idle HTTP connections (fetch keeps them).
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/log/server.log</log><errorlog>${dir}/log/error.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${httpPort}</http_port>
  <tcp_port>${tcpPort}</tcp_port>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <timezone>UTC</timezone>
  <mark_cache_size>134217728</mark_cache_size>
  <uncompressed_cache_size>134217728</uncompressed_cache_size>
  <max_concurrent_queries>20</max_concurrent_queries>
  <keep_alive_timeout>1</keep_alive_timeout>
  <mlock_executable>false</mlock_executable>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <!-- A cluster of two shards on this one server, one database each, for a Distributed table's test. -->
  <remote_servers>
    <${TWO_SHARDS}>
      <shard><replica><host>127.0.0.1</host><port>${tcpPort}</port><default_database>shard1</default_database></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>${tcpPort}</port><default_database>shard2</default_database></replica></shard>
    </${TWO_SHARDS}>
  </remote_servers>
</yandex>
`;
}

const USERS_XML = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage><max_threads>2</max_threads></default></profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function logTail(dir: string, output: string): string {
  const file = join(dir, 'log', 'error.log');
  const log = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return (output + '\n' + log).trim().split('\n').slice(-15).join('\n');
}

/** Starts a server and resolves once it answers `/ping`; rejects with its log if it does not within `timeoutMs`. */
export async function startClickHouse(timeoutMs = 30_000): Promise<ClickHouseServer> {
  const binary = findClickHouse();
  if (!binary) throw new Error(MISSING_CLICKHOUSE);
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-clickhouse-'));
  for (const sub of ['data', 'tmp', 'log', 'user_files', 'format_schemas']) mkdirSync(join(dir, sub));
  const [httpPort, tcpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'config.xml'), configXml(dir, httpPort, tcpPort));
  writeFileSync(join(dir, 'users.xml'), USERS_XML);

  const child = spawn(binary.command, [...binary.args, `--config-file=${join(dir, 'config.xml')}`], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const url = `http://127.0.0.1:${httpPort}/`;

  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(child.pid, 'SIGTERM');
      // Its data is thrown away, so a server slow to shut down (open Distributed connections) is killed.
      if (!(await exited(child, 5_000))) {
        process.kill(child.pid, 'SIGKILL');
        await exited(child, 5_000);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failed = await Promise.race([spawnError, exited(child, 100).then((gone) => (gone ? 'exited' : undefined))]);
    if (failed) {
      const why = failed instanceof Error ? failed.message : `exited with ${child.exitCode ?? child.signalCode}`;
      const tail = logTail(dir, output);
      await stop();
      throw new Error(`clickhouse-server ${why} before answering (its folder was ${dir}):\n${tail}`);
    }
    try {
      const ping = await fetch(url + 'ping');
      if (ping.ok) return { url, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
  }
  const tail = logTail(dir, output);
  await stop();
  throw new Error(`clickhouse-server did not answer on ${url} within ${timeoutMs} ms:\n${tail}`);
}
