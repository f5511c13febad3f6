import type { Finding, Severity } from '../engine/types.ts';
import { SEVERITIES } from '../engine/types.ts';
import type { Clause } from './schema.ts';
import type { ResolvedPack } from './load.ts';

export interface Citation {
  packId: string;
  clauseId: string;
  section: string;
  quote: string;
  guidance: string;
}

/** A finding as staff see it: with the severity their policy gives it and the clauses it breaches. */
export interface CitedFinding extends Finding {
  severity: Severity;
  /** Best-fitting clause first. Empty when the pack has no clause for this signal. */
  citations: Citation[];
  /** True when no clause of the active pack covers the finding: reported anyway, never dropped. */
  uncited: boolean;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Clauses covering a signal, best fit first: the most specific clause (fewest signals) first, then the most severe,
 * then document order.
 */
export function clausesFor(pack: ResolvedPack, signal: Finding['signal']): Clause[] {
  return pack.clauses
    .map((clause, order) => ({ clause, order }))
    .filter(({ clause }) => clause.checkable && clause.signals.includes(signal))
    .sort((a, b) => a.clause.signals.length - b.clause.signals.length || rank(b.clause.severity) - rank(a.clause.severity) || a.order - b.order)
    .map(({ clause }) => clause);
}

export function cite(findings: readonly Finding[], pack: ResolvedPack): CitedFinding[] {
  return findings.map((f) => {
    const clauses = clausesFor(pack, f.signal);
    const citations = clauses.map((c) => ({ packId: pack.id, clauseId: c.id, section: c.section, quote: c.quote, guidance: c.guidance }));
    // The most severe clause the finding breaches decides; a finding no clause covers is advice, still shown.
    const severity = clauses.reduce<Severity>((s, c) => (rank(c.severity) > rank(s) ? c.severity : s), 'advice');
    return { ...f, severity, citations, uncited: clauses.length === 0 };
  });
}
