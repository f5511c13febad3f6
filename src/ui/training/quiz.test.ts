import { describe, expect, it } from 'vitest';
import { quizRound } from './quiz.ts';
import type { PostView } from './types.ts';

const post = (id: string, stops: boolean): PostView => ({ id, post: id, by: 'Teacher', site: 'x', box: 'post', findings: [], clause: null, stops });
const risky = Array.from({ length: 20 }, (_, i) => post(`r${i}`, i % 5 !== 0));
const clean = Array.from({ length: 8 }, (_, i) => post(`c${i}`, false));

describe('quizRound', () => {
  it('mixes posts that would be stopped with clean ones, about a third clean', () => {
    const round = quizRound(risky, clean, 1);
    expect(round).toHaveLength(10);
    expect(round.filter((q) => !q.risky).map((q) => q.id).every((id) => id.startsWith('c'))).toBe(true);
    expect(round.filter((q) => !q.risky)).toHaveLength(3);
    // A risky question is one the checker would stop, so "don't post" is plainly right.
    expect(round.filter((q) => q.risky).every((q) => q.stops)).toBe(true);
  });

  it('gives the same round for the same seed and another for a new one', () => {
    expect(quizRound(risky, clean, 7).map((q) => q.id)).toEqual(quizRound(risky, clean, 7).map((q) => q.id));
    expect(quizRound(risky, clean, 8).map((q) => q.id)).not.toEqual(quizRound(risky, clean, 7).map((q) => q.id));
  });

  it('never repeats a post, and copes with fewer posts than asked for', () => {
    const round = quizRound(risky.slice(0, 2), clean.slice(0, 1), 3);
    expect(new Set(round.map((q) => q.id)).size).toBe(round.length);
    expect(round.length).toBeLessThanOrEqual(3);
  });
});
