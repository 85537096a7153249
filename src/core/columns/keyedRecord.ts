/**
 * Records keyed by column names (or by a column's values): the names are data, not code. A plain
 * `{}` answers `toString`, `constructor` or `hasOwnProperty` with what every object inherits, and
 * `record['__proto__'] = v` replaces its prototype instead of storing a value.
 */

/** An empty record with no prototype: every key, `__proto__` included, is an ordinary key. */
export function keyedRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value `record` holds under `key` itself, never one it inherits. */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `record` with `key` set, as a new record (safe for `__proto__`, unlike `record[key] = value`). */
export function withKey<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  return { ...record, [key]: value };
}
