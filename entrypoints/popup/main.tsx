import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { VALIDATORS } from '../../src/content/validators.ts';
import { builtinPack } from '../../src/policy/builtin.ts';
import type { Settings } from '../../src/settings/settings.ts';
import { watchSettings } from '../../src/settings/storage.ts';
import { Popup } from '../../src/ui/popup/Popup.tsx';
import { parseTabStatus, sessionWarningsOf, STATUS_REQUEST, type TabStatus } from '../../src/ui/popup/status.ts';

// Thin wiring: asks the active tab's content script what it is doing, and reads the session's warning count and the
// rejected settings from storage.

/** The chosen policy's title (the settings merge has checked that the id names a pack). */
function chosenTitle(settings: Settings): string | undefined {
  const custom = settings.customPolicyPacks.find((p) => (p as { id?: unknown }).id === settings.policyPack) as { title?: unknown } | undefined;
  const title = custom ? custom.title : builtinPack(settings.policyPack)?.title;
  return typeof title === 'string' ? title : undefined;
}

/** How long to wait for the content script; a tab without one answers at once with an error. */
const ASK_TIMEOUT_MS = 1500;

async function askActiveTab(): Promise<TabStatus | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const answer = await Promise.race([
      browser.tabs.sendMessage(tab.id, STATUS_REQUEST),
      new Promise((resolve) => setTimeout(resolve, ASK_TIMEOUT_MS, null)),
    ]);
    return parseTabStatus(answer);
  } catch {
    // No content script in the tab (any page but the three sites): nothing is checking it.
    return null;
  }
}

function PopupApp() {
  const [tab, setTab] = useState<TabStatus | null | undefined>(undefined);
  const [sessionWarnings, setSessionWarnings] = useState(0);
  const [rejected, setRejected] = useState(0);
  const [packTitle, setPackTitle] = useState<string | undefined>(undefined);

  useEffect(() => {
    void askActiveTab().then(setTab);
    const readWarnings = () => void browser.storage.local.get('sessionWarnings').then((v) => setSessionWarnings(sessionWarningsOf(v.sessionWarnings)));
    readWarnings();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'sessionWarnings' in changes) readWarnings();
    };
    browser.storage.onChanged.addListener(onChanged);
    const stop = watchSettings(VALIDATORS, (settings) => {
      setRejected(settings.problems.length);
      // The policy the checker will use, for a tab that has not started checking yet.
      setPackTitle(chosenTitle(settings));
    });
    return () => {
      stop();
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const openSettings = (section?: string) => {
    const done = section
      ? browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` })
      : browser.runtime.openOptionsPage();
    // The popup closes itself once the page is open (as the browser's own popups do).
    void Promise.resolve(done).then(() => window.close());
  };

  const openTraining = () => void browser.tabs.create({ url: browser.runtime.getURL('/training.html') }).then(() => window.close());

  return (
    <Popup tab={tab} packTitle={packTitle} sessionWarnings={sessionWarnings} rejected={rejected} onOpenSettings={openSettings} onOpenTraining={openTraining} />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
