// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readText } from './text-map.ts';

function box(html: string): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

// Markup written from the editors' DOM as described in notes/editors.md and seen in the npm builds
// (lexical 0.52, draft-js 0.11.7, quill 2, @tiptap 3), trimmed of ids and classes that do not matter.
const DRAFT_BLOCK = (inner: string) =>
  `<div data-block="true" data-offset-key="k-0-0"><div data-offset-key="k-0-0" class="public-DraftStyleDefault-block">${inner}</div></div>`;
const DRAFT_LEAF = (text: string) => `<span data-offset-key="k-0-0"><span data-text="true">${text}</span></span>`;
const DRAFT_EMPTY = '<span data-offset-key="k-0-0"><br data-text="true"></span>';
const LEX = (text: string) => `<span data-lexical-text="true">${text}</span>`;

const CASES: Array<{ editor: string; name: string; html: string; text: string }> = [
  // Lexical (Facebook)
  { editor: 'lexical', name: 'Enter, Enter makes one empty paragraph',
    html: `<p dir="auto">${LEX('para one')}</p><p dir="auto"><br data-lexical-managed-linebreak="true"></p><p dir="auto">${LEX('para two')}</p>`,
    text: 'para one\n\npara two' },
  { editor: 'lexical', name: 'older builds: a plain <br> in the empty paragraph',
    html: `<p>${LEX('a')}</p><p><br></p><p><br></p><p>${LEX('b')}</p>`, text: 'a\n\n\nb' },
  { editor: 'lexical', name: 'Shift+Enter is a <br>', html: `<p>${LEX('a')}<br>${LEX('b')}</p>`, text: 'a\nb' },
  { editor: 'lexical', name: 'a trailing Shift+Enter gets a managed break that adds nothing',
    html: `<p>${LEX('a')}<br><br data-lexical-managed-linebreak="true"></p>`, text: 'a\n' },
  { editor: 'lexical', name: 'two Shift+Enters', html: `<p>${LEX('a')}<br><br>${LEX('b')}</p>`, text: 'a\n\nb' },
  { editor: 'lexical', name: 'format runs are separate spans',
    html: `<p>${LEX('bold')}<strong data-lexical-text="true">er</strong>${LEX(' text')}</p>`, text: 'bolder text' },
  { editor: 'lexical', name: 'a mention decorator is one unit',
    html: `<p>${LEX('Well done ')}<span data-lexical-decorator="true" contenteditable="false"><a href="#">Jane Smith</a></span>${LEX(' today')}</p>`,
    text: 'Well done Jane Smith today' },
  { editor: 'lexical', name: 'an inline decorator at the end, with boundary image and managed break',
    html: `<p>${LEX('Hi ')}<span data-lexical-decorator="true" contenteditable="false">Jo</span><img data-lexical-decorator-boundary="true" alt=""><br data-lexical-managed-linebreak="true"></p>`,
    text: 'Hi Jo' },
  { editor: 'lexical', name: 'emoji image gives its alt text',
    html: `<p>${LEX('Great ')}<span class="emoji"><img alt="🎉" src="data:,"></span>${LEX('!')}</p>`, text: 'Great 🎉!' },
  { editor: 'lexical', name: 'lists, nested',
    html: `<ul><li value="1">${LEX('one')}</li><li value="2">${LEX('two')}</li><li value="3"><ul><li value="1">${LEX('nested')}</li></ul></li></ul><p>${LEX('after')}</p>`,
    text: 'one\ntwo\nnested\nafter' },
  { editor: 'lexical', name: 'cleared box', html: '<p dir="auto"><br data-lexical-managed-linebreak="true"></p>', text: '' },
  { editor: 'lexical', name: 'never focused', html: '', text: '' },

  // Draft.js (X)
  { editor: 'draft', name: 'Enter, Enter makes one empty block',
    html: `<div data-contents="true">${DRAFT_BLOCK(DRAFT_LEAF('para one'))}${DRAFT_BLOCK(DRAFT_EMPTY)}${DRAFT_BLOCK(DRAFT_LEAF('para two'))}</div>`,
    text: 'para one\n\npara two' },
  { editor: 'draft', name: 'a soft newline is a literal \\n',
    html: `<div data-contents="true">${DRAFT_BLOCK(DRAFT_LEAF('a\nb'))}</div>`, text: 'a\nb' },
  { editor: 'draft', name: 'a trailing soft newline is doubled in the DOM',
    html: `<div data-contents="true">${DRAFT_BLOCK(DRAFT_LEAF('a\n\n'))}</div>`, text: 'a\n' },
  { editor: 'draft', name: 'two soft newlines inside a block',
    html: `<div data-contents="true">${DRAFT_BLOCK(DRAFT_LEAF('a\n\nb'))}</div>`, text: 'a\n\nb' },
  { editor: 'draft', name: 'leaves with styles and a hashtag decorator',
    html: `<div data-contents="true">${DRAFT_BLOCK(`${DRAFT_LEAF('Hello ')}<span data-offset-key="k-0-1" style="font-weight: bold;"><span data-text="true">world</span></span> <span class="r-hashtag"><span data-offset-key="k-1-0"><span data-text="true">#go</span></span></span>`)}</div>`,
    text: 'Hello world #go' },
  { editor: 'draft', name: 'empty editor', html: `<div data-contents="true">${DRAFT_BLOCK(DRAFT_EMPTY)}</div>`, text: '' },

  // Quill (LinkedIn, older pages)
  { editor: 'quill', name: 'Enter, Enter makes one <p><br></p>',
    html: '<p>para one</p><p><br></p><p>para two</p>', text: 'para one\n\npara two' },
  { editor: 'quill', name: 'the clipboard container is skipped',
    html: '<p>a</p><div class="ql-clipboard" contenteditable="true" tabindex="-1">stale paste</div>', text: 'a' },
  { editor: 'quill', name: 'cursor blot characters are kept raw (the engine drops them)',
    html: '<p>ab<span class="ql-cursor">\uFEFF</span></p>', text: 'ab\uFEFF' },
  { editor: 'quill', name: 'Quill 2 lists: the marker UI is not text',
    html: '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>one</li><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>two</li></ol>',
    text: 'one\ntwo' },
  { editor: 'quill', name: 'a mention blot is one unit between its guard characters',
    html: '<p>Thanks <span class="mention" data-denotation-char="@" data-id="7">\uFEFF<span contenteditable="false"><span class="ql-mention-denotation-char">@</span>Jane</span>\uFEFF</span> </p>',
    text: 'Thanks \uFEFF@Jane\uFEFF ' },
  { editor: 'quill', name: 'empty editor', html: '<p><br></p>', text: '' },

  // ProseMirror / TipTap (LinkedIn, newer pages)
  { editor: 'tiptap', name: 'Enter, Enter makes one paragraph with a trailing break',
    html: '<p>para one</p><p><br class="ProseMirror-trailingBreak"></p><p>para two</p>', text: 'para one\n\npara two' },
  { editor: 'tiptap', name: 'a hard break', html: '<p>a<br>b</p>', text: 'a\nb' },
  { editor: 'tiptap', name: 'a hard break at the end', html: '<p>a<br><br class="ProseMirror-trailingBreak"></p>', text: 'a\n' },
  { editor: 'tiptap', name: 'two hard breaks with the separator image',
    html: '<p>a<br><img class="ProseMirror-separator" alt=""><br>b</p>', text: 'a\n\nb' },
  { editor: 'tiptap', name: 'a mention node at the end',
    html: '<p>Thanks <span class="mention" data-type="mention" data-id="1" contenteditable="false">@Jane Smith</span><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p>',
    text: 'Thanks @Jane Smith' },
  { editor: 'tiptap', name: 'lists of paragraphs and a quote',
    html: '<ul><li><p>one</p></li><li><p>two</p><ul><li><p>deep</p></li></ul></li></ul><blockquote><p>q</p></blockquote><p>after</p>',
    text: 'one\ntwo\ndeep\nq\nafter' },
  { editor: 'tiptap', name: 'empty editor', html: '<p><br class="ProseMirror-trailingBreak"></p>', text: '' },

  // Plain contenteditable (Chromium's own editing) and hand-written markup
  { editor: 'plain', name: 'first line bare, the rest in divs', html: 'para one<div><br></div><div>para two</div>', text: 'para one\n\npara two' },
  { editor: 'plain', name: 'a trailing <br> pair', html: 'a<br><br>', text: 'a\n' },
  { editor: 'plain', name: 'two breaks', html: 'a<br><br>b', text: 'a\n\nb' },
  { editor: 'plain', name: 'source-formatting whitespace between blocks is not a line',
    html: '\n  <p>one</p>\n  <ul>\n    <li>two</li>\n    <li><ol><li>three</li></ol></li>\n  </ul>\n', text: 'one\ntwo\nthree' },
  { editor: 'plain', name: 'text then a block then text', html: '<div>top<div>middle</div>bottom</div>', text: 'top\nmiddle\nbottom' },
  { editor: 'plain', name: 'a <br> right before a block adds nothing', html: '<div>top<br><p>next</p></div>', text: 'top\nnext' },
  { editor: 'plain', name: 'an empty <p> is an empty line', html: '<p>a</p><p></p><p>b</p>', text: 'a\n\nb' },
  { editor: 'plain', name: 'aria-hidden, hidden, script and style are skipped',
    html: '<p>see<span aria-hidden="true"> (icon)</span><span hidden>gone</span><script>x()</script><style>p{}</style> this</p>',
    text: 'see this' },
  { editor: 'plain', name: 'an image without alt adds nothing', html: '<p>a<img src="data:,">b</p>', text: 'ab' },
  { editor: 'plain', name: 'a block chip is its own line', html: '<p>a</p><div contenteditable="false">card <b>title</b></div><p>b</p>', text: 'a\ncard title\nb' },
];

