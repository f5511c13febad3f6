import { describe, expect, it } from 'vitest';
import { parseSchoolProfile, parseSchoolProfileJson } from './school-profile.ts';

const error = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('school profile', () => {
  it('accepts a full profile and a name-only one', () => {
    const full = { name: 'Oakwood Primary School', aliases: ['Oakwood'], urn: '123456', dfeNumber: '855/2001', emailDomains: ['oakwood.sch.uk'], postcode: 'LE12 3AB' };
    expect(parseSchoolProfile(full)).toEqual(full);
    expect(parseSchoolProfile({ name: 'Oakwood' })).toEqual({ name: 'Oakwood' });
  });

  it.each([
    [{}, 'school.json: name:'],
    [{ name: '  ' }, 'school.json: name: must not be empty'],
    [{ name: 'A', urn: 123456 }, 'school.json: urn:'],
    [{ name: 'A', dfeNumber: '85/2001' }, 'school.json: dfeNumber: must be the DfE number'],
    [{ name: 'A', emailDomains: ['@oakwood.sch.uk'] }, 'school.json: emailDomains.0: must be a domain'],
    [{ name: 'A', postcode: '12345' }, 'school.json: postcode: must be a UK postcode'],
    [{ name: 'A', urm: '123456' }, 'school.json: unknown field(s) "urm"'],
  ])('rejects %j naming the field', (value, message) => {
    expect(error(() => parseSchoolProfile(value, 'school.json'))).toContain(message);
  });

  it('names the line of a JSON syntax error', () => {
    expect(error(() => parseSchoolProfileJson('{\n  "name": "A",\n  oops\n}', 'school.json'))).toMatch(/^school\.json:3: not valid JSON/);
  });
});
