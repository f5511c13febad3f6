// Keeps the measured quality from sliding back. Floors sit a little under the figures measured when they were set
// (see docs/quality.md); raise them when the detectors improve.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/engine/index.ts';
import { evaluate, loadCorpus } from './evaluate.ts';

const FLOORS = {
  pupil: { precision: 0.96, recall: 0.97 },
  school: { precision: 0.97, recall: 0.9 },
  confidential: { precision: 0.95, recall: 0.9 },
  abuse: { precision: 0.95, recall: 0.92 },
} as const;

describe('development corpus', () => {
  it('is big enough and mostly benign, as the issue asks', () => {
    const posts = loadCorpus();
    expect(posts.length).toBeGreaterThanOrEqual(400);
    expect(posts.filter((p) => p.labels.length === 0).length).toBeGreaterThanOrEqual(posts.length / 2);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });

  const result = evaluate(true);
  for (const c of CATEGORIES) {
    it(`${c}: precision ≥ ${FLOORS[c].precision}, recall ≥ ${FLOORS[c].recall}`, () => {
      const s = result.perCategory[c];
      expect(s.precision).toBeGreaterThanOrEqual(FLOORS[c].precision);
      expect(s.recall).toBeGreaterThanOrEqual(FLOORS[c].recall);
    });
  }

  it('raises nothing on at least 98% of benign posts', () => {
    expect(result.benignFlagged / result.benign).toBeLessThanOrEqual(0.02);
  });
});

// The held-out set is never used to tune a detector; its floors only stop the honest figures from falling.
const HOLDOUT_FLOORS = {
  pupil: { precision: 0.85, recall: 0.85 },
  school: { precision: 0.95, recall: 0.85 },
  confidential: { precision: 0.9, recall: 0.5 },
  abuse: { precision: 0.85, recall: 0.5 },
} as const;

describe('held-out set', () => {
  const holdout = evaluate(true, 'holdout.jsonl');
  for (const c of CATEGORIES) {
    it(`${c}: precision ≥ ${HOLDOUT_FLOORS[c].precision}, recall ≥ ${HOLDOUT_FLOORS[c].recall}`, () => {
      expect(holdout.perCategory[c].precision).toBeGreaterThanOrEqual(HOLDOUT_FLOORS[c].precision);
      expect(holdout.perCategory[c].recall).toBeGreaterThanOrEqual(HOLDOUT_FLOORS[c].recall);
    });
  }
  it('raises nothing on at least 95% of benign posts', () => {
    expect(holdout.benignFlagged / holdout.benign).toBeLessThanOrEqual(0.05);
  });
});
