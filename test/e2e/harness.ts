// Launches Debian Chromium (optionally with the built extension) on a fresh profile, serves the fixture pages at the
// sites' real addresses, and refuses and records every other request, so a test can assert that none was made.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type axe from 'axe-core';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { EXTENSION_DIR, EXTENSION_ERROR, FIXTURE_OUT } from './build.ts';
import type { Post } from './fixtures/shared/fixture.ts';
import { fixtureFor } from './sites.ts';

export type LaunchOptions = {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Which unpacked extension to load (default .output/chrome-mv3, which the global setup builds). */
  extensionDir?: string;
  /** A folder laid out like /etc/chromium (policies/managed/*.json), seen by the browser in place of /etc/chromium. */
  policyDir?: string;
  /** Override the Content-Security-Policy the pages are served with. */
  csp?: string;
};

export type TestBrowser = {
  context: BrowserContext;
  /** A tab: the first call reuses the blank tab the browser opened, later calls open new ones. */
  page(): Promise<Page>;
  /** Navigate and wait until the fixture page has mounted its boxes. */
  goto(page: Page, url: string): Promise<void>;
  /** "METHOD url" of every request that was not a fixture page or bundle, in order (all were refused). */
  requests: string[];
  /** The extension's id, or undefined when launched without it. */
  extensionId: string | undefined;
  close(): Promise<void>;
};

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const isNetwork = (url: string) => url.startsWith('http:') || url.startsWith('https:');

/**
 * Chromium's id for an unpacked extension: sha256 of the manifest's `key` if it has one, else of the folder's path;
 * the first 32 hex digits, each mapped 0–f → a–p.
 */
export function unpackedExtensionId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { key?: string };
  const bytes = manifest.key ? Buffer.from(manifest.key, 'base64') : Buffer.from(dir);
  const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/**
 * A launcher that bind-mounts $E2E_POLICY_DIR over /etc/chromium in a private mount namespace (as root, or in a user
 * namespace otherwise), so the browser reads managed policy from the test's folder and the machine's /etc is untouched.
 */
function policyLauncher(dir: string): string {
  const user = process.getuid?.() === 0 ? '' : '--user --map-root-user ';
  const script = join(dir, 'chromium-with-policy.sh');
  const inner = `mount --bind "$E2E_POLICY_DIR" /etc/chromium && exec ${CHROMIUM} "$@"`;
  writeFileSync(script, `#!/bin/sh\nexec unshare ${user}--mount --propagation private sh -c '${inner}' chromium "$@"\n`);
  chmodSync(script, 0o755);
  return script;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const { extension = true, extensionDir = EXTENSION_DIR, policyDir, csp } = options;
  if (extension && extensionDir === EXTENSION_DIR && existsSync(EXTENSION_ERROR)) {
    throw new Error(readFileSync(EXTENSION_ERROR, 'utf8'));
  }
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run the e2e tests through vitest (its global setup builds it)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'postcheck-e2e-'));
  const profile = join(dir, 'profile');
  const args = [...FLAGS];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: policyDir ? policyLauncher(dir) : CHROMIUM,
    ...(policyDir ? { env: { ...process.env, E2E_POLICY_DIR: policyDir } } : {}),
    headless: true,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    args,
  });

  const requests: string[] = [];
  const seen = new WeakSet<Request>();
  const refuse = (request: Request) => {
    if (seen.has(request) || !isNetwork(request.url())) return;
    seen.add(request);
    requests.push(`${request.method()} ${request.url()}`);
  };
  await context.route('**/*', (route, request) => {
    // Extension resources (a web-accessible script the content script injects, say) are not network: let them load.
    if (!isNetwork(request.url())) return route.fallback();
    const t = fixtureFor(request.url(), request.isNavigationRequest(), csp);
    if (!t) {
      refuse(request);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({ status: 200, headers: t.headers, body: readFileSync(join(FIXTURE_OUT, t.file), 'utf8') });
  });
  // Also record what bypasses routing (say, an extension service worker's fetch, if playwright does not route it).
  context.on('request', (request) => {
    if (!fixtureFor(request.url(), request.isNavigationRequest())) refuse(request);
  });
  // WebSockets do not pass through route(). Record each one a tab opens, from any world (page or content script).
  const watch = (page: Page) => page.on('websocket', (ws) => requests.push(`WEBSOCKET ${ws.url()}`));
  context.pages().forEach(watch);
  context.on('page', watch);

  let extensionId: string | undefined;
  if (extension) {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { background?: unknown };
    if (manifest.background) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
      extensionId = new URL(worker.url()).host;
    } else extensionId = unpackedExtensionId(extensionDir);
  }

  let blank: Page | undefined = context.pages()[0];
  return {
    context,
    requests,
    extensionId,
    async page() {
      const page = blank ?? (await context.newPage());
      blank = undefined;
      return page;
    },
    async goto(page, url) {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__fixture?.ready === true, undefined, { timeout: 10_000 });
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---- Helpers for tests

/** In text given to typeInto: a line break typed as Shift+Enter ('\n' is typed as Enter). */
export const SOFT_BREAK = '\u2028';

/** The text a site should post for what typeInto typed. */
export const asPosted = (typed: string): string => typed.replaceAll(SOFT_BREAK, '\n');

/**
 * Type into a box with real key events, after the text already there: '\n' presses Enter, SOFT_BREAK presses
 * Shift+Enter, characters outside the keyboard layout (emoji) arrive as text input, as from an emoji picker.
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+End');
  for (const part of text.split(/(\n|\u2028)/)) {
    if (part === '\n') await page.keyboard.press('Enter');
    else if (part === SOFT_BREAK) await page.keyboard.press('Shift+Enter');
    else if (part) await page.keyboard.type(part);
  }
}

/** Everything the page has posted so far, in order. */
export function postedOf(page: Page): Promise<Post[]> {
  return page.evaluate(() => window.__posted);
}

async function readEditor(page: Page, box: string, what: 'text' | 'html'): Promise<string> {
  const value = await page.evaluate(([b, w]) => window.__fixture.editors[b]?.[w]() ?? null, [box, what] as const);
  if (value === null) throw new Error(`No box "${box}" is mounted on ${page.url()}`);
  return value;
}

/** The box's text read from its editor's own model, as the site would post it. */
export const editorText = (page: Page, box: string): Promise<string> => readEditor(page, box, 'text');

/** The innerHTML of the box's editable root (to prove the extension left the editor's DOM alone). */
export const editorHtml = (page: Page, box: string): Promise<string> => readEditor(page, box, 'html');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations within `include` (a selector, or axe's {fromShadowDom: [...]}; axe walks open shadow roots).
 * axe is injected with page.evaluate, which goes through the DevTools protocol and is not subject to the page's CSP,
 * so the pages keep their real CSP (no bypassCSP) and the script never becomes part of the page's own sources.
 */
export async function checkA11y(
  page: Page,
  options: { include?: axe.SerialContextObject['include'] } = {},
): Promise<axe.Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (include) => {
    const { axe: run } = window as unknown as { axe: typeof axe };
    const results = await run.run(include ? { include } : document, { resultTypes: ['violations'] });
    return results.violations;
  }, options.include);
}
