import { z } from '../engine/zod.ts';
import { InputError } from '../engine/errors.ts';
import { SchoolProfileSchema, zodProblems, type SchoolProfile } from '../engine/school-profile.ts';

// The extension's settings: what school IT set (managed storage, from Google Admin, Intune, group policy or Firefox's
// policies.json), what staff set on the device (local storage), and the defaults. Each field is read on its own, so a
// bad value is reported (which field, why) and ignored, never the whole configuration.

export const OVERRIDES = ['allow', 'reason', 'block'] as const;
export type Override = (typeof OVERRIDES)[number];

/** The sites, by the ids IT uses in `enabledSites` (the site adapters' ids; a test keeps the two lists equal). */
export const SITES = ['facebook', 'x', 'linkedin'] as const;
export type Site = (typeof SITES)[number];

/** Validation that needs the layers beside this one (policy packs, hashed rosters), passed in by the caller. */
export interface Validators {
  /** A custom policy pack (parsed JSON): its id, or an InputError naming what is wrong. */
  pack(value: unknown, source: string): { id: string };
  /** Whether a pack id names a built-in pack. */
  builtinPack(id: string): boolean;
  /** A hashed roster object: returned as is when valid, or an InputError. */
  roster(value: unknown, source: string): unknown;
  /** Throws when the chosen pack cannot be built (its `extends` names a pack nobody has, or goes round in a cycle). */
  resolves(policyPack: string, customPolicyPacks: readonly unknown[]): void;
}

export interface SettingsValues {
  /** The policy pack to cite: a built-in pack id or the id of one of `customPolicyPacks`. */
  policyPack: string;
  /** The school's own packs (each validated by the pack schema); a bad one is reported and left out. */
  customPolicyPacks: unknown[];
  /** The school profile (name, aliases, URN, DfE number, email domains, postcode). */
  school: SchoolProfile | null;
  /** The pupil roster, hashed (`postcheck roster hash`); never a plain list of names. */
  roster: unknown;
  /** "Post anyway" for findings the policy marks `stop`: offered, offered with a typed reason, or not offered. */
  override: Override;
  /** Where checking runs. */
  enabledSites: Site[];
  /** Staff cannot change anything, and what they set before no longer applies. */
  lockSettings: boolean;
  /** Words the user chose to always allow (kept on the device; never from IT). */
  allowWords: string[];
}

export type SettingKey = keyof SettingsValues;

export interface SettingsProblem {
  source: 'managed' | 'local';
  field: string;
  problem: string;
}

export interface Settings extends SettingsValues {
  /** The fields school IT set, shown read-only with "Set by your school's IT". */
  managed: ReadonlySet<SettingKey>;
  /** Values that were rejected, with why: shown in the options page and the popup. */
  problems: SettingsProblem[];
}

export const DEFAULTS: SettingsValues = {
  policyPack: 'baseline',
  customPolicyPacks: [],
  school: null,
  roster: null,
  override: 'allow',
  enabledSites: [...SITES],
  lockSettings: false,
  allowWords: [],
};

/** The keys IT can set, in the order the docs list them. `allowWords` is personal: IT cannot set it. */
export const MANAGED_KEYS = ['policyPack', 'customPolicyPacks', 'school', 'roster', 'override', 'enabledSites', 'lockSettings'] as const;

const PACK_ID = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a pack id such as "owls-academy-trust"');
const SIMPLE = {
  override: z.enum(OVERRIDES, { error: `must be one of ${OVERRIDES.map((o) => `"${o}"`).join(', ')}` }),
  enabledSites: z.array(z.enum(SITES, { error: `must list sites from ${SITES.map((s) => `"${s}"`).join(', ')}` })),
  lockSettings: z.boolean({ error: 'must be true or false' }),
  allowWords: z.array(z.string().trim().min(1).max(200)).max(1000),
} as const;

const message = (e: unknown) =>
  e instanceof InputError ? e.problems.map((p) => `${p.field ? `${p.field}: ` : ''}${p.problem}`).join('; ') : e instanceof Error ? e.message : String(e);

/** A pack may come as a JSON object or as JSON text (what a policy console's string field holds). */
function packValue(item: unknown): unknown {
  if (typeof item !== 'string') return item;
  return JSON.parse(item.replace(/^\uFEFF/, '')) as unknown;
}

