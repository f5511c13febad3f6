// What the training page is shown: scenarios already checked against the chosen pack, and the clauses to teach from.
// Built by src/training from the engine and the packs; the components only render it.
import type { Severity } from '../../engine/types.ts';
import type { ShownFinding } from '../types.ts';

export type PracticeSite = 'facebook' | 'x' | 'linkedin';
export type PracticeBox = 'post' | 'comment' | 'reply' | 'message';

export interface ClauseView {
  id: string;
  section: string;
  /** The policy's own words. */
  quote: string;
  /** Plain English: what to do instead. */
  guidance: string;
  /** What the policy says happens on a breach, when it says. */
  consequence?: string;
  severity: Severity;
}

export interface PostView {
  /** Stable within the pack. */
  id: string;
  post: string;
  by: string;
  site: PracticeSite;
  box: PracticeBox;
  /** What the checker flags in it, under the chosen pack. */
  findings: ShownFinding[];
  /** The clause to teach from (null for a clean post). */
  clause: ClauseView | null;
  /** Would the post be stopped for a decision? */
  stops: boolean;
}

export interface ScenarioView extends PostView {
  rewrite?: string;
  /** From the pack's own examples, or written for training. */
  source: 'pack' | 'written';
}

export interface HandoutItem {
  clause: ClauseView;
  example?: { post: string; rewrite?: string };
}

export interface PackOption {
  id: string;
  /** "Social Media Policy, The OWLS Academy Trust". */
  name: string;
}

export interface TrainingModel {
  packId: string;
  packName: string;
  scenarios: ScenarioView[];
  /** Posts that are fine under this pack (near misses and safer rewrites), for the quiz: checked on first call. */
  clean(): PostView[];
  handout: HandoutItem[];
}

/** What the page needs from outside the UI: the model per pack, the live check, and the real checker. */
export interface TrainingApi {
  packs(): PackOption[];
  model(packId: string): TrainingModel;
  /** The findings for text typed in "Try your own" (the same check as the composer's). */
  check(text: string): ShownFinding[];
  /** Adds a school's own pack from a file's text; returns its id, or throws an error naming the file and line. */
  openPack(json: string, fileName: string): string;
  /** Tells the real checker the chosen pack (it re-checks every practice box). */
  choosePack(packId: string): void;
  /** Whether a key press posts from this practice box, as on the site it plays (Enter in a comment, Ctrl+Enter on X). */
  keyPosts(event: KeyboardEvent, editor: HTMLElement): boolean;
  /** Hands a practice composer's editor to the real checker (marks, badge, card and the gate). */
  track(editor: HTMLElement): void;
  /** How large the checker's own warnings are drawn, to match the page's type. */
  setTextScale(scale: number): void;
}
