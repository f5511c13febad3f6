import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HashedRosterSchema } from '../engine/index.ts';
import { main } from './main.ts';

const ROOT = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(ROOT, 'test/fixtures', name);

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: async () => stdin, color: false });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'postcheck-'));

describe('postcheck', () => {
  it('exits 0 and says so for a clean post', async () => {
    const r = await run(['Lovely sunny sports day, well done everyone!']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No problems found\.\nChecked against the baseline/);
    expect(r.stderr).toBe('');
  });

  it('marks and explains findings, exit 1', async () => {
    const r = await run(['--roster', fixture('roster-sims.csv'), 'Well done Oliver Smith and Lizzie!']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Well done [Oliver Smith]¹ and [Lizzie]²!');
    expect(r.stdout).toContain('1. STOP · pupil pupil.name');
    expect(r.stdout).toContain('Baseline rule B1 (Pupils):');
    expect(r.stdout).toContain("Suggestion: Use initials or 'a pupil'");
    expect(r.stdout).toContain('2 problems found.');
  });

  it('reads standard input when no TEXT is given', async () => {
    const r = await run(['--json'], 'UPN B801200005001');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ category: 'pupil', signal: 'pupil.upn', detector: 'pupil-identifier', start: 4, end: 17 });
  });

  it('uses the school profile', async () => {
    const r = await run(['--school', fixture('school.json'), '--json', 'Our URN is 123456']);
    const findings = JSON.parse(r.stdout) as { signal: string }[];
    expect(findings.map((f) => f.signal)).toContain('school.urn');
  });

  it('checks a JSONL file in input order, one line per post', async () => {
    const dir = tmp();
    const file = join(dir, 'posts.jsonl');
    writeFileSync(file, ['{"id": "a", "text": "Sunny day!"}', '', '{"id": 7, "text": "UPN B801200005001"}', '{"text": "no id"}'].join('\n'));
    const r = await run(['--jsonl', file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, null]);
    expect(lines.map((l) => l.findings.length)).toEqual([0, 1, 0]);
  });

  it('handles 10,000 JSONL lines', async () => {
    const dir = tmp();
    const file = join(dir, 'many.jsonl');
    const texts = ['Great trip to the zoo with Year 4 today!', 'UPN B801200005001', 'Staff training on Friday.'];
    writeFileSync(file, Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: i, text: texts[i % 3] })).join('\n'));
    const r = await run(['--jsonl', file]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(10_000);
    expect(JSON.parse(lines[9_999]!).id).toBe(9_999);
    expect(JSON.parse(lines[1]!).findings).toHaveLength(1);
  });

  it.each([
    [['--nope'], /Unknown option '--nope'/],
    [['--jsonl', 'x.jsonl', 'extra text'], /--jsonl reads its posts from the file/],
    [['--roster', '/no/such/roster.csv', 'hi'], /\/no\/such\/roster\.csv: no such file/],
    [['--secret', 'x', 'hello'], /--secret is only for "roster hash"/],
    [['roster', 'hash'], /roster hash needs exactly one roster CSV file/],
    [['roster', 'hash', fixture('roster-sims.csv'), '--json'], /roster hash takes only --secret, not --json/],
    [['roster', 'hash', fixture('roster-sims.csv'), '--secret', ''], /--secret: must not be empty/],
  ])('usage and input errors exit 2 with a message: %j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('names the file and line of a bad JSONL line, and prints nothing else', async () => {
    const dir = tmp();
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id": 1, "text": "fine"}\n{"id": 2, "text": 3}\nnot json\n');
    const r = await run(['--jsonl', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:2: "text" must be a string`);
    expect(r.stderr).toContain(`${file}:3: not valid JSON`);
  });

  // Found by test/fuzz/cli-load.fuzz.test.ts: JSON.parse's message quoted the post ('"{"text": Grace Okaf"... is not valid JSON').
  it('does not quote a bad JSONL line back', async () => {
    const file = join(tmp(), 'bad.jsonl');
    writeFileSync(file, '{"text": Grace Okafor sang}\n');
    const r = await run(['--jsonl', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1: not valid JSON (invalid symbol)`);
    expect(r.stderr).not.toContain('Grace');
  });

  it('names the field of a bad school profile', async () => {
    const dir = tmp();
    const file = join(dir, 'school.json');
    writeFileSync(file, JSON.stringify({ name: 'Oakwood', urn: '12345' }));
    const r = await run(['--school', file, 'hello']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: urn: must be the 6-digit Unique Reference Number`);
  });

  it('cites the chosen policy, with its clause and the document\'s words', async () => {
    const r = await run(['--policy', 'bath-wells-mat', '--roster', fixture('roster-sims.csv'), 'Well done Oliver Smith!']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Breaches');
    expect(r.stdout).toContain('Checked against Social Media and Networking Policy (Bath & Wells Multi Academy Trust).');
    const json = await run(['--policy', 'bath-wells-mat', '--roster', fixture('roster-sims.csv'), '--json', 'Well done Oliver Smith!']);
    const [finding] = JSON.parse(json.stdout);
    expect(finding.severity).toBe('stop');
    expect(finding.uncited).toBe(false);
    expect(finding.citations[0]).toMatchObject({ packId: 'bath-wells-mat' });
    expect(finding.citations[0].quote.length).toBeGreaterThan(20);
  });

  it('includes citations in --jsonl output', async () => {
    const file = join(tmp(), 'posts.jsonl');
    writeFileSync(file, '{"id": 1, "text": "What a f*cking day"}\n');
    const r = await run(['--policy', 'owls-academy-trust', '--jsonl', file]);
    const line = JSON.parse(r.stdout);
    expect(line.findings[0].citations[0].packId).toBe('owls-academy-trust');
  });

  it('lists the built-in policies', async () => {
    const r = await run(['policies']);
    expect(r.code).toBe(0);
    for (const id of ['baseline', 'owls-academy-trust', 'congerstone-primary', 'wigan-schools-model', 'star-academy-trust', 'bath-wells-mat']) {
      expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    }
  });

  it('takes a pack file that extends a built-in pack', async () => {
    const file = join(tmp(), 'our-school.json');
    writeFileSync(file, JSON.stringify({ id: 'our-school', organisation: 'Our School', title: 'Our policy', extends: 'owls-academy-trust', overrides: [] }));
    const r = await run(['--policy', file, '--json', 'What a f*cking day']);
    expect(JSON.parse(r.stdout)[0].citations[0].packId).toBe('our-school');
  });

  // Found by test/fuzz/cli-load.fuzz.test.ts: the error named the pack's id ("our-school: $.extends: …"), not its file.
  it('names the pack file when its extends cannot be followed', async () => {
    const file = join(tmp(), 'our-school.json');
    writeFileSync(file, JSON.stringify({ id: 'our-school', organisation: 'Our School', title: 'Our policy', extends: '{aseline' }));
    const r = await run(['--policy', file, 'hello']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: $.extends: extends "{aseline", which is not a known pack`);
  });

  it('validates pack files, naming each problem by its JSON path', async () => {
    const dir = tmp();
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify({ id: 'good', organisation: 'O', title: 'T', extends: 'baseline' }));
    writeFileSync(bad, JSON.stringify({ id: 'bad', organisation: 'O', title: 'T', clauses: [{ id: '1', section: 'S', quote: 'Q', signals: ['abuse.swearing'], severity: 'stop', guidance: 'G' }, { id: '1', section: 'S', severity: 'stop', guidance: 'G', signals: ['abuse.profanity'] }] }));
    const ok = await run(['rules', 'check', good]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain(`${good}: valid — "good"`);
    const r = await run(['rules', 'check', good, bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: $.clauses[0].signals[0]: unknown signal "abuse.swearing"`);
    expect(r.stderr).toContain(`${bad}: $.clauses[1].quote: is missing`);
    expect(r.stderr).toContain(`${bad}: $.clauses[1].id: duplicate clause id "1"`);
  });

  it('reports a cycle in extends across pack files', async () => {
    const dir = tmp();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, JSON.stringify({ id: 'pack-a', organisation: 'O', title: 'T', extends: 'pack-b' }));
    writeFileSync(b, JSON.stringify({ id: 'pack-b', organisation: 'O', title: 'T', extends: 'pack-a' }));
    const r = await run(['rules', 'check', a, b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cycle in extends: pack-a → pack-b → pack-a');
  });

  it('rejects an unknown policy with the list of known ones', async () => {
    const r = await run(['--policy', 'nope', 'hello']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope: not a built-in policy (baseline, owls-academy-trust');
  });

  it('runs as a real command with real exit codes', () => {
    const bin = join(ROOT, 'bin/postcheck.ts');
    expect(execFileSync(process.execPath, [bin, 'A lovely day'], { encoding: 'utf8' })).toMatch(/^No problems found\./);
    const found = spawnSync(process.execPath, [bin, '--json'], { input: 'ULN 9276308686', encoding: 'utf8' });
    expect(found.status).toBe(1);
    expect(JSON.parse(found.stdout)[0].signal).toBe('pupil.uln');
    const bad = spawnSync(process.execPath, [bin, '--school'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/argument missing/);
  });

  describe('roster hash', () => {
    const hashed = async (...extra: string[]) => {
      const r = await run(['roster', 'hash', fixture('roster-sims.csv'), ...extra]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      return r.stdout;
    };

    it('prints a hashed roster, and only that, with no name in it', async () => {
      const out = await hashed();
      const roster = HashedRosterSchema.parse(JSON.parse(out));
      expect(roster).toMatchObject({ format: 'postcheck-roster/1', algorithm: 'hmac-sha256-128', pupils: 3, maxLastWords: 2 });
      expect(out).toMatch(/^\{\n  "format"/);
      for (const name of ['Oliver', 'Smith', 'Elizabeth', 'Lizzie', 'Taylor', 'Reid', 'Bextor', 'Zoë', 'zoe']) expect(out.toLowerCase()).not.toContain(`"${name.toLowerCase()}`);
    });

    it('gives the same output for the same secret, and a new key each run without one', async () => {
      expect(await hashed('--secret', 'oakwood-2025')).toBe(await hashed('--secret', 'oakwood-2025'));
      expect(await hashed('--secret', 'oakwood-2025')).not.toBe(await hashed('--secret', 'oakwood-2026'));
      const a = JSON.parse(await hashed());
      const b = JSON.parse(await hashed());
      expect(a.key).not.toBe(b.key);
      expect(a.first).not.toEqual(b.first);
    });

    it('names the line and field of a bad CSV, exit 2, nothing on standard output', async () => {
      const file = join(tmp(), 'bad.csv');
      writeFileSync(file, 'Forename,Surname\nAmy,Ng\nBen,\n');
      const r = await run(['roster', 'hash', file]);
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toBe(`postcheck: ${file}:3: Surname: missing surname\n`);
    });

    it('takes the hashed file as --roster and flags the same pupils as the CSV', async () => {
      const file = join(tmp(), 'roster.json');
      writeFileSync(file, await hashed());
      const text = 'Well done Oliver Smith and Lizzie! Zoe Ellis Bextor too.';
      const fromHash = await run(['--roster', file, '--json', text]);
      const fromCsv = await run(['--roster', fixture('roster-sims.csv'), '--json', text]);
      expect(fromHash.code).toBe(1);
      const marked = (JSON.parse(fromHash.stdout) as { start: number; end: number; signal: string }[]).map((f) => [f.signal, text.slice(f.start, f.end)]);
      expect(marked).toEqual([['pupil.name', 'Oliver Smith'], ['pupil.name', 'Lizzie'], ['pupil.name', 'Zoe Ellis Bextor']]);
      expect(fromHash.stdout).toBe(fromCsv.stdout);
      expect((await run(['--roster', file, 'Well done Oliver Twist'])).code).toBe(0);
    });

    it('names the field of a bad hashed roster', async () => {
      const file = join(tmp(), 'roster.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(await hashed()), pairs: ['not a hash'] }));
      const r = await run(['--roster', file, 'hello']);
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toContain(`${file}: pairs.0: must be a 22-character base64url hash`);
    });

    it('runs as a real command', () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/postcheck.ts'), 'roster', 'hash', fixture('roster-sims.csv'), '--secret', 's'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(HashedRosterSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
    });
  });
});
