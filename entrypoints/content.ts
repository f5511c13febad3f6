import { boot, type MessageEvents } from '../src/content/boot.ts';
import { takeChecker } from '../src/content/handoff.ts';
import { adapterFor } from '../src/sites/sites.ts';
import { SITE_MATCHES } from '../src/sites/matches.ts';

// Thin wiring. At document_start so the submit gate's window listeners are in place before the site's own. The heavy
// checker (engine, NLP, UI) is a separate file, imported the first time a compose box gets focus, so pages that are
// only read pay for a few listeners and nothing more.
/** After the extension is reloaded or updated, a content script left in an open page loses its runtime (no id). */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_start',
  main() {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const load = async () => {
      await import(/* @vite-ignore */ browser.runtime.getURL('/checker.js'));
      return takeChecker()(document, adapter);
    };
    boot(document, adapter, load, { messages: browser.runtime.onMessage as unknown as MessageEvents, alive: extensionAlive });
  },
});
