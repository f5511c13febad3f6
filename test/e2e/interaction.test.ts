// End-to-end behaviour beyond "stop and explain": boxes that appear later, threads, marks following edits, one dialog
// per attempt, disabled controls, the card and its two ways to dismiss a false alarm, the allow-list in the options
// page, a policy that does not allow "Post anyway", keyboard access, and axe on the card and the dialog.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { choose, gateDialog, markedWords } from './gate-suite.ts';
import { checkA11y, editorText, launchBrowser, postedOf, typeInto, type TestBrowser } from './harness.ts';

const POST_BOX = '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]';
const POST_BUTTON = '[role="dialog"] div[role="button"][aria-label="Post"]';
const COMMENT_BOX = '[data-lexical-editor="true"][aria-label="Comment as Jo Bloggs"]';
const RISKY = 'Honestly the new head is a useless idiot';

let browser: TestBrowser;
let page: Page;

/** Reads or writes the extension's local storage from its options page (an extension context). */
async function storage(action: 'get' | 'set' | 'clear', values?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const options = await browser.context.newPage();
  try {
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await options.evaluate(
      async ([a, v]) => {
        // An extension page: `chrome` is there (the test's own types do not know it).
        const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void>; get(): Promise<Record<string, unknown>> } } } }).chrome;
        if (a === 'set') await chrome.storage.local.set(v ?? {});
        if (a === 'clear') await chrome.storage.local.clear();
        return chrome.storage.local.get();
      },
      [action, values] as const,
    );
  } finally {
    await options.close();
  }
}

async function openPostDialog(): Promise<void> {
  await browser.goto(page, 'https://www.facebook.com/');
  await page.locator('div[role="button"][aria-label="Create post"]').click();
  await page.locator(POST_BOX).waitFor();
}

/** The centre of the first marked range, in viewport pixels. */
function markCentre(): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('postcheck-warning') ?? [])][0] as Range;
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

const card = () => page.getByRole('dialog', { name: /useless idiot/ });

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.page();
}, 60_000);
afterAll(async () => {
  expect(browser.requests).toEqual([]);
  await browser?.close();
});
beforeEach(async () => {
  await storage('clear');
});

describe('finding the boxes', () => {
  it('a comment box that appears after the page loaded is checked and gated', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    await page.locator('div[role="button"]', { hasText: 'Leave a comment' }).click();
    const late = page.locator(COMMENT_BOX).nth(1);
    await late.waitFor();
    await late.click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.keyboard.press('Enter');
    await gateDialog(page).waitFor();
    await page.keyboard.press('Escape');
    expect(await postedOf(page)).toEqual([]);
    expect(await editorText(page, 'fb-comment-late')).toBe(RISKY);
    // The checker ran in the extension's isolated world: the page cannot reach it.
    expect(await page.evaluate(() => Symbol.for('postcheck.createChecker') in globalThis)).toBe(false);
  });

  it('every box of an X thread is checked: a risky second post stops "Post all"', async () => {
    await browser.goto(page, 'https://x.com/home');
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    await typeInto(page, '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]', 'A thread about our trip');
    await page.locator('[role="dialog"] button[data-testid="addButton"]').click();
    await typeInto(page, '[role="dialog"] [data-testid="tweetTextarea_1"][contenteditable="true"]', RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.locator('[role="dialog"] button[data-testid="tweetButton"]').click();
    await choose(page, 'Post anyway');
    await expect.poll(() => postedOf(page)).toEqual([
      { box: 'x-compose-0', text: 'A thread about our trip' },
      { box: 'x-compose-1', text: RISKY },
    ]);
  });
});

