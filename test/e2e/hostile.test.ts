// Hostile and odd post text in real Chromium: markup and script-like strings, a 5,000-character word, bidi controls,
// invisible joiners, zalgo and emoji sequences, put into the Facebook composer (a few typed key by key, the rest pasted;
// the X composer gets the ones most likely to break a layout) and the training page's "Try your own", each around words
// the checker marks, so the card, the badge's list and "Before you post" show them.
// Nothing may be interpreted (no element or attribute made from the text, no script run, no dialog, no navigation),
// and the layout must hold at 1280×720 and 375×667: the card, list and dialog inside the viewport, no sideways
// overflow, the buttons visible and clickable, and the marked words isolated so a right-to-left override in them
// cannot flip the rest. Screenshots of each dialog go to test-results/hostile/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TRAINING_PAGE } from './build.ts';
import { choose, gateDialog, markedWords } from './gate-suite.ts';
import { editorText, launchBrowser, postedOf, typeInto, type TestBrowser } from './harness.ts';
import { CSP } from './sites.ts';

const SHOTS = join(ROOT, 'test-results/hostile');
mkdirSync(SHOTS, { recursive: true });

// The pages are served allowing inline script: markup that became elements would then run and trip the canary,
// where the sites' strict CSP would only hide it.
const LOOSE_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

const zalgo = (word: string, depth: number) => [...word].map((c) => c + '\u0301\u0316\u0334\u0353\u0489\u0300\u0317\u0335\u0354\u0310'.repeat(depth)).join('');

interface Case {
  name: string;
  text: string;
  /** The words the checker marks, which the card and dialog show (or how they start, with `cut`). */
  words: string;
  /**
   * The marks end where the checker's window does: a word longer than a window (1,500 characters and some context)
   * is marked only as far as the window reaches. What is marked is still a word of well over 1,000 characters.
   */
  cut?: boolean;
  /** Typed key by key rather than pasted in one go (a few are, to go through the editor's own key handling). */
  typed?: boolean;
  /**
   * The cases most likely to break a layout (or to be typed): run on every site and page and at both viewports. The
   * rest run on Facebook at 1280×720: the card, list and dialog are the same code everywhere.
   */
  everySite?: boolean;
}

const LONG_PASSWORD = zalgo('Sunshine2024', 42);

const CASES: Case[] = [
  { name: 'img-onerror', text: 'The staff wifi password is <img/src=x/onerror=window.__pwned=1>', words: 'password is <img/src=x/onerror=window.__pwned=1>', typed: true, everySite: true },
  { name: 'script', text: 'The staff wifi password is <script>window.__pwned=2</script>', words: 'password is <script>window.__pwned=2</script>' },
  { name: 'svg-onload', text: 'The staff wifi password is <svg/onload=alert(3)>', words: 'password is <svg/onload=alert(3)>' },
  { name: 'javascript-url', text: 'The staff wifi password is javascript:window.__pwned=4', words: 'password is javascript:window.__pwned=4' },
  { name: 'javascript-link', text: '<a href="javascript:window.__pwned=5">The new head is a useless idiot</a>', words: 'useless idiot' },
  { name: 'template', text: "The staff wifi password is {{constructor.constructor('window.__pwned=6')()}}", words: "password is {{constructor.constructor('" },
  { name: 'pupil-after-markup', text: 'So proud of <img src=x onerror=window.__pwned=7>Grace Okafor in Year 4 today', words: 'Grace Okafor' },
  { name: 'rtl-override', text: 'The new head is a useless \u202Eidiot and that is final', words: 'useless \u202Eidiot', typed: true, everySite: true },
  { name: 'rtl-override-pupil', text: 'So proud of Grace \u202EOkafor in Year 4 today', words: 'Grace \u202EOkafor' },
  { name: 'rtl-isolate', text: 'The new head is a useless \u2067idiot', words: 'useless \u2067idiot' },
  { name: 'zero-width', text: 'The new head is a use\u200Dless id\u200Ciot', words: 'use\u200Dless id\u200Ciot' },
  { everySite: true, name: 'emoji', text: 'The new head is a useless👩‍🏫idiot 👩‍👩‍👧‍👦 🇬🇧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 👍🏽', words: 'useless👩‍🏫idiot' },
  { everySite: true, name: 'zalgo', text: `The new head is a ${zalgo('useless', 5)} idiot`, words: `${zalgo('useless', 5)} idiot` },
  { everySite: true, name: 'long-word', text: `The staff wifi password is ${LONG_PASSWORD}`, words: 'password is ', cut: true },
  { name: 'long-word-in-post', text: `${'x'.repeat(5000)} The new head is a useless idiot`, words: 'useless idiot' },
];

