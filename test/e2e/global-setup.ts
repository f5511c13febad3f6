// Vitest global setup: before browser tests run, bring the fixture bundles and the Chrome extension build up to
// date. Skipped when the run has no test under test/e2e/ (a unit-test run should not pay for a build), and each
// build is skipped when its inputs have not changed.
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { buildExtension, buildFirefoxExtension, buildFixtures, buildTrainingPage, EXTENSION_ERROR } from './build.ts';

async function runIncludesE2e(project: TestProject): Promise<boolean> {
  // The CLI's file filters are not public API; without them (or if this field moves) assume a full run.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters?.length) return true;
  const specs = await project.vitest.globTestSpecifications(filters);
  return specs.some((spec) => spec.moduleId.includes('/test/e2e/'));
}

export default async function setup(project: TestProject): Promise<void> {
  if (!(await runIncludesE2e(project))) return;
  const started = Date.now();
  // The two browsers' builds one after the other: both write WXT's .wxt/ folder.
  const extensions = async () => [await buildExtension(), await buildFirefoxExtension()] as const;
  const [fixtures, [extension, firefox], training] = await Promise.all([buildFixtures(), extensions(), buildTrainingPage()]);
  const built = [fixtures && 'fixtures', extension && 'extension', firefox && 'Firefox extension', training && 'the training page'].filter(Boolean);
  if (built.length) console.log(`e2e: built ${built.join(' and ')} in ${Date.now() - started} ms`);
  // Not fatal: tests that load the extension fail with this error; the fixture smoke tests still run.
  if (existsSync(EXTENSION_ERROR)) console.warn(`e2e: the extension did not build, see ${EXTENSION_ERROR}`);
}
