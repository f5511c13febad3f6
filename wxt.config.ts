import { defineConfig } from 'wxt';

// The product is a content script on the three sites; the engine runs in it, locally.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Postcheck for schools',
    description:
      "Warns school staff, before they post, when a post would breach their school's social media policy. Runs on the device.",
    permissions: ['storage'],
  },
});
