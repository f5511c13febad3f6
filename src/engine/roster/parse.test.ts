import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { compileRoster } from './index.ts';
import { parseRosterCsv } from './parse.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures', name), 'utf8');

function problems(csv: string): string {
  try {
    parseRosterCsv(csv, 'pupils.csv');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected the roster to be rejected');
}

describe('roster CSV', () => {
  it('reads a SIMS export with a BOM, CRLF, quotes and extra columns', () => {
    expect(parseRosterCsv(fixture('roster-sims.csv'))).toEqual([
      { first: 'Oliver', last: 'Smith' },
      { first: 'Elizabeth', last: 'Taylor-Reid', preferred: 'Lizzie' },
      { first: 'Zoë', last: 'Ellis Bextor' },
    ]);
  });

  it('reads an Arbor export in another column order, with a comma inside quotes', () => {
    expect(parseRosterCsv(fixture('roster-arbor.csv'))).toEqual([
      { first: 'Grace', last: 'Okafor' },
      { first: 'Tom', last: 'Smith, Jr' },
    ]);
  });

  it.each([
    ['first_name,last_name,preferred_name\nWilliam,Brown,Will\n', { first: 'William', last: 'Brown', preferred: 'Will' }],
    ['Name\n"Brown, William"\n', { first: 'William', last: 'Brown' }],
    ['Full name\nMary Ann Jones\n', { first: 'Mary Ann', last: 'Jones' }],
    ['Legal Forename,Legal Surname\nAoife,Byrne\n', { first: 'Aoife', last: 'Byrne' }],
  ])('accepts the header of %j', (csv, pupil) => expect(parseRosterCsv(csv)).toEqual([pupil]));

  it('skips blank lines', () => {
    expect(parseRosterCsv('Forename,Surname\n\nAmy,Lee\n,\n')).toHaveLength(1);
  });

  it.each([
    ['', 'pupils.csv: the file is empty'],
    ['Forename,Surname\n', 'pupils.csv: no pupils'],
    ['Pupil,Class\nAmy,4B\n', 'pupils.csv:1: no name columns found in the first row (2 columns)'],
    // A file with no header row: its first row is a pupil, and the error must not repeat the name.
    ['Smith,Oliver,6\n', 'pupils.csv:1: no name columns found in the first row (3 columns)'],
    ['Forename,Surname\nAmy,Lee\n,Patel\n', 'pupils.csv:3: Forename: missing first name'],
    ['Forename,Surname\nAmy,\n', 'pupils.csv:2: Surname: missing surname'],
    ['Forename,Surname\nAmy,Lee,4B\n', 'pupils.csv:2: 3 fields but the header has 2'],
    ['Forename,Surname\n"Amy,Lee\n', 'pupils.csv:2: a quoted field is never closed'],
  ])('rejects %j whole, saying where', (csv, message) => expect(problems(csv)).toContain(message));

  it('lists several problems at once', () => {
    const message = problems('Forename,Surname\n,Lee\nAmy,\nBen,Ng\n');
    expect(message.split('\n')).toEqual(['pupils.csv:2: Forename: missing first name', 'pupils.csv:3: Surname: missing surname']);
  });
});

describe('compiled roster', () => {
  it('holds folded names, short forms, pairs and which names are everyday words', () => {
    const index = compileRoster([
      { first: 'Elizabeth', last: 'Taylor-Reid', preferred: 'Lizzie' },
      { first: 'Grace', last: 'Brown' },
      { first: 'Zoë', last: 'Ng' },
    ]);
    expect(index.size).toBe(3);
    for (const form of ['elizabeth', 'liz', 'beth', 'lizzie', 'grace', 'zoe']) expect(index.first.has(form)).toBe(true);
    expect(index.pairs.has('liz|taylor reid')).toBe(true);
    expect(index.last.has('taylor reid')).toBe(true);
    expect(index.maxLastWords).toBe(2);
    expect(index.everyday.has('grace')).toBe(true);
    expect(index.everyday.has('brown')).toBe(true);
    expect(index.everyday.has('zoe')).toBe(false);
  });
});
