// The training page in Chromium, twice: as the built extension's page (opened from the popup and the options page)
// and as the standalone build from file:// with no extension. Step through and reveal, the real gate on a practice
// composer, the quiz tally, "Try your own" with live marks, switching policy, the handout in print, 1280×720 and 4K,
// and axe in each mode. Screenshots go to test-results/training/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinPack, resolveWithBuiltins } from '../../src/policy/builtin.ts';
import { clausesFor } from '../../src/policy/cite.ts';
import { ROOT, TRAINING_PAGE } from './build.ts';
import { choose, gateDialog, markedWords } from './gate-suite.ts';
import { checkA11y, launchBrowser, type TestBrowser } from './harness.ts';

const SHOTS = join(ROOT, 'test-results/training');
mkdirSync(SHOTS, { recursive: true });

const EDITOR = '[data-practice-editor]';
const firstClauseFor = (packId: string, signal: Parameters<typeof clausesFor>[1]) => clausesFor(resolveWithBuiltins(builtinPack(packId)!), signal)[0]!.id;

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await checkA11y(page);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const mode = (page: Page, name: string) => page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name, exact: true }).click();
const steps = (page: Page) => page.locator('li.step');
const shown = (page: Page) => page.locator('li.step--shown');
const scenarioCount = (page: Page) => page.locator('.scenario-count').innerText();

/** Nothing the page was given or typed is kept in the page's own storage. */
function pageStorage(page: Page): Promise<{ local: number; session: number; cookies: string }> {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
}

