import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermList } from './terms.ts';

describe('TermList', () => {
  const list = new TermList([{ term: 'child protection' }, { term: 'child protection plan' }, { term: 'self harm' }, { term: 'bull*' }, { term: 'cp' }]);
  const find = (text: string) => list.find(text).map((m) => [m.term.term, text.slice(m.start, m.end)]);

  it('prefers the longest phrase at a place', () => {
    expect(find('on a child protection plan now')).toEqual([['child protection plan', 'child protection plan']]);
  });

  it('lets a space in a term match spaces or hyphens', () => {
    expect(find('self-harm and self  harm')).toEqual([['self harm', 'self-harm'], ['self harm', 'self  harm']]);
  });

  it('expands * to any word ending, and reports the term', () => {
    expect(find('bullying, bullied, bull')).toEqual([['bull*', 'bullying'], ['bull*', 'bullied'], ['bull*', 'bull']]);
  });

  it('matches whole words only', () => {
    expect(find('cpd on cp plans; scp')).toEqual([['cp', 'cp']]);
  });

  it('refuses terms with capitals, which would never match the lower-cased text', () => {
    expect(() => new TermList([{ term: 'SEND' }])).toThrow(/must be lower case/);
  });
});

// The trie-shaped regex must find exactly what a plain alternation of the phrases (longest first) finds.
describe('TermList against a plain alternation', () => {
  const reference = (terms: string[], lower: string) => {
    const pat = (t: string) => t.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\-]+');
    const sorted = [...terms].sort((a, b) => b.length - a.length);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(pat).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return [...lower.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
  };
  const word = fc.stringMatching(/^[a-c]{1,3}$/);
  it('agrees on random word lists and texts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 8 }), fc.array(fc.oneof(word, fc.constantFrom(' ', '-', '.', 'x')), { maxLength: 30 }), (terms, parts) => {
        const lower = parts.join('');
        const list = new TermList(terms.map((term) => ({ term })));
        expect(list.find(lower).map((m) => [m.start, m.end])).toEqual(reference(terms, lower));
      }),
      { numRuns: 500 },
    );
  });
});
