// Marks spans of a compose box without touching the editor's DOM (editors delete or corrupt foreign markup: see
// notes/editors.md, "Highlighting"). Chromium: the CSS Custom Highlight API, one Highlight per severity plus one
// <style> in <head>. Elsewhere: boxes built from range.getClientRects() in a layer the caller owns, outside the editor.
// Highlights take no pointer events, so hover cards ask hitTest() instead.
//
// Several editors can share a page: set(owner, marks) replaces only that owner's marks (an owner is any object, in
// practice the editor element). set() reuses the Highlight objects, so calling it after every analysis is cheap.

import { SEVERITIES, type Severity } from '../engine/types.ts';

export interface Mark {
  id: string;
  range: Range;
  severity: Severity;
}

export interface Highlighter {
  /** How marks are drawn: CSS highlights, overlay boxes, or not at all (no API and no layer). */
  readonly mode: 'highlight' | 'overlay' | 'none';
  /** Replaces the marks of one owner (one editor: pass its element) and leaves other owners' marks alone. `[]`
   *  forgets the owner. Callers re-set after each analysis: ranges go stale when the editor re-renders. */
  set(owner: object, marks: readonly Mark[]): void;
  /** The id of the mark under a viewport point, the most severe if several overlap. */
  hitTest(x: number, y: number): string | null;
  /** Viewport rectangles of the mark(s) with this id, for placing a card. */
  rectsOf(id: string): DOMRect[];
  /** Removes every owner's marks, the highlight registrations, the overlay boxes and the style element. */
  clear(): void;
  /** clear(), then stop for good: later set() calls do nothing. */
  destroy(): void;
}

export interface HighlighterOptions {
  document: Document;
  /** Where overlay boxes go when CSS highlights are unavailable: an element outside the editor, pointer-events none. */
  overlayLayer?: () => HTMLElement;
  /** Draw overlay boxes even where CSS highlights exist (e.g. a browser whose ::highlight ignores text-decoration). */
  forceOverlay?: boolean;
}

export const HIGHLIGHT_STYLE_ID = 'postcheck-highlight-style';
export const highlightName = (severity: Severity): string => `postcheck-${severity}`;

// Colours keep ≥3:1 contrast on white, Facebook's light grey and the sites' dark themes (#242526, #15202b, #000).
// Line style differs per severity too, so 'stop' never depends on colour alone.
const LOOK: Record<Severity, { colour: string; tint: string; line: string; thickness: string; border: string }> = {
  advice: { colour: '#2f7de1', tint: 'rgba(47, 125, 225, 0.12)', line: 'dotted', thickness: '2px', border: '2px dotted' },
  warning: { colour: '#b86e00', tint: 'rgba(184, 110, 0, 0.16)', line: 'wavy', thickness: '1.5px', border: '2px dashed' },
  stop: { colour: '#d93025', tint: 'rgba(217, 48, 37, 0.18)', line: 'double', thickness: '3px', border: '4px double' },
};

function styleText(): string {
  const rules = SEVERITIES.map((s) => {
    const l = LOOK[s];
    return `::highlight(${highlightName(s)}) { background-color: ${l.tint}; text-decoration: underline ${l.line} ${l.colour};`
      + ` text-decoration-thickness: ${l.thickness}; }`;
  });
  const forced = SEVERITIES.map((s) =>
    `::highlight(${highlightName(s)}) { background-color: Mark; color: MarkText; text-decoration-color: CanvasText; }`);
  return `${rules.join('\n')}\n@media (forced-colors: active) {\n${forced.join('\n')}\n}\n`;
}

const RANK: Record<Severity, number> = { advice: 0, warning: 1, stop: 2 };

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** A range's rectangles without the boxes of elements it wholly contains (a paragraph, a chip): those would cover
 *  far more than the marked text. What is left is the line fragments of text and replaced elements like emoji. */
function markRects(range: Range): DOMRect[] {
  // Empty rectangles (a line break's caret position) mark nothing and would "fit inside" real ones.
  const all = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  if (all.length < 2) return all;
  return all.filter((r, i) => !all.some((o, j) => j !== i
    && o.left >= r.left && o.right <= r.right && o.top >= r.top && o.bottom <= r.bottom
    // Of two identical rectangles keep the first.
    && (j < i || o.left !== r.left || o.right !== r.right || o.top !== r.top || o.bottom !== r.bottom)));
}

function hitIn(marks: readonly Mark[], x: number, y: number): Mark | null {
  let best: Mark | null = null;
  for (const mark of marks) {
    if (best !== null && RANK[mark.severity] <= RANK[best.severity]) continue;
    if (markRects(mark.range).some((r) => contains(r, x, y))) best = mark;
  }
  return best;
}

