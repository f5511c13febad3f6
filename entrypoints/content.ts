// Thin wiring: on the three sites, load the engine the first time a compose box gets focus (so pages that are only
// read pay nothing) and warm it up. Watching boxes, highlighting and the pre-post gate come with the site adapters.
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main() {
    const boot = async (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.isContentEditable) return;
      document.removeEventListener('focusin', boot, true);
      const { analyse } = await import('../src/engine/index.ts');
      analyse('warm up');
    };
    document.addEventListener('focusin', boot, true);
  },
});
