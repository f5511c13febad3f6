import { browser } from 'wxt/browser';
import { mergeSettings, type Settings, type Validators } from './settings.ts';

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

/**
 * Calls `onChange` with the merged settings once both areas have been read, and again whenever either changes (IT's
 * changes apply without a browser restart). The first call waits for managed storage, which can take seconds right
 * after the browser starts: until then the caller must not act on defaults that IT may have overridden.
 */
export function watchSettings(validate: Validators, onChange: (settings: Settings) => void): () => void {
  let managed: Values = {};
  let local: Values = {};
  let started = false;
  const emit = () => {
    if (started) onChange(mergeSettings(managed, local, validate));
  };
  void Promise.all([read('managed'), read('local')]).then(([m, l]) => {
    managed = m;
    local = l;
    started = true;
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

/** Saves a setting staff chose on this device (the options page checks `canChange` first). */
export async function setLocalSetting(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

/** Removes a setting staff chose, so the default (or IT's value) applies again. */
export async function clearLocalSetting(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}
