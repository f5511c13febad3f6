import { describe, expect, it } from 'vitest';
import { builtinPacks, resolveWithBuiltins } from '../policy/builtin.ts';
import { CATEGORIES } from '../engine/types.ts';
import { demoContext } from './demo-school.ts';
import { checkerFor, explain } from './library.ts';
import { characterLimitOf } from '../ui/training/limits.ts';
import { scenariosFor } from './scenarios.ts';
import { WRITTEN } from './written.ts';

// The scenario library behind the training page: enough of it, covering every checkable clause of every pack, and
// every safer rewrite really is safe.

const context = demoContext();
const packs = [...builtinPacks().values()].map((p) => resolveWithBuiltins(p));

describe.each(packs.map((p) => [p.id, p] as const))('scenarios for %s', (_id, pack) => {
  const check = checkerFor(pack, context);
  const scenarios = scenariosFor(pack, WRITTEN);
  const explained = scenarios.map((s) => explain(s, pack, check));

  it('has at least 40, with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it('covers all four categories', () => {
    expect(new Set(explained.flatMap((e) => e.categories))).toEqual(new Set(CATEGORIES));
  });

  it('has a scenario that triggers each checkable clause', () => {
    const cited = new Set(explained.flatMap((e) => e.findings.flatMap((f) => f.citations.map((c) => c.clauseId))));
    const missing = pack.clauses.filter((c) => c.checkable && !cited.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('tells every example as a scenario: who, where and a safer rewrite', () => {
    const bare = scenarios.filter((s) => s.source === 'pack' && s.rewrite === undefined).map((s) => s.id);
    expect(bare).toEqual([]);
  });

  it('flags every scenario, citing its own clause', () => {
    const wrong = explained
      .filter((e) => !e.findings.length || (e.scenario.clauseId !== undefined && e.clause?.id !== e.scenario.clauseId))
      .map((e) => e.scenario.id);
    expect(wrong).toEqual([]);
  });

  it('fits each post and rewrite in its site box', () => {
    const long = scenarios
      .filter((s) => Math.max(s.post.length, s.rewrite?.length ?? 0) > characterLimitOf(s.site, s.box))
      .map((s) => s.id);
    expect(long).toEqual([]);
  });

  it('gives safer rewrites that go straight through and no longer breach the clause', () => {
    const unsafe = explained.flatMap((e) => {
      if (e.scenario.rewrite === undefined) return [];
      const after = explain({ ...e.scenario, post: e.scenario.rewrite }, pack, check);
      const stillCites = after.findings.some((f) => f.citations.some((c) => c.clauseId === e.scenario.clauseId));
      return after.stops || stillCites ? [`${e.scenario.id}: ${e.scenario.rewrite}`] : [];
    });
    expect(unsafe).toEqual([]);
  });
});

describe('written scenarios', () => {
  const baseline = packs.find((p) => p.baseline)!;
  const check = checkerFor(baseline, context);

  it('have unique ids', () => {
    expect(new Set(WRITTEN.map((w) => w.id)).size).toBe(WRITTEN.length);
  });

  it.each(WRITTEN.map((w) => [w.id, w] as const))('%s is flagged in the category it was written for', (_id, w) => {
    expect(check(w.post).map((f) => f.category)).toContain(w.category);
  });
});
