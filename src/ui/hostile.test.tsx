// @vitest-environment happy-dom
// Hostile and odd post text in every piece of UI that shows it (the card, the badge's list, "Before you post", the
// options page's allow-list, the toolbar popup and the training page): markup and script-like strings, very long
// words, bidi controls, invisible joiners, zalgo and emoji sequences. Each surface is rendered twice, once with plain
// words and once with the hostile string, and must come out the same shape (no element or attribute made from the
// text), show the string exactly, as text, and leave the canaries alone. Real layout is checked in Chromium
// (test/e2e/hostile.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EnvContext } from './env.ts';
import { AllowedWords } from './options/AllowedWords.tsx';
import { cleanup, render } from './options/testing.ts';
import { Popup } from './popup/Popup.tsx';
import { CSS } from './styles.ts';
import { click, finding, mount, rect } from './testing.ts';
import { TrainingApp } from './training/TrainingApp.tsx';
import type { ScenarioView, TrainingApi, TrainingModel } from './training/types.ts';
import type { GateRequest, ShownFinding } from './types.ts';

const zalgo = (word: string, depth: number) => [...word].map((c) => c + '\u0301\u0316\u0334\u0353\u0489\u0300\u0317\u0335\u0354\u0310'.repeat(depth)).join('');

/** Each sets window.__pwned (or calls alert) if it is ever interpreted as markup, a URL or a template. */
const HOSTILE: Record<string, string> = {
  'img onerror': '<img src=x onerror="window.__pwned=1">',
  'script element': '<script>window.__pwned=1</script>',
  'javascript: URL': 'javascript:window.__pwned=1',
  'javascript: link': '<a href="javascript:window.__pwned=1">open me</a>',
  'svg onload': '<svg/onload=window.__pwned=1><animate onbegin=alert(1) attributeName=x dur=1s>',
  'iframe srcdoc': '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'style element': '<style>*{display:none!important}</style>',
  'template injection': "{{constructor.constructor('window.__pwned=1')()}} ${window.__pwned=1} <%= 7*7 %>",
  'entities stay literal': '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62; &#x3C;u&#x3E;',
  'comment and CDATA': '<!-- x --><![CDATA[<b>x</b>]]>',
  'a 5,000-character word': 'W'.repeat(5000),
  'right-to-left override, unterminated': 'useless \u202Eidiot',
  'overrides and embeddings': '\u202Etoidi\u202C \u202Dx\u202B\u202A y',
  'isolates, one unterminated': '\u2067useless\u2069 \u2066idiot\u2069 \u2068open',
  'zero-width characters': 'use\u200Dless id\u200Ciot\u200B\u2060\uFEFF',
  'zalgo': zalgo('idiot', 12),
  'emoji sequences and flags': '👩‍👩‍👧‍👦 🇬🇧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏳️‍🌈 👍🏽 🧑🏿‍🦱',
  'lone surrogates and controls': 'x\uD800y\uDFFFz\u0007\u001B[31m\t',
};
const CASES = Object.entries(HOSTILE);
const PLAIN = 'plain words';

/** The element tree as tag and attribute names, in document order: what a string may never change. */
const shape = (root: ParentNode) => [...root.querySelectorAll('*')].map((el) => [el.localName, ...[...el.attributes].map((a) => a.name).sort()].join(' '));

const canary = () => (window as { __pwned?: unknown }).__pwned;

let alert: ReturnType<typeof vi.fn>;
let href: string;
beforeEach(() => {
  alert = vi.fn();
  window.alert = alert as unknown as typeof window.alert;
  href = location.href;
});
afterEach(() => {
  document.querySelectorAll('postcheck-ui').forEach((h) => h.remove());
  cleanup();
  // Nothing ran: no canary, no alert, no navigation.
  expect(canary()).toBeUndefined();
  expect(alert).not.toHaveBeenCalled();
  expect(location.href).toBe(href);
});

/** A finding with the string everywhere a finding carries text, as a hostile pack and post together could. */
const hostile = (s: string, over: Partial<ShownFinding> = {}): ShownFinding =>
  finding({
    words: s,
    message: s,
    suggestion: s,
    citations: [
      { packId: 'p', clauseId: s, section: s, quote: s, guidance: s },
      { packId: 'p', clauseId: `${s}2`, section: s, quote: s, guidance: s },
    ],
    ...over,
  });

