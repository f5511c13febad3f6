import { createChecker } from '../src/content/checker.ts';
import { extensionSource } from '../src/content/extension-source.ts';
import { offerChecker } from '../src/content/handoff.ts';

// The checker bundle (engine, NLP, policy packs, UI), loaded by the content script on first focus of a compose box.
export default defineUnlistedScript(() => {
  offerChecker((doc, adapter) => createChecker(doc, adapter, extensionSource));
});
