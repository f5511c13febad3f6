// Never lose a word, under faults (real Chromium, the Facebook fixture's real Lexical composers): the extension
// reloaded under a half-typed post, its service worker stopped while typing and while the dialog is open, a route
// change with the dialog open, the composer removed and re-created, two composers at once, a very long paste, and the
// checker failing to load. Each time: the text is unchanged, the site's post still works, no dialog is left over,
// nothing throws uncaught in any world, and where it cannot check the badge says checking is off.
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFF_NOT_LOADED, OFF_RELOADED } from '../../src/ui/wording.ts';
import { choose, gateDialog, markedWords } from './gate-suite.ts';
import { editorText, launchBrowser, postedOf, type TestBrowser } from './harness.ts';

const POST_BOX = '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]';
const POST_BUTTON = '[role="dialog"] div[role="button"][aria-label="Post"]';
const COMMENT_BOX = '[data-lexical-editor="true"][aria-label="Comment as Jo Bloggs"]';
const RISKY = 'Honestly the new head is a useless idiot';
const CLEAN = 'Lovely sunny walk by the canal this morning';

let browser: TestBrowser;
let page: Page;
let cdp: CDPSession;
/** Exceptions nobody caught, in any world of the tab: the page's and the extension's isolated one. */
let uncaught: string[];

beforeEach(async () => {
  browser = await launchBrowser();
  page = await browser.page();
  uncaught = [];
  cdp = await browser.context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => uncaught.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  await cdp.send('Runtime.enable');
}, 60_000);

afterEach(async () => {
  expect(uncaught).toEqual([]);
  expect(browser.requests).toEqual([]);
  await browser?.close();
});

async function openPostBox(): Promise<void> {
  await browser.goto(page, 'https://www.facebook.com/');
  await page.locator('div[role="button"][aria-label="Create post"]').click();
  await page.locator(POST_BOX).click();
}

/** The badge's accessible name, from our shadow root (the checker's badge) or the lighter one drawn when it never loaded. */
function badgeName(): Promise<string | null> {
  return page.evaluate(() => {
    const full = document.querySelector('postcheck-ui')?.shadowRoot?.querySelector('.pc-badge');
    const light = document.querySelector('postcheck-off')?.shadowRoot?.querySelector('[role="status"]');
    return (full ?? light)?.getAttribute('aria-label') ?? null;
  });
}

/** Stops the extension's service worker, as Chrome does after 30 s idle. */
async function stopServiceWorker(): Promise<void> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  expect(worker).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect.poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker!.targetId)).toBe(false);
}

describe('the extension goes away under the page', () => {
  it('reloaded while a post is half typed: the text stays, the badge says checking is off, the post goes once', async () => {
    await openPostBox();
    await page.keyboard.type(RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});

    await page.keyboard.type(' today');
    const typed = `${RISKY} today`;
    await expect.poll(badgeName).toBe(`Postcheck: checking is off: ${OFF_RELOADED}`);
    await expect.poll(() => markedWords(page)).toEqual([]);
    expect(await editorText(page, 'fb-post')).toBe(typed);
    await page.locator(POST_BUTTON).click();
    await expect.poll(() => postedOf(page)).toEqual([{ box: 'fb-post', text: typed }]);
    await page.waitForTimeout(300);
    expect(await postedOf(page)).toHaveLength(1);
    expect(await gateDialog(page).count()).toBe(0);
  });

  it('the checker cannot load: the post goes, and a badge by the box says why', async () => {
    await browser.context.route(/checker\.js$/, (route) => route.abort());
    await openPostBox();
    await expect.poll(badgeName).toBe(`Postcheck: checking is off: ${OFF_NOT_LOADED}`);
    await page.keyboard.type(RISKY);
    expect(await editorText(page, 'fb-post')).toBe(RISKY);
    await page.locator(POST_BUTTON).click();
    await expect.poll(() => postedOf(page)).toEqual([{ box: 'fb-post', text: RISKY }]);
    // The badge is drawn outside the editor, whose HTML holds only the text.
    expect(await page.locator(`${POST_BOX} postcheck-off`).count()).toBe(0);
  });

  it('its service worker stopped while typing and with the dialog open: checking and the dialog carry on', async () => {
    await openPostBox();
    await page.keyboard.type('Honestly the new head');
    await stopServiceWorker();
    await page.keyboard.type(' is a useless idiot');
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.locator(POST_BUTTON).click();
    await gateDialog(page).waitFor();
    await stopServiceWorker().catch(() => {}); // it may have been woken by the warning count; stop it again
    await choose(page, 'Post anyway');
    await expect.poll(() => postedOf(page)).toEqual([{ box: 'fb-post', text: RISKY }]);
    expect(await gateDialog(page).count()).toBe(0);
  });
});

