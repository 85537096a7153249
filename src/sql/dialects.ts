/**
 * Every difference between SQL engines, in one place: the generator writes portable SQL (nested
 * subqueries, no CTEs, no window functions, no FILTER clauses) and asks its dialect for the
 * rest. A Spark or Hive dialect is one more object of this interface.
 *
 * ClickHouse: written for 18.16 (Debian's package), which has no CTE subqueries, no window
 * functions and needs an explicit join strictness (ALL/ANY); 20.x and later would allow CTEs
 * (`WITH x AS (SELECT …)`) and `quantileExactInclusive` for the linear quantile.
 */

export type DialectName = 'duckdb' | 'clickhouse';
export const DIALECTS: readonly DialectName[] = ['duckdb', 'clickhouse'];

export interface SqlDialect {
  name: DialectName;
  /** A column or table name as an identifier. */
  ident(name: string): string;
  /** A text literal. */
  text(value: string): string;
  /** A DATE literal from YYYY-MM-DD. */
  date(iso: string): string;
  /** Today's date on the server. */
  today: string;
  /** A date or timestamp expression as a DATE (the UTC calendar day). */
  toDate(expr: string): string;
  /** A number expression as a double. */
  toDouble(expr: string): string;
  /** A value as text (ids: the app compares them as text). */
  toText(expr: string): string;
  /** Whole days from DATE a to DATE b (b − a). */
  daysBetween(a: string, b: string): string;
  /** DATE d plus n whole days. */
  addDays(d: string, n: string): string;
  /** Months since year 0 (year × 12 + month − 1) of a DATE: consecutive months differ by 1. */
  monthIndex(d: string): string;
  /** Days since 1970-01-01 of a DATE. */
  dayNumber(d: string): string;
  /** The first day of the month of a DATE. */
  monthStart(d: string): string;
  /** Rows where cond holds, in an aggregate. */
  countIf(cond: string): string;
  /** A condition that is NULL when a value it compares is (a missing date), read as false. */
  orFalse(cond: string): string;
  /** Sum of expr over rows where cond holds (0 when none). */
  sumIf(expr: string, cond: string): string;
  /** Distinct count. */
  countDistinct(expr: string): string;
  /** The value of `value` on the row with the least `key`. */
  argMin(value: string, key: string): string;
  /** The value of `value` on the row with the greatest `key` (value never NULL). */
  argMax(value: string, key: string): string;
  /** Text without leading and trailing blanks. */
  trim(expr: string): string;
  /** Text as a double, NULL when it is not a number. */
  numberOrNull(expr: string): string;
  /**
   * An aggregate: the median (the mean of the two middle ones when even) of the gaps between
   * consecutive values of the integer `value` over the rows where `cond` holds; NULL with
   * fewer than two such rows.
   */
  medianGap(value: string, cond: string): string;
  /** Linear-interpolated quantile (R type 7, NumPy's default) of expr at p (0…1), an aggregate. */
  quantile(expr: string, p: number): string;
  /**
   * An aggregate: the median of the non-NULL values of expr as the app's cutOf takes it, the two
   * middle ones of the sorted values summed and halved ((a + b) / 2, equal when the count is
   * odd), NULL when there are none. Not `quantile(expr, 0.5)`: a + (b − a) / 2 may round otherwise.
   */
  median(expr: string): string;
  /** Text starting with `prefix` after leading blanks, case-insensitive. */
  startsWithCi(expr: string, prefix: string): string;
  /** An inner join of two subqueries on equal columns. */
  innerJoin: string;
  /** A left join keeping every left row. */
  leftJoin: string;
  /** A NULL of type double, and of type text. */
  nullDouble: string;
  nullText: string;
  /** A NULL of type date. */
  nullDate: string;
  /** Floor of a number. */
  floor(expr: string): string;
  /** A number as a 64-bit integer. */
  toInteger(expr: string): string;
}

/** The median of a sorted list expression (1-based elements): NULL when empty. */
function middle(list: string, n: string, half: (e: string) => string): string {
  return `(CASE WHEN ${n} = 0 THEN NULL ELSE (${list}[${half(`${n} + 1`)}] + ${list}[${half(n)} + 1]) / 2.0 END)`;
}

const quoteWith = (q: string) => (name: string) => `${q}${name.replaceAll(q, q + q)}${q}`;

export const DUCKDB: SqlDialect = {
  name: 'duckdb',
  ident: quoteWith('"'),
  text: (v) => `'${v.replaceAll("'", "''")}'`,
  date: (iso) => `DATE '${iso}'`,
  today: 'current_date',
  toDate: (e) => `CAST(${e} AS DATE)`,
  toDouble: (e) => `CAST(${e} AS DOUBLE)`,
  toText: (e) => `CAST(${e} AS VARCHAR)`,
  daysBetween: (a, b) => `date_diff('day', ${a}, ${b})`,
  addDays: (d, n) => `CAST(${d} + CAST(${n} AS INTEGER) AS DATE)`,
  monthIndex: (d) => `(year(${d}) * 12 + month(${d}) - 1)`,
  dayNumber: (d) => `date_diff('day', DATE '1970-01-01', ${d})`,
  monthStart: (d) => `CAST(date_trunc('month', ${d}) AS DATE)`,
  countIf: (c) => `count(*) FILTER (WHERE ${c})`,
  sumIf: (e, c) => `coalesce(sum(${e}) FILTER (WHERE ${c}), 0)`,
  // FALSE AND NULL is FALSE here (SQL's three-valued logic).
  orFalse: (c) => c,
  countDistinct: (e) => `count(DISTINCT ${e})`,
  argMin: (v, k) => `arg_min(${v}, ${k})`,
  argMax: (v, k) => `arg_max(${v}, ${k})`,
  trim: (e) => `trim(${e})`,
  numberOrNull: (e) => `TRY_CAST(${e} AS DOUBLE)`,
  medianGap: (v, c) => {
    const sorted = `list_sort(list(${v}) FILTER (WHERE ${c}))`;
    const gaps = `list_sort(list_transform(range(1, len(${sorted})), i -> ${sorted}[i + 1] - ${sorted}[i]))`;
    return middle(gaps, `len(${gaps})`, (e) => `((${e}) // 2)`);
  },
  quantile: (e, p) => `quantile_cont(${e}, ${p})`,
  median: (e) => {
    const sorted = `list_sort(list(${e}) FILTER (WHERE ${e} IS NOT NULL))`;
    return middle(sorted, `len(${sorted})`, (x) => `((${x}) // 2)`);
  },
  startsWithCi: (e, prefix) =>
    `upper(ltrim(CAST(${e} AS VARCHAR))) LIKE '${prefix.toUpperCase().replaceAll("'", "''")}%'`,
  innerJoin: 'INNER JOIN',
  leftJoin: 'LEFT JOIN',
  nullDouble: 'CAST(NULL AS DOUBLE)',
  nullText: 'CAST(NULL AS VARCHAR)',
  nullDate: 'CAST(NULL AS DATE)',
  floor: (e) => `floor(${e})`,
  toInteger: (e) => `CAST(${e} AS BIGINT)`,
};

