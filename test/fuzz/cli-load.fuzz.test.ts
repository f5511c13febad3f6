// The CLI's input files (--jsonl, --policy, --school, --roster): damaged or random files give the posts, pack,
// profile or roster, or an InputError naming the file (and the line); never some of the posts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContext, loadPolicy, loadRoster, readJsonl, readText } from '../../src/cli/load.ts';
import { deriveRosterKey, hashRoster } from '../../src/engine/roster/hashed.ts';
import { parseRosterCsv } from '../../src/engine/roster/parse.ts';
import { repoFile, ruleFiles } from './files.ts';
import { damagedText } from './mutate.ts';
import { attempt, expectClearError } from './outcome.ts';

const dir = mkdtempSync(join(tmpdir(), 'postcheck-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const POSTS = [repoFile('examples/posts.jsonl'), repoFile('test/corpus/posts.jsonl').split('\n').slice(0, 12).join('\n')];
const LINES = POSTS.flatMap((p) => p.split('\n')).filter((l) => l.trim());
// A post's words, to check that no error quotes a post back.
const SECRET = 'Grace Okafor sang';

/** What readJsonl must make of each line, worked out independently. */
function expected(text: string): { posts: { id: unknown; text: string }[]; bad: number[] } {
  const posts: { id: unknown; text: string }[] = [];
  const bad: number[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim() || bad.length >= 20) return;
      let value: unknown;
      try {
        value = JSON.parse(raw.replace(/^\uFEFF/, ''));
      } catch {
        return void bad.push(i + 1);
      }
      const v = value as { id?: unknown; text?: unknown } | null;
      if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof v.text !== 'string') return void bad.push(i + 1);
      posts.push({ id: v.id ?? null, text: v.text });
    });
  return { posts, bad };
}

const line = fc.oneof(
  fc.constantFrom(...LINES),
  damagedText(LINES),
  fc.json({ maxDepth: 2 }),
  fc.record({ id: fc.jsonValue({ maxDepth: 1 }), text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.constantFrom('', '   ', '\uFEFF{"text": "x"}', `{"id": 1, "text": "${SECRET}"`, `{"text": ${SECRET}}`, `${SECRET}`, `{'text': '${SECRET}'}`),
);
const jsonl = fc.oneof(
  fc.record({ lines: fc.array(line, { maxLength: 25 }), eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean() }).map(({ lines, eol, bom }) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}`),
  damagedText(POSTS),
);

describe('--jsonl', () => {
  it('every post, or an InputError naming the file and exactly the bad lines (at most 20), quoting no post', () => {
    fc.assert(
      fc.property(jsonl, (text) => {
        const path = file('posts.jsonl', text);
        // As written: a lone surrogate is saved as U+FFFD.
        const want = expected(readText(path));
        const got = attempt(() => readJsonl(path));
        if (!want.bad.length) {
          expect(got.error).toBeUndefined();
          expect(got.value).toEqual(want.posts);
          return;
        }
        expect(got.error).toBeDefined();
        expectClearError(got.error!, path, text);
        expect(got.error!.problems.map((p) => p.line)).toEqual(want.bad);
        expect(got.error!.message).not.toContain('Grace');
      }),
      { numRuns: 400 },
    );
  });
});

describe('--policy, --school and --roster files', () => {
  const roster = (csv: string) => `${JSON.stringify(hashRoster(parseRosterCsv(csv), deriveRosterKey('fuzz')), null, 2)}\n`;
  const FILES = {
    policy: damagedText([...ruleFiles().slice(0, 2), JSON.stringify({ id: 'oakwood-primary', organisation: 'Oakwood Primary School', title: 'Policy', extends: 'baseline', clauses: [], overrides: [{ id: 'B1', severity: 'stop' }] })]),
    school: damagedText([repoFile('examples/school.json')]),
    roster: damagedText([repoFile('examples/roster.csv'), roster(repoFile('examples/roster.csv'))]),
  };

  it('--policy FILE: a resolved pack, or an InputError naming the file', () => {
    fc.assert(
      fc.property(FILES.policy, (text) => {
        const path = file('policy.json', text);
        const got = attempt(() => loadPolicy(path));
        if (got.error) expectClearError(got.error, path, text);
        else expect(got.value.chain.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('--school FILE and --roster FILE: a context, or an InputError naming the file', () => {
    fc.assert(
      fc.property(FILES.school, FILES.roster, (school, rosterText) => {
        const schoolPath = file('school.json', school);
        const rosterPath = file('roster.data', rosterText);
        const one = attempt(() => loadContext({ school: schoolPath }));
        if (one.error) expectClearError(one.error, schoolPath, school);
        const two = attempt(() => loadRoster(rosterPath));
        if (two.error) expectClearError(two.error, rosterPath, rosterText);
        else expect(two.value.pupils ?? two.value.roster).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a missing file or a folder is an InputError naming it', () => {
    for (const path of [join(dir, 'no-such-file.json'), dir]) {
      const reads: (() => unknown)[] = [() => readText(path), () => readJsonl(path), () => loadRoster(path), () => loadContext({ school: path })];
      for (const read of reads) {
        const got = attempt(read);
        expectClearError(got.error!, path);
      }
    }
  });
});
