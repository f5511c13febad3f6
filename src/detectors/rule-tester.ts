// Table-driven detector tests in the manner of ESLint's RuleTester: texts that must produce nothing, and texts with
// exactly the findings (signal and marked text) they must produce.
import { describe, expect, it } from 'vitest';
import { analyse } from '../engine/analyse.ts';
import { createContext } from '../engine/context.ts';
import type { Detector } from '../engine/detector.ts';
import type { RosterPupil } from '../engine/roster/index.ts';
import type { SchoolProfile } from '../engine/school-profile.ts';
import type { Signal } from '../engine/types.ts';

export interface CaseContext {
  school?: SchoolProfile;
  pupils?: RosterPupil[];
}

export interface ValidCase {
  text: string;
  /** Why this must not fire, when it is not obvious. A real misfire keeps its name here. */
  reason?: string;
  context?: CaseContext;
}

export interface InvalidCase {
  text: string;
  /** Every finding, as [signal, the text it marks]. Order does not matter. */
  findings: [Signal, string][];
  reason?: string;
  context?: CaseContext;
}

export interface CaseTable {
  /** Context for every case that does not give its own. */
  context?: CaseContext;
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

const label = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}...` : text).replace(/\n/g, '⏎');

export function runCases(detector: Detector, table: CaseTable): void {
  describe(`detector ${detector.meta.id}`, () => {
    const run = (text: string, ctx: CaseContext | undefined) => {
      const c = ctx ?? table.context ?? {};
      return analyse(text, createContext(c), [detector]);
    };
    describe('does not flag', () => {
      for (const raw of table.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(c.reason ? `${label(c.text)} (${c.reason})` : label(c.text), () => {
          const found = run(c.text, c.context).map((f) => [f.signal, c.text.slice(f.start, f.end)]);
          expect(found).toEqual([]);
        });
      }
    });
    describe('flags', () => {
      for (const c of table.invalid) {
        it(c.reason ? `${label(c.text)} (${c.reason})` : label(c.text), () => {
          const findings = run(c.text, c.context);
          for (const f of findings) {
            expect(detector.meta.signals).toContain(f.signal);
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(c.text.length);
            expect(f.confidence).toBeGreaterThan(0);
            expect(f.confidence).toBeLessThanOrEqual(1);
            expect(f.evidence.reasons.length).toBeGreaterThan(0);
            expect(f.message.length).toBeGreaterThan(0);
          }
          const sort = (xs: [string, string][]) => [...xs].sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
          const found = findings.map((f): [string, string] => [f.signal, c.text.slice(f.start, f.end)]);
          expect(sort(found)).toEqual(sort(c.findings));
        });
      }
    });
  });
}
