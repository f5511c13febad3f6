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

  it.each([
    ['\u0456d\u0456ot', 'idiot', 'Cyrillic і inside a Latin word'],
    ['\u041Eliver', 'Oliver', 'Cyrillic capital О'],
    ['m\u03BFr\u03BFn', 'moron', 'Greek omicron'],
    ['w\u0430\u200Bnk\u0435r', 'wanker', 'look-alikes and a zero-width space in one word'],
    ['\u0274\u1D0F', 'no', 'small capitals'],
    ['\u041F\u0440\u0438\u0432\u0435\u0442 \u0441 \u043E', '\u041F\u0440\u0438\u0432\u0435\u0442 \u0441 \u043E', 'Russian words are left as they are'],
    ['Year 6 \u041A\u0430\u043B\u0438\u043D\u043A\u0430', 'Year 6 \u041A\u0430\u043B\u0438\u043D\u043A\u0430', 'a Russian word beside Latin ones'],
    ['\u039A\u03B1\u03BB\u03AE', '\u039A\u03B1\u03BB\u03B7', 'a Greek word keeps its letters (only its accent goes)'],
  ])('reads look-alike letters: %j as %j (%s)', (input, expected) => expect(normalise(input).text).toBe(expected));

  it('maps look-alike letters back to their own offsets', () => {
    const original = 'The head is an \u0456d\u0456\u200Bot, and \u041Eliver knows';
    const norm = normalise(original);
    const at = (word: string) => {
      const i = norm.text.indexOf(word);
      const span = toOriginal(norm, i, i + word.length);
      return original.slice(span.start, span.end);
    };
    expect(at('idiot')).toBe('\u0456d\u0456\u200Bot');
    expect(at('Oliver')).toBe('\u041Eliver');
    expect(at('knows')).toBe('knows');
  });

  it('gives a combining mark to the letter before it', () => {
    const original = 's\u0336h\u0336i\u0336t\u0336 day';
    const norm = normalise(original);
    const span = toOriginal(norm, 0, 4);
    expect(original.slice(span.start, span.end)).toBe('s\u0336h\u0336i\u0336t\u0336');
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
