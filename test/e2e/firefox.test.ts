// The Firefox build (MV2, temporary add-on) on the Facebook fixture, in Debian's Firefox ESR: the content script runs
// at the real address, imports its checker bundle (a web-accessible moz-extension: file) on first focus, marks the
// risky words, stops the post with the "Before you post" dialog, keeps the text on Escape, and "Post anyway" posts
// once. And the standalone training page, opened from disk with no add-on. Fails (does not skip) when Firefox is not
// installed: see firefox-harness.ts.
import { pathToFileURL } from 'node:url';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { buildFirefoxExtension, FIREFOX_EXTENSION_DIR, TRAINING_PAGE } from './build.ts';
import { FIREFOX, launchFirefox, type FirefoxBrowser } from './firefox-harness.ts';

const EDITABLE = '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]';
const POST = '[role="dialog"] div[role="button"][aria-label="Post"]';
const RISKY_WORDS = 'useless idiot';
const TYPED = `Honestly the new head is a ${RISKY_WORDS}`;

/** What marks the risky words: the CSS highlights' ranges as text (Firefox has the API since 140), or else how many
 *  overlay boxes the shadow root draws (the highlighter's fallback, which cannot be read back as text). */
function marks(page: Page): Promise<{ highlights: string[] | null; overlayBoxes: number }> {
  return page.evaluate(() => {
    const registry = (CSS as { highlights?: HighlightRegistry }).highlights;
    const names = ['postcheck-advice', 'postcheck-warning', 'postcheck-stop'];
    return {
      highlights: registry ? names.flatMap((n) => [...(registry.get(n) ?? [])].map((r) => (r as Range).toString())) : null,
      overlayBoxes: document.querySelector('postcheck-ui')?.shadowRoot?.querySelectorAll('.pc-mark').length ?? 0,
    };
  });
}

/** The gate dialog's accessible name (aria-labelledby), or null while no alertdialog is open in our shadow root. */
function dialogName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('postcheck-ui')?.shadowRoot;
    const dialog = root?.querySelector('[role="alertdialog"]');
    if (!root || !dialog) return null;
    const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
  });
}

/** A button in the dialog, by its text; clicked through puppeteer, so the click is a real (trusted) one. */
async function dialogButton(page: Page, label: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle((text) => {
    const buttons = document.querySelector('postcheck-ui')?.shadowRoot?.querySelectorAll('[role="alertdialog"] button') ?? [];
    return [...buttons].find((b) => b.textContent?.trim() === text) ?? null;
  }, label);
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`No "${label}" button in the dialog`);
  return button;
}

const posted = (page: Page) => page.evaluate(() => window.__posted);
const boxText = (page: Page) => page.evaluate(() => window.__fixture.editors['fb-post']?.text() ?? null);

describe('Firefox ESR: the firefox-mv2 build as a temporary add-on, and the standalone training page', () => {
  // Launched in the test, not in beforeAll: a missing Firefox then counts as a failed test, not a skipped one.
  it('marks the risky words, stops the post with the dialog, keeps the text on Escape; "Post anyway" posts once', async () => {
    await buildFirefoxExtension(); // the global setup built it; only a stale build is rebuilt
    const firefox = await launchFirefox(FIREFOX_EXTENSION_DIR);
    try {
      await check(firefox);
    } finally {
      await firefox.close();
    }
  }, 60_000);

  // For a trainer whose room PC cannot have extensions: the one-file training page, opened from disk.
  it('runs the standalone training page from file://: marks, step-by-step reveal and the same dialog', async () => {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(TRAINING_PAGE).href);
      await page.waitForSelector('[data-practice-editor]');
      if ((await marks(page)).highlights) await expect.poll(async () => (await marks(page)).highlights, { timeout: 15_000 }).not.toEqual([]);
      else await expect.poll(async () => (await marks(page)).overlayBoxes, { timeout: 15_000 }).toBeGreaterThan(0);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('li.step--shown').length)).toBe(1);
      await page.click('[data-practice-post]');
      await expect.poll(() => dialogName(page), { timeout: 5_000 }).toBe('Before you post');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialogName(page)).toBeNull();
      expect(await page.evaluate(() => document.querySelector('.practice-posted'))).toBeNull();
    } finally {
      await browser.close();
    }
  }, 60_000);
});

async function check(firefox: FirefoxBrowser): Promise<void> {
  const page = await firefox.page();
  await firefox.goto(page, 'https://www.facebook.com/');
  await page.click('div[role="button"][aria-label="Create post"]');
  await page.waitForSelector(EDITABLE);
  await page.click(EDITABLE);
  await page.keyboard.type(TYPED);
  expect(await boxText(page)).toBe(TYPED);

  // Firefox ESR 140+ has CSS.highlights, so the ranges are read back as text; without it, the overlay boxes are counted.
  if ((await marks(page)).highlights) {
    await expect.poll(async () => (await marks(page)).highlights, { timeout: 15_000 }).toEqual([RISKY_WORDS]);
  } else {
    await expect.poll(async () => (await marks(page)).overlayBoxes, { timeout: 15_000 }).toBeGreaterThan(0);
  }

  await page.click(POST);
  await expect.poll(() => dialogName(page), { timeout: 5_000 }).toBe('Before you post');
  expect(await posted(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect.poll(() => dialogName(page)).toBeNull();
  expect(await posted(page)).toEqual([]);
  expect(await boxText(page)).toBe(TYPED);

  await page.click(POST);
  await expect.poll(() => dialogName(page), { timeout: 5_000 }).toBe('Before you post');
  // The dialog's buttons ignore clicks for 400 ms after it opens (a double-click guard).
  await new Promise((resolve) => setTimeout(resolve, 450));
  await (await dialogButton(page, 'Post anyway')).click();
  await expect.poll(() => posted(page)).toEqual([{ box: 'fb-post', text: TYPED }]);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await posted(page)).toHaveLength(1);
  expect(await dialogName(page)).toBeNull();

  // Nothing the extension did made a request (every one that was not a fixture file was refused and recorded).
  expect(firefox.requests).toEqual([]);
}
