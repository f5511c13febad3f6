// Every compose box the extension must guard, with how to open it and every way its site posts. One table, so each
// composer gets the same end-to-end checks (test/e2e/gate-suite.ts).
import type { Page } from 'playwright-core';

export type PostWay = 'click' | 'enter' | 'mod-enter' | 'key-on-control';

export interface Composer {
  name: string;
  url: string;
  /** The fixture's id for the box (window.__fixture.editors[box]). */
  box: string;
  editable: string;
  control: string;
  /** Opens the box when it is not on the page from the start. */
  open?: (page: Page) => Promise<void>;
  /** Every way this box posts; the first is used for "Post anyway" and the clean post. */
  ways: PostWay[];
  /** Enter makes a new paragraph (otherwise lines are typed with Shift+Enter). */
  enterIsParagraph: boolean;
}

const clickTo = (selector: string) => async (page: Page) => {
  await page.locator(selector).first().click();
};

export const COMPOSERS: Composer[] = [
  {
    name: 'Facebook create post',
    url: 'https://www.facebook.com/',
    box: 'fb-post',
    editable: '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    control: '[role="dialog"] div[role="button"][aria-label="Post"]',
    open: clickTo('div[role="button"][aria-label="Create post"]'),
    ways: ['click', 'key-on-control'],
    enterIsParagraph: true,
  },
  {
    name: 'Facebook comment',
    url: 'https://www.facebook.com/',
    box: 'fb-comment',
    editable: '[data-lexical-editor="true"][aria-label="Comment as Jo Bloggs"]',
    control: '#focused-state-composer-submit div[role="button"][aria-label="Comment"]',
    ways: ['enter', 'click'],
    enterIsParagraph: false,
  },
  {
    name: 'Facebook reply',
    url: 'https://www.facebook.com/',
    box: 'fb-reply',
    editable: '[data-lexical-editor="true"][aria-label="Reply to Sam Jones"]',
    control: 'div[role="button"][aria-label="Reply"]',
    ways: ['enter', 'click'],
    enterIsParagraph: false,
  },
  {
    name: 'Facebook Messenger',
    url: 'https://www.facebook.com/',
    box: 'fb-messenger',
    editable: '[role="textbox"][aria-label="Message"]',
    control: 'div[role="button"][aria-label="Press Enter to send"]',
    ways: ['enter', 'click'],
    enterIsParagraph: false,
  },
  {
    name: 'X home composer',
    url: 'https://x.com/home',
    box: 'x-inline',
    editable: '[data-testid="tweetTextarea_0"][contenteditable="true"]',
    control: 'button[data-testid="tweetButtonInline"]',
    ways: ['click', 'mod-enter'],
    enterIsParagraph: true,
  },
  {
    name: 'X compose dialog',
    url: 'https://x.com/home',
    box: 'x-compose-0',
    editable: '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    control: '[role="dialog"] button[data-testid="tweetButton"]',
    open: clickTo('a[data-testid="SideNav_NewTweet_Button"]'),
    ways: ['click', 'mod-enter'],
    enterIsParagraph: true,
  },
  {
    name: 'X reply',
    url: 'https://twitter.com/home',
    box: 'x-reply',
    editable: '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    control: '[role="dialog"] button[data-testid="tweetButton"]',
    open: clickTo('article[data-testid="tweet"] button[data-testid="reply"]'),
    ways: ['click', 'mod-enter'],
    enterIsParagraph: true,
  },
  {
    name: 'X quote',
    url: 'https://x.com/home',
    box: 'x-quote',
    editable: '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    control: '[role="dialog"] button[data-testid="tweetButton"]',
    open: async (page) => {
      await page.locator('article[data-testid="tweet"] button[data-testid="retweet"]').first().click();
      await page.getByRole('menuitem', { name: 'Quote' }).click();
    },
    ways: ['mod-enter', 'click'],
    enterIsParagraph: true,
  },
  {
    name: 'X direct message',
    url: 'https://x.com/messages',
    box: 'x-dm',
    editable: '[data-testid="dmComposerTextInput"]',
    control: 'button[data-testid="dmComposerSendButton"]',
    ways: ['enter', 'click'],
    enterIsParagraph: false,
  },
  {
    name: 'LinkedIn share box (Quill)',
    url: 'https://www.linkedin.com/feed/',
    box: 'li-share',
    editable: '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
    control: 'button.share-actions__primary-action',
    open: clickTo('button.share-box-feed-entry__trigger'),
    ways: ['click'],
    enterIsParagraph: true,
  },
  {
    name: 'LinkedIn comment (Quill, form submit)',
    url: 'https://www.linkedin.com/feed/',
    box: 'li-comment',
    editable: 'form.comments-comment-box__form .ql-editor',
    control: 'button.comments-comment-box__submit-button--cr',
    ways: ['click'],
    enterIsParagraph: true,
  },
  {
    name: 'LinkedIn comment (TipTap)',
    url: 'https://www.linkedin.com/feed/?v=new',
    box: 'li-new-comment',
    editable: 'div[data-view-name="comment-box"]:has(button[data-view-name="comment-post"]) div.tiptap.ProseMirror[aria-label="Text editor for creating comment"]',
    control: 'button[data-view-name="comment-post"]',
    ways: ['click'],
    enterIsParagraph: true,
  },
  {
    name: 'LinkedIn reply (TipTap)',
    url: 'https://www.linkedin.com/feed/?v=new',
    box: 'li-new-reply',
    editable: 'div[data-view-name="comment-box"]:has(button[data-view-name="comment-reply-post"]) div.tiptap.ProseMirror',
    control: 'button[data-view-name="comment-reply-post"]',
    ways: ['click'],
    enterIsParagraph: true,
  },
  {
    name: 'LinkedIn share box (newer)',
    url: 'https://www.linkedin.com/feed/?v=new',
    box: 'li-new-share',
    editable: '[role="dialog"] [role="textbox"]',
    control: '[role="dialog"] button:text-is("Post")',
    open: async (page) => {
      await page.getByRole('button', { name: 'Start a post' }).click();
    },
    ways: ['click'],
    enterIsParagraph: true,
  },
  {
    name: 'LinkedIn messaging (form)',
    url: 'https://www.linkedin.com/messaging/',
    box: 'li-message',
    editable: 'form.msg-form div.msg-form__contenteditable',
    control: 'button.msg-form__send-button',
    ways: ['enter', 'click'],
    enterIsParagraph: false,
  },
];
