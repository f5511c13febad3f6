// analyse must never throw and must only point inside the text, whatever staff paste into a compose box.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, createContext, type Finding } from '../src/engine/index.ts';

const context = createContext({
  school: { name: "St Aidan's C of E Primary School", aliases: ['SAPS'], urn: '123456', dfeNumber: '855/3012', emailDomains: ['staidans.sch.uk'], postcode: 'NE61 2XY' },
  pupils: [
    { first: 'Grace', last: 'Okafor' },
    { first: 'William', last: 'Brown', preferred: 'Will' },
    { first: 'Zoë', last: 'Ellis-Bextor' },
  ],
});

// Pieces that exercise the detectors and the normaliser together.
const pieces = fc.constantFrom(
  'Grace', 'Will', 'Ellis-Bextor', 'Year 6', 'pupil', 'UPN B801200005001', 'ULN 9276308686', '943 476 5870',
  '07700 900123', 'a@b.sch.uk', 'NE61 2XY', 'SAPS', 'f*ck', 'sh1t', 'safeguarding', 'ADHD', 'J.S. in 5B', '. ', '\n',
  '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u202E', '\u0301', 'שלום', 'مرحبا', '👩🏽‍🏫', '🏳️‍🌈', '\uD800', '\uDC00', 'İ', 'ﬁ', '’s',
);
const post = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme-ascii', maxLength: 12 })), { maxLength: 80 }).map((xs) => xs.join(' ')),
  fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join('')),
);

function checkFindings(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
}

describe('analyse on arbitrary text', () => {
  it('never throws, and every finding lies inside the text', () => {
    fc.assert(
      fc.property(post, (text) => {
        checkFindings(text, analyse(text, context));
        checkFindings(text, analyse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('copes with 63,000-character posts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 200, maxLength: 400 }), (xs) => {
        let text = xs.join(' ');
        while (text.length < 63_000) text += ` ${text}`;
        text = text.slice(0, 63_000);
        checkFindings(text, analyse(text, context));
      }),
      { numRuns: 5 },
    );
  });
});
