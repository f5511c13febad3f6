import { createContext } from '../engine/context.ts';
import { createIncrementalAnalyser } from '../engine/incremental.ts';
import type { SiteAdapter } from '../sites/adapter.ts';
import type { Gate, PostIntent } from '../sites/gate.ts';
import { createHighlighter } from '../sites/highlighter.ts';
import { DEFAULTS, canChange, type Settings } from '../settings/settings.ts';
import type { CardActions, ShownFinding } from '../ui/types.ts';
import { mountUi } from '../ui/mount.tsx';
import { hasText, type Checker } from './boot.ts';
import { foldWords } from './findings.ts';
import { Session, type Analyser } from './session.ts';
import { contextFrom, packFrom, packName } from './policy-from-settings.ts';
import type { CheckerSource } from './source.ts';
import { warmUp } from './warm-up.ts';

// The checker: loaded on first focus of a compose box. Connects the site's boxes, the engine, the school's policy
// pack and the UI. Everything stays on the device; nothing here logs or stores post text.

/** How often followed boxes are checked for having left the page. */
const PRUNE_MS = 1000;

/** How often an open dialog checks that the boxes it asks about are still on the page. */
const ORPHAN_CHECK_MS = 250;

/** How long the caret must rest in marked words before their card opens (so typing through a word is quiet). */
const CARET_CARD_DELAY_MS = 700;

const yieldToHost = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

