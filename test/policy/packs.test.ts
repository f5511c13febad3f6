// Every pack in rules/ validates, resolves, quotes its document word for word, and its examples behave.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedClauses, loadPacks, POLICIES, resolved, tidy } from './packs.ts';

const packs = loadPacks();

describe.each([...packs.values()].map((p) => [p.id, p] as const))('pack %s', (id, pack) => {
  const full = resolved(id);

  it('resolves its extends chain', () => {
    expect(full.chain[0]).toBe(id);
    expect(full.clauses.length).toBeGreaterThan(0);
  });

  if (!pack.baseline) {
    it('quotes every clause word for word from its source document', () => {
      expect(pack.source).toBeDefined();
      const file = join(POLICIES, pack.source!);
      expect(existsSync(file)).toBe(true);
      const doc = tidy(readFileSync(file, 'utf8'));
      const missing = pack.clauses.filter((c) => !doc.includes(tidy(c.quote))).map((c) => c.id);
      expect(missing).toEqual([]);
    });
  }

  const checkable = full.clauses.filter((c) => c.checkable);
  it('gives every checkable clause two posts that breach it and one near miss', () => {
    const short = checkable.filter((c) => (c.examples?.flags.length ?? 0) < 2 || (c.examples?.passes.length ?? 0) < 1).map((c) => c.id);
    expect(short).toEqual([]);
  });

  describe.each(checkable.map((c) => [c.id, c] as const))('clause %s', (_clauseId, clause) => {
    for (const { post: text } of clause.examples?.flags ?? []) {
      it(`cites it for: ${text.slice(0, 60)}`, () => expect([...citedClauses(text, full).all]).toContain(clause.id));
    }
    for (const text of clause.examples?.passes ?? []) {
      it(`does not cite it for: ${text.slice(0, 60)}`, () => expect([...citedClauses(text, full).all]).not.toContain(clause.id));
    }
  });
});
