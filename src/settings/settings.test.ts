import { describe, expect, it } from 'vitest';
import { InputError } from '../engine/errors.ts';
import { SITE_IDS } from '../sites/adapter.ts';
import { DEFAULTS, SITES, canChange, mergeSettings, type Validators } from './settings.ts';

// Validators standing in for the policy and roster layers: a pack needs an id and a title; a roster needs a format.
const validate: Validators = {
  builtinPack: (id) => ['baseline', 'owls-academy-trust'].includes(id),
  pack(value, source) {
    const v = value as { id?: unknown; title?: unknown };
    if (typeof v?.id !== 'string' || typeof v.title !== 'string') throw new InputError(source, [{ field: '$.title', problem: 'is missing' }]);
    return { id: v.id };
  },
  roster(value, source) {
    if ((value as { format?: unknown })?.format !== 'postcheck-roster/1') throw new InputError(source, [{ field: '$.format', problem: 'is not a hashed roster' }]);
    return value;
  },
  // The chosen custom pack cannot be built when it extends a pack nobody has.
  resolves(id, custom) {
    const pack = custom.find((p) => (p as { id?: unknown }).id === id) as { extends?: string } | undefined;
    if (pack?.extends === 'no-such-pack') throw new InputError(id, [{ field: '$.extends', problem: 'extends "no-such-pack", which is not a known pack' }]);
  },
};

const merge = (managed: Record<string, unknown>, local: Record<string, unknown> = {}) => mergeSettings(managed, local, validate);
const school = { name: 'Oakwood Primary School', urn: '123456' };

describe('settings: managed over local over defaults, field by field', () => {
  it('defaults when nothing is set', () => {
    const s = merge({});
    const { managed, problems, ...values } = s;
    expect(values).toEqual(DEFAULTS);
    expect(problems).toEqual([]);
    expect(managed.size).toBe(0);
  });

  it('the site ids are the site adapters\' ids', () => {
    expect([...SITES].sort()).toEqual([...SITE_IDS].sort());
  });

  it('managed wins over local, and is marked as set by IT', () => {
    const s = merge({ policyPack: 'owls-academy-trust', school }, { policyPack: 'baseline', allowWords: ['damn'], override: 'block' });
    expect(s.policyPack).toBe('owls-academy-trust');
    expect(s.school).toEqual(school);
    expect(s.allowWords).toEqual(['damn']);
    expect(s.override).toBe('block');
    expect([...s.managed].sort()).toEqual(['policyPack', 'school']);
    expect(canChange(s, 'policyPack')).toBe(false);
    expect(canChange(s, 'override')).toBe(true);
  });

  it('each malformed value is reported with its field and ignored; the rest applies', () => {
    const s = merge({ override: 'sometimes', lockSettings: true, policyPack: 'no-such-pack', enabledSites: ['facebook', 'myspace'], school: { name: '' }, roster: { names: ['Sam'] } });
    expect(s.lockSettings).toBe(true);
    expect(s.override).toBe('allow');
    expect(s.policyPack).toBe('baseline');
    expect(s.enabledSites).toEqual([...SITES]);
    expect(s.school).toBeNull();
    expect(s.roster).toBeNull();
    expect(s.problems.map((p) => p.field).sort()).toEqual(['enabledSites', 'override', 'policyPack', 'roster', 'school']);
    expect(s.problems.find((p) => p.field === 'policyPack')?.problem).toContain('no-such-pack');
    expect(s.problems.find((p) => p.field === 'school')?.problem).toContain('name');
    expect(s.problems.every((p) => p.source === 'managed')).toBe(true);
  });

  it('custom packs: each is checked on its own, as an object or as JSON text; the policy may name one', () => {
    const good = { id: 'oakwood-primary', title: 'Oakwood social media policy' };
    const s = merge({ customPolicyPacks: [good, '{"id": "bad-pack"}', JSON.stringify({ ...good, id: 'oakwood-two' }), '{not json'], policyPack: 'oakwood-two' });
    expect(s.customPolicyPacks.map((p) => (p as { id: string }).id)).toEqual(['oakwood-primary', 'oakwood-two']);
    expect(s.policyPack).toBe('oakwood-two');
    expect(s.problems.map((p) => p.field)).toEqual(['customPolicyPacks[1]', 'customPolicyPacks[3]']);
    expect(s.problems[0]?.problem).toContain('$.title');
  });

  it('a custom pack that extends a pack nobody has cannot be chosen: reported, and the default policy applies', () => {
    const s = merge({ customPolicyPacks: [{ id: 'oakwood-primary', title: 'T', extends: 'no-such-pack' }], policyPack: 'oakwood-primary' });
    expect(s.policyPack).toBe('baseline');
    expect(s.problems).toEqual([{ source: 'managed', field: 'policyPack', problem: expect.stringContaining('no-such-pack') }]);
  });

  // Found by test/fuzz/settings.fuzz.test.ts: staff's pack "baseline" replaced the default policy, which then no
  // longer resolved, and the checker could not start.
  it('a custom pack may not take a built-in pack\'s id', () => {
    const s = merge({}, { customPolicyPacks: [{ id: 'baseline', title: 'T', extends: 'no-such-pack' }, { id: 'oakwood-primary', title: 'T' }] });
    expect(s.customPolicyPacks.map((p) => (p as { id: string }).id)).toEqual(['oakwood-primary']);
    expect(s.policyPack).toBe('baseline');
    expect(s.problems).toEqual([{ source: 'local', field: 'customPolicyPacks[0]', problem: '"baseline" is the id of a built-in policy: give the pack an id of its own' }]);
  });

  it('a hashed roster is accepted; a list of names is not', () => {
    expect(merge({ roster: { format: 'postcheck-roster/1' } }).roster).toEqual({ format: 'postcheck-roster/1' });
    expect(merge({}, { roster: 'Sam Smith, Year 4' }).problems[0]).toMatchObject({ source: 'local', field: 'roster' });
  });

  it('IT cannot set the personal allow-list', () => {
    expect(merge({ allowWords: ['idiot'] }).allowWords).toEqual([]);
  });

  it('locked settings: nothing can be changed, and what staff set before no longer applies', () => {
    const s = merge({ lockSettings: true }, { allowWords: ['x'], policyPack: 'owls-academy-trust', enabledSites: [] });
    expect(canChange(s, 'allowWords')).toBe(false);
    expect(canChange(s, 'enabledSites')).toBe(false);
    expect(s.allowWords).toEqual([]);
    expect(s.policyPack).toBe('baseline');
    expect(s.enabledSites).toEqual([...SITES]);
  });
});
