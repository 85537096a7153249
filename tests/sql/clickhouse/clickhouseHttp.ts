/** Talking to a ClickHouse server over its HTTP interface with Node's fetch (no driver needed). */

export interface ClickHouseHttp {
  /** Runs a statement (DDL, INSERT … SELECT) and returns the body text. */
  exec(sql: string): Promise<string>;
  /** Runs a SELECT and parses its rows (FORMAT JSONEachRow is appended). 64-bit integers come back as strings. */
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Sends `data` as the body of `INSERT INTO table FORMAT format`. */
  insert(table: string, format: string, data: BodyInit): Promise<void>;
}

/** `settings`: server settings for every request (URL parameters), e.g. { max_memory_usage: '4000000000' }. */
export function clickhouseHttp(url: string, settings: Record<string, string> = {}): ClickHouseHttp {
  const send = async (query: string | undefined, body: BodyInit): Promise<string> => {
    const parameters = Object.entries(query === undefined ? settings : { ...settings, query });
    const target =
      parameters.length === 0 ? url : `${url}?${parameters.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
    const response = await fetch(target, { method: 'POST', body, duplex: 'half' } as RequestInit);
    const text = await response.text();
    if (!response.ok) throw new Error(`ClickHouse ${response.status}: ${text.trim()}\n--- query ---\n${query ?? body}`);
    return text;
  };
  return {
    exec: (sql) => send(undefined, sql),
    async rows<T>(sql: string) {
      const text = await send(undefined, `${sql.trim().replace(/;$/, '')}\nFORMAT JSONEachRow`);
      return text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as T);
    },
    async insert(table, format, data) {
      await send(`INSERT INTO ${table} FORMAT ${format}`, data);
    },
  };
}