const SITES = [
  {
    name: 'facebook',
    url: 'https://www.facebook.com/',
    editable: '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    control: '[role="dialog"] div[role="button"][aria-label="Post"]',
    box: 'fb-post',
    open: (page: Page) => page.locator('div[role="button"][aria-label="Create post"]').click(),
  },
  {
    name: 'x',
    url: 'https://x.com/home',
    editable: '[data-testid="tweetTextarea_0"][contenteditable="true"]',
    control: 'button[data-testid="tweetButtonInline"]',
    box: 'x-inline',
    open: undefined,
  },
] as const;

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 375, height: 667 },
] as const;

/** Tags our shadow root may hold: anything else was made from text. */
const OUR_TAGS = ['style', 'div', 'h2', 'h3', 'p', 'span', 'bdi', 'button', 'svg', 'path', 'ul', 'li', 'blockquote', 'textarea', 'label'];

type Surface = '.pc-card' | '.pc-popup' | '.pc-gate';

interface Inspection {
  rect: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  overflowX: number;
  words: string[];
  /** Marked words not in a <bdi> of their own, or whose quotes/severity were moved by the text's direction. */
  bidi: string[];
  /** Buttons that are not visible or not the element at their own centre. */
  blocked: string[];
}

/**
 * Looks at one of our surfaces in the shadow root: where it is, whether anything sticks out sideways, the words it
 * shows, that each marked phrase is isolated (its quotes stay either side of it, the severity before it), and that
 * every button is on screen and is what a click at its centre would hit. Buttons scrolled out of a card are scrolled
 * into view first, as a user would; the gate's are checked where they are (its actions stay in sight).
 */
