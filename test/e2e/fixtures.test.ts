// The fixture pages behave like the sites, without the extension: every composer takes typed paragraphs, line breaks
// and emoji, posts exactly that text once by each way its site allows, and empties itself; empty or disabled submit
// controls do nothing; boxes that appear, vanish and come back later work. Also checks the harness: the CSP holds,
// other requests are refused and recorded, and the pages are clean under axe (so later checks see only our UI).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPosted, checkA11y, editorHtml, editorText, launchBrowser, postedOf, SOFT_BREAK, typeInto, type TestBrowser } from './harness.ts';

// Where Enter makes a new paragraph: paragraphs, a blank line, a soft break, emoji (one outside the BMP, one ZWJ sequence).
const PARAGRAPHS = `Sports day 🏅 was great${SOFT_BREAK}see you all Monday\n\nWell done Year 6 👩‍🏫`;
// Where Enter posts: line breaks only, typed with Shift+Enter.
const LINES = `Hello 👋 Sam${SOFT_BREAK}second line${SOFT_BREAK}${SOFT_BREAK}after a blank line 🎉`;

let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ extension: false });
  page = await browser.page();
});
afterAll(async () => browser?.close());

async function expectPostedOnce(box: string, typed: string) {
  expect(await postedOf(page)).toEqual([{ box, text: asPosted(typed) }]);
}

/** The box's model is empty and so is its DOM text. */
async function expectCleared(box: string) {
  expect(await editorText(page, box)).toBe('');
  expect(await page.evaluate((b) => window.__fixture.editors[b]?.html().replace(/<[^>]*>/g, ''), box)).toBe('');
}

const isMounted = (box: string) => page.evaluate((b) => b in window.__fixture.editors, box);

