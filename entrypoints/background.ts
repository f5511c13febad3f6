// Thin wiring: the welcome on first install, and the per-session warning count the popup shows (a number only).
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
  // "This session" is this browser session: the count starts again whenever the browser starts.
  browser.runtime.onStartup.addListener(() => void browser.storage.local.set({ sessionWarnings: 0 }));
});
