import { describe, expect, it } from 'vitest';
import { builtinPack, resolveWithBuiltins } from '../policy/builtin.ts';
import { demoContext } from './demo-school.ts';
import { checkerFor } from './library.ts';
import { buildModel } from './model.ts';
import { WRITTEN } from './written.ts';

const context = demoContext();
const modelFor = (id: string) => {
  const pack = resolveWithBuiltins(builtinPack(id)!);
  return buildModel(pack, checkerFor(pack, context), WRITTEN);
};

describe('training model', () => {
  const owls = modelFor('owls-academy-trust');

  it('names the pack as staff see it', () => {
    expect(owls.packName).toBe('Social Media Policy, The OWLS Academy Trust');
  });

  it("teaches each pack example from its own clause, with the policy's words and consequence", () => {
    const s = owls.scenarios.find((x) => x.source === 'pack')!;
    expect(s.clause?.id).toBe(s.id.slice(0, s.id.lastIndexOf('/')));
    expect(s.clause?.quote.length).toBeGreaterThan(20);
    expect(s.clause?.consequence).toBeTruthy();
    expect(s.findings.length).toBeGreaterThan(0);
  });

  it('cites the chosen pack: the same post teaches a different clause under another policy', () => {
    const star = modelFor('star-academy-trust');
    const w = WRITTEN[0]!;
    const inOwls = owls.scenarios.find((s) => s.id === `written/${w.id}`)!;
    const inStar = star.scenarios.find((s) => s.id === `written/${w.id}`)!;
    expect(inOwls.findings[0]?.citations[0]?.packId).toBe('owls-academy-trust');
    expect(inStar.findings[0]?.citations[0]?.packId).toBe('star-academy-trust');
  });

  it('offers only posts with nothing flagged as clean quiz answers', () => {
    expect(owls.clean().length).toBeGreaterThan(10);
    expect(owls.clean().every((p) => p.findings.length === 0 && !p.stops)).toBe(true);
  });

  it('gives the handout every checkable clause, each with an example when the pack has one', () => {
    const pack = resolveWithBuiltins(builtinPack('owls-academy-trust')!);
    expect(owls.handout.map((h) => h.clause.id)).toEqual(pack.clauses.filter((c) => c.checkable).map((c) => c.id));
    expect(owls.handout.every((h) => h.example)).toBe(true);
  });
});
