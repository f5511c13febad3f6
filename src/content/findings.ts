import type { CitedFinding } from '../policy/cite.ts';
import type { Severity } from '../engine/types.ts';
import { SEVERITIES } from '../engine/types.ts';
import type { ShownFinding } from '../ui/types.ts';

// From cited findings to what staff see: marked words, a key that survives edits elsewhere in the post, and the
// personal allow-list and "Not a problem here" applied. Pure, so the rules are unit-tested.

/** How words are compared for the allow-list and dismissals: case, width and spacing do not matter. */
export function foldWords(words: string): string {
  return words.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();
}

/** A name matched against the school's pupil roster: never allow-listed (the roster is the school's decision). */
export function isRosterMatch(finding: CitedFinding): boolean {
  return finding.detector === 'roster-name' || finding.evidence.reasons.some((r) => r.kind === 'roster');
}

/** Stable while the user edits elsewhere: the same words flagged for the same reason keep their key. */
export function findingKey(finding: CitedFinding, words: string, nth: number): string {
  return `${finding.signal}|${foldWords(words)}|${nth}`;
}

export interface ShowOptions {
  /** Words the user chose to always allow (folded). */
  allowed: ReadonlySet<string>;
  /** Keys the user dismissed with "Not a problem here" for this post. */
  dismissed: ReadonlySet<string>;
}

export function toShown(text: string, findings: readonly CitedFinding[], options: ShowOptions): ShownFinding[] {
  const seen = new Map<string, number>();
  const shown: ShownFinding[] = [];
  for (const f of findings) {
    const words = text.slice(f.start, f.end);
    const folded = foldWords(words);
    const base = `${f.signal}|${folded}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    const roster = isRosterMatch(f);
    if (!roster && options.allowed.has(folded)) continue;
    const key = findingKey(f, words, nth);
    if (options.dismissed.has(key)) continue;
    shown.push({
      key,
      words,
      start: f.start,
      end: f.end,
      severity: f.severity,
      category: f.category,
      signal: f.signal,
      message: f.message,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      citations: f.citations,
      uncited: f.uncited,
      allowable: !roster,
    });
  }
  return shown;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (worst === null || rank(f.severity) > rank(worst)) worst = f.severity;
  return worst;
}

/** The findings that stop a post: at or above the pack's threshold. */
export function gating<T extends { severity: Severity }>(findings: readonly T[], gateAt: Severity): T[] {
  return findings.filter((f) => rank(f.severity) >= rank(gateAt));
}
