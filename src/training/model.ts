import type { ResolvedPack } from '../policy/load.ts';
import type { Clause } from '../policy/schema.ts';
import { toShown } from '../content/findings.ts';
import { packName } from '../content/policy-from-settings.ts';
import type { ClauseView, HandoutItem, PostView, ScenarioView, TrainingModel } from '../ui/training/types.ts';
import { explain, type Check } from './library.ts';
import { scenariosFor, type Scenario, type WrittenScenario } from './scenarios.ts';

// The training page's model for one pack: every scenario checked against it, the clean posts for the quiz, and the
// handout. Built when the trainer picks the pack (a few hundred milliseconds at most), then only read.

const NONE = { allowed: new Set<string>(), dismissed: new Set<string>() };

export function clauseView(c: Clause): ClauseView {
  return { id: c.id, section: c.section, quote: c.quote, guidance: c.guidance, severity: c.severity, ...(c.consequence ? { consequence: c.consequence } : {}) };
}

function view(s: Pick<Scenario, 'id' | 'post' | 'by' | 'site' | 'box' | 'clauseId'>, pack: ResolvedPack, check: Check): PostView {
  const e = explain(s, pack, check);
  return {
    id: s.id,
    post: s.post,
    by: s.by,
    site: s.site,
    box: s.box,
    findings: toShown(s.post, e.findings, NONE),
    clause: e.clause ? clauseView(e.clause) : null,
    stops: e.stops,
  };
}

export function buildModel(pack: ResolvedPack, check: Check, written: readonly WrittenScenario[]): TrainingModel {
  const scenarios: ScenarioView[] = scenariosFor(pack, written).map((s) => ({
    ...view(s, pack, check),
    source: s.source,
    ...(s.rewrite !== undefined ? { rewrite: s.rewrite } : {}),
  }));

  // Clean posts: each clause's near misses and every safer rewrite, kept only when nothing at all is flagged in them
  // under this pack (a quiz answer of "fine to post" must be plainly right). Checked when the quiz first asks.
  const findClean = (): PostView[] => {
    const clean: PostView[] = [];
    const seen = new Set<string>();
    const addClean = (id: string, post: string, from: Pick<Scenario, 'by' | 'site' | 'box'>) => {
      if (seen.has(post)) return;
      seen.add(post);
      const v = view({ id, post, by: from.by, site: from.site, box: from.box }, pack, check);
      if (v.findings.length === 0) clean.push(v);
    };
    for (const s of scenarios) if (s.rewrite) addClean(`${s.id}/rewrite`, s.rewrite, s);
    for (const c of pack.clauses) {
      const told = scenarios.find((s) => s.id.startsWith(`${c.id}/`));
      (c.examples?.passes ?? []).forEach((post, n) => addClean(`${c.id}/pass-${n + 1}`, post, told ?? { by: 'A member of staff', site: 'facebook', box: 'post' }));
    }
    return clean;
  };
  let clean: PostView[] | undefined;

  const handout: HandoutItem[] = pack.clauses
    .filter((c) => c.checkable)
    .map((c) => {
      const example = scenarios.find((s) => s.clause?.id === c.id);
      return { clause: clauseView(c), ...(example ? { example: { post: example.post, ...(example.rewrite ? { rewrite: example.rewrite } : {}) } } : {}) };
    });

  return { packId: pack.id, packName: packName(pack), scenarios, clean: () => (clean ??= findClean()), handout };
}
