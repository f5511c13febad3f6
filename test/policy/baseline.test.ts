// The baseline (used when no policy is chosen) may only require what all five school policies require: each of its
// clauses names, in `basis`, a clause of every real pack that covers the same ground.
import { describe, expect, it } from 'vitest';
import { loadPacks } from './packs.ts';

const packs = loadPacks();
const baseline = packs.get('baseline')!;
const real = [...packs.values()].filter((p) => !p.baseline);

describe('baseline pack', () => {
  it('is labelled as the baseline, not a school policy', () => {
    expect(baseline.baseline).toBe(true);
    expect(baseline.title).toMatch(/^Baseline/);
  });

  it.each(baseline.clauses.map((c) => [c.id, c] as const))('clause %s is shared by every school policy', (_id, clause) => {
    const refs = (clause.basis ?? []).map((ref) => ref.split('#') as [string, string]);
    expect(new Set(refs.map(([pack]) => pack))).toEqual(new Set(real.map((p) => p.id)));
    for (const [packId, clauseId] of refs) {
      const source = packs.get(packId)!.clauses.find((c) => c.id === clauseId);
      expect(source, `${packId}#${clauseId}`).toBeDefined();
      expect(source!.signals.some((s) => clause.signals.includes(s)), `${packId}#${clauseId} shares a signal`).toBe(true);
    }
  });
});
