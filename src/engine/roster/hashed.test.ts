import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse.ts';
import { createContext } from '../context.ts';
import { InputError } from '../errors.ts';
import { fold } from '../normalise.ts';
import { parseSchoolProfileJson } from '../school-profile.ts';
import {
  compileHashedRoster,
  deriveRosterKey,
  fromBase64url,
  hashRoster,
  HashedRosterSchema,
  looksLikeHashedRoster,
  parseHashedRoster,
  parseHashedRosterJson,
  ROSTER_KEY_BYTES,
  toBase64url,
} from './hashed.ts';
import { compileRoster, nameKey, parseRosterCsv, type RosterIndex, type RosterPupil } from './index.ts';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const KEY = deriveRosterKey('a test secret');

const PUPILS: RosterPupil[] = [
  { first: 'Alexander', last: 'Smith-Jones' },
  { first: 'Elizabeth', last: 'Taylor Reid', preferred: 'Lizzie' },
  { first: 'Zoë', last: 'Ní Bhriain' },
  { first: 'Grace', last: 'Brown' },
  { first: 'William', last: 'Baker', preferred: 'Will' },
  { first: 'Mary Ann', last: 'de la Cruz' },
  { first: 'Seán', last: "O'Connell" },
  { first: 'Alex', last: 'Okafor' },
];
const plain = compileRoster(PUPILS);
const hashed = compileHashedRoster(hashRoster(PUPILS, KEY));

type SetName = 'first' | 'last' | 'pairs' | 'everyday';

describe('hashed roster index', () => {
  it.each<[SetName, string, boolean]>([
    ['first', 'alexander', true],
    ['first', 'alex', true],
    ['first', 'xander', true],
    ['first', 'alexandra', true], // "Alex" on the roster: the formal names it may stand for count too
    ['first', 'elizabeth', true],
    ['first', 'lizzie', true],
    ['first', 'liz', true],
    ['first', 'beth', true],
    ['first', 'zoe', true], // folded: accents never matter
    ['first', 'zoë', false], // …so the unfolded form is not a key
    ['first', 'sean', true],
    ['first', 'mary ann', true],
    ['first', 'mary', true],
    ['first', 'ann', false],
    ['first', 'william', true],
    ['first', 'will', true],
    ['first', 'bill', true],
    ['first', 'grace', true],
    ['first', 'brown', false],
    ['first', 'oliver', false],
    ['first', '', false],
    ['last', 'smith jones', true], // hyphen kept as a space
    ['last', 'smith-jones', false],
    ['last', 'smith', false],
    ['last', 'taylor reid', true],
    ['last', 'ni bhriain', true],
    ['last', 'de la cruz', true],
    ['last', "o'connell", true],
    ['last', 'brown', true],
    ['last', 'grace', false],
    ['pairs', 'alex|smith jones', true],
    ['pairs', 'alexander|smith jones', true],
    ['pairs', 'lizzie|taylor reid', true],
    ['pairs', 'beth|taylor reid', true],
    ['pairs', 'zoe|ni bhriain', true],
    ['pairs', 'mary|de la cruz', true],
    ['pairs', 'alex|okafor', true],
    ['pairs', 'alexandra|okafor', true],
    ['pairs', 'grace|baker', false], // both on the roster, but not the same pupil
    ['pairs', 'smith jones|alex', false],
    ['everyday', 'grace', true],
    ['everyday', 'will', true],
    ['everyday', 'brown', true],
    ['everyday', 'bill', true],
    ['everyday', 'zoe', false],
    ['everyday', 'alexander', false],
    ['everyday', 'hope', false], // an everyday name, but not on this roster
    ['everyday', 'table', false],
  ])('%s has %j: %s', (set, form, expected) => {
    expect(hashed[set].has(form)).toBe(expected);
    expect(plain[set].has(form)).toBe(expected);
  });

  it('answers exactly as the plain index for every form it holds and near misses', () => {
    const forms = new Set<string>();
    for (const set of [plain.first, plain.last, plain.pairs, plain.everyday]) {
      for (const f of set) for (const v of [f, `${f}s`, f.slice(1), f.toUpperCase(), f.replace('|', ' ')]) forms.add(v);
    }
    for (const f of forms) {
      for (const set of ['first', 'last', 'pairs', 'everyday'] as const) expect([set, f, hashed[set].has(f)]).toEqual([set, f, plain[set].has(f)]);
    }
  });

  it('keeps counts only', () => {
    expect(hashed.size).toBe(PUPILS.length);
    expect(hashed.maxLastWords).toBe(3);
  });

  it('separates the sets: a surname hash never answers for a first name or a pair', () => {
    const h = hashRoster(PUPILS, KEY);
    const swapped = compileHashedRoster({ ...h, first: h.last, pairs: h.last, last: h.first });
    expect(swapped.first.has('brown')).toBe(false);
    expect(swapped.last.has('grace')).toBe(false);
    expect(swapped.pairs.has('brown')).toBe(false);
  });

  it('stays right past its memo of recent forms', () => {
    const index = compileHashedRoster(hashRoster(PUPILS, KEY));
    for (let i = 0; i < 10_000; i++) expect(index.first.has(`name${i}`)).toBe(false);
    expect(index.first.has('lizzie')).toBe(true);
    expect(index.first.has('lizzie')).toBe(true);
    expect(index.last.has('de la cruz')).toBe(true);
  });
});