describe('readText: text per editor', () => {
  for (const c of CASES) {
    it(`${c.editor}: ${c.name}`, () => {
      expect(readText(box(c.html)).text).toBe(c.text);
    });
  }

  it('innerText-style extra newlines do not appear (regression guard for the Enter, Enter case in every editor)', () => {
    for (const c of CASES.filter((x) => x.name.startsWith('Enter, Enter'))) {
      expect(readText(box(c.html)).text.match(/\n/g)?.length, c.editor).toBe(2);
    }
  });

  it('the adapter hint chooses the blocks', () => {
    const root = box('<div class="toolbar">Bold</div><div class="body"><p>a</p><p><br></p><p>b</p></div>');
    const map = readText(root, { blocks: (r) => r.querySelectorAll('.body > p') });
    expect(map.text).toBe('a\n\nb');
  });

  it('does not modify the DOM', () => {
    const html = `<p>${LEX('x')}<br><br data-lexical-managed-linebreak="true"></p><p><img alt="🎉"></p>`;
    const root = box(html);
    const before = root.innerHTML;
    const map = readText(root);
    map.toRange(0, map.text.length);
    map.fromPoint(root, 1);
    expect(root.innerHTML).toBe(before);
  });
});

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

describe('toRange', () => {
  it('maps a span inside one text node exactly', () => {
    const root = box(`<p>${LEX('Well done ')}<strong data-lexical-text="true">Jane</strong>${LEX(' today')}</p>`);
    const map = readText(root);
    const [, jane] = textNodes(root);
    const range = map.toRange(10, 14)!;
    expect(range.toString()).toBe('Jane');
    expect(range.startContainer).toBe(jane);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(jane);
    expect(range.endOffset).toBe(4);
    // Across two format runs in the same line.
    expect(map.toRange(5, 12)!.toString()).toBe('done Ja');
  });

  it('round-trips every in-line slice of a multi-block box', () => {
    const root = box(`<p>${LEX('para one')}</p><p><br data-lexical-managed-linebreak="true"></p><p>${LEX('para')}<br>${LEX('two')}</p>`);
    const map = readText(root);
    expect(map.text).toBe('para one\n\npara\ntwo');
    for (let s = 0; s <= map.text.length; s++) {
      for (let e = s; e <= map.text.length; e++) {
        const slice = map.text.slice(s, e);
        const range = map.toRange(s, e);
        expect(range, `${s},${e}`).not.toBeNull();
        // A DOM range's text has no line structure: compare with the newlines taken out.
        expect(range!.toString(), `${s},${e}`).toBe(slice.replace(/\n/g, ''));
      }
    }
  });

  it('puts block edges on the text nodes, and the joining newline between the blocks', () => {
    const root = box('<p>first</p><p>second</p>');
    const map = readText(root);
    const [first, second] = textNodes(root);
    const line1 = map.toRange(0, 5)!;
    expect([line1.startContainer, line1.startOffset, line1.endContainer, line1.endOffset]).toEqual([first, 0, first, 5]);
    const line2 = map.toRange(6, 12)!;
    expect([line2.startContainer, line2.startOffset, line2.endContainer, line2.endOffset]).toEqual([second, 0, second, 6]);
    const newline = map.toRange(5, 6)!;
    expect([newline.startContainer, newline.startOffset, newline.endContainer, newline.endOffset]).toEqual([first, 5, second, 0]);
    const across = map.toRange(3, 8)!;
    expect(across.toString()).toBe('stse');
  });

  it('never splits an emoji surrogate pair', () => {
    const root = box('<p>Hi 😀 there</p>');
    const map = readText(root);
    expect(map.toRange(3, 5)!.toString()).toBe('😀');
    expect(map.toRange(3, 4)!.toString()).toBe('😀');
    expect(map.toRange(4, 5)!.toString()).toBe('😀');
    expect(map.toRange(4, 8)!.toString()).toBe('😀 th');
  });

  it('covers an image emoji whole', () => {
    const root = box(`<p>${LEX('Great ')}<span><img alt="🎉" src="data:,"></span>${LEX('!')}</p>`);
    const map = readText(root);
    const img = root.querySelector('img')!;
    for (const [s, e] of [[6, 8], [6, 7], [7, 8]] as const) {
      const range = map.toRange(s, e)!;
      expect(range.startContainer).toBe(img.parentNode);
      expect(range.startOffset).toBe(0);
      expect(range.endOffset).toBe(1);
      expect(range.cloneContents().querySelector('img')).not.toBeNull();
    }
    expect(map.toRange(0, 9)!.toString()).toBe('Great !');
  });

  it('covers a mention chip whole, even for a span inside it', () => {
    const root = box('<p>Thanks <span class="mention" contenteditable="false">@Jane Smith</span> for this</p>');
    const map = readText(root);
    expect(map.text).toBe('Thanks @Jane Smith for this');
    expect(map.toRange(8, 12)!.toString()).toBe('@Jane Smith');
    expect(map.toRange(3, 10)!.toString()).toBe('nks @Jane Smith');
  });

  it('returns null for spans out of bounds and for a DOM that changed', () => {
    const root = box('<p>abcdef</p>');
    const map = readText(root);
    expect(map.toRange(-1, 2)).toBeNull();
    expect(map.toRange(3, 2)).toBeNull();
    expect(map.toRange(0, 7)).toBeNull();
    expect(map.toRange(1.5, 2)).toBeNull();
    const end = map.toRange(6, 6)!;
    expect(end.collapsed).toBe(true);
    textNodes(root)[0]!.data = 'ab';
    expect(() => map.toRange(4, 6)).not.toThrow();
    expect(map.toRange(4, 6)).toBeNull();
    root.innerHTML = '<p>new</p>';
    expect(map.toRange(0, 2)).toBeNull();
  });

  it('works on an empty box', () => {
    const map = readText(box(''));
    expect(map.text).toBe('');
    expect(map.toRange(0, 0)?.collapsed).toBe(true);
    expect(map.toRange(0, 1)).toBeNull();
  });
});

