// The school profile (a file for the CLI, a managed or local setting in the browser): damaged or random input gives a
// valid profile or an InputError naming the file and the line or field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/engine/context.ts';
import { parseSchoolProfile, parseSchoolProfileJson, SchoolProfileSchema, type SchoolProfile } from '../../src/engine/school-profile.ts';
import { repoFile } from './files.ts';
import { damagedText, damagedValue, oddValue } from './mutate.ts';
import { attempt, expectClearError, expectPlaced } from './outcome.ts';

const FILES = ['examples/school.json', 'test/fixtures/school.json'].map(repoFile);
const FIELDS = Object.keys(SchoolProfileSchema.shape);

function expectValid(profile: SchoolProfile) {
  expect(parseSchoolProfile(profile, 'again')).toEqual(profile);
  // What the engine does with it next.
  createContext({ school: profile });
}

function check(run: () => SchoolProfile, source: string, text?: string) {
  const got = attempt(run);
  if (got.value) return expectValid(got.value);
  expectClearError(got.error, source, text);
  expectPlaced(got.error);
  // A field problem names one of the profile's fields ("aliases.2"); the whole value's problems name none.
  for (const p of got.error.problems) if (p.field !== undefined) expect(FIELDS).toContain(p.field.split('.')[0]);
}

describe('school profile', () => {
  it('damaged files', () => {
    fc.assert(fc.property(damagedText(FILES), (text) => check(() => parseSchoolProfileJson(text, 'school.json'), 'school.json', text)), { numRuns: 600 });
  });

  it('damaged values (a field replaced, dropped or added)', () => {
    const parsed = FILES.map((f) => JSON.parse(f) as unknown);
    fc.assert(fc.property(damagedValue(parsed), (value) => check(() => parseSchoolProfile(value, 'school'), 'school')), { numRuns: 800 });
  });

  it('random text and arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), fc.json({ maxDepth: 3 })), (text) => check(() => parseSchoolProfileJson(text, 'school.json'), 'school.json', text)),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.oneof(oddValue, fc.anything({ withNullPrototype: true })), (value) => check(() => parseSchoolProfile(value, 'school'), 'school')), { numRuns: 300 });
  });

  it('fields of any text: long, spaced, non-Latin', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('  ', 'x'.repeat(100_000), '123456', 'LE12 3AB', 'oakwood.sch.uk', '855/2001'));
    const profile = fc.record(
      { name: text, aliases: fc.array(text, { maxLength: 3 }), urn: text, dfeNumber: text, emailDomains: fc.array(text, { maxLength: 3 }), postcode: text },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(profile, (value) => check(() => parseSchoolProfile(value, 'school'), 'school')), { numRuns: 500 });
  });
});
