// Reads a compose box's text line by line, as its user sees it, with a map from text offsets back to DOM positions.
//
// innerText and textContent both get these editors wrong (extra or missing newlines, placeholder breaks counted), so
// this is a block-aware walk over the DOM (see /work/shared/notes/editors.md, "Reading text"):
// - every block element (p, div, li, …) starts a new line; a block with nothing in it is one empty line;
// - text nodes contribute their raw text (Draft's soft newlines are literal "\n"; zero-width characters are kept —
//   the engine normalises a derived copy);
// - a line break (<br>, or a text node's final "\n") that ends a line is the browser's placeholder that makes an
//   empty line or a trailing break visible, so it adds nothing: this one rule covers Lexical's managed line break,
//   Draft's empty-block <br data-text> and doubled trailing "\n", Quill's <p><br></p> and ProseMirror's trailing break;
// - img[alt] and contenteditable="false" chips (mentions) are atomic units: ranges cover them whole;
// - aria-hidden, hidden, Quill's clipboard and non-text elements are skipped.
// No layout is read and no per-character work is done, so a long post reads in well under a millisecond.

export interface ReadOptions {
  /** The editor's blocks in document order, for an editor the generic walk reads wrongly. Each gives at least one line. */
  blocks?: (root: Element) => Iterable<Element>;
}

export interface TextMap {
  /** Lines joined with "\n"; offsets into it are UTF-16 code units. */
  readonly text: string;
  /** A DOM Range covering the half-open span [start, end) of `text`; atomic units are covered whole. Null if the
   *  span is out of bounds or the DOM has changed under the map. */
  toRange(start: number, end: number): Range | null;
  /** The text offset of a DOM position (a selection's focus, say); null if it is outside the box. */
  fromPoint(node: Node, offset: number): number | null;
}

// A DOM position: [node, offset], or before / after a node (resolved when a range is built, so reading stays cheap).
const BEFORE = -1;
const AFTER = -2;
type Point = readonly [Node, number];

const TEXT = 0; // backed by a text node: offsets map one to one
const ATOM = 1; // an element counted as one unit: img alt, a chip, a <br>
const JOIN = 2; // the "\n" between two lines: no node of its own
type Kind = typeof TEXT | typeof ATOM | typeof JOIN;

interface Segment {
  start: number;
  end: number;
  kind: Kind;
  /** Text node (TEXT) or element (ATOM); for JOIN, the end of the line before. */
  node: Node;
  /** TEXT: offset in the node of `start`; JOIN: offset of the line-before point. */
  offset: number;
  /** JOIN only: the start of the line after. */
  after?: Point;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
// Elements whose content is not post text.
const SKIP_TAGS = new Set([
  'audio', 'button', 'canvas', 'iframe', 'input', 'math', 'noscript', 'object', 'script', 'select', 'style', 'svg',
  'template', 'textarea', 'video',
]);
const LAYOUT_WHITESPACE = /^[ \t\r\n]*$/;

const SKIP = 0;
const INLINE = 1;
const BLOCK = 2;
const BR = 3;
const IMG = 4;
const CHIP = 5;

function classify(el: Element): number {
  const name = el.localName;
  if (SKIP_TAGS.has(name)) return SKIP;
  if (el.hasAttributes()) {
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return SKIP;
    if (name === 'div' && el.classList.contains('ql-clipboard')) return SKIP;
    if (name !== 'br' && name !== 'img' && el.getAttribute('contenteditable') === 'false') return CHIP;
  }
  if (name === 'br') return BR;
  if (name === 'img') return IMG;
  return BLOCK_TAGS.has(name) ? BLOCK : INLINE;
}

function isBlockTag(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);
}

/** The text a chip shows, as one unit: its text nodes and image alts, without line structure. */
function chipText(el: Element): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += (child as Text).data;
    else if (child.nodeType === 1) {
      const kind = classify(child as Element);
      if (kind === IMG) out += (child as Element).getAttribute('alt') ?? '';
      else if (kind !== SKIP && kind !== BR) out += chipText(child as Element);
    }
  }
  return out;
}

