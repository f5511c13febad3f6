import { browser } from 'wxt/browser';
import { mergeSettings, type Settings } from './settings.ts';

// Reading and watching settings in browser storage. Managed storage can take seconds to answer after the browser
// starts (and does not exist in every browser): local settings are used at once and managed ones applied when they come.

type Values = Record<string, unknown>;

async function read(area: 'local' | 'managed'): Promise<Values> {
  try {
    return (await browser.storage[area].get()) as Values;
  } catch {
    // No managed storage (no policy set, or a browser without it): nothing set by IT.
    return {};
  }
}

export function watchSettings(knownPack: (id: string) => boolean, onChange: (settings: Settings) => void): () => void {
  let managed: Values = {};
  let local: Values = {};
  const emit = () => onChange(mergeSettings(managed, local, knownPack));
  void read('local').then((values) => {
    local = values;
    emit();
  });
  void read('managed').then((values) => {
    managed = values;
    emit();
  });
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'local' && area !== 'managed') return;
    void read(area).then((values) => {
      if (area === 'local') local = values;
      else managed = values;
      emit();
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Adds a word to the personal allow-list (the caller checks that settings are not locked). */
export async function allowWord(word: string): Promise<void> {
  const { allowWords } = (await browser.storage.local.get('allowWords')) as { allowWords?: unknown };
  const list = Array.isArray(allowWords) ? allowWords.filter((w): w is string => typeof w === 'string') : [];
  if (!list.includes(word)) await browser.storage.local.set({ allowWords: [...list, word] });
}

export async function removeAllowedWord(word: string): Promise<void> {
  const { allowWords } = (await browser.storage.local.get('allowWords')) as { allowWords?: unknown };
  const list = Array.isArray(allowWords) ? allowWords.filter((w): w is string => typeof w === 'string' && w !== word) : [];
  await browser.storage.local.set({ allowWords: list });
}
