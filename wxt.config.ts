import { defineConfig } from 'wxt';

// The product is a content script on the three sites; the engine runs in it, locally.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Postcheck for schools',
    description:
      "Warns school staff, before they post, when a post would breach their school's social media policy. Runs on the device.",
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id, so Firefox policies.json can target the extension. Nothing is collected: no post leaves the device.
            gecko: { id: 'postcheck@schools.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