export function createHighlighter(opts: HighlighterOptions): Highlighter {
  const doc = opts.document;
  const win = doc.defaultView;
  // Read from the document's window (not globals) so tests and frames get the right one; absent in some browsers.
  const api = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight } | null;
  const registry = api?.CSS?.highlights;
  const HighlightCtor = api?.Highlight;
  const canHighlight = registry !== undefined && HighlightCtor !== undefined && !opts.forceOverlay;
  const mode: Highlighter['mode'] = canHighlight ? 'highlight' : opts.overlayLayer ? 'overlay' : 'none';

  // Entries are deleted when an owner's marks go empty, so a plain Map does not keep dead editors alive.
  const owners = new Map<object, readonly Mark[]>();
  let destroyed = false;

  // --- CSS highlight path ---
  let highlights: Map<Severity, Highlight> | null = null;
  let style: HTMLStyleElement | null = null;

  function install(): Map<Severity, Highlight> {
    if (highlights === null) {
      highlights = new Map();
      for (const severity of SEVERITIES) {
        const h = new HighlightCtor!();
        h.priority = RANK[severity];
        highlights.set(severity, h);
      }
    }
    for (const [severity, h] of highlights) {
      if (registry!.get(highlightName(severity)) !== h) registry!.set(highlightName(severity), h);
    }
    if (style === null || !style.isConnected) {
      // A previous copy of this script (extension reloaded) may have left one: take it over rather than add another.
      const existing = doc.getElementById(HIGHLIGHT_STYLE_ID);
      style = existing?.localName === 'style' ? (existing as HTMLStyleElement) : doc.createElement('style');
      style.id = HIGHLIGHT_STYLE_ID;
      style.textContent = styleText();
      if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
    }
    return highlights;
  }

  function uninstall(): void {
    if (highlights !== null) {
      for (const [severity, h] of highlights) {
        h.clear();
        if (registry!.get(highlightName(severity)) === h) registry!.delete(highlightName(severity));
      }
      highlights = null;
    }
    style?.remove();
    style = null;
  }

  // --- overlay path ---
  let wrapper: HTMLElement | null = null;
  const boxes: HTMLElement[] = [];
  let frame = 0;
  let listening = false;

  function scheduleDraw(): void {
    if (frame !== 0 || win === null) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  }

  function listen(on: boolean): void {
    if (on === listening || win === null) return;
    listening = on;
    // Capture catches scrolling inside any container (the editor, a dialog), not only the page.
    if (on) {
      win.addEventListener('scroll', scheduleDraw, { capture: true, passive: true });
      win.addEventListener('resize', scheduleDraw, { passive: true });
    } else {
      win.removeEventListener('scroll', scheduleDraw, { capture: true });
      win.removeEventListener('resize', scheduleDraw);
    }
  }

  function box(i: number): HTMLElement {
    let el = boxes[i];
    if (el === undefined) {
      el = doc.createElement('div');
      el.style.position = 'absolute';
      el.style.boxSizing = 'border-box';
      el.style.pointerEvents = 'none';
      el.style.margin = '0';
      boxes.push(el);
      wrapper!.append(el);
    }
    return el;
  }

  /** The visible area of the editable region holding a range: marks scrolled out of the box must not draw over the page. */
  function clipOf(range: Range): DOMRect | null {
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const editable = el?.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
    return editable ? editable.getBoundingClientRect() : null;
  }

  function draw(): void {
    if (mode !== 'overlay' || destroyed) return;
    let count = 0;
    for (const marks of owners.values()) count += marks.length;
    if (count === 0) {
      wrapper?.remove();
      wrapper = null;
      boxes.length = 0;
      listen(false);
      return;
    }
    if (wrapper === null || !wrapper.isConnected) {
      const layer = opts.overlayLayer!();
      wrapper = doc.createElement('div');
      wrapper.setAttribute('data-postcheck-marks', '');
      wrapper.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;';
      boxes.length = 0;
      layer.append(wrapper);
    }
    listen(true);
    const origin = wrapper.getBoundingClientRect();
    let used = 0;
    for (const marks of owners.values()) {
      for (const mark of marks) {
        const clip = clipOf(mark.range);
        const look = LOOK[mark.severity];
        for (const r of markRects(mark.range)) {
          const left = clip ? Math.max(r.left, clip.left) : r.left;
          const right = clip ? Math.min(r.right, clip.right) : r.right;
          const top = clip ? Math.max(r.top, clip.top) : r.top;
          const bottom = clip ? Math.min(r.bottom, clip.bottom) : r.bottom;
          if (right - left <= 0 || bottom - top <= 0) continue;
          const el = box(used++);
          el.setAttribute('data-severity', mark.severity);
          const s = el.style;
          s.left = `${left - origin.left}px`;
          s.top = `${top - origin.top}px`;
          s.width = `${right - left}px`;
          s.height = `${bottom - top}px`;
          s.background = look.tint;
          s.borderBottom = `${look.border} ${look.colour}`;
        }
      }
    }
    for (const extra of boxes.splice(used)) extra.remove();
  }

  function set(owner: object, marks: readonly Mark[]): void {
    if (destroyed) return;
    const old = owners.get(owner) ?? [];
    const next = marks.slice();
    if (next.length > 0) owners.set(owner, next);
    else owners.delete(owner);
    if (mode === 'highlight') {
      if (old.length === 0 && next.length === 0) return;
      const hs = install();
      for (const m of old) hs.get(m.severity)!.delete(m.range);
      for (const m of next) hs.get(m.severity)!.add(m.range);
    } else if (mode === 'overlay') {
      draw();
    }
  }

  function clear(): void {
    owners.clear();
    if (frame !== 0) win?.cancelAnimationFrame(frame);
    frame = 0;
    listen(false);
    wrapper?.remove();
    wrapper = null;
    boxes.length = 0;
    if (mode === 'highlight') uninstall();
  }

  return {
    mode,
    set,
    hitTest(x, y) {
      let best: Mark | null = null;
      for (const marks of owners.values()) {
        const hit = hitIn(marks, x, y);
        if (hit && (best === null || RANK[hit.severity] > RANK[best.severity])) best = hit;
      }
      return best?.id ?? null;
    },
    rectsOf(id) {
      const out: DOMRect[] = [];
      for (const marks of owners.values()) {
        for (const m of marks) if (m.id === id) out.push(...markRects(m.range));
      }
      return out;
    },
    clear,
    destroy() {
      clear();
      destroyed = true;
    },
  };
}