export function createChecker(doc: Document, adapter: SiteAdapter, source: CheckerSource): Checker {
  let settings: Settings = { ...DEFAULTS, managed: new Set(), problems: [] };
  let pack = packFrom(settings);
  let allowed: ReadonlySet<string> = new Set();
  let incremental = createIncrementalAnalyser(createContext(), { now: () => performance.now() });
  const enabled = () => source.checks(settings, adapter.id);
  const analyser: Analyser = {
    analyse: (text) => incremental.analyse(text),
    // Yield first: the analysis then runs after the frame that painted the keystroke (or paste), not inside it.
    analyseSliced: async (text, { signal }) => {
      await yieldToHost();
      return incremental.analyseSliced(text, { signal, yieldToHost });
    },
  };

  warmUp((text) => incremental.analyse(text), doc.defaultView ?? window);
  const ui = mountUi(doc);
  source.watchTextScale?.((scale) => ui.setTextScale(scale));
  const highlighter = createHighlighter({ document: doc, overlayLayer: () => ui.overlayLayer() });
  const sessions = new Map<HTMLElement, Session>();
  let active: Session | null = null;

  const actions = (session: Session): CardActions => ({
    onDismiss: (key) => session.dismiss(key),
    ...(canChange(settings, 'allowWords')
      ? {
          onAllowWord: (key: string) => {
            const finding = session.snapshot?.shown.find((f) => f.key === key);
            if (finding?.allowable) void source.allowWord(foldWords(finding.words)).catch(() => {});
          },
        }
      : {}),
  });

  const paint = (session: Session) => {
    if (session.failure) {
      highlighter.set(session.editor, []);
      if (session === active) ui.setBadge(() => session.editor.getBoundingClientRect(), { status: 'off', reason: session.failure }, actions(session));
      return;
    }
    const snap = session.snapshot;
    if (!snap || !session.connected) {
      highlighter.set(session.editor, []);
      return;
    }
    const marks = [];
    for (const f of snap.shown) {
      const range = snap.map.toRange(f.start, f.end);
      if (range) marks.push({ id: f.key, range, severity: f.severity });
    }
    highlighter.set(session.editor, marks);
    if (session === active) {
      ui.setBadge(() => session.editor.getBoundingClientRect(), { status: 'on', findings: snap.shown }, actions(session));
    }
  };

  const env = {
    analyser: () => analyser,
    pack: () => pack,
    allowed: () => allowed,
    publish: paint,
  };

  /** Stops checking a box: its marks and badge go (its site was turned off, or the box left the page). */
  const forget = (session: Session) => {
    session.dispose();
    highlighter.set(session.editor, []);
    sessions.delete(session.editor);
    if (active === session) {
      active = null;
      ui.setBadge(null, { status: 'loading' }, { onDismiss: () => {} });
    }
  };

  // A box the site took off the page (a closed composer, a route change) is forgotten with its marks: checked now
  // and then while any box is followed, since removing a box is not a change inside it that its session would see.
  let pruneTimer: ReturnType<typeof setInterval> | undefined;
  const prune = () => {
    for (const session of sessions.values()) if (!session.connected) forget(session);
    if (!sessions.size && pruneTimer !== undefined) {
      clearInterval(pruneTimer);
      pruneTimer = undefined;
    }
  };

  const track = (editor: HTMLElement): Session => {
    prune();
    let session = sessions.get(editor);
    if (!session) {
      session = new Session(editor, env);
      sessions.set(editor, session);
      pruneTimer ??= setInterval(prune, PRUNE_MS);
    }
    return session;
  };

  // Nothing is checked, and posts with text are held, until settings are known: IT may have turned this site off or
  // chosen another policy. (Managed storage can take seconds to answer just after the browser starts.)
  let settingsReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (settingsReady = resolve));
  let isReady = false;
  const waiting = new Set<HTMLElement>();

  source.watch((next) => {
    // Each read gives new objects: compare what they say, so an allow-list change keeps the analysis cache.
    const contextChanged = JSON.stringify([next.school, next.roster]) !== JSON.stringify([settings.school, settings.roster]);
    settings = next;
    pack = packFrom(next);
    allowed = new Set(next.allowWords.map(foldWords));
    // A new school or roster changes what the engine finds: start from an empty cache.
    if (contextChanged) incremental = createIncrementalAnalyser(contextFrom(next), { now: () => performance.now() });
    for (const session of sessions.values()) {
      if (enabled()) session.refresh();
      else forget(session);
    }
    if (!isReady) {
      isReady = true;
      settingsReady();
      for (const editor of waiting) follow(editor);
      waiting.clear();
    }
    // A site IT just turned on: start with the box the user is in.
    const focused = doc.activeElement instanceof HTMLElement ? adapter.editorFor(doc.activeElement) : null;
    if (focused) follow(focused);
  });

  // Hover: highlights take no pointer events, so hit-test the pointer against the marks' rectangles.
  let hoverFrame = 0;
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (hoverFrame) return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        const id = highlighter.hitTest(event.clientX, event.clientY);
        if (!id) return;
        for (const session of sessions.values()) {
          const finding = session.snapshot?.shown.find((f) => f.key === id);
          if (finding) {
            ui.showCard(finding, () => highlighter.rectsOf(id)[0] ?? session.editor.getBoundingClientRect(), actions(session));
            return;
          }
        }
      });
    },
    { passive: true },
  );

  const focusIn = (event: FocusEvent) => {
    const first = event.composedPath()[0];
    const editor = first instanceof Element ? adapter.editorFor(first) : null;
    if (editor && disabled !== null) {
      showOff(editor);
      return;
    }
    const session = editor && sessions.get(editor);
    if (session && session !== active) {
      active = session;
      paint(session);
    }
  };
  doc.addEventListener('focusin', focusIn, true);

  // Keyboard users: a card opens when the caret rests in marked words, and Alt+Shift+P moves focus to the badge.
  let caretTimer = 0;
  doc.addEventListener('selectionchange', () => {
    clearTimeout(caretTimer);
    caretTimer = window.setTimeout(() => {
      const sel = doc.getSelection();
      const snap = active?.snapshot;
      if (!active || !snap || !sel || !sel.isCollapsed || !sel.focusNode || !active.editor.contains(sel.focusNode)) return;
      const at = snap.map.fromPoint(sel.focusNode, sel.focusOffset);
      const finding = at === null ? undefined : snap.shown.find((f) => f.start <= at && at <= f.end);
      const session = active;
      if (finding) ui.showCard(finding, () => highlighter.rectsOf(finding.key)[0] ?? session.editor.getBoundingClientRect(), actions(session));
      else ui.showCard(null);
    }, CARET_CARD_DELAY_MS);
  });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !event.altKey || !event.shiftKey || event.code !== 'KeyP' || !active) return;
      if (!active.editor.contains(event.composedPath()[0] as Node)) return;
      if (ui.focusBadge()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );

  const editAgain = (editor: HTMLElement, selection: Range | null) => {
    editor.focus({ preventScroll: true });
    // Put the caret back where it was (editors sync their model from the selection; the DOM is not changed).
    const sel = doc.getSelection();
    if (selection && sel && editor.contains(selection.startContainer)) {
      sel.removeAllRanges();
      sel.addRange(selection);
    }
  };

  /** Checking stopped for good (the extension was reloaded): the badge says so by the box in use. */
  let disabled: string | null = null;
  const showOff = (editor: HTMLElement) =>
    ui.setBadge(() => editor.getBoundingClientRect(), { status: 'off', reason: disabled ?? '' }, { onDismiss: () => {} });

  /** Checks a box from now on; the one with focus gets the badge. */
  function follow(editor: HTMLElement): void {
    if (disabled !== null) {
      if (doc.activeElement === editor || editor.contains(doc.activeElement)) showOff(editor);
      return;
    }
    if (!enabled()) return;
    const session = track(editor);
    if (doc.activeElement === editor || editor.contains(doc.activeElement)) {
      active = session;
      paint(session);
    }
  }

  let deciding: Promise<void> | null = null;

  /** After an attempt to post was stopped: post it if it turned out clean, else ask, then edit or post once. */
  const decide = async (intent: PostIntent, gate: Gate): Promise<void> => {
    const findings: ShownFinding[] = enabled() ? intent.editors.flatMap((editor) => track(editor).stopping()) : [];
    if (!findings.length) {
      // Clean once it could be checked (a post attempted while the checker loaded, or just after a long paste).
      gate.replay(intent);
      return;
    }
    const sel = doc.getSelection();
    const saved = sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    const stops = findings.some((f) => f.severity === 'stop');
    const canPostAnyway = !(settings.override === 'block' && stops);
    const recordReason =
      settings.override === 'reason' && stops
        ? (reason: string) => {
            const clauseIds = [...new Set(findings.flatMap((f) => f.citations.slice(0, 1).map((c) => c.clauseId)))];
            void source.recordOverride({ at: new Date().toISOString(), packId: pack.id, clauseIds, reason }).catch(() => {});
          }
        : undefined;
    void source.countWarning().catch(() => {});
    const asked = ui.openGate({ findings, canPostAnyway, packTitle: packName(pack), ...(recordReason ? { recordReason } : {}) });
    // A single-page site can take the box away while the dialog is open (a route change, the composer closed): then
    // there is nothing left to post or edit, and the dialog goes too rather than be left over the new page.
    const orphanWatch = setInterval(() => {
      if (!intent.editors.some((e) => e.isConnected)) ui.closeGate();
    }, ORPHAN_CHECK_MS);
    const choice = await asked.finally(() => clearInterval(orphanWatch));
    if (!intent.editors.some((e) => e.isConnected)) return;
    if (choice === 'post' && canPostAnyway) {
      gate.replay(intent);
      return;
    }
    const editor = intent.editors.find((e) => track(e).stopping().length) ?? intent.editors[0];
    if (editor) editAgain(editor, saved);
  };

  return {
    status: () => ({ active: disabled === null && isReady && enabled(), site: adapter.name, packTitle: isReady ? packName(pack) : null }),

    disable(reason) {
      if (disabled !== null) return;
      disabled = reason;
      const last = active;
      for (const session of [...sessions.values()]) forget(session);
      // An open dialog stays: the post was checked, and its answer still works through the site's own button.
      if (last?.connected) showOff(last.editor);
    },

    track(editor) {
      if (isReady) follow(editor);
      else waiting.add(editor);
    },

    shouldStop(intent: PostIntent) {
      if (disabled !== null) return false;
      if (deciding || ui.isGateOpen()) return true;
      if (!isReady) return intent.editors.some(hasText);
      if (!enabled()) return false;
      return intent.editors.some((editor) => {
        const now = track(editor).stoppingNow();
        // null: the text cannot be checked at once (a long paste not analysed yet): hold it; stopped() decides.
        return now === null || now.length > 0;
      });
    },

    stopped(intent: PostIntent, gate: Gate) {
      // One decision at a time: a second attempt while one is being settled or shown (a double click before the
      // checker loaded, say) must not open a second dialog or post twice.
      if (deciding) return;
      deciding = ready
        .then(() => (enabled() ? Promise.all(intent.editors.map((editor) => track(editor).settled())) : null))
        .then(() => decide(intent, gate))
        .finally(() => {
          deciding = null;
        });
    },
  };
}
