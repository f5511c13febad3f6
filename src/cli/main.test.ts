import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(r).toEqual({ code: 0, stdout: 'No problems found.\n', stderr: '' });
  });

  it('marks and explains findings, exit 1', async () => {
    const r = await run(['--roster', fixture('roster-sims.csv'), 'Well done Oliver Smith and Lizzie!']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Well done [Oliver Smith]¹ and [Lizzie]²!');
    expect(r.stdout).toContain('1. pupil pupil.name');
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

  it('names the field of a bad school profile', async () => {
    const dir = tmp();
    const file = join(dir, 'school.json');
    writeFileSync(file, JSON.stringify({ name: 'Oakwood', urn: '12345' }));
    const r = await run(['--school', file, 'hello']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: urn: must be the 6-digit Unique Reference Number`);
  });

  it('runs as a real command with real exit codes', () => {
    const bin = join(ROOT, 'bin/postcheck.ts');
    expect(execFileSync(process.execPath, [bin, 'A lovely day'], { encoding: 'utf8' })).toBe('No problems found.\n');
    const found = spawnSync(process.execPath, [bin, '--json'], { input: 'ULN 9276308686', encoding: 'utf8' });
    expect(found.status).toBe(1);
    expect(JSON.parse(found.stdout)[0].signal).toBe('pupil.uln');
    const bad = spawnSync(process.execPath, [bin, '--school'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/argument missing/);
  });
});