/** ClickHouse 18.16: `quantile` is type 7 only from the sorted array, so it is spelled out. */
export const CLICKHOUSE: SqlDialect = {
  name: 'clickhouse',
  ident: quoteWith('`'),
  text: (v) => `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
  date: (iso) => `toDate('${iso}')`,
  today: 'today()',
  toDate: (e) => `toDate(${e})`,
  toDouble: (e) => `toFloat64(${e})`,
  toText: (e) => `toString(${e})`,
  daysBetween: (a, b) => `(toInt64(${b}) - toInt64(${a}))`,
  addDays: (d, n) => `addDays(${d}, toInt64(${n}))`,
  monthIndex: (d) => `(toYear(${d}) * 12 + toMonth(${d}) - 1)`,
  dayNumber: (d) => `toInt64(${d})`,
  monthStart: (d) => `toStartOfMonth(${d})`,
  countIf: (c) => `countIf(${c})`,
  sumIf: (e, c) => `sumIf(${e}, ${c})`,
  // 18.16's AND is not three-valued: 0 AND NULL is NULL, so NOT (churned = 1 AND known_date < x)
  // stays NULL for an active customer and countIf drops them. Later releases follow SQL here.
  orFalse: (c) => `ifNull(${c}, 0)`,
  // 18.16 answers NULL, not 0, for the distinct count of only NULLs (a log without invoice numbers).
  countDistinct: (e) => `ifNull(uniqExact(${e}), 0)`,
  argMin: (v, k) => `argMin(${v}, ${k})`,
  argMax: (v, k) => `argMax(${v}, ${k})`,
  // 18.16 has no trimBoth (19.x+).
  trim: (e) => `replaceRegexpAll(${e}, '^[[:space:]]+|[[:space:]]+$', '')`,
  medianGap: (v, c) => {
    const sorted = `arraySort(groupArrayIf(${v}, ${c}))`;
    const gaps = `arraySort(arrayMap((a, b) -> b - a, arrayPopBack(${sorted}), arrayPopFront(${sorted})))`;
    return middle(gaps, `toInt64(length(${gaps}))`, (e) => `intDiv(${e}, 2)`);
  },
  // 18.16 has toFloat64OrZero but no toFloat64OrNull for text; the pattern says what is a number.
  numberOrNull: (e) =>
    `if(match(${e}, '^[-+]?([0-9]+\\\\.?[0-9]*|\\\\.[0-9]+)([eE][-+]?[0-9]+)?$'), toFloat64OrZero(${e}), NULL)`,
  quantile: (e, p) => {
    const sorted = `arraySort(groupArray(${e}))`;
    const h = `((count(${e}) - 1) * ${p})`;
    const lo = `arrayElement(${sorted}, toUInt64(floor(${h})) + 1)`;
    // 18.16's least() refuses Float64 with an integer: the index is made an integer first.
    const hi = `arrayElement(${sorted}, least(toUInt64(floor(${h})) + 1, count(${e}) - 1) + 1)`;
    return `(${lo} + (${h} - floor(${h})) * (${hi} - ${lo}))`;
  },
  // Aggregates skip NULLs: groupArray holds the known values only.
  median: (e) => {
    const sorted = `arraySort(groupArray(${e}))`;
    return middle(sorted, `toInt64(length(${sorted}))`, (x) => `intDiv(${x}, 2)`);
  },
  // 18.16 has no trimLeft (19.x+): leading blanks go by replaceRegexpOne (RE2 syntax).
  startsWithCi: (e, prefix) =>
    `startsWith(upper(replaceRegexpOne(toString(${e}), '^[[:space:]]+', '')), '${prefix.toUpperCase().replaceAll("'", "\\'")}')`,
  innerJoin: 'ALL INNER JOIN',
  leftJoin: 'ALL LEFT JOIN',
  nullDouble: 'CAST(NULL AS Nullable(Float64))',
  nullText: 'CAST(NULL AS Nullable(String))',
  nullDate: 'CAST(NULL AS Nullable(Date))',
  floor: (e) => `floor(${e})`,
  toInteger: (e) => `toInt64(${e})`,
};

export const DIALECT: Record<DialectName, SqlDialect> = { duckdb: DUCKDB, clickhouse: CLICKHOUSE };

export const isDialectName = (d: string): d is DialectName => (DIALECTS as readonly string[]).includes(d);