describe('facebook.com (Lexical)', () => {
  const dialogBox = '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
  const dialogPost = '[role="dialog"] div[role="button"][aria-label="Post"][tabindex="0"]';

  it('Create post: Enter makes paragraphs, an empty Post does nothing, clicking Post posts and closes the dialog', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    await page.locator('div[role="button"][aria-label="Create post"]').click();
    await expect.poll(() => isMounted('fb-post')).toBe(true);
    expect(await page.locator(dialogPost).getAttribute('aria-disabled')).toBe('true');
    await page.locator(dialogPost).click({ force: true });
    expect(await postedOf(page)).toEqual([]);

    await typeInto(page, dialogBox, PARAGRAPHS);
    expect(await postedOf(page)).toEqual([]);
    expect(await editorText(page, 'fb-post')).toBe(asPosted(PARAGRAPHS));
    expect(await editorHtml(page, 'fb-post')).toContain('data-lexical-text="true"');
    expect(await page.locator(dialogPost).getAttribute('aria-disabled')).toBeNull();
    await page.locator(dialogPost).click();
    await expectPostedOnce('fb-post', PARAGRAPHS);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await isMounted('fb-post')).toBe(false);
  });

  for (const key of ['Enter', ' '] as const) {
    it(`Create post: ${key === ' ' ? 'Space' : key} on the focused Post control posts (the site's keydown handler)`, async () => {
      await browser.goto(page, 'https://www.facebook.com/');
      await page.locator('div[role="button"][aria-label="Create post"]').click();
      await typeInto(page, dialogBox, 'One line ✅');
      await page.locator(dialogPost).focus();
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expectPostedOnce('fb-post', 'One line ✅');
    });
  }

  const focusedSubmit = (label: string) => `#focused-state-composer-submit div[role="button"][aria-label="${label}"]`;
  const enterBoxes = [
    {
      box: 'fb-comment',
      editor: '[data-lexical-editor="true"][aria-label="Comment as Jo Bloggs"]',
      button: focusedSubmit('Comment'),
    },
    { box: 'fb-reply', editor: '[data-lexical-editor="true"][aria-label="Reply to Sam Jones"]', button: focusedSubmit('Reply') },
    {
      box: 'fb-messenger',
      editor: '[data-lexical-editor="true"][role="textbox"][aria-label="Message"]',
      button: 'div[role="button"][aria-label="Press Enter to send"]',
    },
  ];
  for (const { box, editor, button } of enterBoxes) {
    it(`${box}: bare Enter posts and empties the box, Shift+Enter is a line break, Enter when empty does nothing`, async () => {
      await browser.goto(page, 'https://www.facebook.com/');
      await typeInto(page, editor, '\n');
      expect(await postedOf(page)).toEqual([]);
      await typeInto(page, editor, LINES);
      expect(await postedOf(page)).toEqual([]);
      expect(await editorHtml(page, box)).toContain('<br>');
      await page.keyboard.press('Enter');
      await expectPostedOnce(box, LINES);
      await expectCleared(box);
      expect(await page.locator(button).getAttribute('aria-disabled')).toBe('true');
    });

    it(`${box}: its submit control posts on click, and does nothing while empty`, async () => {
      await browser.goto(page, 'https://www.facebook.com/');
      await page.locator(editor).click();
      await page.locator(button).click({ force: true });
      expect(await postedOf(page)).toEqual([]);
      await typeInto(page, editor, LINES);
      await page.locator(button).click();
      await expectPostedOnce(box, LINES);
      await expectCleared(box);
    });
  }

  it('the comment box is emptied during the site\'s own Enter handling: only window capture sees the text', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    const editor = '[data-lexical-editor="true"][aria-label="Comment as Jo Bloggs"]';
    await page.evaluate((sel) => {
      const seen: Record<string, string> = {};
      (window as unknown as { seen: Record<string, string> }).seen = seen;
      const read = () => document.querySelector(sel)?.textContent ?? '';
      window.addEventListener('keydown', (e) => e.key === 'Enter' && (seen.capture = read()), true);
      window.addEventListener('keydown', (e) => e.key === 'Enter' && (seen.bubble = read()));
    }, editor);
    await typeInto(page, editor, 'going, going');
    await page.keyboard.press('Enter');
    const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, string> }).seen);
    expect(seen).toEqual({ capture: 'going, going', bubble: '' });
    await expectPostedOnce('fb-comment', 'going, going');
  });

  it('a comment box mounted after load (by pressing "Leave a comment") posts on Enter', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    expect(await isMounted('fb-comment-late')).toBe(false);
    await page.locator('div[role="button"][aria-label="Leave a comment"]').click();
    await expect.poll(() => isMounted('fb-comment-late')).toBe(true);
    const late = '[role="article"][aria-label="Post by Alex Smith"] [data-lexical-editor="true"][aria-label^="Comment as"]';
    await typeInto(page, late, `Count me in 🙋${SOFT_BREAK}Jo`);
    await page.keyboard.press('Enter');
    await expectPostedOnce('fb-comment-late', `Count me in 🙋${SOFT_BREAK}Jo`);
  });

  it('a removed and re-created comment box is a new editor that works', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    const editor = '[data-lexical-editor="true"][aria-label="Comment as Jo Bloggs"]';
    await typeInto(page, editor, 'draft that goes away');
    const before = await page.locator(editor).elementHandle();
    await page.evaluate(() => window.__fixture.unmount('fb-comment'));
    expect(await page.locator(editor).count()).toBe(0);
    await page.evaluate(() => window.__fixture.mount('fb-comment'));
    expect(await page.locator(editor).evaluate((el, old) => el !== old, before)).toBe(true);
    await expectCleared('fb-comment');
    await typeInto(page, editor, 'Second try 👍');
    await page.keyboard.press('Enter');
    await expectPostedOnce('fb-comment', 'Second try 👍');
  });

  it('only the focused comment composer holds #focused-state-composer-submit', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    await page.locator('[aria-label="Reply to Sam Jones"]').click();
    await page.locator('[aria-label="Comment as Jo Bloggs"]').click();
    expect(await page.locator('#focused-state-composer-submit').count()).toBe(1);
    expect(await page.locator('#focused-state-composer-submit [role="button"]').getAttribute('aria-label')).toBe('Comment');
  });
});

