// What the options page and the popup say, in one place: plain words for school staff.
import type { Override, SettingKey, Site } from '../../settings/settings.ts';
import type { ReadOnlyReason } from './types.ts';

export const MANAGED_TEXT = "Set by your school's IT";
export const LOCKED_TEXT = "Locked by your school's IT";
export const LOCK_NOTE = "Your school's IT has locked these settings: you can see them here, but not change them.";

export const readOnlyText = (reason: ReadOnlyReason) => (reason === 'managed' ? MANAGED_TEXT : LOCKED_TEXT);

/** In the order the page lists them (the settings' own order). */
export const SITE_NAMES: Record<Site, string> = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn' };

export const siteName = (id: string): string => (SITE_NAMES as Record<string, string>)[id] ?? id;

export const OVERRIDE_CHOICES: Record<Override, { label: string; hint: string }> = {
  allow: { label: 'Post anyway', hint: 'You see which rule it breaks, then you can still post.' },
  reason: { label: 'Post anyway with a reason', hint: 'You can still post, after typing why.' },
  block: { label: 'Not allowed', hint: 'The post cannot go out until you change it.' },
};

/** The settings' names in the words the page uses, for the list of rejected settings. */
const SETTING_NAMES: Record<SettingKey, string> = {
  policyPack: 'Policy',
  customPolicyPacks: "School's own policy packs",
  school: 'School profile',
  roster: 'Pupil roster',
  override: 'When a post breaches a rule',
  enabledSites: 'Sites',
  lockSettings: 'Lock settings',
  allowWords: 'Words you always allow',
};

/** "Policy (policyPack)", "School's own policy packs, pack 2 (customPolicyPacks[1])": plain words, then IT's key. */
export function settingName(field: string): string {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(field);
  const name = m ? (SETTING_NAMES as Record<string, string>)[m[1]!] : undefined;
  if (!m || !name) return field;
  return m[2] === undefined ? `${name} (${field})` : `${name}, pack ${Number(m[2]) + 1} (${field})`;
}
