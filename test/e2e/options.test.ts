// The options page and the popup in Chromium, as extension pages: choosing a policy and seeing its clauses, a bad
// pack file's errors by JSON path, the example roster (a count, never a name), the school profile, the welcome,
// rejected settings, settings from school IT (a real Chromium managed policy), and axe on both pages.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './build.ts';
import { checkA11y, launchBrowser, unpackedExtensionId, type TestBrowser } from './harness.ts';

let browser: TestBrowser;
const opened: Page[] = [];

type Local = Record<string, unknown>;

/** chrome.storage.local from an extension page (`chrome` is there; the test's own types do not know it). */
function storage(page: Page, action: 'get' | 'set' | 'clear', values?: Local): Promise<Local> {
  return page.evaluate(
    async ([a, v]) => {
      const { local } = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void>; get(): Promise<Local> } } } }).chrome.storage;
      if (a === 'set') await local.set(v ?? {});
      if (a === 'clear') await local.clear();
      return local.get();
    },
    [action, values] as const,
  );
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  opened.push(page);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await checkA11y(page);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const section = (page: Page, heading: string | RegExp) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  expect(browser.requests).toEqual([]);
  await browser?.close();
});
beforeEach(async () => {
  const page = await open('options.html');
  await storage(page, 'clear');
  for (const p of opened.splice(0)) await p.close();
});

