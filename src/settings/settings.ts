import { z } from 'zod';

// The extension's settings: what school IT may set (managed storage), what staff set on the device (local storage),
// and the defaults. Each field is read on its own, so one bad value is reported and ignored, never the whole lot.

export const OVERRIDES = ['allow', 'reason', 'block'] as const;
export type Override = (typeof OVERRIDES)[number];

const FIELDS = {
  /** The policy pack to cite (a built-in pack id). */
  policyPack: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a pack id such as "owls-academy-trust"'),
  /** Whether "Post anyway" is offered for findings the policy marks `stop`. */
  override: z.enum(OVERRIDES),
  /** Staff cannot change what IT set, and cannot add to the allow-list. */
  lockSettings: z.boolean(),
  /** Words the user chose to always allow (kept on the device). */
  allowWords: z.array(z.string().trim().min(1).max(200)).max(1000),
} as const;

type Fields = { [K in keyof typeof FIELDS]: z.output<(typeof FIELDS)[K]> };
export type SettingKey = keyof Fields;

export interface Settings extends Fields {
  /** The fields school IT set, shown read-only. */
  managed: ReadonlySet<SettingKey>;
  /** Values that were rejected, with why: shown in the options page and popup. */
  problems: { source: 'managed' | 'local'; field: string; problem: string }[];
}

export const DEFAULTS: Fields = { policyPack: 'baseline', override: 'allow', lockSettings: false, allowWords: [] };

/** Managed over local over defaults, field by field. `knownPack` says whether a pack id exists. */
export function mergeSettings(managed: Record<string, unknown>, local: Record<string, unknown>, knownPack: (id: string) => boolean): Settings {
  const result: Settings = { ...DEFAULTS, managed: new Set(), problems: [] };
  const take = (source: 'managed' | 'local', values: Record<string, unknown>) => {
    for (const key of Object.keys(FIELDS) as SettingKey[]) {
      if (values[key] === undefined) continue;
      if (source === 'local' && result.managed.has(key)) continue;
      const parsed = FIELDS[key].safeParse(values[key]);
      if (!parsed.success) {
        result.problems.push({ source, field: key, problem: parsed.error.issues[0]?.message ?? 'is not valid' });
        continue;
      }
      if (key === 'policyPack' && !knownPack(parsed.data as string)) {
        result.problems.push({ source, field: key, problem: `no policy pack has the id "${String(parsed.data)}"` });
        continue;
      }
      (result as unknown as Record<string, unknown>)[key] = parsed.data;
      if (source === 'managed') (result.managed as Set<SettingKey>).add(key);
    }
  };
  take('managed', managed);
  // Locked by IT: what staff set on the device (allow-listed words included) no longer applies.
  if (!result.lockSettings) take('local', local);
  return result;
}

/** Whether staff may change a field: not when IT set it, and nothing when IT locked settings. */
export function canChange(settings: Settings, key: SettingKey): boolean {
  return !settings.lockSettings && !settings.managed.has(key);
}