export function readText(root: Element, opts: ReadOptions = {}): TextMap {
  const parts: string[] = [];
  const segs: Segment[] = [];
  let pos = 0;
  let lineOpen = false;
  let lines = 0;
  // End of the last content in the current line (or its start while empty); becomes the JOIN's "before" point.
  let endNode: Node = root;
  let endOffset = 0;
  // A line break that counts only if more content follows on its line.
  let pendingNode: Node | null = null;
  let pendingOffset = 0; // ≥ 0: the "\n" at this offset of a text node; BEFORE: the <br> itself

  function openLine(node: Node, offset: number): void {
    if (lineOpen) return;
    if (lines > 0) {
      segs.push({ start: pos, end: pos + 1, kind: JOIN, node: endNode, offset: endOffset, after: [node, offset] });
      parts.push('\n');
      pos += 1;
    }
    lineOpen = true;
    lines++;
    endNode = node;
    endOffset = offset;
  }

  function closeLine(): void {
    lineOpen = false;
    pendingNode = null;
  }

  function flushPending(): void {
    if (pendingNode === null) return;
    const node = pendingNode;
    pendingNode = null;
    if (pendingOffset === BEFORE) pushAtom(node as Element, '\n');
    else pushText(node as Text, pendingOffset, 1, '\n');
  }

  function pushText(node: Text, offset: number, length: number, text: string): void {
    segs.push({ start: pos, end: pos + length, kind: TEXT, node, offset });
    parts.push(text);
    pos += length;
    endNode = node;
    endOffset = offset + length;
  }

  function pushAtom(el: Element, text: string): void {
    segs.push({ start: pos, end: pos + text.length, kind: ATOM, node: el, offset: 0 });
    parts.push(text);
    pos += text.length;
    endNode = el;
    endOffset = AFTER;
  }

  function visitText(node: Text): void {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    // Source-formatting whitespace between blocks (hand-written or server-rendered markup) is not a line.
    if (!lineOpen && (isBlockTag(node.previousSibling) || isBlockTag(node.nextSibling)) && data.includes('\n')
      && LAYOUT_WHITESPACE.test(data)) return;
    openLine(node, 0);
    flushPending();
    if (data.charCodeAt(n - 1) === 10) {
      if (n > 1) pushText(node, 0, n - 1, data.slice(0, n - 1));
      pendingNode = node;
      pendingOffset = n - 1;
    } else {
      pushText(node, 0, n, data);
    }
  }

  function visitBlock(el: Element, chip: boolean): void {
    closeLine();
    const before = lines;
    if (chip) visitChip(el);
    else visitChildren(el);
    closeLine();
    if (lines === before) {
      openLine(el, 0);
      closeLine();
    }
  }

  function visitChip(el: Element): void {
    const text = chipText(el);
    if (text === '') return;
    openLine(el, BEFORE);
    flushPending();
    pushAtom(el, text);
  }

  function visitChildren(parent: Element): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        visitText(child as Text);
        continue;
      }
      if (type !== 1) continue;
      const el = child as Element;
      switch (classify(el)) {
        case INLINE:
          visitChildren(el);
          break;
        case BLOCK:
          visitBlock(el, false);
          break;
        case BR:
          openLine(el, BEFORE);
          flushPending();
          pendingNode = el;
          pendingOffset = BEFORE;
          break;
        case IMG: {
          const alt = el.getAttribute('alt');
          if (alt) {
            openLine(el, BEFORE);
            flushPending();
            pushAtom(el, alt);
          }
          break;
        }
        case CHIP:
          if (BLOCK_TAGS.has(el.localName)) visitBlock(el, true);
          else visitChip(el);
          break;
      }
    }
  }

  if (opts.blocks) {
    for (const block of opts.blocks(root)) visitBlock(block, false);
  } else {
    visitChildren(root);
  }
  closeLine();
  const text = parts.join('');
  return makeMap(root, text, segs);
}

