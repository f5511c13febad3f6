// Builds what the browser tests load: the fixture pages (esbuild → test/e2e/.fixtures/), the Chrome extension
// (`wxt build` → .output/chrome-mv3/) and the standalone training page (test/e2e/.fixtures/training/). Each is skipped
// when none of its inputs changed since its last build.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { buildTraining } from '../../scripts/build-training.ts';
import { PAGES, shellHtml } from './sites.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURE_SRC = join(import.meta.dirname, 'fixtures');
export const FIXTURE_OUT = join(import.meta.dirname, '.fixtures');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Newest modification time among files under `paths` (0 if none exist). */
function newest(paths: string[]): number {
  let max = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) max = Math.max(max, statSync(join(entry.parentPath, entry.name)).mtimeMs);
      }
    } else max = Math.max(max, stat.mtimeMs);
  }
  return max;
}

function stale(output: string, inputs: string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newest(inputs);
}

export async function buildFixtures(force = false): Promise<boolean> {
  const stamp = join(FIXTURE_OUT, '.built');
  const inputs = [FIXTURE_SRC, ...['sites.ts', 'build.ts'].map((f) => join(import.meta.dirname, f)), join(ROOT, 'package-lock.json')];
  if (!force && !stale(stamp, inputs)) return false;
  mkdirSync(FIXTURE_OUT, { recursive: true });
  await build({
    entryPoints: PAGES.map((page) => ({ in: join(FIXTURE_SRC, `${page}.ts`), out: page })),
    outdir: FIXTURE_OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    conditions: ['production', 'module'],
    // draft-js and its fbjs helpers read `global` and process.env.NODE_ENV.
    define: { global: 'window', 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  for (const page of PAGES) writeFileSync(join(FIXTURE_OUT, `${page}.html`), shellHtml(page));
  writeFileSync(stamp, new Date().toISOString());
  return true;
}

/** Where a failed extension build leaves its error, for launchBrowser({extension: true}) to report. */
export const EXTENSION_ERROR = join(FIXTURE_OUT, 'extension-build-error.txt');

/** What the extension is built from: a build older than any of these is stale. */
export const EXTENSION_INPUTS = ['src', 'entrypoints', 'public', 'assets', 'rules', 'examples', 'wxt.config.ts', 'package-lock.json'].map((p) => join(ROOT, p));

/**
 * Runs `wxt build` when its inputs changed. A failure does not throw: it is written to EXTENSION_ERROR, so tests
 * that do not load the extension (the fixture smoke tests) still run while the content script is mid-change.
 */
export async function buildExtension(force = false): Promise<boolean> {
  // The last attempt's outcome is the stamp: a failed build is retried only once something changed.
  const lastAttempt = existsSync(EXTENSION_ERROR) ? EXTENSION_ERROR : join(EXTENSION_DIR, 'manifest.json');
  if (!force && !stale(lastAttempt, EXTENSION_INPUTS)) return false;
  mkdirSync(FIXTURE_OUT, { recursive: true });
  try {
    await wxtBuild('chrome');
    rmSync(EXTENSION_ERROR, { force: true });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // Terminal colour codes make the log unreadable in a file.
    const log = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(0, 60).join('\n');
    writeFileSync(EXTENSION_ERROR, `wxt build failed:\n${log}`);
  }
  return true;
}

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

/** `wxt build -b firefox` when its inputs changed (the Firefox test, the manifest and bundle checks read it). */
export async function buildFirefoxExtension(force = false): Promise<boolean> {
  if (!force && !stale(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), EXTENSION_INPUTS)) return false;
  await wxtBuild('firefox');
  return true;
}

function wxtBuild(browser: 'chrome' | 'firefox') {
  // vitest sets NODE_ENV=test, which would give React's development JSX runtime against its production build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const args = browser === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox'];
  return promisify(execFile)('npx', args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
}

/** The standalone training page, built as `npm run build:training` builds it, into the fixtures folder. */
export const TRAINING_PAGE = join(FIXTURE_OUT, 'training/index.html');

export async function buildTrainingPage(force = false): Promise<boolean> {
  const inputs = [...['src', 'rules', 'examples', 'package-lock.json'].map((p) => join(ROOT, p)), join(ROOT, 'scripts/build-training.ts')];
  if (!force && !stale(TRAINING_PAGE, inputs)) return false;
  await buildTraining(join(FIXTURE_OUT, 'training'));
  return true;
}
