// Policy packs: random, truncated and damaged pack files give a valid pack or an InputError naming the file and the
// line or JSON path; `extends` chains of any shape resolve to valid clauses or an InputError naming the pack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, SIGNALS } from '../../src/engine/types.ts';
import { builtinPacks, resolveWithBuiltins } from '../../src/policy/builtin.ts';
import { parsePack, parsePackJson, resolvePack, type ResolvedPack } from '../../src/policy/load.ts';
import type { Pack } from '../../src/policy/schema.ts';
import { ruleFiles } from './files.ts';
import { damagedText, damagedValue, oddValue } from './mutate.ts';
import { attempt, expectClearError, expectPlaced } from './outcome.ts';

const RULES = ruleFiles();
// A small pack that uses `extends` and `overrides`, so damage reaches those too.
const SCHOOL = JSON.stringify({
  id: 'oakwood-primary',
  organisation: 'Oakwood Primary School',
  title: 'Social Media Policy',
  extends: 'baseline',
  clauses: [
    {
      id: '3.1',
      section: 'Conduct',
      quote: 'Staff must not name pupils on personal accounts.',
      signals: ['pupil.name'],
      severity: 'stop',
      guidance: 'Leave names out.',
      examples: { flags: ['Well done Oliver Smith!', { post: 'Grace was great', by: 'Year 4 teacher', site: 'x', box: 'post', rewrite: 'The class was great' }], passes: ['Well done, Year 6'] },
    },
    { id: '3.2', section: 'Conduct', quote: 'Privacy settings must be reviewed.', checkable: false, uncheckableReason: 'settings are not in the post', severity: 'advice', guidance: 'Check them.' },
  ],
  overrides: [{ id: 'B1', severity: 'stop' }],
});
const FILES = [...RULES, SCHOOL];

/** A parsed pack written back as input (a flag given as plain text comes out as `{ post }`). */
const asInput = (pack: Pack): unknown => ({
  ...pack,
  clauses: pack.clauses.map((c) =>
    c.examples ? { ...c, examples: { ...c.examples, flags: c.examples.flags.map((f) => (Object.keys(f).length === 1 ? f.post : f)) } } : c,
  ),
});

function expectValidPack(pack: Pack) {
  expect(parsePack(asInput(pack), 'again.json')).toEqual(pack);
}

/** What cite and the training page rely on in a resolved pack. */
function expectValidResolved(full: ResolvedPack, pack: Pack) {
  expect(full.id).toBe(pack.id);
  expect(full.chain[0]).toBe(pack.id);
  expect(new Set(full.chain).size).toBe(full.chain.length);
  expect(new Set(full.clauses.map((c) => c.id)).size).toBe(full.clauses.length);
  for (const c of full.clauses) {
    expect(SEVERITIES).toContain(c.severity);
    for (const s of c.signals) expect(SIGNALS).toContain(s);
    expect(new Set(c.signals).size).toBe(c.signals.length);
    if (c.checkable) expect(c.signals.length).toBeGreaterThan(0);
  }
}

/** Parses as the CLI and the options page do, then resolves against the built-in packs. */
function checkPackText(text: string, file: string) {
  const got = attempt(() => parsePackJson(text, file));
  if (got.error) {
    expectClearError(got.error, file, text);
    expectPlaced(got.error, /^\$/);
    return;
  }
  expectValidPack(got.value);
  const full = attempt(() => resolvePack(got.value, (id) => builtinPacks().get(id), file));
  if (full.error) {
    expectClearError(full.error, file);
    expectPlaced(full.error, /^\$\.(extends|overrides\[\d+\])/);
  } else expectValidResolved(full.value, got.value);
}

function checkPackValue(value: unknown) {
  const got = attempt(() => parsePack(value, 'pack.json'));
  if (got.error) {
    expectClearError(got.error, 'pack.json');
    // Every problem of a parsed value is at a field: "$" for the whole pack.
    for (const p of got.error.problems) expect(p.field).toMatch(/^\$/);
  } else expectValidPack(got.value);
}

