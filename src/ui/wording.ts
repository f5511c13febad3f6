// Every sentence the UI says, in one place so the wording stays plain, kind and consistent.
import { SEVERITIES } from '../engine/types.ts';
import type { Severity } from '../engine/types.ts';
import type { BadgeState, ShownFinding } from './types.ts';

export const SEVERITY_WORDS: Record<Severity, string> = {
  stop: 'Must not post',
  warning: 'Check before posting',
  advice: 'Worth a look',
};

export const DEFAULT_ASK_WHO = 'your headteacher or designated safeguarding lead';

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** The most severe finding's severity; undefined when there are none. */
export function worstSeverity(findings: readonly ShownFinding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (worst === undefined || rank(f.severity) > rank(worst)) worst = f.severity;
  return worst;
}

/** Most severe first; equal severities keep the order they came in (reading order). */
export function bySeverity(findings: readonly ShownFinding[]): ShownFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(b.f.severity) - rank(a.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

export function countBySeverity(findings: readonly ShownFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { advice: 0, warning: 0, stop: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "1 must not post, 2 worth a look": most severe first, zero counts left out. */
export function breakdown(findings: readonly ShownFinding[]): string {
  const counts = countBySeverity(findings);
  return [...SEVERITIES]
    .reverse()
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${SEVERITY_WORDS[s].toLowerCase()}`)
    .join(', ');
}

/** The badge button's accessible name, e.g. "Postcheck: 2 issues (1 must not post, 1 worth a look)". */
export function badgeName(state: BadgeState): string {
  switch (state.status) {
    case 'loading':
      return 'Postcheck: getting ready to check';
    case 'off':
      return `Postcheck: checking is off: ${state.reason}`;
    case 'on':
      return state.findings.length === 0
        ? 'Postcheck: no issues found'
        : `Postcheck: ${plural(state.findings.length, 'issue', 'issues')} (${breakdown(state.findings)})`;
  }
}

/** What the badge shows as text: the count, or a short word when there is nothing to count. */
export function badgeText(state: BadgeState): string {
  if (state.status === 'loading') return '';
  if (state.status === 'off') return 'Off';
  return state.findings.length === 0 ? '' : String(state.findings.length);
}

export const LOADING_TEXT = 'Postcheck is getting ready to check this post.';
export const CLEAR_TEXT = 'No issues found. Postcheck checks your post as you type.';
export const offText = (reason: string) => `Checking is off: ${reason}`;
/** Why checking is off, when it stopped on its own (the badge and the popup say it; posts then go unchecked). */
export const OFF_RELOADED = 'Postcheck was updated or restarted. Reload the page to check posts again.';
export const OFF_NOT_LOADED = 'Postcheck could not start on this page. Reload the page to try again.';
export const UNCITED_TEXT = "No clause of your school's policy covers this, so it is shown as advice only.";
export const DISMISS_LABEL = 'Not a problem here';
export const ALLOW_LABEL = 'Always allow this word';
export const EDIT_LABEL = 'Edit post';
export const POST_LABEL = 'Post anyway';
export const REASON_LABEL = 'Why does this need to go out as it is?';
export const REASON_HINT = 'Your school asks for a reason before posting anyway. It is kept on this device only, with the date and the rule, never the post.';
export const GATE_TITLE = 'Before you post';

/** The gate's summary sentence (its accessible description). */
export function gateSummary(findings: readonly ShownFinding[], packTitle: string): string {
  const n = findings.length;
  const stops = countBySeverity(findings).stop;
  const first = `Postcheck found ${n === 1 ? 'one thing' : `${n} things`} in this post that your school's policy covers (${packTitle}).`;
  if (stops === 0) return `${first} Please have a look before it goes out.`;
  const who = stops < n ? `${stops} of them` : n === 1 ? 'It' : 'They';
  return `${first} ${who} must not be posted as written.`;
}

export const askWhoText = (askWho: string | undefined) =>
  `Your school's settings don't allow posting this as it is. If you think it should go out, ask ${askWho?.trim() || DEFAULT_ASK_WHO} first.`;
