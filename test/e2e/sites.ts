// Which fixture page answers which real address, and the headers it is served with.

export const PAGES = [
  'facebook',
  'x-home',
  'x-messages',
  'linkedin-feed',
  'linkedin-feed-new',
  'linkedin-messaging',
] as const;
export type PageName = (typeof PAGES)[number];

/** Per page: the document's title and attributes on <body> (LinkedIn's newer version marks its body). */
export const PAGE_SHELL: Record<PageName, { title: string; body?: string }> = {
  facebook: { title: 'Facebook' },
  'x-home': { title: 'Home / X' },
  'x-messages': { title: 'Messages / X' },
  'linkedin-feed': { title: 'Feed | LinkedIn' },
  'linkedin-feed-new': { title: 'Feed | LinkedIn', body: 'data-rehydrated="true"' },
  'linkedin-messaging': { title: 'Messaging | LinkedIn' },
};

export const ORIGINS = [
  'https://www.facebook.com',
  'https://web.facebook.com',
  'https://x.com',
  'https://twitter.com',
  'https://www.linkedin.com',
] as const;

/** Where the bundles are served on every fixture origin (same origin, so `script-src 'self'` allows them). */
export const ASSET_PREFIX = '/__e2e/';

/**
 * A document address → the page that answers it, or undefined for an origin we do not serve.
 * www. and web.facebook.com, and x.com and twitter.com, are the same sites; LinkedIn's newer feed is ?v=new.
 */
export function pageFor(url: URL): PageName | undefined {
  switch (url.origin) {
    case 'https://www.facebook.com':
    case 'https://web.facebook.com':
      return 'facebook';
    case 'https://x.com':
    case 'https://twitter.com':
      return url.pathname.startsWith('/messages') ? 'x-messages' : 'x-home';
    case 'https://www.linkedin.com':
      if (url.pathname.startsWith('/messaging')) return 'linkedin-messaging';
      return url.searchParams.get('v') === 'new' ? 'linkedin-feed-new' : 'linkedin-feed';
    default:
      return undefined;
  }
}

/**
 * As strict as the sites are for scripts, stricter in places: only same-origin script files, no inline script,
 * no eval. Inline styles are allowed, as all three sites allow them (and React/editors set style attributes).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function shellHtml(page: PageName): string {
  const { title, body } = PAGE_SHELL[page];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSET_PREFIX}${page}.css">
<script src="${ASSET_PREFIX}${page}.js" defer></script>
</head>
<body${body ? ` ${body}` : ''}></body>
</html>
`;
}

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
const ASSETS = new Set(PAGES.flatMap((p) => [`${p}.js`, `${p}.css`]));

/** The file in .fixtures/ answering a request (and its headers), or undefined for anything the test bed does not serve. */
export function fixtureFor(address: string, navigation: boolean, csp: string = CSP): { file: string; headers: Record<string, string> } | undefined {
  const url = new URL(address);
  if (!(ORIGINS as readonly string[]).includes(url.origin)) return undefined;
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const name = url.pathname.slice(ASSET_PREFIX.length);
    if (!ASSETS.has(name)) return undefined;
    return { file: name, headers: { 'content-type': CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'text/plain' } };
  }
  const page = navigation ? pageFor(url) : undefined;
  return page && { file: `${page}.html`, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp } };
}