describe('fromPoint', () => {
  it('maps text positions, element positions and outside points', () => {
    const root = box(`<p>${LEX('ab')}</p><p><br></p><p>${LEX('cd')}<img alt="🎉"></p>`);
    const map = readText(root);
    expect(map.text).toBe('ab\n\ncd🎉');
    const [ab, cd] = textNodes(root);
    expect(map.fromPoint(ab!, 1)).toBe(1);
    expect(map.fromPoint(cd!, 2)).toBe(6);
    expect(map.fromPoint(root, 2)).toBe(4); // before the third paragraph
    expect(map.fromPoint(root.children[2]!, 1)).toBe(6); // before the image
    expect(map.fromPoint(root, 3)).toBe(map.text.length);
    expect(map.fromPoint(document.body, 0)).toBeNull();
  });

  it('inverts toRange starts', () => {
    const root = box(`<p>${LEX('para one')}</p><p>${LEX('two')}<br>${LEX('three')}</p>`);
    const map = readText(root);
    for (let i = 0; i < map.text.length; i++) {
      if (map.text[i] === '\n') continue;
      const range = map.toRange(i, i + 1)!;
      expect(map.fromPoint(range.startContainer, range.startOffset), String(i)).toBe(i);
    }
  });
});

// Random boxes built the way these editors render, each with the text a user would have typed.
type Piece = { build: () => Node[]; text: string };

