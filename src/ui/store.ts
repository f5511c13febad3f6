// The UI's state, owned outside React: the handle writes it, one React root renders it (useSyncExternalStore).
import type { BadgeState, CardActions, GateChoice, GateRequest, ShownFinding } from './types.ts';

export type Anchor = () => DOMRect;

export interface BadgeSlot {
  anchor: Anchor;
  state: BadgeState;
  actions: CardActions;
}

export interface CardSlot {
  /** Changes only when a different finding is shown, so re-showing the same one (pointer moving over it) does not flicker. */
  id: number;
  finding: ShownFinding;
  anchor: Anchor | undefined;
  actions: CardActions | undefined;
  /** The caller asked to close it; the card goes once neither the pointer nor focus is in it. */
  closing: boolean;
}

export interface GateSlot {
  id: number;
  request: GateRequest;
  choose(choice: GateChoice): void;
}

export interface UiState {
  badge: BadgeSlot | null;
  card: CardSlot | null;
  gate: GateSlot | null;
}

export interface Store {
  get(): UiState;
  set(patch: Partial<UiState>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore(): Store {
  let state: UiState = { badge: null, card: null, gate: null };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
