import { defineConfig } from 'wxt';
import { CHROME_PUBLIC_KEY, FIREFOX_ID } from './src/settings/extension-id.ts';
import { SITE_MATCHES } from './src/sites/matches.ts';

/**
 * The CSP of the extension's own pages (options, popup, training; in Chrome the background worker too). Nothing is
 * allowed unless named: scripts only from the package (no eval, no inline, no remote), no connections of any kind,
 * no plugins, frames, forms, <base> or being framed; images only from the package. Inline styles are allowed because
 * the UI and the training page put their CSS in <style> elements (a style cannot run code). Trusted Types are enforced
 * with no policy, so any HTML/script string sink (innerHTML and the like) throws instead of parsing post text as markup.
 * Checked in Chromium 150 and Firefox ESR 153: every directive is accepted and enforced (test/manifest.test.ts
 * pins it). Builds only: `wxt` (dev) serves pages from localhost with live reload over a websocket, which this forbids.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

// The product is a content script on the three sites; the engine runs in it, locally.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Vite's modulepreload polyfill is a fetch() of the page's own chunks for browsers without <link rel=modulepreload>;
  // every browser we support has it, so leave it out: the bundles then hold no network call at all.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser, command }) => ({
    name: 'Postcheck for schools',
    description:
      "Warns school staff, before they post, when a post would breach their school's social media policy. Runs on the device.",
    permissions: ['storage'],
    // The checker bundle is imported by the content script on first focus (kept out of the page's start-up cost).
    web_accessible_resources: [{ resources: ['checker.js'], matches: [...SITE_MATCHES] }],
    // WXT writes it as MV2's plain string for Firefox.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id, so Firefox policies.json can target the extension. Nothing is collected: no post leaves the device.
            gecko: { id: FIREFOX_ID, data_collection_permissions: { required: ['none'] } },
          },
        }
      : {
          // Pins the Chrome/Edge extension id (src/settings/extension-id.ts), so policies can target it.
          key: CHROME_PUBLIC_KEY,
          // What Chrome and Edge check managed settings against (generated: npm run settings:docs).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