const plainText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', '\uFEFF'), minLength: 1, maxLength: 6 });
const inline: fc.Arbitrary<Piece> = fc.oneof(
  plainText.map((t) => ({ text: t, build: () => [document.createTextNode(t)] })),
  plainText.map((t) => ({ text: t, build: () => [span(t)] })),
  fc.constantFrom('🎉', '👍🏽', ':)').map((alt) => ({ text: alt, build: () => [el('img', { alt })] })),
  plainText.map((t) => ({ text: '@' + t, build: () => [el('span', { contenteditable: 'false' }, '@' + t)] })),
  plainText.map(() => ({ text: '', build: () => [el('span', { 'aria-hidden': 'true' }, 'icon')] })),
);

function el(tag: string, attrs: Record<string, string> = {}, text?: string): Element {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
function span(text: string): Element {
  return el('span', { 'data-lexical-text': 'true' }, text);
}

// A line of inline pieces with soft breaks between some of them; a trailing break gets the editor's placeholder.
const line: fc.Arbitrary<Piece> = fc
  .tuple(fc.array(fc.tuple(inline, fc.boolean()), { minLength: 1, maxLength: 4 }), fc.constantFrom('managed', 'trailing', 'plain'))
  .map(([items, placeholder]) => {
    let text = '';
    const builders: Array<() => Node[]> = [];
    for (const [piece, softBreak] of items) {
      text += piece.text;
      builders.push(piece.build);
      if (softBreak) {
        text += '\n';
        builders.push(() => [el('br')]);
      }
    }
    // Nothing visible after the last break: the editor adds its placeholder so the empty last line shows.
    if (text.endsWith('\n')) {
      const attrs: Record<string, string> = placeholder === 'managed' ? { 'data-lexical-managed-linebreak': 'true' }
        : placeholder === 'trailing' ? { class: 'ProseMirror-trailingBreak' } : {};
      builders.push(() => [el('br', attrs)]);
    }
    return { text, build: () => builders.flatMap((b) => b()) };
  });

const block: fc.Arbitrary<Piece> = fc.oneof(
  line.map((l) => ({ text: l.text, build: () => [withChildren(el('p'), l.build())] })),
  fc.constantFrom('<br data-lexical-managed-linebreak="true">', '<br>', '<br class="ProseMirror-trailingBreak">', '')
    .map((inner) => ({ text: '', build: () => { const p = el('p'); p.innerHTML = inner; return [p]; } })),
  // Draft: soft newlines are literal, and a trailing one is doubled in the DOM.
  fc.string({ unit: fc.constantFrom('x', ' ', '\n', '😀'), minLength: 0, maxLength: 6 }).map((t) => ({
    text: t,
    build: () => {
      const outer = el('div', { 'data-block': 'true' });
      const inner = el('div', { 'data-offset-key': 'k' });
      const leaf = el('span', { 'data-offset-key': 'k' });
      leaf.append(t === '' ? el('br', { 'data-text': 'true' }) : el('span', { 'data-text': 'true' }, t.endsWith('\n') ? t + '\n' : t));
      inner.append(leaf);
      outer.append(inner);
      return [outer];
    },
  })),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => ({
    text: items.map((i) => i.text).join('\n'),
    build: () => [withChildren(el('ul'), items.map((i) => withChildren(el('li'), i.build())))],
  })),
);

