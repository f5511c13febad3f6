// No network in what ships: every script, page and stylesheet of the Chrome and Firefox builds is scanned for network
// APIs and for URLs. Each hit must be on the allow-list below, which records where it is, the exact text and why it
// can make no request; anything else — a new fetch, a beacon, a URL a library or our code might load — fails.
// (The browser tests prove the same at run time: every request from any extension context is refused and recorded.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../src/sites/matches.ts';
import { buildExtension, buildFirefoxExtension, EXTENSION_DIR, EXTENSION_ERROR, FIREFOX_EXTENSION_DIR } from './e2e/build.ts';

/** What reaches the network from a page, a worker or a content script, and how it looks in a bundle. */
const APIS: Record<string, RegExp> = {
  fetch: /\bfetch\s*\(/g,
  XMLHttpRequest: /\bXMLHttpRequest\b/g,
  WebSocket: /\bWebSocket\b/g,
  EventSource: /\bEventSource\b/g,
  sendBeacon: /\bsendBeacon\b/g,
  RTCPeerConnection: /RTCPeerConnection\b/g,
  WebTransport: /\bWebTransport\b/g,
  importScripts: /\bimportScripts\s*\(/g,
  'new Image': /\bnew\s+Image\s*\(/g,
  // Not network, but data leaving the browser all the same (to a program on the computer).
  'native messaging': /\b(?:connectNative|sendNativeMessage)\b/g,
  // Any URL at all: a request target has to be written somewhere. Up to a quote, space, `${` or `)`.
  URL: /\b(?:https?|wss?|ftp):\/\/[^\s`'"$\\)]*/gi,
};

interface Allowed {
  /** Which built files (path relative to the build folder) may hold it. */
  files: RegExp;
  api: keyof typeof APIS;
  /** The exact text; the hit must lie wholly inside an occurrence of it (for a URL: the URL itself, exactly). */
  snippet: string;
  why: string;
}

/** React and zod are bundled into the checker (the in-page UI) and into the pages' shared chunk. */
const LIBRARIES = /^(?:checker\.js|chunks\/[\w-]+\.js)$/;
const XML_NAMESPACE = 'an XML namespace name (React DOM passes it to createElementNS/setAttributeNS); never loaded';
const JSON_SCHEMA = "zod's toJSONSchema writes it as the `$schema` identifier of a schema it outputs; never loaded (and never called here)";

const ALLOWED: Allowed[] = [
  { files: LIBRARIES, api: 'URL', snippet: 'https://react.dev/errors/', why: "React's minified-error message text: the error code is appended to this docs address, which is shown, never fetched" },
  { files: LIBRARIES, api: 'URL', snippet: 'http://www.w3.org/2000/svg', why: XML_NAMESPACE },
  { files: LIBRARIES, api: 'URL', snippet: 'http://www.w3.org/1998/Math/MathML', why: XML_NAMESPACE },
  { files: LIBRARIES, api: 'URL', snippet: 'http://www.w3.org/1999/xlink', why: XML_NAMESPACE },
  { files: LIBRARIES, api: 'URL', snippet: 'http://www.w3.org/XML/1998/namespace', why: XML_NAMESPACE },
  { files: LIBRARIES, api: 'URL', snippet: 'http://json-schema.org/draft-04/schema#', why: JSON_SCHEMA },
  { files: LIBRARIES, api: 'URL', snippet: 'http://json-schema.org/draft-07/schema#', why: JSON_SCHEMA },
  { files: LIBRARIES, api: 'URL', snippet: 'https://json-schema.org/draft/2020-12/schema', why: JSON_SCHEMA },
  {
    files: LIBRARIES,
    api: 'URL',
    snippet: 'http://[',
    why: "zod's IPv6 check: `new URL(`http://[${value}]`)` only parses the string to see whether it is a valid address",
  },
  // The content script's own match patterns (src/sites/matches.ts), used to pick the site adapter; a pattern with a
  // `*` is not even a fetchable address.
  ...SITE_MATCHES.map((pattern): Allowed => ({
    files: /^content-scripts\/content\.js$/,
    api: 'URL',
    snippet: pattern,
    why: 'a match pattern naming a site the content script runs on, not a request',
  })),
];

interface Hit {
  build: string;
  file: string;
  api: string;
  start: number;
  end: number;
  text: string;
  context: string;
}

const SCANNED = /\.(?:js|mjs|html|css)$/;
const BUILDS = { chrome: EXTENSION_DIR, firefox: FIREFOX_EXTENSION_DIR };

/** Every scanned file of a build, read at once (other test runs share .output/ and may rebuild it meanwhile). */
function readBuild(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !SCANNED.test(e.name)) continue;
    const path = join(e.parentPath, e.name);
    files.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return files;
}

function hitsIn(build: string, file: string, text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [api, pattern] of Object.entries(APIS)) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      hits.push({ build, file, api, start, end, text: m[0], context: text.slice(Math.max(0, start - 60), end + 60) });
    }
  }
  return hits;
}

/** The allow-list entry covering a hit: same API, a file it names, and an occurrence of its snippet around the hit. */
function coveredBy(hit: Hit, source: string): Allowed | undefined {
  return ALLOWED.find((a) => {
    if (a.api !== hit.api || !a.files.test(hit.file)) return false;
    // Occurrences of the snippet that could contain the hit start within snippet.length before it.
    const from = Math.max(0, hit.end - a.snippet.length);
    for (let at = source.indexOf(a.snippet, from); at !== -1 && at <= hit.start; at = source.indexOf(a.snippet, at + 1)) {
      if (at + a.snippet.length >= hit.end) return true;
    }
    return false;
  });
}

const builds = new Map<string, Map<string, string>>();

beforeAll(async () => {
  // Built when missing or older than its inputs, as test/manifest.test.ts does.
  await buildExtension();
  if (existsSync(EXTENSION_ERROR)) throw new Error(readFileSync(EXTENSION_ERROR, 'utf8'));
  await buildFirefoxExtension();
  for (const [name, dir] of Object.entries(BUILDS)) builds.set(name, readBuild(dir));
}, 180_000);

describe('the built bundles make no network request', () => {
  it('scans every script of both builds (the scan is not looking at an empty folder)', () => {
    for (const [name, files] of builds) {
      const scripts = [...files.keys()].filter((f) => f.endsWith('.js'));
      expect(scripts, name).toEqual(expect.arrayContaining(['background.js', 'checker.js', 'content-scripts/content.js']));
      expect(scripts.some((f) => f.startsWith('chunks/')), `${name}: the pages' chunks`).toBe(true);
    }
  });

  it('holds no network API and no URL beyond the allow-list', () => {
    const unexplained: string[] = [];
    for (const [build, files] of builds) {
      for (const [file, text] of files) {
        for (const hit of hitsIn(build, file, text)) {
          if (!coveredBy(hit, text)) unexplained.push(`${build}/${file}: ${hit.api} ${JSON.stringify(hit.text)} in …${hit.context}…`);
        }
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('every allow-list entry is still needed (a stale entry would hide the next real hit)', () => {
    const used = new Set<Allowed>();
    for (const [build, files] of builds) {
      for (const [file, text] of files) {
        for (const hit of hitsIn(build, file, text)) {
          const entry = coveredBy(hit, text);
          if (entry) used.add(entry);
        }
      }
    }
    expect(ALLOWED.filter((a) => !used.has(a)).map((a) => `${a.api} ${a.snippet}`)).toEqual([]);
  });

  it('the scan finds what it looks for (a fetch, a beacon and an unlisted URL are all caught)', () => {
    const sample = 'fetch("https://example.org/x");navigator.sendBeacon(u,d);new WebSocket(w);const i=new Image();';
    const found = hitsIn('sample', 'checker.js', sample).filter((h) => !coveredBy(h, sample)).map((h) => `${h.api} ${h.text}`);
    expect(found.sort()).toEqual(['URL https://example.org/x', 'WebSocket WebSocket', 'fetch fetch(', 'new Image new Image(', 'sendBeacon sendBeacon'].sort());
    // An allowed URL with more after it is a different URL, and is caught.
    const longer = 'x=`https://react.dev/errors/track?id=1`';
    expect(hitsIn('sample', 'checker.js', longer).filter((h) => !coveredBy(h, longer))).toHaveLength(1);
  });
});
