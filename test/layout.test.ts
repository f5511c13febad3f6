// The layout explains itself: every detector is registered, tested with a case table and documented, and every
// finding a detector can make belongs to its declared category.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../src/detectors/registry.ts';
import { categoryOf, SIGNALS } from '../src/engine/types.ts';

const DIR = join(import.meta.dirname, '../src/detectors');
const folders = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('detector layout', () => {
  it('registers exactly one detector per folder, named after it', () => {
    expect(DETECTORS.map((d) => d.meta.id).sort()).toEqual([...folders].sort());
  });

  for (const d of DETECTORS) {
    describe(d.meta.id, () => {
      const folder = join(DIR, d.meta.id);
      it('declares known signals of its own category', () => {
        expect(d.meta.signals.length).toBeGreaterThan(0);
        for (const s of d.meta.signals) {
          expect(SIGNALS).toContain(s);
          expect(categoryOf(s)).toBe(d.meta.category);
        }
      });
      it('has a README that names each of its signals', () => {
        const readme = join(folder, 'README.md');
        expect(existsSync(readme)).toBe(true);
        const text = readFileSync(readme, 'utf8');
        expect(text).toContain(`# ${d.meta.id}`);
        for (const s of d.meta.signals) expect(text).toContain(s);
      });
      it('has a case table with at least 25 cases each way', () => {
        const test = join(folder, `${d.meta.id}.test.ts`);
        expect(existsSync(test)).toBe(true);
        const source = readFileSync(test, 'utf8');
        expect(source).toContain('runCases(');
        // Count table rows: valid cases are strings or {text}, invalid ones carry `findings`.
        const invalid = (source.match(/findings:/g) ?? []).length;
        const texts = (source.match(/^\s*(?:'|"|`|\{ text:)/gm) ?? []).length;
        expect(invalid).toBeGreaterThanOrEqual(25);
        expect(texts - invalid).toBeGreaterThanOrEqual(25);
      });
    });
  }

  it('every signal is produced by some detector', () => {
    const declared = new Set(DETECTORS.flatMap((d) => d.meta.signals));
    expect(SIGNALS.filter((s) => !declared.has(s))).toEqual([]);
  });
});
