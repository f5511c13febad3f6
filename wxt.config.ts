import { defineConfig } from 'wxt';
import { CHROME_PUBLIC_KEY, FIREFOX_ID } from './src/settings/extension-id.ts';
import { SITE_MATCHES } from './src/sites/matches.ts';


// The product is a content script on the three sites; the engine runs in it, locally.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Postcheck for schools',
    description:
      "Warns school staff, before they post, when a post would breach their school's social media policy. Runs on the device.",
    permissions: ['storage'],
    // The checker bundle is imported by the content script on first focus (kept out of the page's start-up cost).
    web_accessible_resources: [{ resources: ['checker.js'], matches: [...SITE_MATCHES] }],
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
