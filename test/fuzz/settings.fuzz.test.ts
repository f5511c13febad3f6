// The settings merge with the real validators, for managed (school IT) and local (staff) values of any shape: it
// never throws, every rejected value is a problem naming its field, each field comes whole from one place, and what
// it accepts is valid together (the checker can build its pack and context from it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFrom, packFrom } from '../../src/content/policy-from-settings.ts';
import { VALIDATORS } from '../../src/content/validators.ts';
import { deriveRosterKey, hashRoster, parseHashedRoster } from '../../src/engine/roster/hashed.ts';
import { parseRosterCsv } from '../../src/engine/roster/parse.ts';
import { parseSchoolProfile } from '../../src/engine/school-profile.ts';
import { builtinPacks } from '../../src/policy/builtin.ts';
import { parsePack } from '../../src/policy/load.ts';
import { DEFAULTS, mergeSettings, OVERRIDES, SITES, type SettingKey, type Settings, type SettingsValues } from '../../src/settings/settings.ts';
import { repoFile } from './files.ts';
import { damagedText, damagedValue, oddValue } from './mutate.ts';
import { attempt } from './outcome.ts';

const KEYS = Object.keys(DEFAULTS) as SettingKey[];
const ROSTER = hashRoster(parseRosterCsv(repoFile('examples/roster.csv')), deriveRosterKey('fuzz'));
const SCHOOL = JSON.parse(repoFile('examples/school.json')) as unknown;
const CLAUSE = { id: '1.1', section: 'Conduct', quote: 'Staff must not name pupils.', signals: ['pupil.name'], severity: 'stop', guidance: 'Leave names out.' };
const PACK = { id: 'oakwood-primary', organisation: 'Oakwood Primary School', title: 'Social Media Policy', extends: 'baseline', clauses: [CLAUSE] };

// Ids that collide with built-in packs, with each other, and that are not ids at all.
const packId = fc.constantFrom('baseline', 'owls-academy-trust', 'oakwood-primary', 'oakwood-juniors', 'Oakwood Primary', '');
const schoolPackId = fc.constantFrom('oakwood-primary', 'oakwood-juniors');
const pack = fc.record(
  {
    id: fc.oneof({ weight: 3, arbitrary: schoolPackId }, { weight: 1, arbitrary: packId }),
    organisation: fc.constant('Oakwood Primary School'),
    title: fc.constant('Social Media Policy'),
    extends: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('baseline', 'owls-academy-trust', 'oakwood-primary', 'oakwood-juniors') }, { weight: 1, arbitrary: fc.constantFrom('nowhere', 'Oakwood Primary', '') }),
    clauses: fc.oneof({ weight: 3, arbitrary: fc.constant([CLAUSE]) }, { weight: 1, arbitrary: fc.constant([]) }),
  },
  { requiredKeys: ['id', 'organisation', 'title'] },
);
// As IT or the options page would store a pack: an object, JSON text (with a BOM, or damaged), or something else.
const packItem = fc.oneof(
  pack,
  pack.map((p) => JSON.stringify(p)),
  pack.map((p) => `\uFEFF${JSON.stringify(p)}`),
  damagedText([JSON.stringify(PACK)]),
  damagedValue([PACK]),
  oddValue,
);

const value = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: oddValue }, { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }) });
const layer = fc
  .record(
    {
      policyPack: value(fc.oneof(packId, schoolPackId)),
      customPolicyPacks: value(fc.array(packItem, { maxLength: 4 })),
      school: value(fc.oneof(fc.constant(SCHOOL), damagedValue([SCHOOL]))),
      roster: value(fc.oneof(fc.constant(ROSTER), damagedValue([ROSTER]), fc.constant(JSON.stringify(ROSTER)))),
      override: value(fc.constantFrom(...OVERRIDES)),
      enabledSites: value(fc.subarray([...SITES, 'myspace'])),
      lockSettings: value(fc.boolean()),
      allowWords: value(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '  ', 'x'.repeat(201))), { maxLength: 4 })),
    },
    { requiredKeys: [] },
  )
  .chain((known) => fc.dictionary(fc.string({ maxLength: 8 }), oddValue, { maxKeys: 2 }).map((extra) => ({ ...extra, ...known }) as Record<string, unknown>));

const valuesOf = (s: Settings): SettingsValues => {
  const { managed: _m, problems: _p, ...values } = s;
  return values;
};

