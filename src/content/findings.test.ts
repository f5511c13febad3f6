import { describe, expect, it } from 'vitest';
import type { CitedFinding } from '../policy/cite.ts';
import { foldWords, gating, toShown, worstSeverity } from './findings.ts';

function finding(start: number, end: number, over: Partial<CitedFinding> = {}): CitedFinding {
  return {
    category: 'abuse',
    signal: 'abuse.profanity',
    detector: 'profanity',
    start,
    end,
    confidence: 0.9,
    evidence: { reasons: [{ kind: 'wordlist', detail: 'x' }] },
    message: 'm',
    severity: 'warning',
    citations: [],
    uncited: true,
    ...over,
  } as CitedFinding;
}

const none = { allowed: new Set<string>(), dismissed: new Set<string>() };

describe('what staff see', () => {
  it('carries the marked words exactly as typed', () => {
    const shown = toShown('oh Bloody hell', [finding(3, 9)], none);
    expect(shown.map((f) => f.words)).toEqual(['Bloody']);
  });

  it('keys survive edits elsewhere in the post, and repeated words get their own keys', () => {
    const a = toShown('damn and damn', [finding(0, 4), finding(9, 13)], none).map((f) => f.key);
    const b = toShown('well, damn and damn', [finding(6, 10), finding(15, 19)], none).map((f) => f.key);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(2);
  });

  it('an allowed word is not shown, whatever its case or spacing', () => {
    const shown = toShown('Oh  DAMN it', [finding(4, 8)], { ...none, allowed: new Set([foldWords('damn')]) });
    expect(shown).toEqual([]);
  });

  it('a name on the pupil roster cannot be allowed away and is marked not allowable', () => {
    const roster = finding(0, 5, { signal: 'pupil.name', category: 'pupil', detector: 'roster-name', evidence: { reasons: [{ kind: 'roster', detail: 'r' }] } });
    const shown = toShown('Maisy did well', [roster], { ...none, allowed: new Set(['maisy']) });
    expect(shown).toHaveLength(1);
    expect(shown[0]?.allowable).toBe(false);
  });

  it('"Not a problem here" hides only that finding', () => {
    const [first] = toShown('damn and hell', [finding(0, 4), finding(9, 13)], none);
    const shown = toShown('damn and hell', [finding(0, 4), finding(9, 13)], { ...none, dismissed: new Set([first!.key]) });
    expect(shown.map((f) => f.words)).toEqual(['hell']);
  });

  it('the worst severity and the findings at or above the gate', () => {
    const list = [{ severity: 'advice' as const }, { severity: 'stop' as const }, { severity: 'warning' as const }];
    expect(worstSeverity(list)).toBe('stop');
    expect(worstSeverity([])).toBeNull();
    expect(gating(list, 'warning')).toHaveLength(2);
    expect(gating(list, 'stop')).toHaveLength(1);
    expect(gating(list, 'advice')).toHaveLength(3);
  });
});
