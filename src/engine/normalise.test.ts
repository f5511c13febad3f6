import { describe, expect, it } from 'vitest';
import { fold, normalise, toOriginal } from './normalise.ts';
import { tokenise } from './tokens.ts';

describe('normalise', () => {
  it.each([
    ['Zoë', 'Zoe'],
    ['Seán', 'Sean'],
    ['O’Neill', "O'Neill"],
    ['sh\u200Bit', 'shit'],
    ['ﬁne', 'fine'],
    ['Year\u00A06', 'Year 6'],
    ['９２７', '927'],
    ['Bjørn', 'Bjorn'],
    ['Straße', 'Strase'],
  ])('folds %j to %j', (input, expected) => expect(normalise(input).text).toBe(expected));

  it('maps every normalised span back to the original', () => {
    const original = 'Zoë’s e\u0301lan — ﬁne 👍🏽 sh\u200Bit';
    const norm = normalise(original);
    const at = (word: string) => {
      const i = norm.text.indexOf(word);
      const span = toOriginal(norm, i, i + word.length);
      return original.slice(span.start, span.end);
    };
    expect(at("Zoe's")).toBe('Zoë’s');
    expect(at('elan')).toBe('e\u0301lan');
    expect(at('fine')).toBe('ﬁne');
    expect(at('shit')).toBe('sh\u200Bit');
    expect(norm.lower.length).toBe(norm.text.length);
  });

  it('keeps the lower-cased copy aligned even when a letter changes length', () => {
    const norm = normalise('İstanbul Trip');
    expect(norm.lower.length).toBe(norm.text.length);
    expect(norm.lower.endsWith('trip')).toBe(true);
  });

  it('folds names for matching', () => {
    expect(fold('  ZOË   Ellis-Bextor ')).toBe('zoe ellis-bextor');
  });
});

describe('tokenise', () => {
  it('finds words with possessives, hyphens and sentence starts', () => {
    const tokens = tokenise("Well done Grace. Mrs. Hill's class and Smith-Jones' dog!\n- Will");
    const view = tokens.map((t) => `${t.key}${t.sentenceStart ? '^' : ''}${t.capitalised ? '*' : ''}`);
    expect(view).toEqual(['well^*', 'done', 'grace*', 'mrs^*', 'hill*', 'class', 'and', 'smith-jones*', 'dog', 'will^*']);
  });
});
