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