/** How the merge reads a pack item, worked out independently: the parsed pack, or null for one it must reject. */
function acceptedPack(item: unknown): unknown {
  let raw = item;
  if (typeof item === 'string') {
    try {
      raw = JSON.parse(item.replace(/^\uFEFF/, ''));
    } catch {
      return null;
    }
  }
  const got = attempt(() => parsePack(raw, 'pack'));
  // A school's pack may not take a built-in pack's id: it would stand in for that pack wherever it is named.
  return got.value && !builtinPacks().has(got.value.id) ? raw : null;
}

function check(managed: Record<string, unknown>, local: Record<string, unknown>) {
  const s = mergeSettings(managed, local, VALIDATORS);
  const itOnly = mergeSettings(managed, {}, VALIDATORS);
  // Locked by IT (staff may store lockSettings too, but only IT's locks anything away).
  const locked = itOnly.lockSettings;

  // Every problem names a field that was given, in a layer that was read.
  for (const p of s.problems) {
    const values = p.source === 'managed' ? managed : local;
    const field = p.field.replace(/\[\d+\]$/, '') as SettingKey;
    expect(KEYS).toContain(field);
    expect(values[field]).not.toBeUndefined();
    if (p.field !== field) expect(Number(/\[(\d+)\]$/.exec(p.field)![1])).toBeLessThan((values[field] as unknown[]).length);
    if (p.source === 'local') expect(locked || s.managed.has(field)).toBe(false);
    expect(p.problem.trim()).not.toBe('');
    expect(p.problem).not.toMatch(/\[object \w+\]/);
  }

  // Each field is whole and valid.
  expect(OVERRIDES).toContain(s.override);
  for (const site of s.enabledSites) expect(SITES).toContain(site);
  expect(typeof s.lockSettings).toBe('boolean');
  for (const w of s.allowWords) expect(typeof w === 'string' && w.trim().length > 0 && w.length <= 200).toBe(true);
  if (s.school !== null) expect(parseSchoolProfile(s.school)).toEqual(s.school);
  if (s.roster !== null) {
    expect(parseHashedRoster(s.roster)).toEqual(s.roster);
    expect([managed.roster, local.roster]).toContainEqual(s.roster);
  }
  for (const p of s.customPolicyPacks) expect(acceptedPack(p)).not.toBeNull();
  // Valid together: the checker builds its pack and its context from exactly these settings.
  expect(packFrom(s).id).toBe(s.policyPack);
  contextFrom(s);

  // A field set by IT is IT's value, whatever staff set; locked settings take nothing from staff.
  for (const key of s.managed) expect(s[key]).toEqual(itOnly[key]);
  if (locked) expect(s).toEqual(itOnly);

  // Custom packs: exactly the good ones, in order, from the one layer that set them; each bad one is a problem.
  const from = s.managed.has('customPolicyPacks') ? managed : !locked && local.customPolicyPacks !== undefined ? local : null;
  const source = from === managed ? 'managed' : 'local';
  if (from && Array.isArray(from.customPolicyPacks)) {
    const items = from.customPolicyPacks as unknown[];
    const accepted = items.map(acceptedPack);
    expect(s.customPolicyPacks).toEqual(accepted.filter((p) => p !== null));
    const bad = accepted.flatMap((p, i) => (p === null ? [`customPolicyPacks[${i}]`] : []));
    expect(s.problems.filter((p) => p.source === source && p.field.startsWith('customPolicyPacks[')).map((p) => p.field)).toEqual(bad);
  } else if (!from) expect(s.customPolicyPacks).toEqual([]);

  // What was accepted, given back as staff settings, is accepted again, unchanged and without a problem.
  const again = Object.fromEntries(Object.entries(valuesOf(s)).filter(([, v]) => v !== null));
  const second = mergeSettings({}, again, VALIDATORS);
  expect(second.problems).toEqual([]);
  expect(valuesOf(second)).toEqual(valuesOf(s));
}

describe('mergeSettings with any managed and local values', () => {
  it('never throws, reports each rejected field, applies each accepted one whole and valid', () => {
    fc.assert(fc.property(layer, layer, check), { numRuns: 500 });
  });

  it('only custom packs and a policy choice (collisions, cycles, missing parents)', () => {
    const packs = fc.record({ customPolicyPacks: fc.array(fc.oneof(pack, pack.map((p) => JSON.stringify(p))), { maxLength: 4 }), policyPack: fc.oneof(packId, schoolPackId) }, { requiredKeys: [] });
    fc.assert(fc.property(packs, packs, check), { numRuns: 500 });
  });
});
