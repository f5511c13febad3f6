import { analyse } from '../engine/analyse.ts';
import type { AnalysisContext } from '../engine/context.ts';
import { categoryOf, SEVERITIES, type Category } from '../engine/types.ts';
import { cite, type CitedFinding } from '../policy/cite.ts';
import type { ResolvedPack } from '../policy/load.ts';
import type { Clause } from '../policy/schema.ts';
import type { Scenario } from './scenarios.ts';

// What a scenario shows once checked against the chosen pack: what is flagged, the clause it breaches and what the
// policy says happens. The same engine and citation the content script uses.

export type Check = (text: string) => CitedFinding[];

export function checkerFor(pack: ResolvedPack, context: AnalysisContext): Check {
  return (text) => cite(analyse(text, context), pack);
}

/** What explaining needs of a post: its text, and the clause it was written to breach, if any. */
export type Explainable = Pick<Scenario, 'post' | 'clauseId'>;

export interface Explained<S extends Explainable = Scenario> {
  scenario: S;
  findings: CitedFinding[];
  /** The clause to teach from: the scenario's own when it is cited, else the best clause of the worst finding. */
  clause: Clause | null;
  categories: Category[];
  /** Whether the post would be stopped for a decision (a finding at or above the pack's threshold). */
  stops: boolean;
}

const rank = (s: CitedFinding['severity']) => SEVERITIES.indexOf(s);

export function explain<S extends Explainable>(scenario: S, pack: ResolvedPack, check: Check): Explained<S> {
  const findings = check(scenario.post);
  const cited = new Set(findings.flatMap((f) => f.citations.map((c) => c.clauseId)));
  const worst = [...findings].sort((a, b) => rank(b.severity) - rank(a.severity))[0];
  const clauseId = scenario.clauseId && cited.has(scenario.clauseId) ? scenario.clauseId : worst?.citations[0]?.clauseId;
  return {
    scenario,
    findings,
    clause: pack.clauses.find((c) => c.id === clauseId) ?? null,
    categories: [...new Set(findings.map((f) => categoryOf(f.signal)))],
    stops: findings.some((f) => rank(f.severity) >= rank(pack.gateAt)),
  };
}
