import { hashRoster, ROSTER_KEY_BYTES } from '../engine/roster/hashed.ts';
import type { CheckerSource } from '../content/source.ts';
import { DEFAULTS, type Override, type Settings } from '../settings/settings.ts';
import { DEMO_PUPILS, DEMO_SCHOOL } from './demo-school.ts';

// The training page's settings, in memory only: the pack the trainer chose, the invented school and roster, and
// whatever the room allow-lists during the session. Nothing here is stored, and closing the page forgets it.

export interface PageChoice {
  policyPack: string;
  /** The school's own packs: from the extension's settings, or a file the trainer opened (parsed JSON). */
  customPolicyPacks: unknown[];
  override: Override;
}

export interface PageSource extends CheckerSource {
  settings(): Settings;
  choose(change: Partial<PageChoice>): void;
  setTextScale(scale: number): void;
}

export function createPageSource(initial: PageChoice): PageSource {
  // Hashed like a school's roster (a fresh key per page), so the practice composers run exactly as on the sites.
  const roster = hashRoster(DEMO_PUPILS, crypto.getRandomValues(new Uint8Array(ROSTER_KEY_BYTES)));
  let current: Settings = {
    ...DEFAULTS,
    ...initial,
    school: DEMO_SCHOOL,
    roster,
    managed: new Set(),
    problems: [],
  };
  const watchers = new Set<(s: Settings) => void>();
  const scaleWatchers = new Set<(scale: number) => void>();
  let scale = 1;
  const emit = () => {
    for (const w of watchers) w(current);
  };

  return {
    settings: () => current,
    choose(change) {
      current = { ...current, ...change };
      emit();
    },
    setTextScale(next) {
      scale = next;
      for (const w of scaleWatchers) w(scale);
    },
    watch(onChange) {
      watchers.add(onChange);
      queueMicrotask(() => onChange(current));
    },
    watchTextScale(onChange) {
      scaleWatchers.add(onChange);
      onChange(scale);
    },
    checks: () => true,
    async allowWord(word) {
      if (!current.allowWords.includes(word)) current = { ...current, allowWords: [...current.allowWords, word] };
      emit();
    },
    // The page keeps no count and no reasons: a demonstration is not a warning anyone saw for real.
    countWarning: async () => {},
    recordOverride: async () => {},
  };
}
