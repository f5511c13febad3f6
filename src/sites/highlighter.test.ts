// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEVERITIES, type Severity } from '../engine/types.ts';
import { createHighlighter as create, highlightName, HIGHLIGHT_STYLE_ID, type Highlighter, type HighlighterOptions, type Mark } from './highlighter.ts';

// happy-dom has no layout and no Custom Highlight API: rectangles are set per range, and the API is faked below.
type Box = [left: number, top: number, width: number, height: number];

function rect([x, y, w, h]: Box): DOMRect {
  return new DOMRect(x, y, w, h);
}

function withRects<T extends Range | Element>(target: T, boxes: Box[]): T {
  const list = () => boxes.map(rect) as unknown as DOMRectList;
  if (target instanceof Range) target.getClientRects = list;
  else target.getBoundingClientRect = () => rect(boxes[0]!);
  return target;
}

let editor: HTMLElement;

function setUpEditor(html = '<p>Well done Jane Smith in year 6</p><p>Second line</p>'): HTMLElement {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.innerHTML = html;
  document.body.append(editor);
  // The editable area, used by the overlay to clip boxes scrolled out of it.
  withRects(editor, [[0, 0, 500, 300]]);
  return editor;
}

/** A range over [start, end) of the first text node of the n-th paragraph, with the given viewport boxes. */
function rangeIn(n: number, start: number, end: number, boxes: Box[]): Range {
  const text = editor.querySelectorAll('p')[n]!.firstChild!;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return withRects(range, boxes);
}

function mark(id: string, severity: Severity, range: Range): Mark {
  return { id, severity, range };
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

// happy-dom's window.CSS is a getter returning a fresh object, so the fake replaces the property and puts it back.
const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS');

function installFakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}

function removeFakeHighlights(): void {
  if (cssDescriptor) Object.defineProperty(window, 'CSS', cssDescriptor);
  delete (window as unknown as { Highlight?: unknown }).Highlight;
}

