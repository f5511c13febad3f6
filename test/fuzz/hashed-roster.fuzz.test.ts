// Hashed rosters (a managed or local setting, or a CLI file): damaged or random input gives a roster that compiles
// and matches, or an InputError naming the file and the line or field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/engine/context.ts';
import { compileHashedRoster, deriveRosterKey, hashRoster, HashedRosterSchema, parseHashedRoster, parseHashedRosterJson, type HashedRoster } from '../../src/engine/roster/hashed.ts';
import { parseRosterCsv } from '../../src/engine/roster/parse.ts';
import { repoFile } from './files.ts';
import { damagedText, damagedValue, oddValue } from './mutate.ts';
import { attempt, expectClearError, expectPlaced } from './outcome.ts';

const ROSTERS = ['examples/roster.csv', 'test/fixtures/roster-sims.csv', 'test/fixtures/roster-arbor.csv'].map((path) =>
  hashRoster(parseRosterCsv(repoFile(path), path), deriveRosterKey(path)),
);
// As `postcheck roster hash` writes it.
const FILES = ROSTERS.map((r) => `${JSON.stringify(r, null, 2)}\n`);
const FIELDS = Object.keys(HashedRosterSchema.shape);

function expectValid(roster: HashedRoster) {
  expect(parseHashedRoster(roster, 'again')).toEqual(roster);
  const index = compileHashedRoster(roster);
  for (const form of ['oliver', 'smith', 'oliver|smith', '', 'x'.repeat(1000), '\uD800']) {
    expect(typeof index.first.has(form)).toBe('boolean');
    expect(typeof index.pairs.has(form)).toBe('boolean');
    expect(typeof index.everyday.has(form)).toBe('boolean');
  }
  createContext({ roster });
}

function check(run: () => HashedRoster, source: string, text?: string) {
  const got = attempt(run);
  if (got.value) return expectValid(got.value);
  expectClearError(got.error, source, text);
  expectPlaced(got.error);
  for (const p of got.error.problems) if (p.field !== undefined) expect(FIELDS).toContain(p.field.split('.')[0]);
}

describe('hashed roster', () => {
  it('damaged files', () => {
    fc.assert(fc.property(damagedText(FILES), (text) => check(() => parseHashedRosterJson(text, 'roster.json'), 'roster.json', text)), { numRuns: 500 });
  });

  it('damaged values (a field or hash replaced, dropped or added)', () => {
    fc.assert(fc.property(damagedValue(ROSTERS), (value) => check(() => parseHashedRoster(value, 'roster'), 'roster')), { numRuns: 800 });
  });

  it('random text and arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), fc.json({ maxDepth: 3 })), (text) => check(() => parseHashedRosterJson(text, 'roster.json'), 'roster.json', text)),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.oneof(oddValue, fc.anything({ withNullPrototype: true })), (value) => check(() => parseHashedRoster(value, 'roster'), 'roster')), { numRuns: 300 });
  });

  it('any key and hashes of the right shape compile, whatever the counts say', () => {
    const b64 = (length: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: length, maxLength: length });
    const hashes = fc.array(b64(22), { minLength: 1, maxLength: 5 });
    const roster = fc.record({
      format: fc.constant('postcheck-roster/1'),
      algorithm: fc.constant('hmac-sha256-128'),
      key: b64(43),
      pupils: fc.oneof(fc.integer({ min: 1 }), fc.constantFrom(0, -1, 1.5, 2 ** 53)),
      maxLastWords: fc.integer({ min: -1, max: 25 }),
      first: hashes,
      last: hashes,
      pairs: hashes,
    });
    fc.assert(fc.property(roster, (value) => check(() => parseHashedRoster(value, 'roster'), 'roster')), { numRuns: 300 });
  });
});
