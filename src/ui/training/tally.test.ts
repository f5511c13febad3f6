import { describe, expect, it } from 'vitest';
import { tallyScore } from './tally.ts';

describe('tallyScore', () => {
  const questions = [
    { id: 'a', risky: true },
    { id: 'b', risky: false },
    { id: 'c', risky: true },
    { id: 'd', risky: false },
  ];

  it('counts revealed questions with votes, and a majority matching the policy as agreement', () => {
    expect(
      tallyScore(questions, {
        a: { post: 2, hold: 10, revealed: true }, // right: held a risky post
        b: { post: 3, hold: 9, revealed: true }, // wrong: would hold a clean one
        c: { post: 5, hold: 5, revealed: true }, // a tie is not agreement
        d: { post: 8, hold: 0, revealed: false }, // not revealed yet: not counted
      }),
    ).toEqual({ asked: 3, agreed: 1 });
  });

  it('leaves out questions nobody voted on', () => {
    expect(tallyScore(questions, { a: { post: 0, hold: 0, revealed: true } })).toEqual({ asked: 0, agreed: 0 });
  });
});