describe('hashed roster file', () => {
  const h = hashRoster(PUPILS, KEY);

  it('round-trips through JSON and the schema and matches the same', () => {
    const back = parseHashedRosterJson(JSON.stringify(h, null, 2), 'roster.json');
    expect(back).toEqual(h);
    const index = compileHashedRoster(back);
    for (const [set, form] of [['first', 'lizzie'], ['last', 'smith jones'], ['pairs', 'will|baker'], ['everyday', 'grace']] as const) {
      expect(index[set].has(form)).toBe(true);
    }
    expect(index.first.has('oliver')).toBe(false);
  });

  it('has sorted, distinct hashes of a fixed length, and does not depend on row order', () => {
    for (const list of [h.first, h.last, h.pairs]) {
      expect(list).toEqual([...new Set(list)].sort());
      for (const x of list) expect(x).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
    expect(h.first).toHaveLength(plain.first.size);
    expect(h.pairs).toHaveLength(plain.pairs.size);
    expect(hashRoster([...PUPILS].reverse(), KEY)).toEqual(h);
  });

  it('is plain HMAC-SHA256 of "label NUL form", cut to 16 bytes, so other tools can reproduce it', () => {
    const expected = (label: string, form: string) => createHmac('sha256', KEY).update(`${label}\u0000${form}`).digest().subarray(0, 16).toString('base64url');
    expect(h.first).toContain(expected('first', 'alex'));
    expect(h.first).toContain(expected('first', 'mary ann'));
    expect(h.last).toContain(expected('last', 'ni bhriain'));
    expect(h.pairs).toContain(expected('pair', 'alex|smith jones'));
    expect(h.first).not.toContain(expected('last', 'alex'));
    // A form longer than the reused encoding buffer, and one outside Latin script.
    const long = hashRoster([{ first: 'Ab'.repeat(200), last: 'Ng' }, { first: '美咲', last: 'Ng' }], KEY);
    expect(long.first).toContain(expected('first', 'ab'.repeat(200)));
    expect(long.first).toContain(expected('first', '美咲'));
    const index = compileHashedRoster(long);
    expect([index.first.has('ab'.repeat(200)), index.first.has('美咲'), index.first.has('ab'.repeat(199))]).toEqual([true, true, false]);
  });

  it('derives the same key from the same secret, and other keys give other hashes', () => {
    expect(toBase64url(deriveRosterKey('a test secret'))).toBe(h.key);
    expect(deriveRosterKey('another secret')).not.toEqual(KEY);
    const other = hashRoster(PUPILS, crypto.getRandomValues(new Uint8Array(ROSTER_KEY_BYTES)));
    expect(other.key).not.toBe(h.key);
    expect(other.first.filter((x) => h.first.includes(x))).toEqual([]);
    expect(() => deriveRosterKey('')).toThrow(InputError);
    expect(() => hashRoster(PUPILS, new Uint8Array(16))).toThrow(/32 bytes/);
  });

  it('encodes base64url both ways', () => {
    for (const n of [0, 1, 2, 3, 16, 31, 32]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      const text = toBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(text)).toEqual(bytes);
    }
  });

  it('holds no name from the roster, only hashes and counts', () => {
    const csv = read('test/corpus/roster.csv');
    const json = JSON.stringify(hashRoster(parseRosterCsv(csv), KEY), null, 2);
    const names = csv.split(/[\r\n,]+/).slice(3).filter(Boolean);
    const values: string[] = [];
    JSON.parse(json, (_k, v: unknown) => (typeof v === 'string' && values.push(v), v));
    const allowed = new Set(['postcheck-roster/1', 'hmac-sha256-128']);
    for (const v of values) if (!allowed.has(v)) expect(v).toMatch(/^[A-Za-z0-9_-]{22}$|^[A-Za-z0-9_-]{43}$/);
    const lower = new Set(values.map((v) => v.toLowerCase()));
    for (const name of names) {
      for (const form of [name, nameKey(name), ...nameKey(name).split(' ')]) {
        expect(lower.has(form.toLowerCase())).toBe(false);
        // Short names turn up inside random base64 by chance; six letters or more never should.
        if (form.length >= 6) {
          expect(json).not.toContain(form);
          expect(json).not.toContain(fold(form));
        }
      }
    }
  });

  it.each<[string, unknown, RegExp]>([
    ['a wrong format', { format: 'postcheck-roster/9' }, /roster\.json: format: must be "postcheck-roster\/1"/],
    ['a missing count', { pupils: undefined }, /roster\.json: pupils: is missing/],
    ['a missing key', { key: undefined }, /roster\.json: key: /],
    ['a short key', { key: 'abc' }, /roster\.json: key: must be the 32-byte key in base64url/],
    ['a bad hash', { last: ['AAAAAAAAAAAAAAAAAAAAAA', 'short'] }, /roster\.json: last\.1: must be a 22-character base64url hash/],
    ['an empty list', { pairs: [] }, /roster\.json: pairs: must hold at least one hash/],
    ['a fractional count', { pupils: 2.5 }, /roster\.json: pupils: must be a whole number/],
    ['plain names', { names: ['Oliver Smith'] }, /roster\.json: unknown field\(s\) "names"/],
    ['a stored everyday list', { everyday: [] }, /roster\.json: unknown field\(s\) "everyday"/],
  ])('rejects %s, naming the field', (_label, change, message) => {
    expect(() => parseHashedRoster({ ...h, ...(change as object) }, 'roster.json')).toThrow(message);
  });

  it('names the line of a JSON syntax error, and tells a hashed file from a CSV', () => {
    expect(() => parseHashedRosterJson('{\n  "format": "postcheck-roster/1",\n}', 'r.json')).toThrow(/r\.json:2: not valid JSON \(property name expected\)/);
    expect(looksLikeHashedRoster('\uFEFF  {"format": 1}')).toBe(true);
    expect(looksLikeHashedRoster('Surname,Forename\nSmith,Oliver\n')).toBe(false);
    expect(HashedRosterSchema.safeParse(h).success).toBe(true);
  });

  it('runs in the browser too: no Node modules in the hashing code', () => {
    const source = read('src/engine/roster/hashed.ts');
    expect(source).not.toMatch(/from ['"]node:|require\(|Buffer/);
  });

  it('is given as pupils or as a hashed roster, not both', () => {
    expect(() => createContext({ pupils: PUPILS, roster: h })).toThrow(/not both/);
    expect(createContext({ roster: h }).roster?.first.has('alex')).toBe(true);
  });
});

// Findings must be identical: a hashed roster loses no recall and adds no false alarm.
const sameFindings = (text: string, a: ReturnType<typeof createContext>, b: ReturnType<typeof createContext>) =>
  expect(analyse(text, b)).toEqual(analyse(text, a));

describe('hashed roster on the development corpus', () => {
  const school = parseSchoolProfileJson(read('test/corpus/school.json'));
  const pupils = parseRosterCsv(read('test/corpus/roster.csv'));
  const withPlain = createContext({ school, pupils });
  const withHashed = createContext({ school, roster: parseHashedRosterJson(JSON.stringify(hashRoster(pupils, deriveRosterKey('corpus')))) });
  const posts = read('test/corpus/posts.jsonl')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });

  it('gives every post exactly the findings the plain roster gives', () => {
    let rosterFindings = 0;
    for (const post of posts) {
      const plainFindings = analyse(post.text, withPlain);
      rosterFindings += plainFindings.filter((f) => f.evidence.reasons.some((r) => r.kind === 'roster')).length;
      expect({ id: post.id, findings: analyse(post.text, withHashed) }).toEqual({ id: post.id, findings: plainFindings });
    }
    // The comparison means something only if the roster mattered on many posts.
    expect(rosterFindings).toBeGreaterThan(50);
  });
});

