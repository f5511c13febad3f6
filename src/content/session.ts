import type { ResolvedPack } from '../policy/load.ts';
import { cite } from '../policy/cite.ts';
import type { Finding } from '../engine/types.ts';
import { readText, type TextMap } from '../sites/text-map.ts';
import type { ShownFinding } from '../ui/types.ts';
import { gating, toShown } from './findings.ts';

// One compose box being checked: reads its text after each change (batched per animation frame, paused during IME
// composition), analyses it (sliced, so long pastes never block the page), and publishes what staff should see.
// It only ever reads the editor.

export interface Analyser {
  analyse(text: string): Finding[];
  /** Rejects when `signal` aborts (a newer keystroke superseded it). */
  analyseSliced(text: string, options: { signal: AbortSignal }): Promise<Finding[]>;
}

export interface SessionEnv {
  analyser(): Analyser;
  pack(): ResolvedPack;
  allowed(): ReadonlySet<string>;
  /** Called with fresh findings after each analysis (and after a dismissal). */
  publish(session: Session): void;
}

/** A plain <textarea> (X's narrow layout and newer DMs): its value is the text; a DOM range cannot mark inside it. */
function readBox(editor: HTMLElement): TextMap {
  if (editor instanceof HTMLTextAreaElement) return { text: editor.value, toRange: () => null, fromPoint: () => null };
  return readText(editor);
}

/** Longest changed text analysed synchronously when the user posts (a few milliseconds at most). */
const QUICK_CHARS = 3000;

export interface Snapshot {
  map: TextMap;
  shown: ShownFinding[];
}

export class Session {
  readonly editor: HTMLElement;
  private readonly env: SessionEnv;
  private readonly dismissed = new Set<string>();
  private readonly observer: MutationObserver;
  private frame = 0;
  private composing = false;
  private pending: AbortController | null = null;
  private lastText: string | null = null;
  /** The last published state; `null` until the first analysis finishes. */
  snapshot: Snapshot | null = null;
  /** Set when checking this box failed: the badge says checking is off, and the gate lets posts through. */
  failure: string | null = null;

  constructor(editor: HTMLElement, env: SessionEnv) {
    this.editor = editor;
    this.env = env;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(editor, { subtree: true, childList: true, characterData: true });
    editor.addEventListener('input', this.schedule);
    editor.addEventListener('compositionstart', this.onCompositionStart);
    editor.addEventListener('compositionend', this.onCompositionEnd);
    this.schedule();
  }

  get connected(): boolean {
    return this.editor.isConnected;
  }

  /** Re-check on the next frame: several mutations from one keystroke cost one read. */
  readonly schedule = (): void => {
    if (this.frame || this.composing) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      void this.run(false);
    });
  };

  /** Re-check now even if the text is unchanged (settings, pack or allow-list changed). */
  refresh(): void {
    void this.run(true);
  }

  /** The findings for the text as it is this instant, synchronously: the gate's question. */
  current(): Snapshot {
    const map = readBox(this.editor);
    if (this.snapshot && map.text === this.lastText) return { map, shown: this.snapshot.shown };
    return { map, shown: this.show(map.text, this.env.analyser().analyse(map.text)) };
  }

  /** The findings that would stop this box being posted now. */
  stopping(): ShownFinding[] {
    if (this.failure) return [];
    const { map, shown } = this.current();
    if (!map.text.trim()) return [];
    return gating(shown, this.env.pack().gateAt);
  }

  /**
   * The same, when it can be answered at once; `null` when the text changed since the last analysis and is too long
   * to analyse inside the click or key handler (a long paste just made): the gate then holds the post for `settled()`.
   */
  stoppingNow(): ShownFinding[] | null {
    if (this.failure) return [];
    const text = readBox(this.editor).text;
    if (text !== this.lastText && text.length > QUICK_CHARS) return null;
    return this.stopping();
  }

  /** Resolves when the text as it is now has been analysed (sliced, so the page stays responsive meanwhile). */
  async settled(): Promise<void> {
    if (readBox(this.editor).text !== this.lastText) await this.run(false);
  }

  dismiss(key: string): void {
    this.dismissed.add(key);
    this.refresh();
  }

  dispose(): void {
    this.observer.disconnect();
    this.pending?.abort();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.editor.removeEventListener('input', this.schedule);
    this.editor.removeEventListener('compositionstart', this.onCompositionStart);
    this.editor.removeEventListener('compositionend', this.onCompositionEnd);
  }

  private readonly onCompositionStart = () => {
    this.composing = true;
  };

  private readonly onCompositionEnd = () => {
    this.composing = false;
    this.schedule();
  };

  private show(text: string, findings: Finding[]): ShownFinding[] {
    return toShown(text, cite(findings, this.env.pack()), { allowed: this.env.allowed(), dismissed: this.dismissed });
  }

  private async run(force: boolean): Promise<void> {
    if (!this.connected) return;
    const map = readBox(this.editor);
    if (!force && this.snapshot && map.text === this.lastText) {
      // Same text, new nodes (Draft.js re-renders its spans): only the marks' ranges need rebuilding.
      this.snapshot = { map, shown: this.snapshot.shown };
      this.env.publish(this);
      return;
    }
    // An emptied box is a new post: "Not a problem here" applied to the old one.
    if (!map.text.trim()) this.dismissed.clear();
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    let findings: Finding[];
    try {
      findings = await this.env.analyser().analyseSliced(map.text, { signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return;
      // Fail open, visibly: never block a post on our own error, never hide that checking stopped. (No details:
      // an error message could quote the post.)
      this.failure = 'something went wrong while checking this box';
      this.snapshot = null;
      this.env.publish(this);
      return;
    }
    this.failure = null;
    if (controller.signal.aborted) return;
    this.pending = null;
    // Read again: while a long text was analysed in slices the editor may have re-rendered (same text, new nodes).
    const fresh = readBox(this.editor);
    if (fresh.text !== map.text) return this.schedule();
    this.lastText = map.text;
    this.snapshot = { map: fresh, shown: this.show(map.text, findings) };
    this.env.publish(this);
  }
}
