import type { SiteAdapter } from '../sites/adapter.ts';
import type { Checker } from './boot.ts';

// How the lazily loaded checker bundle hands its factory to the content script. Both run in the extension's isolated
// world, which the page cannot see, so a registry symbol on that world's global is private to us.

export type CreateChecker = (doc: Document, adapter: SiteAdapter) => Checker;

const KEY = Symbol.for('postcheck.createChecker');

export function offerChecker(create: CreateChecker): void {
  (globalThis as Record<symbol, unknown>)[KEY] = create;
}

export function takeChecker(): CreateChecker {
  const create = (globalThis as Record<symbol, unknown>)[KEY];
  if (typeof create !== 'function') throw new Error('the checker bundle loaded but did not register itself');
  return create as CreateChecker;
}
