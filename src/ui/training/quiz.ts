import type { PostView } from './types.ts';

// A quiz round: risky and clean posts mixed, so "would you post this?" is a real question. Seeded, so the trainer can
// step back and forth and get the same order, and "New questions" gives another.

export interface QuizQuestion extends PostView {
  /** The right answer under the chosen pack: not as written (it would be stopped), or fine. */
  risky: boolean;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same round. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `size` questions, about a third of them clean: risky ones are those the checker would stop. */
export function quizRound(risky: readonly PostView[], clean: readonly PostView[], seed: number, size = 10): QuizQuestion[] {
  const next = random(seed);
  const stopping = risky.filter((p) => p.stops);
  const cleanCount = Math.min(clean.length, Math.round(size / 3));
  const picked = [
    ...shuffled(stopping, next).slice(0, size - cleanCount).map((p) => ({ ...p, risky: true })),
    ...shuffled(clean, next).slice(0, cleanCount).map((p) => ({ ...p, risky: false })),
  ];
  return shuffled(picked, next);
}
