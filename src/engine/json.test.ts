import { describe, expect, it } from 'vitest';
import { readJson } from './json.ts';

const problem = (json: string) => {
  try {
    readJson(json, 'f.json');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('readJson', () => {
  it('reads JSON, with or without a byte order mark', () => {
    expect(readJson('\uFEFF{"a": [1, 2]}', 'f.json')).toEqual({ a: [1, 2] });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": 2,\n}', 3, 'property name expected', 'a trailing comma'],
    ['{\n  "a": 1\n  "b": 2\n}', 2, 'comma expected', 'a missing comma, at the end of the line it belongs on'],
    ['{\n  "a": \'x\'\n}', 2, 'invalid symbol', 'single quotes'],
    ['{\n  // note\n  "a": 1\n}', 2, 'invalid comment token', 'a comment'],
    ['{\n  "a": [1, 2\n', 2, 'close bracket expected', 'a file cut short, where it stops'],
    ['{"a": 1}\n{"b": 2}', 2, 'end of file expected', 'a second value'],
    ['', 1, 'value expected', 'an empty file'],
  ])('names the line and the problem: %j → line %i (%s, %s)', (json, line, what) => {
    expect(problem(json)).toBe(`f.json:${line}: not valid JSON (${what})`);
  });
});

describe('readJson on hostile input', () => {
  // Found by test/fuzz/json.fuzz.test.ts: jsonc-parser, finding the line, overflowed the stack (a RangeError).
  it('reports thousands of unclosed "[" as not valid JSON, not a stack overflow', () => {
    expect(problem('['.repeat(100_000))).toMatch(/^f\.json: not valid JSON \(.+\)$/);
    expect(problem(`${'{"a":'.repeat(100_000)}1`)).toMatch(/^f\.json: not valid JSON \(.+\)$/);
  });

  it("does not quote the text back, as V8's own message would", () => {
    expect(problem(`${'['.repeat(100_000)}Grace Okafor`)).toBe("f.json: not valid JSON (Unexpected token 'G')");
  });
});
