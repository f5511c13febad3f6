import { countWarning, recordOverride } from '../settings/records.ts';
import { allowWord, watchSettings } from '../settings/storage.ts';
import type { CheckerSource } from './source.ts';
import { VALIDATORS } from './validators.ts';

// The extension's checker source: settings from browser storage (school IT's managed values over the user's own),
// and the warning count, allow-list and override reasons kept in local storage.
export const extensionSource: CheckerSource = {
  watch: (onChange) => void watchSettings(VALIDATORS, onChange),
  checks: (settings, site) => (settings.enabledSites as readonly string[]).includes(site),
  allowWord,
  countWarning,
  recordOverride,
};