describe('x.com (Draft.js, react-native-web buttons)', () => {
  const inline = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]';
  const inlineButton = 'button[data-testid="tweetButtonInline"]';
  const dialog = (n: number) => `[role="dialog"] [data-testid="tweetTextarea_${n}"][contenteditable="true"]`;
  const dialogButton = '[role="dialog"] button[data-testid="tweetButton"]';

  it('inline composer: Enter is a new line, the disabled button does nothing, a click posts and empties it, twice', async () => {
    await browser.goto(page, 'https://x.com/home');
    expect(await page.locator(inlineButton).isDisabled()).toBe(true);
    expect(await page.locator(inlineButton).getAttribute('aria-disabled')).toBe('true');
    await page.locator(inlineButton).click({ force: true });
    await typeInto(page, inline, PARAGRAPHS);
    expect(await postedOf(page)).toEqual([]);
    expect(await editorText(page, 'x-inline')).toBe(asPosted(PARAGRAPHS));
    expect(await editorHtml(page, 'x-inline')).toContain('data-block="true"');
    await page.locator(inlineButton).click();
    await expectPostedOnce('x-inline', PARAGRAPHS);
    await expectCleared('x-inline');
    await typeInto(page, inline, 'and again');
    await page.locator(inlineButton).click();
    expect((await postedOf(page)).map((p) => p.text)).toEqual([asPosted(PARAGRAPHS), 'and again']);
  });

  it('inline composer: Ctrl+Enter posts; the label wrapper carries tweetTextarea_0_label', async () => {
    await browser.goto(page, 'https://x.com/home');
    expect(await page.locator('label[data-testid="tweetTextarea_0_label"] [data-testid="tweetTextarea_0"]').count()).toBe(1);
    await typeInto(page, inline, PARAGRAPHS);
    await page.keyboard.press('Control+Enter');
    await expectPostedOnce('x-inline', PARAGRAPHS);
    await expectCleared('x-inline');
  });

  it('the button ignores Ctrl+click and Alt+click, and stops the click from bubbling', async () => {
    await browser.goto(page, 'https://x.com/home');
    await page.evaluate(() => {
      const w = window as unknown as { bubbled: number };
      w.bubbled = 0;
      document.addEventListener('click', (e) => {
        if ((e.target as Element).closest('[data-testid="tweetButtonInline"]')) w.bubbled++;
      });
    });
    await typeInto(page, inline, 'hello');
    await page.locator(inlineButton).click({ modifiers: ['Control'] });
    await page.locator(inlineButton).click({ modifiers: ['Alt'] });
    expect(await postedOf(page)).toEqual([]);
    await page.locator(inlineButton).click();
    await expectPostedOnce('x-inline', 'hello');
    expect(await page.evaluate(() => (window as unknown as { bubbled: number }).bubbled)).toBe(0);
  });

  it('compose dialog: a thread of two boxes posts one entry per box in order, from the Post nav link', async () => {
    await browser.goto(page, 'https://x.com/home');
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    await typeInto(page, dialog(0), PARAGRAPHS);
    await page.locator('[role="dialog"] button[data-testid="addButton"]').click();
    expect(await page.locator(dialogButton).isDisabled()).toBe(true);
    await typeInto(page, dialog(1), `Part two 🧵${SOFT_BREAK}end`);
    expect(await page.locator(dialogButton).textContent()).toBe('Post all');
    // The inline composer underneath also has tweetTextarea_0: two on the page, as on X.
    expect(await page.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]').count()).toBe(2);
    await page.locator(dialogButton).click();
    expect(await postedOf(page)).toEqual([
      { box: 'x-compose-0', text: asPosted(PARAGRAPHS) },
      { box: 'x-compose-1', text: `Part two 🧵\nend` },
    ]);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/home');
  });

  it('compose dialog: Ctrl+Enter posts; loading /compose/post opens it', async () => {
    await browser.goto(page, 'https://x.com/compose/post');
    await typeInto(page, dialog(0), 'Straight from the URL');
    await page.keyboard.press('Control+Enter');
    await expectPostedOnce('x-compose-0', 'Straight from the URL');
  });

  it('reply dialog from a timeline post posts with tweetButton', async () => {
    await browser.goto(page, 'https://x.com/home');
    await page.locator('article[data-testid="tweet"] button[data-testid="reply"]').click();
    expect(await page.locator(dialogButton).textContent()).toBe('Reply');
    await typeInto(page, dialog(0), `Can't wait 😀${SOFT_BREAK}!`);
    await page.locator(dialogButton).click();
    await expectPostedOnce('x-reply', `Can't wait 😀${SOFT_BREAK}!`);
  });

  it('quote dialog (Repost → Quote) posts with tweetButton', async () => {
    await browser.goto(page, 'https://x.com/home');
    await page.locator('article[data-testid="tweet"] button[data-testid="retweet"]').click();
    await page.locator('[role="menuitem"]', { hasText: 'Quote' }).click();
    await typeInto(page, dialog(0), 'Look at this');
    await page.keyboard.press('Control+Enter');
    await expectPostedOnce('x-quote', 'Look at this');
  });

  it('twitter.com/home is the same page', async () => {
    await browser.goto(page, 'https://twitter.com/home');
    await typeInto(page, '[data-testid="tweetTextarea_0"][contenteditable="true"]', 'old name');
    await page.locator(inlineButton).click();
    await expectPostedOnce('x-inline', 'old name');
  });

  it('DMs: Enter sends, Shift+Enter is a new line, the send button sends, empty does nothing', async () => {
    await browser.goto(page, 'https://x.com/messages');
    const dm = '[data-testid="dmComposerTextInput"][contenteditable="true"]';
    const send = 'button[data-testid="dmComposerSendButton"]';
    await typeInto(page, dm, '\n');
    await page.locator(send).click({ force: true });
    expect(await postedOf(page)).toEqual([]);
    await typeInto(page, dm, LINES);
    await page.keyboard.press('Enter');
    await expectPostedOnce('x-dm', LINES);
    await expectCleared('x-dm');
    await typeInto(page, dm, 'by button');
    await page.locator(send).click();
    expect((await postedOf(page)).map((p) => p.text)).toEqual([asPosted(LINES), 'by button']);
  });
});

