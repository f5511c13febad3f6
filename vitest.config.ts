import { defineConfig } from 'vitest/config';

// VITEST_JSON (set by .ci/run) also writes a JSON report there, for the closing "N passed, N failed" line.
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // Builds the fixture pages and the extension before browser tests (a no-op when the run has none).
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 30_000,
    // Browser tests poll the page (marks, dialogs, posts); under a loaded CI machine the checker's first load can take
    // seconds, so polls wait up to 10 s (they return as soon as the condition holds).
    expect: { poll: { timeout: 10_000 } },
    reporters: json ? ['default', 'json'] : ['default'],
    ...(json ? { outputFile: { json } } : {}),
  },
});
