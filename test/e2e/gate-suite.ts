// The same end-to-end checks for every compose box (composers.ts), run against the built extension: the box is found,
// the risky words are marked (and the marks follow edits), the editor's HTML is what it is without the extension,
// every way of posting is stopped with the dialog, "Edit post" keeps the text and caret, "Post anyway" posts once,
// a clean post goes straight through, and no request leaves the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Composer, PostWay } from './composers.ts';
import { asPosted, editorHtml, editorText, launchBrowser, postedOf, SOFT_BREAK, typeInto, type TestBrowser } from './harness.ts';

/**
 * Words the baseline policy flags (a derogatory remark about a colleague), after clean lines that test the reading of
 * the box: a paragraph, a soft line break, a blank line, an emoji outside the BMP and a ZWJ sequence. If the text the
 * extension reads were off by even one character, the mark would not be exactly these words.
 */
const RISKY_WORDS = 'useless idiot';
const risky = (c: Composer) => {
  const paragraph = c.enterIsParagraph ? '\n' : SOFT_BREAK;
  return `Sports day 🏅 was great${SOFT_BREAK}see you Monday${paragraph}${paragraph}👩‍🏫 Honestly the new head is a ${RISKY_WORDS}`;
};
const CLEAN = 'Lovely walk by the river this morning 🦆 see you all Monday';

/** Ranges of the extension's highlights, as text, read from the page (the highlight registry is per document). */
export function markedWords(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['postcheck-advice', 'postcheck-warning', 'postcheck-stop'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString())),
  );
}

export const gateDialog = (page: Page) => page.getByRole('alertdialog', { name: /Before you post/ });

/** Answers the dialog as a person would: its buttons ignore clicks for a moment after it opens (double-click guard). */
export async function choose(page: Page, answer: 'Edit post' | 'Post anyway'): Promise<void> {
  await gateDialog(page).waitFor();
  await page.waitForTimeout(450);
  await page.getByRole('button', { name: answer }).click();
}

async function open(browser: TestBrowser, page: Page, c: Composer): Promise<void> {
  await browser.goto(page, c.url);
  await c.open?.(page);
  await page.locator(c.editable).first().waitFor();
}

async function attempt(page: Page, c: Composer, way: PostWay): Promise<void> {
  const control = page.locator(c.control).first();
  switch (way) {
    case 'click':
      return control.click();
    case 'enter':
      await page.locator(c.editable).first().focus();
      return page.keyboard.press('Enter');
    case 'mod-enter':
      await page.locator(c.editable).first().focus();
      return page.keyboard.press('Control+Enter');
    case 'key-on-control':
      await control.focus();
      return page.keyboard.press('Enter');
  }
}

/** Editor HTML without the keys Draft.js makes up afresh for every editor and block (random, so never equal). */
const stable = (html: string | undefined) => html?.replace(/(data-editor|data-offset-key)="[a-z0-9]+/g, '$1="*');

/** What the editor's HTML is for `text` typed without the extension, per composer. */
async function htmlWithout(composers: Composer[]): Promise<Map<string, string>> {
  const plain = await launchBrowser({ extension: false });
  const page = await plain.page();
  const html = new Map<string, string>();
  try {
    for (const c of composers) {
      await open(plain, page, c);
      await typeInto(page, c.editable, risky(c));
      html.set(c.box, await editorHtml(page, c.box));
    }
  } finally {
    await plain.close();
  }
  return html;
}

export function gateSuite(title: string, composers: Composer[]): void {
  describe(title, () => {
    let browser: TestBrowser;
    let page: Page;
    let baselineHtml: Map<string, string>;

    beforeAll(async () => {
      baselineHtml = await htmlWithout(composers);
      browser = await launchBrowser();
      page = await browser.page();
    }, 120_000);

    afterAll(async () => {
      // Nothing the extension did, on any page, made a request.
      expect(browser.requests).toEqual([]);
      await browser?.close();
    });

    for (const c of composers) {
      describe(c.name, () => {
        it('marks the risky words without changing the editor, and every way of posting is stopped and explained', async () => {
          await open(browser, page, c);
          const typed = risky(c);
          await typeInto(page, c.editable, typed);
          await expect.poll(() => markedWords(page), { timeout: 15_000 }).toEqual([RISKY_WORDS]);
          expect(stable(await editorHtml(page, c.box))).toBe(stable(baselineHtml.get(c.box)));
          expect(await editorText(page, c.box)).toBe(asPosted(typed));

          for (const way of c.ways) {
            await attempt(page, c, way);
            await expect(gateDialog(page).waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
            const dialog = gateDialog(page);
            expect(await dialog.innerText()).toContain(RISKY_WORDS);
            await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('postcheck-ui');
            expect(await page.getByRole('button', { name: 'Edit post' }).evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
            await page.keyboard.press('Escape');
            await gateDialog(page).waitFor({ state: 'detached' });
            expect(await postedOf(page), `${way} must not post`).toEqual([]);
            expect(await editorText(page, c.box)).toBe(asPosted(typed));
          }
        });

        it('"Edit post" returns to the box with the caret where it was; "Post anyway" posts once, exactly', async () => {
          await attempt(page, c, c.ways[0]!);
          await choose(page, 'Edit post');
          await gateDialog(page).waitFor({ state: 'detached' });
          // The caret is back at the end of the text: what is typed next lands there.
          await page.keyboard.type('!');
          const typed = `${risky(c)}!`;
          await expect.poll(() => editorText(page, c.box)).toBe(asPosted(typed));
          await expect.poll(() => markedWords(page)).toEqual([RISKY_WORDS]);

          await attempt(page, c, c.ways[0]!);
          await choose(page, 'Post anyway');
          await expect.poll(() => postedOf(page)).toEqual([{ box: c.box, text: asPosted(typed) }]);
          await page.waitForTimeout(100);
          expect(await postedOf(page)).toHaveLength(1);
          expect(await gateDialog(page).count()).toBe(0);
        });

        it('a clean post goes straight through, with no dialog', async () => {
          await open(browser, page, c);
          await typeInto(page, c.editable, CLEAN);
          // Once the box has been checked, posting is not held up at all: the post is there as soon as the key or
          // click is handled. (A post attempted while the checker is still loading waits for it, then goes.)
          await page.getByRole('button', { name: 'Postcheck: no issues found' }).waitFor();
          await attempt(page, c, c.ways[0]!);
          expect(await postedOf(page)).toEqual([{ box: c.box, text: CLEAN }]);
          expect(await gateDialog(page).count()).toBe(0);
        });
      });
    }
  });
}
