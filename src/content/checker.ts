import { createContext } from '../engine/context.ts';
import { createIncrementalAnalyser } from '../engine/incremental.ts';
import { BASELINE_ID, builtinPack, resolveWithBuiltins } from '../policy/builtin.ts';
import type { ResolvedPack } from '../policy/load.ts';
import type { SiteAdapter } from '../sites/adapter.ts';
import type { Gate, PostIntent } from '../sites/gate.ts';
import { createHighlighter } from '../sites/highlighter.ts';
import { DEFAULTS, canChange, type Settings } from '../settings/settings.ts';
import { allowWord, watchSettings } from '../settings/storage.ts';
import type { CardActions, ShownFinding } from '../ui/types.ts';
import { mountUi } from '../ui/mount.tsx';
import type { Checker } from './boot.ts';
import { foldWords } from './findings.ts';
import { Session, type Analyser } from './session.ts';
import { warmUp } from './warm-up.ts';

// The checker: loaded on first focus of a compose box. Connects the site's boxes, the engine, the school's policy
// pack and the UI. Everything stays on the device; nothing here logs or stores post text.

/** How long the caret must rest in marked words before their card opens (so typing through a word is quiet). */
const CARET_CARD_DELAY_MS = 700;

const yieldToHost = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

function resolvePackId(id: string): ResolvedPack {
  const pack = builtinPack(id) ?? builtinPack(BASELINE_ID);
  if (!pack) throw new Error('the baseline policy pack is missing from the build');
  return resolveWithBuiltins(pack);
}

export function createChecker(doc: Document, adapter: SiteAdapter): Checker {
  let settings: Settings = { ...DEFAULTS, managed: new Set(), problems: [] };
  let pack = resolvePackId(settings.policyPack);
  let allowed: ReadonlySet<string> = new Set();
  const context = createContext();
  const incremental = createIncrementalAnalyser(context, { now: () => performance.now() });
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
  const highlighter = createHighlighter({ document: doc, overlayLayer: () => ui.overlayLayer() });
  const sessions = new Map<HTMLElement, Session>();
  let active: Session | null = null;

  const actions = (session: Session): CardActions => ({
    onDismiss: (key) => session.dismiss(key),
    ...(canChange(settings, 'allowWords')
      ? {
          onAllowWord: (key: string) => {
            const finding = session.snapshot?.shown.find((f) => f.key === key);
            if (finding?.allowable) void allowWord(foldWords(finding.words));
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

  const prune = () => {
    for (const [editor, session] of sessions) {
      if (session.connected) continue;
      session.dispose();
      highlighter.set(editor, []);
      sessions.delete(editor);
      if (active === session) {
        active = null;
        ui.setBadge(null, { status: 'loading' }, { onDismiss: () => {} });
      }
    }
  };

  const track = (editor: HTMLElement): Session => {
    prune();
    let session = sessions.get(editor);
    if (!session) {
      session = new Session(editor, env);
      sessions.set(editor, session);
    }
    return session;
  };

  watchSettings(
    (id) => builtinPack(id) !== undefined,
    (next) => {
      settings = next;
      pack = resolvePackId(next.policyPack);
      allowed = new Set(next.allowWords.map(foldWords));
      for (const session of sessions.values()) session.refresh();
    },
  );

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

  let deciding: Promise<void> | null = null;

  /** After an attempt to post was stopped: post it if it turned out clean, else ask, then edit or post once. */
  const decide = async (intent: PostIntent, gate: Gate): Promise<void> => {
    const findings: ShownFinding[] = intent.editors.flatMap((editor) => track(editor).stopping());
    if (!findings.length) {
      // Clean once it could be checked (a post attempted while the checker loaded, or just after a long paste).
      gate.replay(intent);
      return;
    }
    const sel = doc.getSelection();
    const saved = sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    const canPostAnyway = !(settings.override === 'block' && findings.some((f) => f.severity === 'stop'));
    const choice = await ui.openGate({ findings, canPostAnyway, packTitle: pack.title });
    if (choice === 'post' && canPostAnyway) {
      gate.replay(intent);
      return;
    }
    const editor = intent.editors.find((e) => track(e).stopping().length) ?? intent.editors[0];
    if (editor) editAgain(editor, saved);
  };

  return {
    track(editor) {
      const session = track(editor);
      if (doc.activeElement === editor || editor.contains(doc.activeElement)) {
        active = session;
        paint(session);
      }
    },

    shouldStop(intent: PostIntent) {
      if (deciding || ui.isGateOpen()) return true;
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
      deciding = Promise.all(intent.editors.map((editor) => track(editor).settled()))
        .then(() => decide(intent, gate))
        .finally(() => {
          deciding = null;
        });
    },
  };
}
