import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/data/formats/jsonReader.ts';
import { readContext } from './readContext.ts';

const read = (text: string, file = 'c.json') => readJson(text, readContext(file), file);

describe('readJson', () => {
  it('readJson(text) reads an array of records with keys in first-seen order', async () => {
    const t = await read('[{"id": 1, "name": "张三"}, {"id": 2, "plan": "pro"}, {"name": "Lyon", "id": 3}]');
    expect(t.format).toBe('json');
    expect(t.names).toEqual(['id', 'name', 'plan']);
    expect(t.columns).toEqual([
      ['1', '2', '3'],
      ['张三', '', 'Lyon'],
      ['', 'pro', ''],
    ]);
    expect([...t.sourceRows]).toEqual([1, 2, 3]);
  });

  it('readJson(text) reads JSON Lines and numbers rows by line, skipping and counting blank lines', async () => {
    const t = await read('{"id": 1}\r\n\r\n{"id": 2, "active": true}\n   \n{"id": 3, "active": false}\n');
    expect(t.columns).toEqual([
      ['1', '2', '3'],
      ['', 'true', 'false'],
    ]);
    expect([...t.sourceRows]).toEqual([1, 3, 5]);
    expect(t.issues).toMatchObject([{ code: 'blank-lines', count: 2, rows: [2, 4] }]);
  });

  it('readJson(text) turns null into "" and nested values into their JSON text', async () => {
    const t = await read('[{"a": null, "b": {"x": [1, 2]}, "c": [true, "y"], "d": 0.1}]');
    expect(t.columns.map((c) => c[0])).toEqual(['', '{"x":[1,2]}', '[true,"y"]', '0.1']);
  });

  it('readJson(text) gives the line and column of an invalid JSON Lines record', async () => {
    // `{"id": 2,}`: the brace after the trailing comma is the 10th character of line 2.
    const reading = read('{"id": 1}\n{"id": 2,}\n', 'c.jsonl');
    await expect(reading).rejects.toMatchObject({
      issue: { code: 'json-syntax', rows: [2], params: { line: 2, column: 10 } },
    });
    await expect(reading).rejects.toThrow(
      /^c\.jsonl is not valid JSON at line 2, column 10: a comma, quote or bracket may be missing or extra\./,
    );
  });

  it('readJson(text) gives the line and column where an array stops being valid JSON', async () => {
    await expect(read('[{"a": 1},\n {"b" 2}]')).rejects.toThrow(/^c\.json is not valid JSON at line 2, column 7/);
    // Cut short after 10 characters: the text ends at line 1, column 11.
    await expect(read('[{"a": 1},')).rejects.toMatchObject({
      issue: { code: 'json-syntax', params: { line: 1, column: 11 } },
    });
  });

  it('readJson(text) refuses records that are not objects', async () => {
    await expect(read('[{"a": 1}, [1, 2]]')).rejects.toThrow(
      'Record 2 in c.json is a list, not an object with named fields.',
    );
    await expect(read('{"a": 1}\n42\n')).rejects.toMatchObject({ issue: { code: 'json-not-records', rows: [2] } });
  });

  it('readJson(text) keeps every digit of integers beyond 2^53', async () => {
    const t = await read(
      '[{"id": 9007199254740993, "debt": -12345678901234567890, "note": "x 1234567890123456789", "r": 0.25}]',
    );
    expect(t.columns.map((c) => c[0])).toEqual([
      '9007199254740993',
      '-12345678901234567890',
      'x 1234567890123456789',
      '0.25',
    ]);
  });

  it('readJson(text) renames blank and repeated keys', async () => {
    const t = await read('[{"": 1, "id": 2, " id": 3}]');
    expect(t.names).toEqual(['column_1', 'id', 'id_2']);
  });

  it('readJson(text) reports an empty array without failing', async () => {
    const t = await read('[]');
    expect(t.names).toEqual([]);
    expect(t.issues.map((i) => i.code)).toEqual(['empty-file']);
  });
});
