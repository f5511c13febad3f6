import type { Category } from '../engine/types.ts';
import type { ResolvedPack } from '../policy/load.ts';
import type { ScenarioExample } from '../policy/schema.ts';
import { characterLimitOf } from '../ui/training/limits.ts';

// The training page's scenarios: every breaching example in the chosen pack (the packs are the one source of truth
// for their clauses' examples), then the scenarios written for training, which fit any policy.

export type ScenarioSite = ScenarioExample['site'];
export type ScenarioBox = ScenarioExample['box'];

/** A scenario written for training rather than taken from a pack: it fits every policy. */
export interface WrittenScenario extends ScenarioExample {
  /** Stable, for links and tests: lower-case words joined by hyphens. */
  id: string;
  /** The category it is written to show (a test checks it is flagged in it). */
  category: Category;
}

export interface Scenario {
  /** Stable within a pack: `<clause id>/<n>` for a pack's example, `written/<id>` for a written one. */
  id: string;
  post: string;
  by: string;
  site: ScenarioSite;
  box: ScenarioBox;
  /** The same message said safely; absent for a school's own pack whose examples are plain text. */
  rewrite?: string;
  /** The clause the scenario was written to breach (a pack example's own clause). */
  clauseId?: string;
  source: 'pack' | 'written';
}

/** A pack's plain-text examples still make scenarios: told as a staff member's post, on the sites in turn. */
const DEFAULT_BY = 'A member of staff';
const ROTATION: readonly ScenarioSite[] = ['facebook', 'x', 'linkedin'];
const X_LIMIT = characterLimitOf('x', 'post');

export function scenariosFor(pack: ResolvedPack, written: readonly WrittenScenario[]): Scenario[] {
  const out: Scenario[] = [];
  for (const clause of pack.clauses) {
    if (!clause.checkable) continue;
    (clause.examples?.flags ?? []).forEach((flag, n) => {
      const id = `${clause.id}/${n + 1}`;
      if ('by' in flag) {
        out.push({ id, post: flag.post, by: flag.by, site: flag.site, box: flag.box, rewrite: flag.rewrite, clauseId: clause.id, source: 'pack' });
        return;
      }
      // A long post cannot be an X post: it goes to the next site in turn.
      let site = ROTATION[out.length % ROTATION.length]!;
      if (site === 'x' && flag.post.length > X_LIMIT) site = 'facebook';
      out.push({ id, post: flag.post, by: DEFAULT_BY, site, box: 'post', clauseId: clause.id, source: 'pack' });
    });
  }
  for (const w of written) {
    out.push({ id: `written/${w.id}`, post: w.post, by: w.by, site: w.site, box: w.box, rewrite: w.rewrite, source: 'written' });
  }
  return out;
}