describe('as they type', () => {
  it('marks follow edits: text typed before the words moves them, deleting the words removes them', async () => {
    await openPostDialog();
    await typeInto(page, POST_BOX, RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi all. ');
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.keyboard.press('End');
    // Lexical takes the moved caret from the next selectionchange: give it that moment, as a person's typing would.
    await page.waitForTimeout(50);
    for (let i = 0; i < 'useless idiot'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('star');
    await expect.poll(() => markedWords(page)).toEqual([]);
    expect(await editorText(page, 'fb-post')).toBe('Hi all. Honestly the new head is a star');
  });

  it('hovering the words opens a card with the clause; "Not a problem here" clears it and the post goes straight through', async () => {
    await openPostDialog();
    await typeInto(page, POST_BOX, RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    const { x, y } = await markCentre();
    await page.mouse.move(x, y);
    await card().waitFor();
    const text = await card().innerText();
    expect(text).toMatch(/Clause \S+/);
    expect(await checkA11y(page, { include: { fromShadowDom: ['postcheck-ui', '[role="dialog"]'] } })).toEqual([]);
    await card().getByRole('button', { name: 'Not a problem here' }).click();
    await expect.poll(() => markedWords(page)).toEqual([]);
    await page.locator(POST_BUTTON).click();
    expect(await postedOf(page)).toEqual([{ box: 'fb-post', text: RISKY }]);
    expect(await gateDialog(page).count()).toBe(0);
  });

  it('"Always allow this word" keeps it on the device, the options page lists it, and removing it there brings the mark back', async () => {
    await openPostDialog();
    await typeInto(page, POST_BOX, RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    const { x, y } = await markCentre();
    await page.mouse.move(x, y);
    await card().getByRole('button', { name: 'Always allow this word' }).click();
    await expect.poll(() => markedWords(page)).toEqual([]);
    expect((await storage('get')).allowWords).toEqual(['useless idiot']);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText('useless idiot').waitFor();
    await options.getByRole('button', { name: /Remove “useless idiot”/ }).click();
    await expect.poll(() => options.getByText('useless idiot').count()).toBe(0);
    await options.close();
    await page.bringToFront();
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
  });

  it('Alt+Shift+P moves focus from the box to the badge, which names the count', async () => {
    await openPostDialog();
    await typeInto(page, POST_BOX, RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.keyboard.press('Alt+Shift+KeyP');
    const badge = page.getByRole('button', { name: /Postcheck: 1 issue/ });
    await expect.poll(() => badge.evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  });
});

describe('before they post', () => {
  it('a double click opens one dialog, and nothing posts', async () => {
    await openPostDialog();
    await typeInto(page, POST_BOX, RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    // Two quick clicks at the control: the second lands on the dialog that the first opened.
    const box = (await page.locator(POST_BUTTON).boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await gateDialog(page).waitFor();
    expect(await gateDialog(page).count()).toBe(1);
    expect(await checkA11y(page, { include: { fromShadowDom: ['postcheck-ui', '[role="alertdialog"]'] } })).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await postedOf(page)).toEqual([]);
  });

  it('a held Enter in a comment box opens one dialog, and nothing posts', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    await typeInto(page, COMMENT_BOX, RISKY);
    await expect.poll(() => markedWords(page)).toEqual(['useless idiot']);
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await gateDialog(page).waitFor();
    expect(await gateDialog(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await postedOf(page)).toEqual([]);
    expect(await editorText(page, 'fb-comment')).toBe(RISKY);
  });

  it('posting straight after a long paste waits for the check: a risky paste is stopped, a clean one posts once', async () => {
    const clean = Array.from({ length: 120 }, (_, i) => `Day ${i + 1} of the summer reading challenge went well and the library was busy.`).join(' ');
    await openPostDialog();
    await page.locator(POST_BOX).click();
    await page.keyboard.insertText(`${clean} ${RISKY}`);
    await page.locator(POST_BUTTON).click();
    await gateDialog(page).waitFor();
    expect(await gateDialog(page).innerText()).toContain('useless idiot');
    await page.keyboard.press('Escape');
    expect(await postedOf(page)).toEqual([]);

    await openPostDialog();
    await page.locator(POST_BOX).click();
    await page.keyboard.insertText(clean);
    await page.locator(POST_BUTTON).click();
    await expect.poll(() => postedOf(page)).toEqual([{ box: 'fb-post', text: clean }]);
    await page.waitForTimeout(200);
    expect(await postedOf(page)).toHaveLength(1);
    expect(await gateDialog(page).count()).toBe(0);
  });

  it('an empty box\'s disabled post control is left alone', async () => {
    await openPostDialog();
    await page.locator(POST_BOX).click();
    await page.locator(POST_BUTTON).click({ force: true });
    expect(await gateDialog(page).count()).toBe(0);
    expect(await postedOf(page)).toEqual([]);
  });

  it('when overrides are blocked, a "stop" finding has no "Post anyway" and the dialog says who to ask', async () => {
    await storage('set', { override: 'block' });
    await openPostDialog();
    const text = 'Little Jamie in my Year 4 class had a rough day';
    await typeInto(page, POST_BOX, text);
    await expect.poll(() => markedWords(page)).toContain('Jamie');
    await page.locator(POST_BUTTON).click();
    await gateDialog(page).waitFor();
    expect(await gateDialog(page).innerText()).toMatch(/ask .+ first/);
    expect(await page.getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    await choose(page, 'Edit post');
    expect(await postedOf(page)).toEqual([]);
    expect(await editorText(page, 'fb-post')).toBe(text);
  });
});
