import type { SiteAdapter } from '../sites/adapter.ts';
import { installGate, type Gate, type PostIntent } from '../sites/gate.ts';
import { showOffBadge } from '../ui/off-badge.ts';
import { OFF_NOT_LOADED, OFF_RELOADED } from '../ui/wording.ts';

// The part of the content script every page of the three sites pays for: the submit gate's listeners and a focus
// listener. The checker (engine, NLP, policy packs, UI) loads the first time a compose box gets focus.

/** What the popup is told about this tab (never any text). `active: null`: not started (no box focused yet). */
export interface TabStatus {
  active: boolean | null;
  site: string;
  packTitle: string | null;
}

export const STATUS_MESSAGE = 'postcheck:status';

export interface Checker {
  /** Whether this tab is being checked, and with which policy. */
  status(): TabStatus;
  /** Start checking a compose box (idempotent). */
  track(editor: HTMLElement): void;
  /** Synchronously: does this attempt to post need the user's decision? */
  shouldStop(intent: PostIntent): boolean;
  /** Explain why the post was stopped, then edit or post through `gate`. */
  stopped(intent: PostIntent, gate: Gate): void;
  /** Stop checking for good (posts go), and say why on the badge by the box in use. */
  disable(reason: string): void;
}

export type LoadChecker = () => Promise<Checker>;

type State =
  | { status: 'idle' }
  | { status: 'loading'; ready: Promise<Checker> }
  | { status: 'ready'; checker: Checker }
  | { status: 'failed'; reason: string; checker: Checker | null };

/** Anything typed in the box? (Empty boxes cannot post on any of the sites.) */
export const hasText = (editor: HTMLElement) => (editor.textContent ?? '').trim().length > 0;

/** The runtime's message events (absent in unit tests). A listener answers by returning a promise. */
export interface MessageEvents {
  addListener(fn: (message: unknown) => Promise<TabStatus> | undefined): void;
  removeListener(fn: (message: unknown) => Promise<TabStatus> | undefined): void;
}

export interface Booted {
  gate: Gate;
  /** Starts checking a box without waiting for it to be focused (the training page's scenarios). */
  track(editor: HTMLElement): void;
  stop(): void;
}

export interface BootOptions {
  /** The runtime's message events, for the popup's status question (absent in unit tests and the training page). */
  messages?: MessageEvents;
  /** False once the extension was reloaded or updated under this page: its APIs are gone, checking stops. */
  alive?: () => boolean;
}

/** How often, at most, typing asks whether the extension is still there (the question is cheap; typing is not rare). */
const ALIVE_CHECK_MS = 1000;

export function boot(doc: Document, adapter: SiteAdapter, load: LoadChecker, options: BootOptions = {}): Booted {
  const { messages, alive = () => true } = options;
  let state: State = { status: 'idle' };
  let hideOff: (() => void) | null = null;

  /** Checking cannot go on: posts go from now on (fail open), and the badge by the box in use says why. */
  const fail = (reason: string) => {
    if (state.status === 'failed') return;
    const checker = state.status === 'ready' ? state.checker : null;
    state = { status: 'failed', reason, checker };
    if (checker) checker.disable(reason);
    else showOffFor(focusedEditor());
  };
  const focusedEditor = () => (doc.activeElement ? adapter.editorFor(doc.activeElement) : null);
  const showOffFor = (editor: HTMLElement | null) => {
    if (state.status !== 'failed' || state.checker || !editor) return;
    hideOff?.();
    hideOff = showOffBadge(doc, editor, state.reason);
  };
  let lastAliveCheck = 0;
  const stillAlive = (now = Date.now()) => {
    if (state.status === 'failed') return false;
    lastAliveCheck = now;
    if (alive()) return true;
    fail(OFF_RELOADED);
    return false;
  };

  const ensure = (): Promise<Checker> => {
    if (state.status === 'ready') return Promise.resolve(state.checker);
    if (state.status === 'loading') return state.ready;
    if (state.status === 'failed') return Promise.reject(new Error('the checker could not load'));
    const ready = load().then(
      (checker) => {
        state = { status: 'ready', checker };
        return checker;
      },
      (error: unknown) => {
        fail(alive() ? OFF_NOT_LOADED : OFF_RELOADED);
        throw error;
      },
    );
    state = { status: 'loading', ready };
    return ready;
  };

  const gate = installGate(doc.defaultView ?? window, adapter, {
    shouldStop(intent) {
      // Checking is off (the checker failed to load, or the extension went away): the post goes; the badge says so.
      if (!stillAlive()) return false;
      if (state.status === 'ready') return state.checker.shouldStop(intent);
      // Still loading (or never focused, e.g. a draft the site restored): hold the post until it can be checked.
      return intent.editors.some(hasText);
    },
    stopped(intent) {
      ensure().then(
        (checker) => {
          for (const editor of intent.editors) checker.track(editor);
          checker.stopped(intent, gate);
        },
        // Fail open: the user asked to post and nothing can check it; never swallow their post.
        () => gate.replay(intent),
      );
    },
  });

  const onFocus = (event: FocusEvent) => {
    const first = event.composedPath()[0];
    if (!(first instanceof Element)) return;
    const editor = adapter.editorFor(first);
    if (!editor) return;
    if (!stillAlive()) {
      showOffFor(editor);
      return;
    }
    ensure().then(
      (checker) => checker.track(editor),
      () => {},
    );
  };
  doc.addEventListener('focusin', onFocus, true);
  // Typing in a box: notice soon if the extension went away, so the badge says checking is off while they write.
  // At most once a second, and once more after the last key of a burst (a reload takes a moment to show).
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const onKey = (event: KeyboardEvent) => {
    if (state.status === 'idle' || state.status === 'failed') return;
    const first = event.composedPath()[0];
    if (!(first instanceof Element) || !adapter.editorFor(first)) return;
    const now = Date.now();
    if (now - lastAliveCheck >= ALIVE_CHECK_MS) stillAlive(now);
    else if (!trailing) {
      trailing = setTimeout(() => {
        trailing = undefined;
        stillAlive();
      }, ALIVE_CHECK_MS);
    }
  };
  doc.addEventListener('keydown', onKey, { capture: true, passive: true });

  const onMessage = (message: unknown): Promise<TabStatus> | undefined => {
    if ((message as { type?: unknown } | null)?.type !== STATUS_MESSAGE) return undefined;
    if (state.status === 'ready' && stillAlive()) return Promise.resolve(state.checker.status());
    return Promise.resolve({ active: state.status === 'failed' ? false : null, site: adapter.name, packTitle: null });
  };
  messages?.addListener(onMessage);

  return {
    gate,
    track(editor) {
      ensure().then(
        (checker) => checker.track(editor),
        () => {},
      );
    },
    stop() {
      gate.uninstall();
      hideOff?.();
      clearTimeout(trailing);
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('keydown', onKey, { capture: true });
      messages?.removeListener(onMessage);
    },
  };
}