describe('hashed roster on generated rosters and posts', () => {
  const FIRST = ['Alexander', 'Alex', 'Elizabeth', 'Lizzie', 'Grace', 'Will', 'William', 'May', 'Zoë', 'Mary Ann', 'Seán', 'Tom', 'Hope', 'Jack', 'Oliver', 'Kai'];
  const LAST = ['Smith', 'Smith-Jones', 'Brown', 'Wood', 'de la Cruz', 'Ní Bhriain', "O'Connell", 'King', 'Taylor Reid', 'Okafor'];
  const WORDS = [
    'and', 'the', 'photo', 'of', 'in', 'Year', '6', 'my', 'class', 'pupil', 'was', 'is', 'useless', 'excluded', 'today', "'s", 'mum',
    'house', 'well', 'done', ',', '.', 'Will', 'you', 'May', 'grace', 'brown', 'Alex', 'Liz', 'Beth', 'Bill', 'Smith', 'Jones',
  ];
  const pupil = fc.record({ first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST), preferred: fc.option(fc.constantFrom(...FIRST), { nil: undefined }) });
  const token = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.constantFrom(...FIRST.map((f) => f.toLowerCase())));

  it('gives the same findings as the plain roster', () => {
    fc.assert(
      fc.property(fc.array(pupil, { minLength: 1, maxLength: 6 }), fc.array(fc.array(token, { minLength: 3, maxLength: 14 }), { minLength: 1, maxLength: 4 }), (rows, sentences) => {
        const pupils: RosterPupil[] = rows.map(({ preferred, ...p }) => (preferred ? { ...p, preferred } : p));
        const text = sentences.map((s) => `${s.join(' ')}.`).join(' ');
        const a = createContext({ pupils });
        const b = createContext({ roster: hashRoster(pupils, KEY) });
        sameFindings(text, a, b);
        const indexA = a.roster as RosterIndex;
        for (const t of text.split(/\s+/).map(nameKey)) expect(b.roster!.first.has(t)).toBe(indexA.first.has(t));
      }),
      { numRuns: 150, seed: 20_250_611 },
    );
  });
});

