// readJson, under every pack, profile and hashed roster file: any text gives the parsed value or an InputError that
// names the file and the line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/engine/json.ts';
import { repoFile } from './files.ts';
import { damagedText } from './mutate.ts';
import { attempt, expectClearError } from './outcome.ts';

const FILES = ['rules/baseline.json', 'examples/school.json', 'test/fixtures/school.json'].map(repoFile);

/** JSON.parse is the reference for what is valid; readJson only adds the BOM and better errors. */
function check(text: string, compare = true) {
  let expected: { value: unknown } | undefined;
  try {
    expected = { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    expected = undefined;
  }
  const got = attempt(() => readJson(text, 'data.json'));
  if (expected) {
    expect(got.error).toBeUndefined();
    // (A comparison would itself overflow on very deep values.)
    if (compare) expect(got.value).toEqual(expected.value);
  } else {
    expect(got.error).toBeDefined();
    expectClearError(got.error!, 'data.json', text);
    expect(got.error!.problems).toHaveLength(1);
    expect(got.error!.problems[0]!.problem).toMatch(/^not valid JSON \(.+\)$/);
    return got.error!.problems[0]!;
  }
  return undefined;
}

describe('readJson on any text', () => {
  it('random text: the value, or "not valid JSON" at a line in the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
        const problem = check(text);
        if (problem) expect(problem.line).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('damaged real files: truncated, cut, byte-flipped, with stray characters', () => {
    fc.assert(
      fc.property(damagedText(FILES), (text) => {
        const problem = check(text);
        if (problem) expect(problem.line).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('hostile nesting, whole or cut short, is an InputError, not a stack overflow', () => {
    const nested = fc.record({ open: fc.constantFrom('[', '{"a":', '[{"a":'), depth: fc.integer({ min: 1, max: 30_000 }), closed: fc.boolean() });
    fc.assert(
      fc.property(nested, ({ open, depth, closed }) => {
        const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
        check(`${open.repeat(depth)}${closed ? `1${close.repeat(depth)}` : ''}`, false);
      }),
      { numRuns: 40 },
    );
  });
});
