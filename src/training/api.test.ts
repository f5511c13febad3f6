// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createTrainingApi } from './api.ts';

// The training page's own policy file: read in the page, checked like any pack, never kept.

const pack = (over: object = {}) =>
  JSON.stringify(
    {
      id: 'oakwood-primary',
      organisation: 'Oakwood Primary School',
      title: 'Social Media Policy',
      extends: 'baseline',
      clauses: [
        {
          id: '7.2',
          section: 'Pupils',
          quote: 'Never name a pupil online.',
          signals: ['pupil.name'],
          severity: 'stop',
          guidance: 'Leave names out.',
          consequence: 'A breach is a disciplinary matter.',
          examples: { flags: ['Well done Oliver Smith on your certificate!'], passes: ['Well done Year 6!'] },
        },
      ],
      ...over,
    },
    null,
    2,
  );

describe('training api', () => {
  it('lists the built-in packs, the baseline last', () => {
    const api = createTrainingApi(document, { policyPack: 'baseline', customPolicyPacks: [] });
    const ids = api.packs().map((p) => p.id);
    expect(ids).toContain('owls-academy-trust');
    expect(ids.at(-1)).toBe('baseline');
  });

  it("opens a school's own pack from a file: its clauses are cited and its plain examples become scenarios", () => {
    const api = createTrainingApi(document, { policyPack: 'baseline', customPolicyPacks: [] });
    expect(api.openPack(pack(), 'oakwood.json')).toBe('oakwood-primary');
    expect(api.packs()[0]).toEqual({ id: 'oakwood-primary', name: 'Social Media Policy, Oakwood Primary School' });
    const model = api.model('oakwood-primary');
    const own = model.scenarios.find((s) => s.id === '7.2/1')!;
    expect(own.by).toBe('A member of staff');
    expect(own.clause?.consequence).toBe('A breach is a disciplinary matter.');
    api.choosePack('oakwood-primary');
    expect(api.check('So proud of Grace Okafor today')[0]?.citations[0]?.clauseId).toBe('7.2');
  });

  it('refuses a broken file, naming the file and the line, and changes nothing', () => {
    const api = createTrainingApi(document, { policyPack: 'baseline', customPolicyPacks: [] });
    const before = api.packs();
    expect(() => api.openPack('{\n  "id": "x",\n  "title": \n}', 'ours.json')).toThrow(/^ours\.json:3: not valid JSON \(value expected\)/);
    expect(() => api.openPack(pack({ extends: 'no-such-pack' }), 'ours.json')).toThrow(/no-such-pack/);
    expect(() => api.openPack(pack({ id: 'owls-academy-trust' }), 'ours.json')).toThrow(/ours\.json.*"owls-academy-trust" is the id of a built-in policy/);
    expect(api.packs()).toEqual(before);
  });
});
