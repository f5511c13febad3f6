// School IT's configuration, for real: Chromium reads a managed policy file (from a folder mounted over /etc/chromium
// for this browser only) and the extension enforces it on the fixture composers — the chosen policy's clause is
// cited, a pupil on the hashed roster is caught, "Post anyway" is withheld, a site IT turned off is left alone — and
// a malformed value is reported while the rest applies.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveRosterKey, hashRoster } from '../../src/engine/roster/hashed.ts';
import { parseRosterCsv } from '../../src/engine/roster/index.ts';
import { CHROME_ID } from '../../src/settings/extension-id.ts';
import { choose, gateDialog, markedWords } from './gate-suite.ts';
import { launchBrowser, postedOf, typeInto, type TestBrowser } from './harness.ts';

const roster = hashRoster(parseRosterCsv(readFileSync(new URL('../../examples/roster.csv', import.meta.url), 'utf8')), deriveRosterKey('e2e'));

const POLICY = {
  policyPack: 'owls-academy-trust',
  roster,
  override: 'block',
  enabledSites: ['facebook', 'linkedin'],
  lockSettings: true,
  // Malformed on purpose: this one pack is rejected and reported; everything else applies.
  customPolicyPacks: ['{"id": "oakwood-primary", "title": '],
};

let browser: TestBrowser;
let page: Page;
let policyFile: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'postcheck-policy-'));
  mkdirSync(join(dir, 'policies/managed'), { recursive: true });
  policyFile = join(dir, 'policies/managed/postcheck.json');
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: POLICY } } }));
  browser = await launchBrowser({ policyDir: dir });
  expect(browser.extensionId).toBe(CHROME_ID);
  page = await browser.page();
}, 60_000);
afterAll(async () => {
  expect(browser.requests).toEqual([]);
  await browser?.close();
});

describe('a managed policy file', () => {
  it('cites the chosen policy, catches a pupil on the hashed roster, and withholds "Post anyway"', async () => {
    await browser.goto(page, 'https://www.facebook.com/');
    await page.locator('div[role="button"][aria-label="Create post"]').click();
    const box = '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]';
    await typeInto(page, box, 'So proud of Oliver Smith at the match today');
    // The first read of managed storage after the browser starts can take seconds: checking waits for it.
    await expect.poll(() => markedWords(page), { timeout: 20_000 }).toContain('Oliver Smith');
    await page.locator('[role="dialog"] div[role="button"][aria-label="Post"]').click();
    await gateDialog(page).waitFor();
    const text = await gateDialog(page).innerText();
    expect(text).toContain('Social Media Policy, The OWLS Academy Trust');
    expect(text).toContain('Information must not be posted that would disclose the identity of pupils.');
    expect(text).toMatch(/ask .+ first/);
    expect(await page.getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    await choose(page, 'Edit post');
    expect(await postedOf(page)).toEqual([]);
  });

  it('leaves a site IT turned off alone: nothing marked, nothing stopped', async () => {
    await browser.goto(page, 'https://x.com/home');
    await typeInto(page, '[data-testid="tweetTextarea_0"][contenteditable="true"]', 'Honestly the new head is a useless idiot');
    await page.waitForTimeout(1500);
    expect(await markedWords(page)).toEqual([]);
    await page.locator('button[data-testid="tweetButtonInline"]').click();
    expect(await postedOf(page)).toEqual([{ box: 'x-inline', text: 'Honestly the new head is a useless idiot' }]);
    expect(await gateDialog(page).count()).toBe(0);
  });

  it('a change IT makes applies without restarting the browser', async () => {
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: { ...POLICY, enabledSites: ['facebook', 'x', 'linkedin'] } } } }));
    await browser.goto(page, 'https://x.com/home');
    await typeInto(page, '[data-testid="tweetTextarea_0"][contenteditable="true"]', 'Honestly the new head is a useless idiot');
    // Chromium notices the edited policy file on its own, within seconds.
    await expect.poll(() => markedWords(page), { timeout: 30_000, interval: 1000 }).toEqual(['useless idiot']);
  }, 60_000);

  it('the options page shows what IT set, read-only, and which setting was rejected and why', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('body').innerText(), { timeout: 20_000 }).toContain('customPolicyPacks[0]');
    const body = await options.locator('body').innerText();
    expect(body).toContain("Set by your school's IT");
    expect(body).not.toContain('Oliver');
    await options.close();
  });
});