function withChildren(parent: Element, children: Node[]): Element {
  parent.append(...children);
  return parent;
}

describe('property: random editor-shaped boxes', () => {
  it('read as typed, and every span maps to a range without throwing', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 0, maxLength: 5 }), (blocks) => {
        const root = box('');
        for (const b of blocks) root.append(...b.build());
        const expected = blocks.map((b) => b.text).join('\n');
        const map = readText(root);
        expect(map.text, root.innerHTML).toBe(expected);
        const n = map.text.length;
        for (let s = 0; s <= n; s++) {
          for (let e = s; e <= n; e++) {
            const range = map.toRange(s, e);
            expect(range, `${s},${e}`).not.toBeNull();
            if (s < e && map.text.slice(s, e).trim() !== '') expect(range!.collapsed, `${s},${e}`).toBe(false);
          }
          // A character that comes from a text node maps to exactly that character (or its whole surrogate pair).
          if (s < n) {
            const range = map.toRange(s, s + 1)!;
            if (range.startContainer === range.endContainer && range.startContainer.nodeType === 3) {
              const got = range.toString();
              expect(got.includes(map.text[s]!), `char ${s}`).toBe(true);
              const lowHalf = map.text.charCodeAt(s) >= 0xdc00 && map.text.charCodeAt(s) <= 0xdfff;
              expect(map.fromPoint(range.startContainer, range.startOffset), `from ${s}`).toBe(lowHalf ? s - 1 : s);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