describe('options page', () => {
  it('welcomes on first run, passes axe, and the welcome can be dismissed', async () => {
    const page = await open('options.html?welcome=1');
    const welcome = section(page, 'Welcome to Postcheck');
    expect(await welcome.innerText()).toContain('nothing you type leaves it');
    await page.locator('.pack-preview summary').click();
    await expectAxeClean(page);
    await welcome.getByRole('button', { name: 'Got it' }).click();
    expect(await welcome.count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('choosing a policy saves it, and the preview shows its clauses', async () => {
    const owls = JSON.parse(readFileSync(join(ROOT, 'rules/owls-academy-trust.json'), 'utf8')) as { title: string; clauses: { id: string; quote: string }[] };
    const page = await open('options.html');
    await page.getByLabel('Policy', { exact: true }).selectOption('owls-academy-trust');
    await expect.poll(async () => (await storage(page, 'get')).policyPack).toBe('owls-academy-trust');
    const preview = page.locator('.pack-preview');
    await expect.poll(() => preview.getByRole('heading', { level: 3 }).innerText()).toContain('The OWLS Academy Trust');
    await preview.locator('summary').click();
    const clauses = preview.locator('li.clause');
    expect(await clauses.count()).toBe(owls.clauses.length);
    expect(await clauses.first().locator('.clause-id').innerText()).toBe(`Clause ${owls.clauses[0]!.id}`);
    expect(await clauses.first().locator('blockquote').innerText()).toBe(owls.clauses[0]!.quote);
    expect(await clauses.first().locator('.severity').innerText()).toMatch(/^(Must not post|Check before posting|Worth a look)$/);
  });

  it('a bad pack file shows each error with its JSON path; a good one is saved and chosen', async () => {
    const page = await open('options.html');
    const bad = { id: 'oakwood-primary', organisation: 'Oakwood Primary', title: 'Our policy', clauses: [{ id: '1', section: 'Pupils', quote: 'Do not name pupils.', guidance: 'Leave names out.', severity: 'stop', signals: ['pupil.made-up'] }] };
    const input = page.getByLabel('Import a policy pack (a JSON file)');
    await input.setInputFiles({ name: 'oakwood.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const errors = page.locator('#policy-file-errors');
    await errors.waitFor();
    expect(await errors.getAttribute('role')).toBe('alert');
    expect(await errors.innerText()).toContain('$.clauses[0].signals[0]: unknown signal "pupil.made-up"');
    expect(await input.getAttribute('aria-describedby')).toContain('policy-file-errors');
    expect((await storage(page, 'get')).customPolicyPacks).toBeUndefined();
    await expectAxeClean(page);

    const good = { ...bad, clauses: [{ ...bad.clauses[0], signals: ['pupil.name'] }] };
    await input.setInputFiles({ name: 'oakwood.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.getByText('Imported “Our policy” from oakwood.json').waitFor();
    const saved = await storage(page, 'get');
    expect(saved.policyPack).toBe('oakwood-primary');
    expect((saved.customPolicyPacks as { id: string }[]).map((p) => p.id)).toEqual(['oakwood-primary']);
    await expect.poll(() => page.getByLabel('Policy', { exact: true }).inputValue()).toBe('oakwood-primary');
    expect(await page.locator('.pack-preview h3').innerText()).toContain('Oakwood Primary');
  });

  it('imports the example roster: a count on the page, hashes in storage, never a name', async () => {
    const csv = readFileSync(join(ROOT, 'examples/roster.csv'), 'utf8');
    const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
    const names = rows.flatMap(([last, first, preferred]) => [last, first, preferred]).filter((n): n is string => !!n);
    const page = await open('options.html');
    const roster = section(page, 'Pupil roster');
    await page.getByLabel('Import a roster (a CSV file)').setInputFiles(join(ROOT, 'examples/roster.csv'));
    await roster.locator('.file-picker [role="status"]:not(:empty), #roster-file-errors').first().waitFor();
    expect(await roster.locator('#roster-file-errors').count()).toBe(0);
    expect(await roster.locator('.file-picker [role="status"]').innerText()).toBe(
      `Read ${rows.length} pupils from roster.csv. Their names were hashed on this device and saved.`,
    );
    await expect.poll(() => roster.locator('.roster-state').innerText()).toBe(`A roster of ${rows.length} pupils is in use.`);
    const html = await page.content();
    for (const name of names) expect(html).not.toContain(name);
    const stored = JSON.stringify((await storage(page, 'get')).roster);
    // Case-sensitive: random base64url hashes could, very rarely, spell a short name in some mix of cases.
    for (const name of names) expect(stored).not.toContain(name);
    await roster.getByRole('button', { name: 'Remove roster' }).click();
    await expect.poll(async () => (await storage(page, 'get')).roster).toBeUndefined();
    await expect.poll(() => roster.locator('.roster-state').innerText()).toBe('No roster is in use.');
  });

  it('saves the school profile, and shows a bad field\'s error beside it', async () => {
    const page = await open('options.html');
    await page.getByLabel('School name').fill('Oakwood Primary School');
    await page.getByLabel('Other names for the school').fill('Oakwood\nOPS');
    await page.getByLabel('URN (Unique Reference Number)').fill('12345');
    await page.getByLabel('Postcode').fill('le12 3ab');
    await page.getByRole('button', { name: 'Save the school’s details' }).click();
    const urn = page.getByLabel('URN (Unique Reference Number)');
    expect(await urn.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#school-urn-error').innerText()).toContain('6-digit Unique Reference Number');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('school-urn');
    expect((await storage(page, 'get')).school).toBeUndefined();
    await expectAxeClean(page);

    await urn.fill('123456');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storage(page, 'get')).school).toEqual({ name: 'Oakwood Primary School', aliases: ['Oakwood', 'OPS'], urn: '123456', postcode: 'le12 3ab' });
    await section(page, 'Your school').getByText('Saved the school’s details.').waitFor();
  });

  it('saves sites and the override choice, and lists a rejected setting at the top', async () => {
    const page = await open('options.html');
    await page.getByLabel('LinkedIn').uncheck();
    await expect.poll(async () => (await storage(page, 'get')).enabledSites).toEqual(['facebook', 'x']);
    await page.getByLabel('Post anyway with a reason').check();
    await expect.poll(async () => (await storage(page, 'get')).override).toBe('reason');

    await storage(page, 'set', { override: 'sometimes' });
    const problems = page.locator('#problems');
    await problems.waitFor();
    // It appeared while the page was open: announced.
    expect(await problems.getAttribute('role')).toBe('alert');
    expect(await problems.innerText()).toContain('When a post breaches a rule (override): must be one of "allow", "reason", "block"');
    await expectAxeClean(page);
  });
});

describe('popup', () => {
  it('opened as a page, says it is not checking this page, links to settings and training, and passes axe', async () => {
    const page = await open('popup.html');
    await page.getByText('Not checking this page — Postcheck works on Facebook, X and LinkedIn').waitFor();
    expect(await page.getByText('0 warnings since the browser started.').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Postcheck' }).getByRole('link').allInnerTexts()).toEqual(['Settings', 'Training']);
    await expectAxeClean(page);
  });

  it('asks the active tab: on Facebook it is ready before anything is written, then checking, with the policy', async () => {
    const facebook = await browser.context.newPage();
    opened.push(facebook);
    await browser.goto(facebook, 'https://www.facebook.com/');
    const page = await open('popup.html');
    // The popup asks about the active tab of its window: make it the Facebook tab, then ask again.
    await facebook.bringToFront();
    await page.reload();
    await page.getByText('Ready: Postcheck checks what you write on Facebook.').waitFor();
    await page.getByText('Policy: Baseline').waitFor();

    await facebook.locator('div[role="button"][aria-label="Create post"]').click();
    await facebook.locator('[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]').click();
    await expect
      .poll(async () => {
        await page.reload();
        await page.locator('.tab-state .state').waitFor();
        return page.locator('.tab-state').innerText();
      })
      .toMatch(/^Checking is on for Facebook\.\s+Policy: Baseline/);
    await expectAxeClean(page);
  });

  it('shows the session\'s warnings and the rejected settings from storage', async () => {
    const page = await open('popup.html');
    await storage(page, 'set', { sessionWarnings: 3, enabledSites: ['myspace'] });
    await page.getByText('3 warnings since the browser started.').waitFor();
    const link = page.getByRole('link', { name: '1 setting was rejected: see why' });
    await link.waitFor();
    await expectAxeClean(page);
    const [options] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await options.waitForURL(/options\.html#problems$/);
    opened.push(options);
    await options.locator('#problems').waitFor();
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('problems');
  });
});

describe('settings from school IT (Chromium managed policy)', () => {
  it('are read-only with "Set by your school\'s IT"; a lock freezes the rest; rejected ones are listed; axe clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postcheck-policy-'));
    mkdirSync(join(dir, 'policies/managed'), { recursive: true });
    // Chrome drops values its schema refuses (public/managed-schema.json): the rejected one must pass it, as this id does.
    const managed = { override: 'block', school: { name: 'Oakwood Primary School', urn: '123456' }, lockSettings: true, policyPack: 'no-such-pack' };
    writeFileSync(
      join(dir, 'policies/managed/postcheck.json'),
      JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(EXTENSION_DIR)]: managed } } }),
    );
    const managedBrowser = await launchBrowser({ policyDir: dir });
    try {
      const page = await managedBrowser.context.newPage();
      await page.goto(`chrome-extension://${managedBrowser.extensionId}/options.html`);
      await page.locator('.lock-note').waitFor();
      const problems = page.locator('#problems');
      await problems.waitFor({ timeout: 5000 });
      // There on load: listed, not announced as an alert.
      expect(await problems.getAttribute('role')).toBeNull();
      expect(await problems.innerText()).toContain('These settings from your school’s IT were rejected:');
      expect(await problems.innerText()).toContain('Policy (policyPack): no policy pack has the id "no-such-pack"');

      const name = page.getByLabel('School name');
      expect(await name.inputValue()).toBe('Oakwood Primary School');
      expect(await name.getAttribute('readonly')).not.toBeNull();
      expect(await section(page, 'Your school').locator('.read-only-note').innerText()).toBe("Set by your school's IT");
      expect(await page.getByLabel('Not allowed').isChecked()).toBe(true);
      expect(await page.getByLabel('Not allowed').isDisabled()).toBe(true);
      expect(await section(page, /must not post/).locator('.read-only-note').innerText()).toBe("Set by your school's IT");
      // Not set by IT, but locked.
      expect(await page.getByLabel('Policy', { exact: true }).isDisabled()).toBe(true);
      expect(await section(page, 'Your school’s policy').locator('.read-only-note').first().innerText()).toBe("Locked by your school's IT");
      const enabled = await page.locator('input:not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly]), button:not([disabled])').count();
      expect(enabled).toBe(0);
      await expectAxeClean(page);
      expect(managedBrowser.requests).toEqual([]);
    } finally {
      await managedBrowser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