describe('policy pack files', () => {
  it('damaged pack files: a valid pack, or an InputError at a line or a JSON path', () => {
    fc.assert(fc.property(damagedText(FILES), (text) => checkPackText(text, 'rules/damaged.json')), { numRuns: 400 });
  });

  it('random text is never anything but an InputError naming the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), fc.json({ maxDepth: 3 })), (text) => checkPackText(text, 'upload.json')),
      { numRuns: 500 },
    );
  });

  it('damaged pack values (any field replaced, dropped or added): a valid pack, or problems at JSON paths', () => {
    const parsed = FILES.map((f) => JSON.parse(f) as unknown);
    fc.assert(fc.property(damagedValue(parsed), checkPackValue), { numRuns: 600 });
  });

  it('arbitrary values', () => {
    fc.assert(fc.property(fc.oneof(oddValue, fc.anything({ withNullPrototype: true, withSparseArray: true })), checkPackValue), { numRuns: 500 });
  });
});

describe('extends chains of any shape', () => {
  const ids = ['baseline', 'owls-academy-trust', 'oakwood-primary', 'oakwood-juniors', 'trust'] as const;
  const clauseIds = ['B1', 'B2', 'Purpose, paragraph 2', '1.1', '1.2'];
  const signals = ['pupil.name', 'pupil.upn', 'abuse.profanity', 'school.name'];
  const clause = fc.record(
    {
      id: fc.constantFrom(...clauseIds),
      section: fc.constant('Conduct'),
      quote: fc.constant('Staff must not.'),
      signals: fc.uniqueArray(fc.constantFrom(...signals), { maxLength: 2 }),
      severity: fc.constantFrom(...SEVERITIES),
      guidance: fc.constant('Do not.'),
      checkable: fc.boolean(),
      uncheckableReason: fc.constant('not in the post'),
    },
    { requiredKeys: ['id', 'section', 'quote', 'signals', 'severity', 'guidance'] },
  );
  const override = fc.record(
    { id: fc.constantFrom(...clauseIds), severity: fc.constantFrom(...SEVERITIES), guidance: fc.constant('Ours.'), signals: fc.array(fc.constantFrom(...signals), { maxLength: 3 }) },
    { requiredKeys: ['id'] },
  );
  const pack = fc.record(
    {
      id: fc.constantFrom(...ids),
      organisation: fc.constant('Oakwood Primary School'),
      title: fc.constant('Policy'),
      extends: fc.constantFrom(...ids, 'nowhere'),
      clauses: fc.array(clause, { maxLength: 3 }),
      overrides: fc.array(override, { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'organisation', 'title'] },
  );

  it('resolves to valid clauses, or an InputError about `extends` or `overrides` that names the pack', () => {
    fc.assert(
      fc.property(fc.array(pack, { minLength: 1, maxLength: 4 }), (values) => {
        const packs = values.map((v, i) => attempt(() => parsePack(v, `pack${i}.json`)));
        const valid = packs.flatMap((p) => (p.value ? [p.value] : []));
        valid.forEach((p, i) => {
          // As the options page and the content script do: the school's own packs first, then the built-in ones.
          const full = attempt(() => resolveWithBuiltins(p, valid));
          if (full.value) expectValidResolved(full.value, p);
          else {
            expectClearError(full.error, p.id);
            expectPlaced(full.error, /^\$\.(extends|overrides\[\d+\]\.[a-z]+)$/);
          }
          // With a source, errors name it instead.
          const named = attempt(() => resolvePack(p, (id) => valid.find((q) => q.id === id) ?? builtinPacks().get(id), `pack${i}.json`));
          if (named.error) expectClearError(named.error, `pack${i}.json`);
        });
      }),
      { numRuns: 800 },
    );
  });
});
