// Firefox counterpart of harness.ts, for the one Firefox check: Debian's Firefox ESR driven by puppeteer-core over
// WebDriver BiDi (playwright's Firefox needs its own patched build, which cannot be had here). The Firefox build of the
// extension is installed as a temporary add-on; the fixture pages are served at the sites' real addresses by BiDi
// request interception, so the manifest's match patterns decide where the content script runs, and every other
// http(s) request from the tab is refused and recorded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIXTURE_OUT } from './build.ts';
import { fixtureFor } from './sites.ts';

export const FIREFOX = '/usr/bin/firefox-esr';
export { FIREFOX_EXTENSION_DIR } from './build.ts';

export type FirefoxBrowser = {
  browser: Browser;
  /** A fresh tab with fixture routing on (see newTab below for why never the tab Firefox starts with). */
  page(): Promise<Page>;
  /** Navigate, bring the tab to the front and wait until the fixture page has mounted its boxes. */
  goto(page: Page, url: string): Promise<void>;
  /** "METHOD url" of every http(s) request that was not a fixture page or bundle, in order (all were refused). */
  requests: string[];
  close(): Promise<void>;
};

export async function launchFirefox(extensionDir: string): Promise<FirefoxBrowser> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`The Firefox check needs Firefox ESR at ${FIREFOX}: run 'apt-get install -y firefox-esr' (Debian)`);
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const requests: string[] = [];
  try {
    // BiDi webExtension.install: a temporary add-on, as about:debugging loads it.
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const route = (request: HTTPRequest) => {
    const url = request.url();
    // moz-extension: loads (the checker bundle the content script imports) are not network; data: neither.
    if (!url.startsWith('http:') && !url.startsWith('https:')) return void request.continue();
    const a = fixtureFor(url, request.isNavigationRequest());
    if (!a) {
      requests.push(`${request.method()} ${url}`);
      return void request.abort('blockedbyclient');
    }
    return void request.respond({ status: 200, headers: a.headers, body: readFileSync(join(FIXTURE_OUT, a.file), 'utf8') });
  };

  return {
    browser,
    requests,
    async page() {
      // Not the tab Firefox opened at start: under puppeteer that one never gets focus (document.hasFocus() stays
      // false and no focus/focusin events fire), so the content script, which loads its checker on focusin, sleeps.
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', route);
      return page;
    },
    async goto(page, url) {
      await page.goto(url, { waitUntil: 'load' });
      // Only the front tab gets focus events; a test that opened a second tab would otherwise type into one without.
      await page.bringToFront();
      await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 10_000 });
    },
    async close() {
      await browser.close();
    },
  };
}