// Every highlighter is destroyed after its test, so its scroll listeners cannot draw into the next test's layer.
const live: Highlighter[] = [];
function createHighlighter(opts: HighlighterOptions): Highlighter {
  const h = create(opts);
  live.push(h);
  return h;
}
afterEach(() => {
  for (const h of live.splice(0)) h.destroy();
});

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('CSS highlight path', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = installFakeHighlights();
    setUpEditor();
  });
  afterEach(removeFakeHighlights);

  it('registers one Highlight per severity with the ranges of that severity', () => {
    const h = createHighlighter({ document });
    expect(h.mode).toBe('highlight');
    const name = rangeIn(0, 10, 20, [[60, 0, 70, 18]]);
    const year = rangeIn(0, 24, 30, [[150, 0, 40, 18]]);
    h.set(editor, [mark('a', 'stop', name), mark('b', 'advice', year)]);
    expect([...registry.keys()].sort()).toEqual(SEVERITIES.map(highlightName).sort());
    expect([...registry.get('postcheck-stop')!]).toEqual([name]);
    expect([...registry.get('postcheck-advice')!]).toEqual([year]);
    expect(registry.get('postcheck-warning')!.size).toBe(0);
    // Overlaps resolve toward the more severe mark.
    expect(registry.get('postcheck-stop')!.priority).toBeGreaterThan(registry.get('postcheck-warning')!.priority);
    expect(registry.get('postcheck-warning')!.priority).toBeGreaterThan(registry.get('postcheck-advice')!.priority);
  });

  it('adds one style element whose rules tell the severities apart without colour', () => {
    const h = createHighlighter({ document });
    h.set(editor, [mark('a', 'warning', rangeIn(0, 0, 4, []))]);
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, []))]);
    const styles = document.querySelectorAll(`#${HIGHLIGHT_STYLE_ID}`);
    expect(styles.length).toBe(1);
    expect(styles[0]!.parentNode).toBe(document.head);
    const css = styles[0]!.textContent!;
    const lineStyle = (s: Severity) => new RegExp(`::highlight\\(postcheck-${s}\\) \\{[^}]*underline (\\w+)`).exec(css)?.[1];
    const styleBySeverity = SEVERITIES.map(lineStyle);
    expect(styleBySeverity.every(Boolean)).toBe(true);
    expect(new Set(styleBySeverity).size).toBe(SEVERITIES.length);
    expect(lineStyle('stop')).toBe('double');
  });

  it('replaces only the marks of the owner being set, and reuses the Highlight objects', () => {
    const h = createHighlighter({ document });
    const other = {};
    const a1 = rangeIn(0, 0, 4, []);
    const b1 = rangeIn(1, 0, 6, []);
    h.set(editor, [mark('a1', 'warning', a1)]);
    h.set(other, [mark('b1', 'warning', b1)]);
    const warning = registry.get('postcheck-warning')!;
    const a2 = rangeIn(0, 5, 9, []);
    h.set(editor, [mark('a2', 'warning', a2)]);
    expect(registry.get('postcheck-warning')).toBe(warning);
    expect(new Set(warning)).toEqual(new Set([b1, a2]));
    h.set(editor, []);
    expect([...warning]).toEqual([b1]);
  });

  it('clear and destroy remove the registrations and the style element', () => {
    const h = createHighlighter({ document });
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, []))]);
    h.clear();
    expect(registry.size).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
    // Still usable after clear…
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, []))]);
    expect(registry.get('postcheck-stop')!.size).toBe(1);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).not.toBeNull();
    // …but not after destroy.
    h.destroy();
    expect(registry.size).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, []))]);
    expect(registry.size).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
  });

  it('leaves a registration it does not own alone', () => {
    const h = createHighlighter({ document });
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, []))]);
    const foreign = new FakeHighlight();
    registry.set('postcheck-stop', foreign); // e.g. a newer copy of the content script took the name over
    h.clear();
    expect(registry.get('postcheck-stop')).toBe(foreign);
  });

  it('hit-tests by rectangles, since highlights take no pointer events', () => {
    const h = createHighlighter({ document });
    h.set(editor, [
      mark('name', 'warning', rangeIn(0, 10, 20, [[60, 0, 70, 18]])),
      mark('overlap', 'stop', rangeIn(0, 15, 25, [[100, 0, 60, 18]])),
    ]);
    expect(h.hitTest(70, 9)).toBe('name');
    expect(h.hitTest(110, 9)).toBe('overlap'); // inside both: the more severe wins
    expect(h.hitTest(300, 9)).toBeNull();
    expect(h.rectsOf('name').map((r) => [r.left, r.top, r.width, r.height])).toEqual([[60, 0, 70, 18]]);
    expect(h.rectsOf('missing')).toEqual([]);
  });

  it('never modifies the editor subtree', () => {
    const before = editor.innerHTML;
    const h = createHighlighter({ document });
    h.set(editor, [mark('a', 'stop', rangeIn(0, 10, 20, [[60, 0, 70, 18]])), mark('b', 'advice', rangeIn(1, 0, 6, []))]);
    h.hitTest(70, 9);
    h.set(editor, []);
    h.destroy();
    expect(editor.innerHTML).toBe(before);
  });
});