/** The marked words are a <bdi> holding one text node: the string, exactly. */
function expectWordsAsText(root: ParentNode, s: string, count: number): void {
  const bdis = [...root.querySelectorAll('.pc-words bdi')];
  expect(bdis).toHaveLength(count);
  for (const bdi of bdis) {
    expect(bdi.childNodes).toHaveLength(1);
    expect(bdi.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect(bdi.textContent).toBe(s);
  }
}

/** Every surface of the checker's UI (shadow root) for `s`: its shape, with the words checked as text on the way. */
function checkerSurfaces(s: string): Record<string, string[]> {
  const shapes: Record<string, string[]> = {};
  const two = [hostile(s, { key: 'a' }), hostile(s, { key: 'b', severity: 'warning', allowable: false })];
  const actions = { onDismiss() {}, onAllowWord() {} };

  const m = mount();
  // The badge's popup with one finding (a card in place), then with two (a list, each opened).
  act(() => m.ui.setBadge(rect(100, 100, 400, 120), { status: 'on', findings: [two[0]!] }, actions));
  click(m.$('.pc-badge'));
  expectWordsAsText(m.$('.pc-popup')!, s, 1);
  shapes['popup, one finding'] = shape(m.$('.pc-popup')!);
  act(() => m.ui.setBadge(rect(100, 100, 400, 120), { status: 'on', findings: two }, actions));
  for (const toggle of m.$$('.pc-toggle')) click(toggle);
  expectWordsAsText(m.$('.pc-popup')!, s, 2);
  expect(m.$$('.pc-popup .pc-message').map((p) => p.textContent)).toEqual([s, s]);
  shapes['popup, list'] = shape(m.$('.pc-popup')!);

  act(() => m.ui.showCard(two[0]!, rect(10, 10, 50, 20), actions));
  const card = m.$('.pc-card')!;
  expectWordsAsText(card, s, 1);
  expect(card.querySelector('blockquote')?.textContent).toBe(s);
  expect(card.querySelector('.pc-clause-id bdi')?.textContent).toBe(s);
  expect(card.querySelector('.pc-suggestion')?.textContent).toBe(`Try: ${s}`);
  shapes.card = shape(card);
  act(() => m.ui.showCard(null));

  const open = (request: GateRequest) => {
    let answer!: Promise<unknown>;
    act(() => {
      answer = m.ui.openGate(request);
    });
    return answer;
  };
  // A policy that needs a reason (typed, hostile too), then one that does not allow posting anyway.
  open({ findings: two, canPostAnyway: true, packTitle: s, recordReason: () => {} });
  const reason = m.$<HTMLTextAreaElement>('.pc-reason textarea')!;
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(reason, s);
    reason.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const gate = m.$('.pc-gate')!;
  expectWordsAsText(gate, s, 2);
  expect(gate.querySelector('p')?.textContent).toContain(`(${s})`);
  expect(reason.value).toBe(s);
  shapes['gate, reason'] = shape(m.$('.pc-backdrop')!);
  m.ui.destroy();

  const n = mount();
  act(() => void n.ui.openGate({ findings: two, canPostAnyway: false, askWho: s, packTitle: s }));
  // Who to ask is trimmed (a trailing BOM or tab is whitespace to trim()); the rest is as given.
  expect(n.$('.pc-ask')?.textContent).toContain(` ask ${s.trim()} first.`);
  shapes['gate, ask who'] = shape(n.$('.pc-backdrop')!);
  // Nothing outside the shadow root either: the document holds only the host.
  expect([...document.querySelectorAll('*')].map((e) => e.localName)).toEqual(['html', 'head', 'body', 'postcheck-ui']);
  n.ui.destroy();
  return shapes;
}

describe('the checker: card, badge list and "Before you post"', () => {
  const plain = () => checkerSurfaces(PLAIN);
  it.each(CASES)('%s: shown as text, the same elements as plain words', (_name, s) => {
    const expected = plain();
    expect(checkerSurfaces(s)).toEqual(expected);
  });
});

describe('the options page: words you always allow', () => {
  it.each(CASES)('%s: listed as text, isolated, and removed by its exact value', (_name, s) => {
    const removed: string[] = [];
    const words = [s, `${s} again`];
    const r = render(AllowedWords, { words, locked: false, onRemove: (w) => void removed.push(w) });
    const shown = r.$$('.allowed-words li');
    expect(shown.map((li) => li.querySelector('bdi')?.textContent)).toEqual(words);
    for (const li of shown) expect(li.querySelector('bdi')?.childNodes).toHaveLength(1);
    const sameShape = shape(r.container);
    click(r.$('.allowed-words button'));
    expect(removed).toEqual([s]);
    r.unmount();
    const p = render(AllowedWords, { words: [PLAIN, `${PLAIN} again`], locked: false, onRemove() {} });
    expect(sameShape).toEqual(shape(p.container));
  });
});

describe('the toolbar popup', () => {
  it.each(CASES)('%s as the policy title: shown as text', (_name, s) => {
    const props = (title: string) => ({ tab: { active: true, site: 'facebook', packTitle: title, warnings: 1 }, sessionWarnings: 1, rejected: 1, onOpenSettings() {} }) as const;
    const r = render(Popup, props(s));
    expect(r.$('strong')?.textContent).toBe(s);
    const hostileShape = shape(r.container);
    r.unmount();
    expect(hostileShape).toEqual(shape(render(Popup, props(PLAIN)).container));
  });
});

// ---- The training page, with a stand-in for src/training whose every text is the string.

const clauseOf = (s: string) => ({ id: s, section: s, quote: s, guidance: s, consequence: s, severity: 'stop' as const });
function modelOf(s: string): TrainingModel {
  const scenario: ScenarioView = {
    id: 's1',
    post: s,
    by: s,
    site: 'facebook',
    box: 'post',
    findings: [hostile(s, { key: 'k1' }), hostile(s, { key: 'k2', severity: 'advice' })],
    clause: clauseOf(s),
    stops: true,
    rewrite: s,
    source: 'pack',
  };
  return {
    packId: 'a',
    packName: s,
    scenarios: [scenario],
    clean: () => [{ id: 'c1', post: s, by: s, site: 'x', box: 'post', findings: [], clause: null, stops: false }],
    handout: [{ clause: clauseOf(s), example: { post: s, rewrite: s } }],
  };
}

function apiOf(s: string): TrainingApi {
  return {
    packs: () => [{ id: 'a', name: s }],
    model: () => modelOf(s),
    check: (text) => (text ? [hostile(s, { key: 't1' }), hostile(s, { key: 't2', severity: 'warning' })] : []),
    openPack: () => 'a',
    choosePack: () => {},
    track: () => {},
    keyPosts: () => false,
    setTextScale: () => {},
  };
}

const wait = (ms: number) => act(async () => void (await new Promise((r) => setTimeout(r, ms))));

/** Walks every mode of the page showing `s`: its shape in each, with the string checked as text on the way. */
async function trainingSurfaces(s: string): Promise<Record<string, string[]>> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const host = document.createElement('div');
  document.body.append(host);
  let root!: Root;
  act(() => {
    root = createRoot(host);
    root.render(createElement(EnvContext, { value: { doc: document, win: window } }, createElement(TrainingApp, { api: apiOf(s), initialPack: 'a' })));
  });
  await wait(0);
  const shapes: Record<string, string[]> = {};
  const modeButton = (name: string) => [...host.querySelectorAll<HTMLElement>('nav button')].find((b) => b.textContent === name)!;
  const editor = () => host.querySelector<HTMLElement>('[data-practice-editor]')!;
  const press = (key: string) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

  // Present, everything revealed: the post in the box, who wrote it, the flagged words, the clause, the rewrite.
  press('r');
  expect(editor().innerText).toBe(s);
  expect(host.querySelector('.scenario-meta strong')?.textContent).toBe(s);
  expectWordsAsText(host.querySelector('.flagged')!, s, 2);
  expect(host.querySelector('.clause-quote')?.textContent).toBe(s);
  expect(host.querySelector('.rewrite')?.textContent).toBe(s);
  shapes.present = shape(host);

  click(modeButton('Quiz'));
  press('r');
  shapes.quiz = shape(host);

  // Try your own: typed into the practice box, the findings listed beside it, then "posted" on the page.
  click(modeButton('Try your own'));
  act(() => {
    editor().innerText = s;
    editor().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await wait(200);
  expectWordsAsText(host.querySelector('.try-list')!, s, 2);
  click(host.querySelector('[data-practice-post]'));
  expect(host.querySelector('.practice-posted-text')?.textContent).toBe(s);
  shapes.try = shape(host);

  click(modeButton('Handout'));
  expect(host.querySelector('.handout-pack')?.textContent).toBe(s);
  expect([...host.querySelectorAll('.handout-example dd')].map((d) => d.textContent)).toEqual([s, s]);
  shapes.handout = shape(host);

  act(() => root.unmount());
  host.remove();
  return shapes;
}

describe('the training page: present, quiz, "Try your own" and the handout', () => {
  it.each(CASES)('%s: shown as text, the same elements as plain words', async (_name, s) => {
    const expected = await trainingSurfaces(PLAIN);
    expect(await trainingSurfaces(s)).toEqual(expected);
  });
});

describe('the styles that keep hostile text in its box (measured in Chromium by test/e2e/hostile.test.ts)', () => {
  const rule = (css: string, selector: string) => css.match(new RegExp(`^${selector.replace('.', '\\.')} \\{([^}]*)\\}`, 'm'))?.[1] ?? '';

  it('the marked words shrink to the card and cut a letter too wide to break, rather than push the card sideways', () => {
    expect(rule(CSS, '.pc-words')).toMatch(/max-width: 100%;.*overflow-x: clip;/);
    expect(rule(CSS, '.pc-finding-title')).toContain('min-width: 0;');
  });

  it('the training page wraps a post shown back after posting, as the box did', () => {
    const css = readFileSync(join(import.meta.dirname, 'training/training.css'), 'utf8');
    expect(rule(css, '.practice-posted-text')).toMatch(/overflow-wrap: anywhere;.*overflow-x: clip;/);
  });
});