describe('the site changes the page', () => {
  it('a route change takes the composer away with the dialog open: the dialog goes too, nothing posts', async () => {
    await openPostBox();
    await page.keyboard.type(RISKY);
    await page.locator(POST_BUTTON).click();
    await gateDialog(page).waitFor();
    await page.evaluate(() => {
      history.pushState({}, '', '/groups/feed/');
      window.__fixture.unmount('fb-post');
    });
    await expect.poll(() => gateDialog(page).count()).toBe(0);
    expect(await postedOf(page)).toEqual([]);
    // The new page's composer is checked from scratch.
    await page.evaluate(() => window.__fixture.mount('fb-post'));
    await page.locator(POST_BOX).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.locator(POST_BUTTON).click();
    await choose(page, 'Edit post');
    expect(await editorText(page, 'fb-post')).toBe(RISKY);
  });

  it('the composer removed and re-created mid-post: no stale marks, the new one is checked and posts once', async () => {
    await openPostBox();
    await page.keyboard.type(RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.evaluate(() => window.__fixture.unmount('fb-post'));
    await expect.poll(() => markedWords(page)).toEqual([]);
    await page.evaluate(() => window.__fixture.mount('fb-post'));
    await page.locator(POST_BOX).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.locator(POST_BUTTON).click();
    await choose(page, 'Post anyway');
    await expect.poll(() => postedOf(page)).toEqual([{ box: 'fb-post', text: RISKY }]);
  });

  it('two composers at once: each is checked on its own, a clean one goes straight through', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    await page.locator(COMMENT_BOX).first().click();
    await page.keyboard.type(RISKY);
    await page.locator('div[role="button"][aria-label="Create post"]').click();
    await page.locator(POST_BOX).click();
    await page.keyboard.type(CLEAN);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.locator(POST_BUTTON).click();
    await expect.poll(() => postedOf(page)).toEqual([{ box: 'fb-post', text: CLEAN }]);
    expect(await gateDialog(page).count()).toBe(0);
    await page.locator(COMMENT_BOX).first().click();
    await page.keyboard.press('Enter');
    await gateDialog(page).waitFor();
    // The dialog is about the comment only.
    expect(await gateDialog(page).innerText()).toContain('useless idiot');
    await choose(page, 'Edit post');
    expect(await editorText(page, 'fb-comment')).toBe(RISKY);
    expect(await postedOf(page)).toHaveLength(1);
  });

  it('a very long post pasted in one go keeps every character, and is checked before it posts', async () => {
    const long = Array.from({ length: 700 }, (_, i) => `Paragraph ${i + 1}: the reading challenge went well today and the library was busy.`).join(' ');
    const text = `${long} ${RISKY}`;
    await openPostBox();
    await page.keyboard.insertText(text);
    await page.locator(POST_BUTTON).click();
    await gateDialog(page).waitFor();
    await choose(page, 'Edit post');
    expect(await editorText(page, 'fb-post')).toBe(text);
    await page.locator(POST_BUTTON).click();
    await choose(page, 'Post anyway');
    await expect.poll(() => postedOf(page)).toEqual([{ box: 'fb-post', text }]);
  });
});
