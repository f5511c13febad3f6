// Word lists matched over the tokens rather than the text: one map look-up per token, so long lists cost nothing
// extra. Terms are lower-case words separated by single spaces (token keys: possessives stripped).
import type { Term } from './terms.ts';
import type { Token } from './tokens.ts';

/** A word list indexed by first word, longest phrase first. */
export type PhraseIndex = Map<string, { term: Term; words: string[] }[]>;

export function phraseIndex(terms: readonly Term[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const term of terms) {
    const words = term.term.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ term, words });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0]!, list);
  }
  return index;
}

/** Non-overlapping phrases of the index in the tokens, longest first, as normalised offsets. */
export function findPhrases(tokens: Token[], index: PhraseIndex): { term: Term; start: number; end: number }[] {
  const out: { term: Term; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = index.get(tokens[i]!.key);
    if (!list) continue;
    const hit = list.find((c) => c.words.every((w, k) => tokens[i + k]?.key === w));
    if (!hit) continue;
    out.push({ term: hit.term, start: tokens[i]!.start, end: tokens[i + hit.words.length - 1]!.end });
    i += hit.words.length - 1;
  }
  return out;
}