function setBoundary(range: Range, which: 'start' | 'end', [node, offset]: Point): void {
  if (which === 'start') {
    if (offset === BEFORE) range.setStartBefore(node);
    else if (offset === AFTER) range.setStartAfter(node);
    else range.setStart(node, offset);
  } else if (offset === BEFORE) range.setEndBefore(node);
  else if (offset === AFTER) range.setEndAfter(node);
  else range.setEnd(node, offset);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function makeMap(root: Element, text: string, segs: Segment[]): TextMap {
  const doc = root.ownerDocument;

  /** Index of the segment holding character `i` (0 ≤ i < text.length): segments tile the text in order. */
  function segmentAt(i: number): Segment {
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo]!;
  }

  function startPoint(i: number): Point {
    if (i >= text.length) return endPoint(text.length);
    const seg = segmentAt(i);
    if (seg.kind === JOIN) return [seg.node, seg.offset];
    if (seg.kind === ATOM) return [seg.node, BEFORE];
    let offset = seg.offset + (i - seg.start);
    // Never split an emoji's surrogate pair: widen to its start.
    if (i > seg.start && isLowSurrogate((seg.node as Text).data.charCodeAt(offset))) offset--;
    return [seg.node, offset];
  }

  function endPoint(i: number): Point {
    if (i <= 0 || segs.length === 0) return segs.length > 0 ? startPoint(0) : [root, 0];
    const seg = segmentAt(i - 1);
    if (seg.kind === JOIN) return seg.after!;
    if (seg.kind === ATOM) return [seg.node, AFTER];
    let offset = seg.offset + (i - seg.start);
    if (i < seg.end && isLowSurrogate((seg.node as Text).data.charCodeAt(offset))) offset++;
    return [seg.node, offset];
  }

  function toRange(start: number, end: number): Range | null {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
    const from = startPoint(start);
    const to = start === end ? from : endPoint(end);
    if (!from[0].isConnected || !to[0].isConnected) return null;
    const range = doc.createRange();
    try {
      setBoundary(range, 'start', from);
      setBoundary(range, 'end', to);
    } catch {
      return null; // the DOM changed since the read (an offset past a shortened text node)
    }
    return range;
  }

  let byNode: Map<Node, Segment[]> | null = null;

  function fromPoint(node: Node, offset: number): number | null {
    if (node !== root && !root.contains(node)) return null;
    if (segs.length === 0) return 0;
    if (node.nodeType === 3) {
      if (byNode === null) {
        byNode = new Map();
        for (const seg of segs) {
          if (seg.kind !== TEXT) continue;
          const list = byNode.get(seg.node);
          if (list) list.push(seg);
          else byNode.set(seg.node, [seg]);
        }
      }
      const list = byNode.get(node);
      if (list) {
        for (const seg of list) {
          if (offset <= seg.offset + (seg.end - seg.start)) return seg.start + Math.max(0, offset - seg.offset);
        }
        return list[list.length - 1]!.end;
      }
    }
    // Anywhere else: the first segment that starts at or after the point, by document order.
    const probe = doc.createRange();
    try {
      probe.setStart(node, offset);
    } catch {
      return null;
    }
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const seg = segs[mid]!;
      const [rn, ro] = resolve(seg.node, seg.kind === ATOM ? BEFORE : seg.offset);
      if (probe.comparePoint(rn, ro) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < segs.length ? segs[lo]!.start : text.length;
  }

  return { text, toRange, fromPoint };
}

/** A BEFORE/AFTER point as [parent, index], for APIs that want plain boundary points. */
function resolve(node: Node, offset: number): Point {
  if (offset >= 0) return [node, offset];
  const parent = node.parentNode;
  if (parent === null) return [node, 0];
  let index = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) index++;
  return [parent, offset === BEFORE ? index : index + 1];
}