/** Managed over local over defaults, field by field. */
export function mergeSettings(managed: Record<string, unknown>, local: Record<string, unknown>, validate: Validators): Settings {
  const result: Settings = { ...DEFAULTS, enabledSites: [...DEFAULTS.enabledSites], managed: new Set(), problems: [] };
  const problem = (source: SettingsProblem['source'], field: string, text: string) => result.problems.push({ source, field, problem: text });
  const set = <K extends SettingKey>(source: SettingsProblem['source'], key: K, value: SettingsValues[K]) => {
    (result as SettingsValues)[key] = value;
    if (source === 'managed') (result.managed as Set<SettingKey>).add(key);
  };

  const take = (source: SettingsProblem['source'], values: Record<string, unknown>) => {
    const mine = (key: SettingKey) => values[key] !== undefined && !(source === 'local' && result.managed.has(key));
    for (const key of ['override', 'enabledSites', 'lockSettings'] as const) {
      if (!mine(key)) continue;
      const parsed = SIMPLE[key].safeParse(values[key]);
      if (parsed.success) set(source, key, parsed.data as never);
      else problem(source, key, parsed.error.issues[0]?.message ?? 'is not valid');
    }
    if (source === 'local' && mine('allowWords')) {
      const parsed = SIMPLE.allowWords.safeParse(values.allowWords);
      if (parsed.success) set(source, 'allowWords', parsed.data);
      else problem(source, 'allowWords', parsed.error.issues[0]?.message ?? 'is not valid');
    }
    if (mine('school')) {
      const parsed = SchoolProfileSchema.safeParse(values.school);
      if (parsed.success) set(source, 'school', parsed.data);
      else problem(source, 'school', zodProblems(parsed.error).map((p) => (p.field ? `${p.field}: ${p.problem}` : p.problem)).join('; '));
    }
    if (mine('roster')) {
      try {
        set(source, 'roster', validate.roster(values.roster, 'roster'));
      } catch (e) {
        problem(source, 'roster', message(e));
      }
    }
    if (mine('customPolicyPacks')) {
      const items = Array.isArray(values.customPolicyPacks) ? values.customPolicyPacks : null;
      if (!items) problem(source, 'customPolicyPacks', 'must be a list of policy packs');
      else {
        // Each pack on its own: one bad pack is reported and left out, the others apply.
        const packs: unknown[] = [];
        items.forEach((item, i) => {
          try {
            const value = packValue(item);
            const { id } = validate.pack(value, `customPolicyPacks[${i}]`);
            // It would stand in for the built-in pack wherever that is named (as the policy, or as a parent), so a
            // policy checked against the built-in pack could stop resolving.
            if (validate.builtinPack(id)) throw new Error(`"${id}" is the id of a built-in policy: give the pack an id of its own`);
            packs.push(value);
          } catch (e) {
            problem(source, `customPolicyPacks[${i}]`, message(e));
          }
        });
        set(source, 'customPolicyPacks', packs);
      }
    }
    if (mine('policyPack')) {
      const parsed = PACK_ID.safeParse(values.policyPack);
      const id = parsed.success ? parsed.data : null;
      const custom = (p: unknown) => (p as { id?: unknown }).id === id;
      if (!id) problem(source, 'policyPack', parsed.error?.issues[0]?.message ?? 'is not valid');
      else if (!validate.builtinPack(id) && !result.customPolicyPacks.some(custom)) problem(source, 'policyPack', `no policy pack has the id "${id}"`);
      else {
        try {
          validate.resolves(id, result.customPolicyPacks);
          set(source, 'policyPack', id);
        } catch (e) {
          problem(source, 'policyPack', message(e));
        }
      }
    }
  };

  take('managed', managed);
  // Locked by IT: what staff set on the device (allowed words included) no longer applies.
  if (!result.lockSettings) take('local', local);
  return result;
}

/** Whether staff may change a field: not when IT set it, and nothing when IT locked settings. */
export function canChange(settings: Settings, key: SettingKey): boolean {
  return !settings.lockSettings && !settings.managed.has(key);
}
