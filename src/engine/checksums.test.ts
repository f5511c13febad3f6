import { describe, expect, it } from 'vitest';
import { isLaCode, isValidDfeNumber, isValidNhsNumber, isValidNino, isValidUln, isValidUpn } from './checksums.ts';

// Worked examples from shared/notes/identifiers.md, and their near misses.
describe('check characters', () => {
  it.each([
    ['B801200005001', true],
    ['b801200005001', true],
    ['P207000016049', true],
    ['A801200005001', false], // wrong check letter
    ['E000200005001', false], // unknown LA code
    ['Q207000016049', false], // the example printed on help pages, which fails its own check
    ['B80120000500', false], // too short
  ])('UPN %s → %s', (upn, valid) => expect(isValidUpn(upn)).toBe(valid));

  it('accepts a temporary UPN whose final letter is weighted by its table index', () => {
    // Digits 80120000500 then letter A (index 0): sum = 2·8+4·1+5·2+10·5 = 80; 80 mod 23 = 11 → M.
    expect(isValidUpn('M80120000500A')).toBe(true);
    expect(isValidUpn('L80120000500A')).toBe(false);
  });

  it.each([
    ['9276308686', true],
    ['9276308687', false],
    ['0276308686', false],
  ])('ULN %s → %s', (uln, valid) => expect(isValidUln(uln)).toBe(valid));

  it.each([
    ['943 476 5870', true],
    ['9434765870', true],
    ['9434765871', false],
    ['0000000000', false],
  ])('NHS number %s → %s', (nhs, valid) => expect(isValidNhsNumber(nhs)).toBe(valid));

  it('tells a ULN from an NHS number with one computation', () => {
    expect(isValidUln('9434765870')).toBe(false);
    expect(isValidNhsNumber('9276308686')).toBe(false);
  });

  it.each([
    ['AB 12 34 56 C', true],
    ['QQ 12 34 56 A', false],
    ['GB 12 34 56 A', false],
    ['AO 12 34 56 A', false],
    ['AB 12 34 56 E', false],
  ])('NINO %s → %s', (nino, valid) => expect(isValidNino(nino)).toBe(valid));

  it.each([
    ['855/2001', true],
    ['8552001', true],
    ['000/2001', false],
    ['855/201', false],
  ])('DfE number %s → %s', (dfe, valid) => expect(isValidDfeNumber(dfe)).toBe(valid));

  it('knows LA code ranges at their edges', () => {
    expect(isLaCode('001')).toBe(true);
    expect(isLaCode('938')).toBe(true);
    expect(isLaCode('939')).toBe(false);
    expect(isLaCode('804')).toBe(false);
  });
});
