// Least privilege, read from what ships: the built Chrome (MV3) and Firefox (MV2) manifests ask for storage and the
// three sites' pages and nothing else — no other permission or host, nothing optional, no way in for other extensions
// or web pages, no remote code — and carry the strict CSP of wxt.config.ts. Anything more fails here, to be reviewed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../src/sites/matches.ts';
import { buildExtension, buildFirefoxExtension, EXTENSION_DIR, EXTENSION_ERROR, FIREFOX_EXTENSION_DIR } from './e2e/build.ts';

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: unknown[];
  content_scripts?: Record<string, unknown>[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
};

/** The only hosts the extension may touch: Facebook, X (and its old name) and LinkedIn. */
const SITE_HOSTS = ['www.facebook.com', 'web.facebook.com', 'x.com', 'twitter.com', 'www.linkedin.com'];

/**
 * The extension pages' CSP, directive by directive (both browsers). Pinned here, not imported from wxt.config.ts, so a
 * loosened policy fails this test. Everything falls back to default-src 'none': no connect, font, media, frame,
 * worker or manifest source at all.
 */
const CSP: Record<string, string[]> = {
  'default-src': ["'none'"],
  // Only the package's own files: no inline script, no eval, no remote script.
  'script-src': ["'self'"],
  // The UI and the training page put their CSS in <style> elements.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  // HTML and script string sinks (innerHTML, eval-like calls) throw: post text can never become markup or code.
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
};

/** Top-level keys each manifest may have. A new key is a new capability (or exposure) until someone reviews it. */
const KEYS = {
  chrome: ['manifest_version', 'name', 'description', 'version', 'permissions', 'web_accessible_resources', 'key', 'storage', 'content_security_policy', 'background', 'action', 'options_ui', 'content_scripts'],
  firefox: ['manifest_version', 'name', 'description', 'version', 'permissions', 'web_accessible_resources', 'browser_specific_settings', 'content_security_policy', 'background', 'browser_action', 'options_ui', 'content_scripts'],
};
/** Reviewed and harmless, allowed should a release add them (names, icons, locales: no capability). */
const HARMLESS_KEYS = ['short_name', 'version_name', 'icons', 'default_locale', 'author', 'minimum_chrome_version'];

/** Ways a manifest grants more than it should; each is also caught by KEYS, and named here so the failure says why. */
const FORBIDDEN_KEYS = [
  'host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'update_url',
  'content_capabilities', 'sandbox', 'declarative_net_request', 'chrome_url_overrides', 'chrome_settings_overrides',
  'devtools_page', 'oauth2', 'nacl_modules', 'user_scripts', 'protocol_handlers',
];

/** Permissions that would read browsing, network traffic, tabs or files, or run code in pages on demand. */
const DANGEROUS_PERMISSIONS = [
  '<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'tabs', 'activeTab', 'history', 'bookmarks', 'webRequest',
  'webRequestBlocking', 'webNavigation', 'scripting', 'cookies', 'downloads', 'management', 'debugger', 'proxy',
  'nativeMessaging', 'clipboardRead', 'clipboardWrite', 'topSites', 'sessions', 'browsingData', 'declarativeNetRequest',
  'identity', 'geolocation', 'unlimitedStorage', 'background', 'privacy', 'pageCapture', 'tabCapture', 'desktopCapture',
];


const manifestPath = (dir: string) => join(dir, 'manifest.json');
const read = (dir: string): Manifest => JSON.parse(readFileSync(manifestPath(dir), 'utf8')) as Manifest;

/** "default-src 'none'; script-src 'self'" → { 'default-src': ["'none'"], 'script-src': ["'self'"] }. */
function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    expect(out, `CSP directive ${name} appears twice`).not.toHaveProperty(name!);
    out[name!] = values;
  }
  return out;
}

/** A path inside the package: no scheme, not protocol-relative, and the file is there. */
function expectPackaged(dir: string, path: unknown): void {
  expect(typeof path).toBe('string');
  expect(path as string, 'a packaged file, not a URL').not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
  expect(existsSync(join(dir, path as string)), `${path as string} is in the package`).toBe(true);
}

const sorted = (list: readonly string[]) => [...list].sort();

beforeAll(async () => {
  // Built when missing or older than its inputs (other test runs share .output/ and may have just built it).
  await buildExtension();
  if (existsSync(EXTENSION_ERROR)) throw new Error(readFileSync(EXTENSION_ERROR, 'utf8'));
  await buildFirefoxExtension();
}, 180_000);

