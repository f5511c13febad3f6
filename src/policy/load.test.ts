import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types.ts';
import { cite } from './cite.ts';
import { parsePack, resolvePack } from './load.ts';
import type { Pack, PackInput } from './schema.ts';

type ClauseInput = NonNullable<PackInput['clauses']>[number];
const clause = (id: string, extra: Record<string, unknown> = {}): ClauseInput => ({
  id,
  section: 'Conduct',
  quote: `Quote of ${id}.`,
  signals: ['abuse.profanity'],
  severity: 'warning',
  guidance: 'Do not.',
  ...extra,
}) as ClauseInput;
const pack = (over: Partial<PackInput> = {}): Pack => parsePack({ id: 'trust', organisation: 'A Trust', title: 'Policy', clauses: [clause('1.1')], ...over });

function problems(value: unknown): string {
  try {
    parsePack(value, 'pack.json');
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the pack to be rejected');
}

describe('pack validation', () => {
  it.each([
    [{ clauses: [clause('1.1', { signals: ['abuse.swearing'] })] }, 'pack.json: $.clauses[0].signals[0]: unknown signal "abuse.swearing"'],
    [{ clauses: [clause('1.1'), clause('1.1')] }, 'pack.json: $.clauses[1].id: duplicate clause id "1.1" (also clauses[0])'],
    [{ clauses: [clause('1.1', { quote: undefined })] }, 'pack.json: $.clauses[0].quote: is missing'],
    [{ clauses: [clause('1.1', { quote: '  ' })] }, 'pack.json: $.clauses[0].quote: must not be empty'],
    [{ clauses: [clause('1.1', { severity: 'fatal' })] }, 'pack.json: $.clauses[0].severity:'],
    [{ clauses: [clause('1.1', { checkable: false, signals: [] })] }, 'pack.json: $.clauses[0].uncheckableReason: a clause that is not checkable needs the reason why'],
    [{ clauses: [clause('1.1', { signals: [] })] }, 'pack.json: $.clauses[0].signals: a checkable clause needs at least one signal'],
    [{ id: 'Our Trust' }, 'pack.json: $.id: must be lower-case words joined by hyphens'],
    [{ clauses: [], overrides: [{ id: '1.1', severity: 'stop' }] }, 'pack.json: $.overrides: overrides need "extends"'],
    [{ colour: 'red' }, 'pack.json: $: unknown field(s) "colour"'],
    // Found by test/fuzz/pack.fuzz.test.ts: quoting the bad signal back threw a TypeError for these.
    [{ clauses: [clause('1.1', { signals: [JSON.parse('{"toString": 1}')] })] }, 'pack.json: $.clauses[0].signals[0]: must be a signal name'],
    [{ clauses: [clause('1.1', { signals: [Object.create(null)] })] }, 'pack.json: $.clauses[0].signals[0]: must be a signal name'],
  ])('reports %j with its JSON path', (over, message) => {
    expect(problems({ id: 'trust', organisation: 'A Trust', title: 'Policy', clauses: [clause('1.1')], ...over })).toContain(message);
  });
});

describe('extends', () => {
  const trust = pack();
  const school = pack({
    id: 'school',
    extends: 'trust',
    clauses: [clause('S1', { signals: ['pupil.name'], severity: 'stop' })],
    overrides: [{ id: '1.1', severity: 'stop' }],
  });
  const lookup = (id: string) => ({ trust, school })[id];

  it("inherits the parent's clauses first, then its own, with overrides applied", () => {
    const full = resolvePack(school, lookup);
    expect(full.chain).toEqual(['school', 'trust']);
    expect(full.clauses.map((c) => [c.id, c.severity])).toEqual([['1.1', 'stop'], ['S1', 'stop']]);
  });

  it('replaces an inherited clause that it redefines, in place', () => {
    const redefined = pack({ id: 'school', extends: 'trust', clauses: [clause('1.1', { guidance: 'Ours.' })] });
    expect(resolvePack(redefined, lookup).clauses.map((c) => c.guidance)).toEqual(['Ours.']);
  });

  it.each([
    [pack({ id: 'a', extends: 'nowhere', clauses: [] }), '$.extends: extends "nowhere", which is not a known pack'],
    [pack({ id: 'school', extends: 'trust', clauses: [], overrides: [{ id: '9.9', severity: 'stop' }] }), '$.overrides[0].id: no inherited clause "9.9" to override'],
    // Found by test/fuzz/pack.fuzz.test.ts: an override could leave a clause its own schema rejects.
    [pack({ id: 'school', extends: 'trust', clauses: [], overrides: [{ id: '1.1', signals: ['pupil.upn', 'pupil.upn'] }] }), '$.overrides[0].signals: a signal is listed twice'],
    [pack({ id: 'school', extends: 'trust', clauses: [], overrides: [{ id: '1.1', signals: [] }] }), '$.overrides[0].signals: "1.1" is checkable, so it needs at least one signal'],
  ])('reports a bad chain: %#', (p, message) => {
    expect(() => resolvePack(p, lookup)).toThrow(message);
  });

  it('reports a cycle', () => {
    const a = pack({ id: 'a', extends: 'b', clauses: [] });
    const b = pack({ id: 'b', extends: 'a', clauses: [] });
    expect(() => resolvePack(a, (id) => ({ a, b })[id])).toThrow('cycle in extends: a → b → a');
  });
});

describe('citations', () => {
  const finding = (signal: Finding['signal']): Finding => ({
    category: signal.split('.')[0] as Finding['category'],
    signal,
    detector: 'test',
    start: 0,
    end: 1,
    confidence: 0.9,
    evidence: { reasons: [{ kind: 'pattern', detail: 'test' }] },
    message: 'm',
  });
  const full = resolvePack(
    pack({
      clauses: [
        clause('broad', { signals: ['abuse.profanity', 'abuse.derogatory', 'abuse.sexual'], severity: 'warning' }),
        clause('specific', { signals: ['abuse.profanity'], severity: 'advice' }),
        clause('hidden', { signals: [], checkable: false, uncheckableReason: 'privacy settings' }),
      ],
    }),
    () => undefined,
  );

  it('puts the most specific clause first and takes the most severe for the finding', () => {
    const [f] = cite([finding('abuse.profanity')], full);
    expect(f!.citations.map((c) => c.clauseId)).toEqual(['specific', 'broad']);
    expect(f!.citations[0]).toEqual({ packId: 'trust', clauseId: 'specific', section: 'Conduct', quote: 'Quote of specific.', guidance: 'Do not.' });
    expect(f!.severity).toBe('warning');
    expect(f!.uncited).toBe(false);
  });

  it('keeps a finding no clause covers, marked uncited', () => {
    const [f] = cite([finding('pupil.upn')], full);
    expect(f).toMatchObject({ signal: 'pupil.upn', citations: [], uncited: true, severity: 'advice' });
  });
});