describe('overlay fallback (no CSS.highlights)', () => {
  let layer: HTMLElement;
  beforeEach(() => {
    removeFakeHighlights();
    setUpEditor();
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    layer = document.createElement('div');
    layer.style.pointerEvents = 'none';
    host.shadowRoot!.append(layer);
    document.body.append(host);
  });

  function boxes(): HTMLElement[] {
    return Array.from(layer.querySelectorAll<HTMLElement>('[data-postcheck-marks] > div'));
  }
  function geometry(el: HTMLElement): number[] {
    return [el.style.left, el.style.top, el.style.width, el.style.height].map((v) => parseFloat(v));
  }

  it('draws one box per line fragment, relative to the layer, clipped to the editor', () => {
    const h = createHighlighter({ document, overlayLayer: () => layer });
    expect(h.mode).toBe('overlay');
    // The highlighter measures its origin from the wrapper it adds inside the layer: put that at (10, 20).
    const original = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      return this.hasAttribute('data-postcheck-marks') ? rect([10, 20, 0, 0]) : original.call(this);
    };
    try {
      h.set(editor, [
        // Wrapped over two lines, and a paragraph box that must not become a mark.
        mark('two-lines', 'stop', rangeIn(0, 10, 30, [[0, 0, 500, 40], [400, 0, 100, 18], [0, 20, 50, 18]])),
        mark('scrolled-out', 'advice', rangeIn(1, 0, 6, [[0, 400, 60, 18]])),
      ]);
      const drawn = boxes();
      expect(drawn.map(geometry)).toEqual([[390, -20, 100, 18], [-10, 0, 50, 18]]);
      expect(drawn.map((b) => b.getAttribute('data-severity'))).toEqual(['stop', 'stop']);
      expect(drawn.every((b) => b.style.position === 'absolute' && b.style.pointerEvents === 'none')).toBe(true);
      expect(drawn[0]!.style.borderBottom).toContain('double');
    } finally {
      HTMLElement.prototype.getBoundingClientRect = original;
    }
  });

  it('hit-tests the boxes\' rectangles and finds the mark under the pointer', () => {
    const h = createHighlighter({ document, overlayLayer: () => layer });
    h.set(editor, [
      mark('name', 'warning', rangeIn(0, 10, 20, [[60, 0, 70, 18]])),
      mark('year', 'advice', rangeIn(0, 24, 30, [[150, 0, 40, 18]])),
    ]);
    expect(boxes().length).toBe(2);
    expect(h.hitTest(65, 5)).toBe('name');
    expect(h.hitTest(160, 17)).toBe('year');
    expect(h.hitTest(140, 5)).toBeNull();
    expect(h.rectsOf('year')[0]!.left).toBe(150);
  });

  it('keeps several editors apart', () => {
    const h = createHighlighter({ document, overlayLayer: () => layer });
    const second = {};
    h.set(editor, [mark('a', 'warning', rangeIn(0, 0, 4, [[0, 0, 30, 18]]))]);
    h.set(second, [mark('b', 'stop', rangeIn(1, 0, 6, [[0, 40, 50, 18]]))]);
    expect(boxes().length).toBe(2);
    h.set(editor, []);
    expect(boxes().map((b) => b.getAttribute('data-severity'))).toEqual(['stop']);
    expect(h.hitTest(5, 5)).toBeNull();
    expect(h.hitTest(5, 45)).toBe('b');
  });

  it('follows scrolling, once per frame', async () => {
    const h = createHighlighter({ document, overlayLayer: () => layer });
    const boxesNow: Box[] = [[60, 100, 70, 18]];
    const range = rangeIn(0, 10, 20, []);
    let reads = 0;
    range.getClientRects = () => {
      reads++;
      return boxesNow.map(rect) as unknown as DOMRectList;
    };
    h.set(editor, [mark('a', 'stop', range)]);
    expect(geometry(boxes()[0]!)[1]).toBe(100);
    boxesNow[0] = [60, 40, 70, 18];
    reads = 0;
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    await nextFrame();
    expect(reads).toBe(1);
    expect(geometry(boxes()[0]!)[1]).toBe(40);
  });

  it('clear and destroy remove the boxes and stop listening', async () => {
    const h = createHighlighter({ document, overlayLayer: () => layer });
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, [[0, 0, 30, 18]]))]);
    expect(layer.children.length).toBe(1);
    h.clear();
    expect(layer.children.length).toBe(0);
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, [[0, 0, 30, 18]]))]);
    expect(boxes().length).toBe(1);
    h.destroy();
    expect(layer.children.length).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(layer.children.length).toBe(0);
    h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, [[0, 0, 30, 18]]))]);
    expect(layer.children.length).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
  });

  it('never modifies the editor subtree', () => {
    const before = editor.innerHTML;
    const h = createHighlighter({ document, overlayLayer: () => layer });
    h.set(editor, [mark('a', 'stop', rangeIn(0, 10, 20, [[60, 0, 70, 18]]))]);
    h.hitTest(70, 9);
    h.clear();
    h.destroy();
    expect(editor.innerHTML).toBe(before);
    expect(editor.contains(layer)).toBe(false);
  });

  it('with no API and no layer, draws nothing but still hit-tests', () => {
    const h = createHighlighter({ document });
    expect(h.mode).toBe('none');
    h.set(editor, [mark('a', 'stop', rangeIn(0, 10, 20, [[60, 0, 70, 18]]))]);
    expect(h.hitTest(70, 9)).toBe('a');
    expect(document.querySelectorAll('style').length).toBe(0);
  });

  it('can be forced to the overlay where highlights exist', () => {
    const registry = installFakeHighlights();
    try {
      const h = createHighlighter({ document, overlayLayer: () => layer, forceOverlay: true });
      expect(h.mode).toBe('overlay');
      h.set(editor, [mark('a', 'stop', rangeIn(0, 0, 4, [[0, 0, 30, 18]]))]);
      expect(registry.size).toBe(0);
      expect(boxes().length).toBe(1);
    } finally {
      removeFakeHighlights();
    }
  });
});
