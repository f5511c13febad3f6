import { describe, expect, it } from 'vitest';
import { DEFAULTS, canChange, mergeSettings } from './settings.ts';

const known = (id: string) => ['baseline', 'owls-academy-trust'].includes(id);

describe('settings merge', () => {
  it('defaults when nothing is set', () => {
    const s = mergeSettings({}, {}, known);
    expect({ policyPack: s.policyPack, override: s.override, lockSettings: s.lockSettings, allowWords: s.allowWords }).toEqual(DEFAULTS);
    expect(s.problems).toEqual([]);
  });

  it('managed wins over local, field by field', () => {
    const s = mergeSettings({ policyPack: 'owls-academy-trust' }, { policyPack: 'baseline', allowWords: ['damn'] }, known);
    expect(s.policyPack).toBe('owls-academy-trust');
    expect(s.allowWords).toEqual(['damn']);
    expect([...s.managed]).toEqual(['policyPack']);
    expect(canChange(s, 'policyPack')).toBe(false);
    expect(canChange(s, 'allowWords')).toBe(true);
  });

  it('a malformed value is reported and ignored; the rest applies', () => {
    const s = mergeSettings({ override: 'sometimes', lockSettings: true, policyPack: 'no-such-pack' }, {}, known);
    expect(s.override).toBe('allow');
    expect(s.lockSettings).toBe(true);
    expect(s.policyPack).toBe('baseline');
    expect(s.problems.map((p) => p.field).sort()).toEqual(['override', 'policyPack']);
    expect(s.problems.find((p) => p.field === 'policyPack')?.problem).toContain('no-such-pack');
  });

  it('locked settings: nothing can be changed, and words staff allowed before no longer apply', () => {
    const s = mergeSettings({ lockSettings: true }, { allowWords: ['x'], policyPack: 'owls-academy-trust' }, known);
    expect(canChange(s, 'allowWords')).toBe(false);
    expect(s.allowWords).toEqual([]);
    expect(s.policyPack).toBe('baseline');
  });
});