it('the sites list itself names only the three sites, over https, whole hosts (no wildcards)', () => {
  for (const pattern of SITE_MATCHES) {
    const match = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
    expect(match, pattern).not.toBeNull();
    expect(SITE_HOSTS).toContain(match![1]);
  }
});

describe.each([
  ['chrome', EXTENSION_DIR, 3],
  ['firefox', FIREFOX_EXTENSION_DIR, 2],
] as const)('%s manifest', (browser, dir, version) => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = read(dir);
  });

  it(`is MV${version} with only reviewed keys, none that widen access`, () => {
    expect(manifest.manifest_version).toBe(version);
    for (const key of FORBIDDEN_KEYS) expect(manifest, `${key} must not be set`).not.toHaveProperty(key);
    const extra = Object.keys(manifest).filter((k) => !KEYS[browser].includes(k) && !HARMLESS_KEYS.includes(k));
    expect(extra, 'keys no one has reviewed for privilege').toEqual([]);
  });

  it('asks for storage and nothing else', () => {
    expect(manifest.permissions).toEqual(['storage']);
    for (const p of DANGEROUS_PERMISSIONS) expect(JSON.stringify(manifest.permissions)).not.toContain(JSON.stringify(p));
  });

  it('reaches pages only through one content script on the three sites', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    const [script] = scripts;
    // No match_about_blank / match_origin_as_fallback / all_frames / world: MAIN — only where, when and what.
    expect(sorted(Object.keys(script!))).toEqual(['js', 'matches', 'run_at']);
    expect(sorted(script!.matches as string[])).toEqual(sorted(SITE_MATCHES));
    for (const file of script!.js as string[]) expectPackaged(dir, file);
    // The whole manifest names no broader host pattern anywhere.
    const text = JSON.stringify(manifest);
    for (const broad of ['<all_urls>', '*://', 'http://', '://*.', '://*/']) expect(text).not.toContain(broad);
  });

  it('exposes only checker.js to pages, and in Chrome only to the three sites', () => {
    if (browser === 'chrome') {
      expect(manifest.web_accessible_resources).toEqual([{ resources: ['checker.js'], matches: [...SITE_MATCHES] }]);
    } else {
      // MV2 has no per-site list: any page could load checker.js, but only at this install's random moz-extension://
      // UUID, which a page cannot learn; the file is our own code and holds no data.
      expect(manifest.web_accessible_resources).toEqual(['checker.js']);
    }
  });

  it('runs only packaged code: background, popup, options and content scripts are files in the package', () => {
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    if (browser === 'chrome') expect(Object.keys(background)).toEqual(['service_worker']);
    else expect(Object.keys(background)).toEqual(['scripts']);
    for (const file of [background.service_worker, ...(background.scripts ?? [])].filter(Boolean)) expectPackaged(dir, file);
    const action = (manifest.action ?? manifest.browser_action) as { default_popup: string };
    expectPackaged(dir, action.default_popup);
    expectPackaged(dir, (manifest.options_ui as { page: string }).page);
    // No update_url (updates come from the store or the school's own hosting, set outside the package), here or for Gecko.
    expect(JSON.stringify(manifest)).not.toContain('update_url');
    // Every page the manifest names loads its scripts and styles from the package, never from a URL.
    for (const page of ['options.html', 'popup.html', 'training.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      for (const [, src] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expectPackaged(dir, src!.replace(/^\//, ''));
    }
  });

  it('carries the strict CSP for its pages', () => {
    const csp = manifest.content_security_policy;
    if (browser === 'chrome') {
      // Only extension_pages: no sandbox pages (whose CSP may allow eval).
      expect(Object.keys(csp as object)).toEqual(['extension_pages']);
      expect(parseCsp((csp as { extension_pages: string }).extension_pages)).toEqual(CSP);
    } else {
      expect(typeof csp).toBe('string');
      expect(parseCsp(csp as string)).toEqual(CSP);
    }
  });

  if (browser === 'chrome') {
    it('Chrome: managed settings are checked against a packaged schema', () => {
      expect(Object.keys(manifest.storage as object)).toEqual(['managed_schema']);
      expectPackaged(dir, (manifest.storage as { managed_schema: string }).managed_schema);
    });
  } else {
    it('Firefox: a fixed id, and it declares that it collects no data', () => {
      const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
      expect(sorted(Object.keys(gecko))).toEqual(['data_collection_permissions', 'id']);
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    });
  }
});
