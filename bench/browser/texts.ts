// Realistic posts for the browser benchmark: development-corpus posts (benign and risky) in a fixed pseudo-random
// order, as paragraphs or run together as one paragraph, the same on every run.
import { loadCorpus } from '../../test/corpus/evaluate.ts';

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

let posts: string[] | undefined;

export type Shape = 'paragraphs' | 'one paragraph';

/** About `chars` characters (cut at a word end), paragraphs separated by a blank line. */
export function post(chars: number, shape: Shape, seed: number): string {
  posts ??= loadCorpus().map((p) => p.text.trim());
  const next = rng(seed);
  let t = '';
  while (t.length < chars) {
    const p = posts[Math.floor(next() * posts.length)]!;
    t += shape === 'paragraphs' ? `${p}\n\n` : `${p.replace(/\s*\n\s*/g, ' ')} `;
  }
  const cut = t.lastIndexOf(' ', chars);
  return t.slice(0, cut > chars * 0.9 ? cut : chars).trim();
}

/** What is typed in the middle of a post: ordinary words, sentence ends and a pupil's name, so findings change. */
export const TYPED = ' and then the whole class went out to the field. Grace in Year 6 was brilliant, as always! We will do it again next week.';