describe.each([
  ['extension', true],
  ['standalone', false],
] as const)('training page (%s)', (variant, withExtension) => {
  let browser: TestBrowser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${variant}-${name}.png`) });

  beforeAll(async () => {
    browser = await launchBrowser({ extension: withExtension });
    page = await browser.page();
    await page.setViewportSize({ width: 1280, height: 720 });
    if (withExtension) {
      // As a trainer gets there: the toolbar popup's "Training" link opens the page in a tab.
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const opened = browser.context.waitForEvent('page');
      await popup.getByRole('link', { name: 'Training' }).click();
      page = await opened;
      await page.setViewportSize({ width: 1280, height: 720 });
    } else {
      await page.goto(pathToFileURL(TRAINING_PAGE).href);
    }
    await page.getByRole('heading', { level: 1, name: /Postcheck training/ }).waitFor();
    await page.locator(EDITOR).first().waitFor();
  }, 60_000);

  afterAll(async () => {
    // The page makes no network request of any kind, and keeps nothing.
    expect(browser.requests).toEqual([]);
    await browser?.close();
  });

  it('presents a scenario with the warning hidden, then reveals it step by step with the keyboard', async () => {
    expect(await scenarioCount(page)).toMatch(/^Scenario 1 of (\d+)$/);
    const total = Number((await scenarioCount(page)).split(' of ')[1]);
    expect(total).toBeGreaterThanOrEqual(40);
    await expect.poll(() => markedWords(page)).not.toEqual([]);
    expect(await shown(page).count()).toBe(0);
    await shot('present-question');
    await expectAxeClean(page);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shown(page).count()).toBe(1);
    // What the panel says is flagged is what the real checker marked in the composer.
    const flagged = await steps(page).nth(0).locator('.pc-words bdi').allInnerTexts();
    expect(flagged.sort()).toEqual((await markedWords(page)).sort());

    await page.keyboard.press('PageDown');
    await expect(steps(page).nth(1).locator('.clause-cite').innerText()).resolves.toMatch(/^Clause B\d+ · /);
    await page.keyboard.press('r');
    await expect.poll(() => shown(page).count()).toBe(4);
    expect(await steps(page).nth(2).innerText()).toMatch(/disciplinary|misconduct|policy does not say/i);
    expect(await steps(page).nth(3).locator('.rewrite').innerText()).not.toBe('');
    await shot('present-revealed');
    await expectAxeClean(page);

    // The safer rewrite, put in the box, is checked live: nothing is marked.
    await page.getByRole('button', { name: 'Put this in the box' }).click();
    await expect.poll(() => markedWords(page)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scenarioCount(page)).toBe(`Scenario 2 of ${total}`);
    expect(await shown(page).count()).toBe(0);
    // Back from a new scenario goes to the previous one, fully revealed (as slides with builds do).
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => scenarioCount(page)).toBe(`Scenario 1 of ${total}`);
    expect(await shown(page).count()).toBe(4);
  });

  it("stops a risky practice post with the product's own dialog, and lets a clean one straight through", async () => {
    await page.keyboard.press('n');
    const post = page.locator('[data-practice-post]');
    const before = await page.locator(EDITOR).innerText();
    await post.click();
    await choose(page, 'Edit post');
    await expect.poll(() => gateDialog(page).count()).toBe(0);
    expect(await page.locator(EDITOR).innerText()).toBe(before);
    expect(await page.locator('.practice-posted').count()).toBe(0);

    await post.click();
    await gateDialog(page).waitFor();
    await shot('present-gate');
    await expectAxeClean(page);
    await choose(page, 'Post anyway');
    await expect(page.locator('.practice-posted-note').innerText()).resolves.toBe('Posted on this page only: nothing was sent.');

    // A clean post is never stopped.
    await page.keyboard.press('r');
    await page.getByRole('button', { name: 'Put this in the box' }).click();
    await expect.poll(() => markedWords(page)).toEqual([]);
    await post.click();
    await expect.poll(() => page.locator('.practice-posted-text').innerText()).not.toBe('');
    expect(await gateDialog(page).count()).toBe(0);
  });

  it('runs a quiz: the room votes with 1 and 2, the trainer reveals, the tally stays on the page', async () => {
    await mode(page, 'Quiz');
    await page.getByRole('heading', { name: 'Would you post this?' }).waitFor();
    expect(await page.locator('.scenario-count').innerText()).toBe('Question 1 of 10');
    for (const key of ['1', '1', '1', '2']) await page.keyboard.press(key);
    const counts = page.locator('.vote-count');
    expect(await counts.allInnerTexts()).toEqual(['3', '1']);
    await page.getByRole('button', { name: 'Undo a vote for "Post it"' }).click();
    expect(await counts.allInnerTexts()).toEqual(['2', '1']);
    await shot('quiz-votes');
    await expectAxeClean(page);

    await page.keyboard.press('r');
    const verdict = await page.locator('.verdict-title').innerText();
    expect(["Don't post it as written.", 'Fine to post.']).toContain(verdict);
    // The room's majority said "post it": right only if the post is fine.
    const agreed = verdict === 'Fine to post.' ? 1 : 0;
    expect(await page.locator('.score').innerText()).toBe(`The room agreed with the policy on ${agreed} of 1 revealed.`);
    if (verdict !== 'Fine to post.') await expect.poll(() => markedWords(page)).not.toEqual([]);
    await shot('quiz-revealed');
    await expectAxeClean(page);
    expect(await pageStorage(page)).toEqual({ local: 0, session: 0, cookies: '' });
  });

  it('checks the room\'s own post live, with the clause of the chosen policy, and switching policy changes it', async () => {
    await mode(page, 'Try your own');
    await page.locator(EDITOR).click();
    await page.keyboard.type('So proud of Grace Okafor in assembly today!');
    await expect.poll(() => markedWords(page)).toEqual(['Grace Okafor']);
    const clause = page.locator('.try-findings .pc-clause-id');
    await expect.poll(() => clause.first().innerText()).toBe(`Clause ${firstClauseFor('baseline', 'pupil.name')}`);
    // The product's badge sits by the focused box.
    await expect.poll(() => page.evaluate(() => !!document.querySelector('postcheck-ui')?.shadowRoot?.querySelector('.pc-badge'))).toBe(true);
    await shot('try-baseline');
    await expectAxeClean(page);

    await page.getByLabel('Policy', { exact: true }).selectOption('owls-academy-trust');
    await expect.poll(() => clause.first().innerText()).toBe(`Clause ${firstClauseFor('owls-academy-trust', 'pupil.name')}`);
    // The text typed was not lost when the policy changed, and it is still marked.
    expect(await page.locator(EDITOR).innerText()).toBe('So proud of Grace Okafor in assembly today!');
    await expect.poll(() => markedWords(page)).toEqual(['Grace Okafor']);
    await shot('try-owls');
    expect(await pageStorage(page)).toEqual({ local: 0, session: 0, cookies: '' });
    if (withExtension) {
      // Nothing typed or chosen on the training page reaches the extension's storage either.
      const stored = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }).chrome.storage.local.get());
      expect(stored).toEqual({});
    }
  });

  it("cites the chosen policy in the presenter's clause too", async () => {
    await mode(page, 'Present');
    await page.keyboard.press('r');
    const cite = page.locator('.clause-cite');
    expect(await cite.innerText()).toMatch(/The OWLS Academy Trust$/);
    await page.getByLabel('Policy', { exact: true }).selectOption('star-academy-trust');
    // Another policy has other scenarios: the presentation starts again at its first, warning hidden.
    await expect.poll(() => shown(page).count()).toBe(0);
    await page.keyboard.press('r');
    await expect.poll(() => cite.innerText()).toMatch(/The Star Multi Academy Trust$/);
  });

  it('prints a handout of the policy: every checkable clause, plain English first, and nothing else on the page', async () => {
    await mode(page, 'Handout');
    const items = page.locator('.handout-item');
    const pack = resolveWithBuiltins(builtinPack('star-academy-trust')!);
    expect(await items.count()).toBe(pack.clauses.filter((c) => c.checkable).length);
    await expectAxeClean(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.top').isVisible()).toBe(false);
    expect(await page.locator('.handout').isVisible()).toBe(true);
    await shot('handout-print');
    // Printed from another mode, the handout still comes out.
    await page.emulateMedia({ media: 'screen' });
    await mode(page, 'Present');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout').isVisible()).toBe(true);
    expect(await page.locator('.practice').isVisible()).toBe(false);
    await page.pdf({ path: join(SHOTS, `${variant}-handout.pdf`), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a 4K projector: larger type, the same layout, the controls on screen', async () => {
    await page.setViewportSize({ width: 3840, height: 2160 });
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(size).toBeGreaterThan(50);
    const controls = await page.getByRole('navigation', { name: 'Presenter controls' }).boundingBox();
    expect(controls!.y + controls!.height).toBeLessThanOrEqual(2160);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(3840);
    // The checker's own warnings are drawn at the same scale.
    await page.locator('[data-practice-post]').click();
    await gateDialog(page).waitFor();
    const title = await page.evaluate(() => {
      const el = document.querySelector('postcheck-ui')?.shadowRoot?.querySelector('.pc-gate-title');
      return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
    });
    expect(title).toBeGreaterThan(60);
    await choose(page, 'Edit post');
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});

describe('training page links', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('the options page links to it, starting with the school\'s chosen policy', async () => {
    const options = await browser.page();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ policyPack: 'wigan-schools-model' }));
    await options.getByRole('link', { name: 'the training page' }).click();
    await options.waitForURL(/training\.html$/);
    await options.getByRole('heading', { level: 1, name: /Postcheck training/ }).waitFor();
    expect(await options.getByLabel('Policy', { exact: true }).inputValue()).toBe('wigan-schools-model');
  });
});
