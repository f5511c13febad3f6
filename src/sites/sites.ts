import type { SiteAdapter } from './adapter.ts';
import { facebook } from './facebook.ts';
import { linkedin } from './linkedin.ts';
import { x } from './x.ts';

/** Every supported site. The content script's match patterns must cover their hosts (a test checks it). */
export const ADAPTERS: readonly SiteAdapter[] = [facebook, x, linkedin];

export function adapterFor(hostname: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.hosts.includes(hostname)) ?? null;
}
