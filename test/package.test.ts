// `npm run package`: a CHANGELOG entry for the version, and one real packaging run into a scratch folder (about 20 s:
// two WXT builds and the training page) whose zips are opened and checked file by file.
import { createZip } from '@aklinker1/zero-zip';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefactNames, forbiddenEntries, packageVersion, readZip } from '../scripts/package.ts';
import { FIREFOX_ID } from '../src/settings/extension-id.ts';

const ROOT = join(import.meta.dirname, '..');
const version = packageVersion();
const names = artefactNames(version);

describe('CHANGELOG.md', () => {
  it("has a dated entry for package.json's version, with what was added", () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const heading = changelog.split('\n').find((line) => line.startsWith(`## [${version}]`));
    expect(heading, `no "## [${version}] - YYYY-MM-DD" heading`).toMatch(/^## \[[\d.]+\] - \d{4}-\d{2}-\d{2}$/);
    const entry = changelog.slice(changelog.indexOf(heading!) + heading!.length).split(/\n## /)[0]!;
    expect(entry).toMatch(/^### (Added|Changed|Fixed|Removed|Security|Deprecated)$/m);
  });
});

describe('artefact names and contents rules', () => {
  it('every artefact name carries the version, and they differ', () => {
    const all = Object.values(names);
    for (const name of all) expect(name).toContain(`-${version}-`);
    expect(new Set(all).size).toBe(all.length);
  });

  it('refuses source maps, tests, secrets, dependencies and build litter, and nothing else', () => {
    const bad = ['checker.js.map', 'node_modules/zod/index.js', '.env', 'config/.env.local', 'src/x.test.ts',
      'src/ui/y.spec.tsx', 'test/fixtures/a.json', 'bench/b.ts', '.output/chrome-mv3/manifest.json', 'key.pem'];
    const good = ['manifest.json', 'checker.js', 'chunks/training-1.js', 'src/engine/analyse.ts', 'src/ui/testing.ts',
      'index.html', 'README.txt', 'environment.ts', 'latest.ts'];
    expect(forbiddenEntries([...bad, ...good])).toEqual(bad);
  });

  it('readZip gives back what zero-zip (the writer wxt zip uses) wrote, stored or deflated', async () => {
    const archive = createZip({ level: 9 });
    archive.addFile('a.txt', 'x'.repeat(5000));
    archive.addFile('dir/b.bin', Buffer.from([1, 2, 3]));
    const files = readZip(await archive.toBuffer());
    expect([...files.keys()]).toEqual(['a.txt', 'dir/b.bin']);
    expect(files.get('a.txt')!.toString()).toBe('x'.repeat(5000));
    expect([...files.get('dir/b.bin')!]).toEqual([1, 2, 3]);
  });
});

describe('npm run package', () => {
  let out = '';
  const zips = new Map<keyof typeof names, Map<string, Buffer>>();

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'postcheck-release-test-'));
    // A child process, as `npm run package` runs it (vitest's NODE_ENV=test must not reach the build).
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/package.ts'), out], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 32 * 1024 * 1024,
    });
    for (const [kind, name] of Object.entries(names) as [keyof typeof names, string][]) {
      if (existsSync(join(out, name))) zips.set(kind, readZip(readFileSync(join(out, name))));
    }
  }, 90_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes the four zips, named with the version, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(Object.values(names).sort());
  });

  it.each(['chrome', 'firefox'] as const)('the %s package has manifest.json at its root with the version', (kind) => {
    const files = zips.get(kind)!;
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    expect(manifest.version).toBe(version);
    expect(manifest.name).toBe('Postcheck for schools');
    for (const name of files.keys()) expect(name).not.toMatch(/^\/|\.\.|\\/);
  });

  it('the Chrome/Edge package is Manifest V3 with no `key` (the stores refuse one) and carries the managed schema', () => {
    const files = zips.get('chrome')!;
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('key');
    expect(files.has('managed-schema.json')).toBe(true);
  });

  it('the Firefox package keeps the fixed add-on id policies.json targets', () => {
    const manifest = JSON.parse(zips.get('firefox')!.get('manifest.json')!.toString('utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(FIREFOX_ID);
  });

  it.each(Object.keys(names) as (keyof typeof names)[])(
    'the %s zip holds no source maps, tests, .env, node_modules or build output',
    (kind) => {
      const entries = [...zips.get(kind)!.keys()];
      expect(entries.length).toBeGreaterThan(0);
      expect(forbiddenEntries(entries)).toEqual([]);
      expect(entries.filter((name) => /(^|\/)\.env|node_modules|\.map$|\.test\./.test(name))).toEqual([]);
    },
  );

  it('the sources zip is enough to rebuild: the lockfile, configs and every source folder', () => {
    const files = zips.get('sources')!;
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
      expect(files.has(needed), needed).toBe(true);
    }
    const folders = new Set([...files.keys()].map((name) => name.split('/')[0]));
    for (const folder of ['entrypoints', 'src', 'public', 'rules', 'examples', 'scripts']) expect(folders).toContain(folder);
  });

  it('the training zip has the one-file page and a README for the trainer', () => {
    const files = zips.get('training')!;
    expect([...files.keys()].sort()).toEqual(['README.txt', 'index.html']);
    const html = files.get('index.html')!.toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    const readme = files.get('README.txt')!.toString('utf8');
    expect(readme).toContain('index.html');
    expect(readme).toContain(version);
  });
});
