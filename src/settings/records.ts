import { browser } from 'wxt/browser';

// What the extension keeps about warnings, on the device only: how many this browser session (a number), and the
// reasons staff gave for posting anyway when their school asks for one (date, rule, reason — never the post).

export async function countWarning(): Promise<void> {
  const { sessionWarnings } = (await browser.storage.local.get('sessionWarnings')) as { sessionWarnings?: unknown };
  await browser.storage.local.set({ sessionWarnings: (typeof sessionWarnings === 'number' ? sessionWarnings : 0) + 1 });
}

export interface OverrideRecord {
  at: string;
  packId: string;
  clauseIds: string[];
  reason: string;
}

/** The most reasons kept: the oldest go first. */
export const MAX_OVERRIDE_RECORDS = 100;

export async function recordOverride(record: OverrideRecord): Promise<void> {
  const { overrideReasons } = (await browser.storage.local.get('overrideReasons')) as { overrideReasons?: unknown };
  const kept = Array.isArray(overrideReasons) ? (overrideReasons as OverrideRecord[]) : [];
  await browser.storage.local.set({ overrideReasons: [...kept, record].slice(-MAX_OVERRIDE_RECORDS) });
}
