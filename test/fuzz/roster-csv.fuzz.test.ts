// Roster CSVs (the CLI's --roster, `postcheck roster hash`, the options page's import): random, truncated and
// damaged files give every pupil or an InputError naming the file and the line; never some of the pupils.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRosterCsv } from '../../src/content/roster-import.ts';
import { readCsv } from '../../src/engine/roster/csv.ts';
import { compileHashedRoster, parseHashedRoster } from '../../src/engine/roster/hashed.ts';
import { compileRoster } from '../../src/engine/roster/index.ts';
import { parseRosterCsv, RosterPupilSchema, type RosterPupil } from '../../src/engine/roster/parse.ts';
import { repoFile } from './files.ts';
import { damagedText } from './mutate.ts';
import { attempt, attemptAsync, expectClearError } from './outcome.ts';

const FILES = ['examples/roster.csv', 'test/fixtures/roster-sims.csv', 'test/fixtures/roster-arbor.csv', 'test/corpus/roster.csv'].map(repoFile);

// Spreadsheet-shaped files: header names from real exports and not, cells with names, quotes, commas and odd text.
const header = fc.oneof(
  fc.constantFrom('Forename', 'Surname', 'Preferred forename', 'Legal Surname', 'First name', 'Last name', 'first_name', 'last_name', 'Name', 'Full name', 'Known As', 'Year', 'UPN', ''),
  fc.string({ maxLength: 8 }),
);
const cell = fc.oneof(
  fc.constantFrom('Oliver', 'Smith', 'Taylor-Reid', 'Zoë', 'Ellis Bextor', 'Smith, Jr', 'Brown, William', 'Mary Ann', "O'Brien", '"', '', '  ', '\u200B', '-', 'İ', 'ﬁ', '👩🏽‍🏫', 'x'.repeat(300)),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const field = (text: fc.Arbitrary<string>) => fc.record({ text, quoted: fc.boolean() }).map(({ text: t, quoted }) => (quoted ? `"${t.replaceAll('"', '""')}"` : t));
const spreadsheet = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.array(field(header), { minLength: 1, maxLength: 4 }),
    rows: fc.array(fc.array(field(cell), { maxLength: 5 }), { maxLength: 6 }),
    end: fc.boolean(),
  })
  .map(({ bom, eol, header: h, rows, end }) => `${bom ? '\uFEFF' : ''}${[h, ...rows].map((r) => r.join(',')).join(eol)}${end ? eol : ''}`);

const input = fc.oneof(damagedText(FILES), spreadsheet, fc.string({ unit: 'binary', maxLength: 120 }));

/** Rows after the header with anything in them: each must become a pupil, or the file must be rejected. */
function dataRows(text: string): number {
  const { rows } = readCsv(text);
  const at = rows.findIndex((r) => r.fields.some((f) => f.trim()));
  return rows.slice(at + 1).filter((r) => r.fields.some((f) => f.trim())).length;
}

function expectValid(pupils: RosterPupil[], text: string) {
  expect(pupils.length).toBeGreaterThan(0);
  expect(pupils).toHaveLength(dataRows(text));
  for (const p of pupils) expect(RosterPupilSchema.parse(p)).toEqual(p);
}

describe('roster CSV', () => {
  it('every pupil, or an InputError naming the file and a line in it', () => {
    fc.assert(
      fc.property(input, (text) => {
        const got = attempt(() => parseRosterCsv(text, 'pupils.csv'));
        if (got.value) expectValid(got.value, text);
        else expectClearError(got.error, 'pupils.csv', text);
      }),
      { numRuns: 1000 },
    );
  });

  it('the options page import: a hashed roster that validates and finds every name, or the same InputError', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const plain = attempt(() => parseRosterCsv(text, 'pupils.csv'));
        const got = await attemptAsync(() => importRosterCsv(text, 'pupils.csv'));
        if (plain.error) {
          expect(got.error?.message).toBe(plain.error.message);
          return;
        }
        expect(got.error).toBeUndefined();
        const { roster, pupils } = got.value!;
        expect(pupils).toBe(plain.value.length);
        expect(parseHashedRoster(roster, 'roster')).toEqual(roster);
        const hashed = compileHashedRoster(roster);
        const forms = compileRoster(plain.value);
        for (const f of forms.first) expect(hashed.first.has(f)).toBe(true);
        for (const f of forms.last) expect(hashed.last.has(f)).toBe(true);
        for (const f of forms.pairs) expect(hashed.pairs.has(f)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