function inspect(page: Page, selector: Surface): Promise<Inspection> {
  return page.evaluate((sel) => {
    const root = document.querySelector('postcheck-ui')!.shadowRoot!;
    const el = root.querySelector<HTMLElement>(sel)!;
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const charRect = (node: Node, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    const sameLine = (a: DOMRect, b: DOMRect) => Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)) < Math.min(a.height, b.height) / 2;
    const bidi: string[] = [];
    const words: string[] = [];
    for (const w of el.querySelectorAll('.pc-words')) {
      const bdi = w.querySelector('bdi');
      const [open, , close] = [...w.childNodes];
      if (!bdi || w.childNodes.length !== 3 || open?.textContent !== '“' || close?.textContent !== '”') {
        bidi.push(`not isolated: ${w.innerHTML.slice(0, 80)}`);
        continue;
      }
      words.push(bdi.textContent ?? '');
      const lines = [...bdi.getClientRects()].filter((r) => r.width > 0);
      const first = lines[0]!;
      const last = lines[lines.length - 1]!;
      const o = charRect(open, 0);
      const c = charRect(close, 0);
      if (sameLine(o, first) ? o.right > first.left + 1 : o.top > first.top) bidi.push('opening quote after the words');
      if (sameLine(c, last) ? c.left < last.right - 1 : c.top < last.top) bidi.push('closing quote before the words');
      const sev = w.parentElement?.querySelector('.pc-sev')?.getBoundingClientRect();
      if (sev && (sameLine(sev, o) ? sev.right > o.left + 1 : sev.top > o.top)) bidi.push('severity after the words');
    }
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const blocked: string[] = [];
    for (const b of el.querySelectorAll('button')) {
      if (sel !== '.pc-gate') b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = b.getBoundingClientRect();
      const name = b.textContent || b.getAttribute('aria-label') || '?';
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = root.elementFromPoint(x, y);
      const at = `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      if (r.width < 1 || r.height < 1 || r.left < 0 || r.top < 0 || r.right > vw || r.bottom > vh) blocked.push(`${name}: off screen at ${at}`);
      else if (!hit || !b.contains(hit)) blocked.push(`${name}: under ${hit ? `${hit.localName}.${hit.className}` : 'nothing'} at ${at}`);
    }
    return {
      rect: box(el.getBoundingClientRect()),
      viewport: { width: vw, height: vh },
      overflowX: el.scrollWidth - el.clientWidth,
      words,
      bidi,
      blocked,
    };
  }, selector);
}

/** Within the viewport, nothing sticking out sideways, the words shown as typed, isolated, every button reachable. */
async function expectSound(page: Page, selector: Surface, words: string): Promise<void> {
  const r = await inspect(page, selector);
  const where = `${selector} at ${r.viewport.width}×${r.viewport.height}`;
  expect(r.rect.left, where).toBeGreaterThanOrEqual(0);
  expect(r.rect.top, where).toBeGreaterThanOrEqual(0);
  expect(r.rect.right, where).toBeLessThanOrEqual(r.viewport.width);
  expect(r.rect.bottom, where).toBeLessThanOrEqual(r.viewport.height);
  expect(r.overflowX, `${where}: sideways overflow`).toBeLessThanOrEqual(0);
  expect(r.words, where).toContain(words);
  expect(r.bidi, where).toEqual([]);
  expect(r.blocked, `${where}: buttons not visible or not clickable`).toEqual([]);
}

/**
 * Anything made from the text, anywhere: an element in our shadow root that we never make, an attribute (in the page
 * or the shadow root) carrying the strings' code, a script holding it. The editors hold the text as text only.
 */
function madeFromText(page: Page): Promise<string[]> {
  return page.evaluate((ours) => {
    const found: string[] = [];
    const host = document.querySelector('postcheck-ui');
    const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
      for (const el of root.querySelectorAll('*')) {
        if (inShadow && !ours.includes(el.localName)) found.push(`<${el.localName}> in our UI`);
        for (const a of el.attributes) if (/__pwned|alert\(|javascript:|constructor\.constructor/i.test(a.value)) found.push(`${el.localName}[${a.name}]`);
        if (el.localName === 'script' && /__pwned/.test(el.textContent ?? '')) found.push('script');
        if (el.shadowRoot) walk(el.shadowRoot, el === host || inShadow);
      }
    };
    walk(document, false);
    return found;
  }, OUR_TAGS);
}

/** Waits for the marks, and returns the marked words the case's UI should show. */
async function marked(page: Page, c: Case): Promise<string> {
  const find = (all: string[]) => all.find((m) => (c.cut ? m.startsWith(c.words) && m.length > 1_000 && c.text.includes(m) : m === c.words));
  await expect.poll(async () => find(await markedWords(page)), { timeout: 15_000 }).toBeDefined();
  return find(await markedWords(page))!;
}

/**
 * The caret leaves the words, and the caret's card timer (700 ms after the caret last moved, it shows the card for
 * the words the caret rests in, or closes any card) has fired, so the card that opens next is the hover's and stays.
 */
async function caretOutOfTheWords(page: Page): Promise<void> {
  await page.keyboard.press('Control+Home');
  await page.waitForTimeout(1_000);
}

/** The centre of the visible part of the first mark of `words`, or null when none of it is on screen. */
function markPoint(page: Page, words: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((w) => {
    const ranges = ['postcheck-advice', 'postcheck-warning', 'postcheck-stop'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])] as Range[]);
    const range = ranges.find((r) => r.toString() === w);
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    for (const r of range?.getClientRects() ?? []) {
      const left = Math.max(r.left, 0);
      const right = Math.min(r.right, vw);
      const top = Math.max(r.top, 0);
      const bottom = Math.min(r.bottom, vh);
      if (right - left > 2 && bottom - top > 2) return { x: (left + right) / 2, y: (top + bottom) / 2 };
    }
    return null;
  }, words);
}

/** A screenshot as the user sees it once the opening animation is over (headless Chromium here draws frames slowly). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });

const shadow = (page: Page, selector: string) => page.locator(`postcheck-ui ${selector}`);

interface Watch {
  dialogs: string[];
  navigations: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], navigations: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) w.navigations.push(f.url());
  });
  return w;
}

async function expectNothingRan(page: Page, w: Watch): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.navigations).toEqual([]);
  expect(await madeFromText(page)).toEqual([]);
}

async function enter(page: Page, selector: string, c: Case): Promise<void> {
  if (c.typed) return typeInto(page, selector, c.text);
  await page.locator(selector).click();
  await page.keyboard.insertText(c.text);
}

describe.each(SITES)('hostile text on $name', (site) => {
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ csp: LOOSE_CSP });
    page = await browser.page();
  }, 60_000);

  afterAll(async () => {
    expect(browser.requests).toEqual([]);
    await browser?.close();
  });

  it.each(site.name === 'facebook' ? CASES : CASES.filter((c) => c.everySite))('$name: the card, the list and the dialog show it as text and hold their layout', async (c) => {
    await page.setViewportSize(VIEWPORTS[0]);
    await browser.goto(page, site.url);
    await site.open?.(page);
    await page.locator(site.editable).waitFor();
    const w = watch(page);
    await enter(page, site.editable, c);
    const words = await marked(page, c);

    for (const viewport of c.everySite ? VIEWPORTS : VIEWPORTS.slice(0, 1)) {
      const size = `${viewport.width}x${viewport.height}`;
      await page.setViewportSize(viewport);

      // The card: by hovering the words, or (when they are off screen) by resting the caret in them.
      await page.mouse.move(1, 1);
      await caretOutOfTheWords(page);
      const at = await markPoint(page, words);
      if (at) await page.mouse.move(at.x, at.y);
      else {
        await page.locator(site.editable).click();
        await page.keyboard.press('Control+End');
      }
      await shadow(page, '.pc-card').waitFor();
      await expectSound(page, '.pc-card', words);
      // Its close button works (a card stays until it is closed or another replaces it). Pressed from the keyboard
      // with the pointer off the marks: a pointer resting on them would open the card again.
      await page.mouse.move(1, 1);
      await shadow(page, '.pc-card .pc-close').press('Enter');
      await shadow(page, '.pc-card').waitFor({ state: 'detached' });

      // The badge's list, from the keyboard.
      await page.locator(site.editable).focus();
      await caretOutOfTheWords(page);
      await page.keyboard.press('Alt+Shift+KeyP');
      await shadow(page, '.pc-popup').waitFor();
      await expectSound(page, '.pc-popup', words);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      // "Before you post".
      await page.locator(site.control).click();
      await gateDialog(page).waitFor();
      await shot(page, `${site.name}-${c.name}-${size}-dialog`);
      await expectSound(page, '.pc-gate', words);
      // The buttons are real: "Edit post" answers, and the text is as typed.
      await choose(page, 'Edit post');
      await gateDialog(page).waitFor({ state: 'detached' });
    }

    expect(await editorText(page, site.box)).toBe(c.text);
    expect(await postedOf(page)).toEqual([]);
    await expectNothingRan(page, w);
  }, 90_000);
});

describe('hostile text on the training page, "Try your own"', () => {
  let browser: TestBrowser;
  let page: Page;
  let w: Watch;
  const EDITOR = '[data-practice-editor]';

  beforeAll(async () => {
    browser = await launchBrowser({ extension: false });
    page = await browser.page();
    await page.setViewportSize(VIEWPORTS[0]);
    await page.goto(pathToFileURL(TRAINING_PAGE).href);
    await page.locator(EDITOR).first().waitFor();
    await page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Try your own', exact: true }).click();
    w = watch(page);
  }, 60_000);

  afterAll(async () => {
    expect(browser.requests).toEqual([]);
    await browser?.close();
  });

  /** Sideways overflow of the page and of the parts of "Try your own" that show the text. */
  const overflow = () =>
    page.evaluate(() => {
      const wider = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((el) => el.scrollWidth - el.clientWidth).filter((d) => d > 0);
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        findings: wider('.try-findings'),
        // The practice box itself scrolls (as a site's does) when a letter is too wide to wrap; around it nothing may.
        practice: wider('.practice, .practice-posted'),
      };
    });

  async function clear(): Promise<void> {
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await page.locator(EDITOR).innerText()).trim()).toBe('');
  }

  it.each(CASES.filter((c) => c.everySite))('$name: listed beside the box as text, and the page keeps its layout', async (c) => {
    await clear();
    await enter(page, EDITOR, c);
    const words = await marked(page, c);
    await caretOutOfTheWords(page);
    // The list is checked in one go, not in windows: a word cut short in the marks is there in full.
    const listed = () => page.locator('.try-list .pc-words bdi').allTextContents();
    await expect.poll(async () => (await listed()).some((t) => (c.cut ? t.startsWith(words) && c.text.includes(t) : t === words))).toBe(true);
    expect(await overflow()).toEqual({ page: 0, findings: [], practice: [] });

    // The practice box's own "Post" is stopped by the real dialog; posting anyway shows the post on the page.
    await page.locator('[data-practice-post]').click();
    await gateDialog(page).waitFor();
    await shot(page, `training-${c.name}-dialog`);
    await expectSound(page, '.pc-gate', words);
    await choose(page, 'Post anyway');
    await expect.poll(() => page.locator('.practice-posted-text').textContent()).toBe(c.text);
    expect(await overflow()).toEqual({ page: 0, findings: [], practice: [] });
    await expectNothingRan(page, w);
  }, 60_000);

  it('a 5,000-character word that is not flagged goes straight out, and the posted text wraps', async () => {
    const c: Case = { name: 'long-clean', text: `Lovely trip ${'W'.repeat(5000)}`, words: '' };
    await clear();
    await enter(page, EDITOR, c);
    await expect.poll(() => page.locator('.try-findings').innerText()).toMatch(/Nothing flagged/);
    await page.locator('[data-practice-post]').click();
    await expect.poll(() => page.locator('.practice-posted-text').textContent()).toBe(c.text);
    expect(await gateDialog(page).count()).toBe(0);
    expect(await overflow()).toEqual({ page: 0, findings: [], practice: [] });
    await shot(page, 'training-long-clean-posted');
    await expectNothingRan(page, w);
  });
});