describe('linkedin.com (Quill on the older feed, TipTap on the newer, plain contenteditable in messaging)', () => {
  it('older share box: the trigger opens the sharebox modal, Post is disabled while empty, Post posts and closes', async () => {
    await browser.goto(page, 'https://www.linkedin.com/feed/');
    expect(await page.evaluate(() => document.body.hasAttribute('data-rehydrated'))).toBe(false);
    await page.locator('button.share-box-feed-entry__trigger').click();
    const box = '[data-test-modal-id="sharebox"] .share-creation-state__text-editor .ql-editor[contenteditable="true"]';
    const postButton = 'button.share-actions__primary-action';
    expect(await page.locator(postButton).isDisabled()).toBe(true);
    await typeInto(page, box, PARAGRAPHS);
    expect(await editorHtml(page, 'li-share')).toMatch(/^<p>/);
    await page.locator(postButton).click();
    await expectPostedOnce('li-share', PARAGRAPHS);
    expect(await page.locator('[data-test-modal-id="sharebox"]').count()).toBe(0);
  });

  it('older comment box: its Comment button submits the form, which posts; Enter is a new line', async () => {
    await browser.goto(page, 'https://www.linkedin.com/feed/');
    const box = 'form.comments-comment-box__form .ql-editor[contenteditable="true"]';
    const submit = 'button.comments-comment-box__submit-button--cr';
    expect(await page.locator(submit).isDisabled()).toBe(true);
    await typeInto(page, box, PARAGRAPHS);
    expect(await postedOf(page)).toEqual([]);
    await page.locator(submit).click();
    await expectPostedOnce('li-comment', PARAGRAPHS);
    await expectCleared('li-comment');
    expect(await page.locator(submit).isDisabled()).toBe(true);
  });

  it('newer page: body[data-rehydrated] and body > #root', async () => {
    await browser.goto(page, 'https://www.linkedin.com/feed/?v=new');
    expect(await page.locator('body[data-rehydrated] > #root').count()).toBe(1);
  });

  for (const [box, button] of [
    ['li-new-comment', 'comment-post'],
    ['li-new-reply', 'comment-reply-post'],
  ] as const) {
    it(`newer ${box}: TipTap box posts with button[data-view-name="${button}"], not on Enter`, async () => {
      await browser.goto(page, 'https://www.linkedin.com/feed/?v=new');
      const commentBox = page.locator('div[data-view-name="comment-box"]', { has: page.locator(`button[data-view-name="${button}"]`) });
      const editor = commentBox.locator('div.tiptap.ProseMirror[contenteditable="true"][aria-label="Text editor for creating comment"]');
      expect(await editor.count()).toBe(1);
      const control = commentBox.locator(`button[data-view-name="${button}"]`);
      expect(await control.isDisabled()).toBe(true);
      await typeInto(page, `[data-view-name="comment-box"]:has(button[data-view-name="${button}"]) .ProseMirror`, PARAGRAPHS);
      expect(await postedOf(page)).toEqual([]);
      expect(await editorHtml(page, box)).toContain('<br>');
      await control.click();
      await expectPostedOnce(box, PARAGRAPHS);
      await expectCleared(box);
    });
  }

  it('newer share box: a role=textbox in the dialog and a button named Post', async () => {
    await browser.goto(page, 'https://www.linkedin.com/feed/?v=new');
    await page.getByRole('button', { name: 'Start a post' }).click();
    const dialog = page.getByRole('dialog');
    await typeInto(page, '[role="dialog"] [role="textbox"]', PARAGRAPHS);
    await dialog.getByRole('button', { name: 'Post' }).click();
    await expectPostedOnce('li-new-share', PARAGRAPHS);
    expect(await dialog.count()).toBe(0);
  });

  it('messaging: Enter submits form.msg-form, Shift+Enter is a line break, the send button submits, empty does nothing', async () => {
    await browser.goto(page, 'https://www.linkedin.com/messaging/');
    const box = 'form.msg-form div.msg-form__contenteditable[contenteditable="true"][role="textbox"]';
    const send = 'form.msg-form button.msg-form__send-button[type="submit"]';
    await page.evaluate(() => {
      (window as unknown as { submits: number }).submits = 0;
      document.querySelector('form.msg-form')?.addEventListener('submit', () => (window as unknown as { submits: number }).submits++);
    });
    await typeInto(page, box, '\n');
    expect(await postedOf(page)).toEqual([]);
    await typeInto(page, box, LINES);
    await page.keyboard.press('Enter');
    await expectPostedOnce('li-message', LINES);
    await expectCleared('li-message');
    expect(await page.locator(send).isDisabled()).toBe(true);
    await typeInto(page, box, 'via the button');
    await page.locator(send).click();
    expect((await postedOf(page)).map((p) => p.text)).toEqual([asPosted(LINES), 'via the button']);
    // The empty Enter did submit the form (the site ignores it); the other two were the posts.
    expect(await page.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(3);
  });
});

describe('the test bed', () => {
  it('serves every page with a CSP that blocks inline script and eval', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // Code run by page.evaluate is exempt from the eval check itself, so string timers (checked against the page's
    // policy when set) and the violation reports stand in for eval.
    const blocked = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      (setTimeout as (code: string, ms: number) => number)('window.timerRan = true', 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { inline: 'inlineRan' in w, timer: 'timerRan' in w, violations: violations.sort() };
    });
    expect(blocked).toEqual({ inline: false, timer: false, violations: ['script-src eval', 'script-src-elem inline'].sort() });
  });

  it('refuses and records every request that is not a fixture page or bundle', async () => {
    await browser.goto(page, 'https://www.linkedin.com/messaging/');
    const outcome = await page.evaluate(() =>
      fetch('https://www.linkedin.com/voyager/api/me').then(
        () => 'answered',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    expect(browser.requests.filter((r) => r.includes('/voyager/'))).toEqual(['GET https://www.linkedin.com/voyager/api/me']);
  });

  for (const url of [
    'https://www.facebook.com/',
    'https://x.com/home',
    'https://x.com/messages',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/?v=new',
    'https://www.linkedin.com/messaging/',
  ]) {
    it(`${url} has no axe violations of its own`, async () => {
      await browser.goto(page, url);
      const violations = await checkA11y(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
