// The pages the content script runs on: the three sites and nothing broader (least privilege). The checker bundle is
// web-accessible to these pages only, so the content script can import it.
export const SITE_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
] as const;
