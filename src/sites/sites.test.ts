import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from './adapter.ts';
import { SITE_MATCHES } from './matches.ts';
import { ADAPTERS, adapterFor } from './sites.ts';

const matchedHosts = SITE_MATCHES.map((m) => new URL(m.replace('/*', '/')).hostname);

describe('site adapters', () => {
  it('one adapter per site, each in its own file', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...SITE_IDS].sort());
    for (const a of ADAPTERS) expect(existsSync(new URL(`./${a.id}.ts`, import.meta.url))).toBe(true);
  });

  it('the content script runs where an adapter works, and nowhere else', () => {
    for (const host of matchedHosts) expect(adapterFor(host), host).not.toBeNull();
    for (const host of ['www.facebook.com', 'x.com', 'twitter.com', 'www.linkedin.com']) expect(matchedHosts).toContain(host);
    for (const pattern of SITE_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });

  it('other sites get no adapter', () => {
    expect(adapterFor('example.com')).toBeNull();
    expect(adapterFor('facebook.com.evil.example')).toBeNull();
  });
});
