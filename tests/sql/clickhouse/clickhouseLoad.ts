/**
 * The shared real data loaded into ClickHouse tables whose column names are the files' own (the
 * names the roles point at, so the generated SQL reads them as it reads the file in DuckDB).
 * ClickHouse parses the files itself (CSVWithNames); only CDNOW's whitespace-separated log is
 * turned into TSV here, as ClickHouse 18.16 has no whitespace-separated input format.
 */
import { openAsBlob, readFileSync } from 'node:fs';
import type { ClickHouseHttp } from './clickhouseHttp.ts';

/**
 * Online Retail, one invoice line per row. The files write a missing CustomerID as "" (135,080
 * rows); the app reads that as a missing cell, so here it becomes NULL: staged as String, then
 * copied with nullIf. (Newer servers read "" into a Nullable column as NULL on their own, with
 * the setting input_format_csv_empty_as_default; 18.16 has no such setting.)
 */
export async function loadOnlineRetail(ch: ClickHouseHttp, table: string, files: string[]): Promise<void> {
  const columns = `InvoiceNo String, StockCode String, Description String, Quantity Int32,
    InvoiceDate DateTime, UnitPrice Float64, Country String`;
  await ch.exec(`DROP TABLE IF EXISTS ${table}_staged`);
  await ch.exec(`CREATE TABLE ${table}_staged (${columns}, CustomerID String) ENGINE = Memory`);
  // The staged columns in the files' order: InvoiceNo … UnitPrice, CustomerID, Country.
  const order = 'InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country';
  for (const file of files) {
    await ch.insert(`${table}_staged (${order})`, 'CSVWithNames', await openAsBlob(file));
  }
  await ch.exec(`DROP TABLE IF EXISTS ${table}`);
  await ch.exec(`CREATE TABLE ${table} (${columns}, CustomerID Nullable(String)) ENGINE = Memory`);
  await ch.exec(`INSERT INTO ${table} (${order})
    SELECT InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, nullIf(CustomerID, ''), Country
    FROM ${table}_staged`);
  await ch.exec(`DROP TABLE ${table}_staged`);
}

/**
 * CDNOW's full log (`customer_id date number_of_cds dollar_value`, whitespace separated, one
 * header line, CRLF): customer ids keep their leading zeros as text, dates YYYYMMDD become Date.
 */
export async function loadCdnow(ch: ClickHouseHttp, table: string, file: string): Promise<void> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = lines[0].trim().split(/\s+/);
  if (header.join(' ') !== 'customer_id date number_of_cds dollar_value')
    throw new Error(`unexpected header ${lines[0]}`);
  const tsv = lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id, d, cds, value] = line.trim().split(/\s+/);
      return `${id}\t${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}\t${cds}\t${value}\n`;
    })
    .join('');
  await ch.exec(`DROP TABLE IF EXISTS ${table}`);
  await ch.exec(`CREATE TABLE ${table} (customer_id String, date Date, number_of_cds Int32, dollar_value Float64)
    ENGINE = Memory`);
  await ch.insert(table, 'TabSeparated', tsv);
}

/**
 * `table` spread over the TWO_SHARDS cluster as a cluster would hold it: each shard's local table
 * `${table}_local` (in databases shard1, shard2) gets the rows whose cityHash64(key) falls to it,
 * and `${table}_all` is the Distributed table over them that the generated SQL then reads.
 */
export async function distribute(ch: ClickHouseHttp, table: string, cluster: string, key: string): Promise<string> {
  const shards = ['shard1', 'shard2'];
  for (const [i, db] of shards.entries()) {
    await ch.exec(`CREATE DATABASE IF NOT EXISTS ${db}`);
    await ch.exec(`DROP TABLE IF EXISTS ${db}.${table}_local`);
    await ch.exec(`CREATE TABLE ${db}.${table}_local AS default.${table} ENGINE = Memory`);
    await ch.exec(`INSERT INTO ${db}.${table}_local SELECT * FROM default.${table}
      WHERE cityHash64(${key}) % ${shards.length} = ${i}`);
  }
  const all = `${table}_all`;
  await ch.exec(`DROP TABLE IF EXISTS ${all}`);
  // '' as the database: each shard's default_database (shard1, shard2) from the cluster's definition.
  await ch.exec(`CREATE TABLE ${all} AS default.${table}
    ENGINE = Distributed(${cluster}, '', ${table}_local, cityHash64(${key}))`);
  return all;
}

/**
 * The synthetic log with contract ends and flags (sqlInputs.ts writeContractLog): an empty
 * contract_end or cancelled becomes NULL (staged as String, as Online Retail's blank ids are; 18.16 evaluates both
 * branches of if(), so the empty text never reaches toDate).
 */
export async function loadContractLog(ch: ClickHouseHttp, table: string, file: string): Promise<void> {
  const columns = 'customer_id String, date Date, amount Float64, region String, channel String, plan String';
  await ch.exec(`DROP TABLE IF EXISTS ${table}_staged`);
  await ch.exec(`CREATE TABLE ${table}_staged (${columns}, contract_end String, cancelled String, status12 Int32)
    ENGINE = Memory`);
  await ch.insert(`${table}_staged`, 'CSVWithNames', await openAsBlob(file));
  await ch.exec(`DROP TABLE IF EXISTS ${table}`);
  await ch.exec(`CREATE TABLE ${table} (${columns}, contract_end Nullable(Date), cancelled Nullable(String),
    status12 Int32) ENGINE = Memory`);
  await ch.exec(`INSERT INTO ${table} SELECT customer_id, date, amount, region, channel, plan,
    if(contract_end = '', NULL, toDate(if(contract_end = '', '1970-01-01', contract_end))),
    nullIf(cancelled, ''), status12 FROM ${table}_staged`);
  await ch.exec(`DROP TABLE ${table}_staged`);
}

/** A generated log (bench/generateTransactions.ts: customer_id, date, amount), parsed by ClickHouse itself. */
export async function loadTransactionLog(ch: ClickHouseHttp, table: string, file: string): Promise<void> {
  await ch.exec(`DROP TABLE IF EXISTS ${table}`);
  await ch.exec(`CREATE TABLE ${table} (customer_id String, date Date, amount Float64) ENGINE = Memory`);
  await ch.insert(table, 'CSVWithNames', await openAsBlob(file));
}
