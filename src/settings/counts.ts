import { browser } from 'wxt/browser';

// How many times the pre-post dialog was shown this browser session: a number, never what was in the post.
export async function countWarning(): Promise<void> {
  const { sessionWarnings } = (await browser.storage.local.get('sessionWarnings')) as { sessionWarnings?: unknown };
  await browser.storage.local.set({ sessionWarnings: (typeof sessionWarnings === 'number' ? sessionWarnings : 0) + 1 });
}
