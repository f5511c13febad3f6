// The UI's contract with the content script: what it is shown and what it reports back. Findings arrive already
// cited and worded; the UI never sees a detector's internals.
import type { Category, Severity, Signal } from '../engine/types.ts';
import type { Citation } from '../policy/cite.ts';

export type { Citation };

export interface ShownFinding {
  /** Stable id for this finding in this post. */
  key: string;
  /** The marked words, exactly as typed (rendered as text, never HTML). */
  words: string;
  /** Where the words are in the post text (half-open UTF-16 offsets), for the highlighter; the UI does not use them. */
  start: number;
  end: number;
  severity: Severity;
  category: Category;
  signal: Signal;
  message: string;
  suggestion?: string;
  /** Best first. */
  citations: Citation[];
  uncited: boolean;
  /** False for names on the pupil roster: no "Always allow this word". */
  allowable: boolean;
}

export type BadgeState = { status: 'loading' } | { status: 'off'; reason: string } | { status: 'on'; findings: ShownFinding[] };

export interface CardActions {
  onDismiss(key: string): void;
  /** Absent when settings are locked or the finding is not allowable. */
  onAllowWord?(key: string): void;
}

export interface GateRequest {
  findings: ShownFinding[];
  canPostAnyway: boolean;
  /** Who to ask, shown when !canPostAnyway. */
  askWho?: string;
  packTitle: string;
  /** Present when the school asks for a typed reason before "Post anyway": called with it, then the post goes. */
  recordReason?: (reason: string) => void;
}

export type GateChoice = 'edit' | 'post';

export interface UiHandle {
  /** Badge next to the active compose box; anchor is re-read on scroll/resize (rAF-throttled). null hides it. */
  setBadge(anchor: (() => DOMRect) | null, state: BadgeState, actions: CardActions): void;
  /** Card for one finding, positioned by the marked words' rects (from the highlighter); null closes it (after a short delay, and not while the pointer or focus is in it). */
  showCard(finding: ShownFinding | null, anchor?: () => DOMRect, actions?: CardActions): void;
  /** Opens the pre-post dialog; resolves 'edit' or 'post'. Only one at a time: a second call while open returns the same promise. */
  openGate(request: GateRequest): Promise<GateChoice>;
  isGateOpen(): boolean;
  /** Closes an open dialog as "edit" without moving focus: what it asked about has gone (the box left the page). */
  closeGate(): void;
  /** Moves keyboard focus to the badge, which opens its list (for a keyboard shortcut: the host is last in tab order). False when no badge is shown. */
  focusBadge(): boolean;
  /** A layer (inside the shadow root, pointer-events none, fixed, full viewport) for the highlighter's Firefox overlay. */
  overlayLayer(): HTMLElement;
  /** Scales all text (and so every size, which is in em) from the browser's default: the training page's large type. */
  setTextScale(scale: number): void;
  /** Removes the host; an open gate resolves 'edit' (never posts by default). */
  destroy(): void;
}
