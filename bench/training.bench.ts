// `npm run bench:training`: what the training page costs a trainer's machine, in one run. Building each pack's
// scenario model (Node), and in Debian Chromium from the standalone file: opening the page until the first scenario
// is marked, and switching policy until the new policy's first scenario is on screen. `-- --write` records the
// figures in docs/performance.md.
import { statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { builtinPacks, resolveWithBuiltins } from '../src/policy/builtin.ts';
import { checkerFor } from '../src/training/library.ts';
import { buildModel } from '../src/training/model.ts';
import { WRITTEN } from '../src/training/written.ts';
import { buildTrainingPage, TRAINING_PAGE } from '../test/e2e/build.ts';
import { launchBrowser } from '../test/e2e/harness.ts';
import { EXAMPLE_CONTEXT } from '../test/policy/packs.ts';
import { recordInPerformanceDoc } from './record.ts';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (x: number) => x.toFixed(0);
const lines: string[] = [];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; Chromium headless for the page.`, '');

// 1. The scenario model per pack: every scenario checked, the quiz's clean posts, the handout.
// The invented school and roster the page uses (examples/), read from disk: plain Node has no `?raw` imports.
const context = EXAMPLE_CONTEXT;
const packs = [...builtinPacks().values()].map((p) => resolveWithBuiltins(p));
buildModel(packs[0]!, checkerFor(packs[0]!, context), WRITTEN); // the engine's first use (NLP model) is not a pack's cost
lines.push('| policy | scenarios | model build, median ms | clean posts for the quiz | built on opening the quiz, median ms |', '|---|---|---|---|---|');
for (const pack of packs) {
  const times: number[] = [];
  const cleanTimes: number[] = [];
  let scenarios = 0;
  let clean = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const model = buildModel(pack, checkerFor(pack, context), WRITTEN);
    times.push(performance.now() - t0);
    scenarios = model.scenarios.length;
    const t1 = performance.now();
    clean = model.clean().length;
    cleanTimes.push(performance.now() - t1);
  }
  lines.push(`| ${pack.id} | ${scenarios} | ${f(median(times))} | ${clean} | ${f(median(cleanTimes))} |`);
}

// 2. The standalone page in Chromium.
await buildTrainingPage(true);
const size = statSync(TRAINING_PAGE).size;
const browser = await launchBrowser({ extension: false });
const opens: number[] = [];
const paints: number[] = [];
const switches: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const t0 = Date.now();
    await page.goto(pathToFileURL(TRAINING_PAGE).href);
    // Ready: the first scenario is in its box and the checker has marked it.
    await page.waitForFunction(() => ['postcheck-advice', 'postcheck-warning', 'postcheck-stop'].some((n) => (CSS.highlights.get(n)?.size ?? 0) > 0));
    opens.push(Date.now() - t0);
    paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));
    const select = page.getByLabel('Policy', { exact: true });
    const t1 = Date.now();
    await select.selectOption('wigan-schools-model');
    await page.locator('.scenario-count', { hasText: /of 102$/ }).waitFor();
    switches.push(Date.now() - t1);
    await page.close();
  }
} finally {
  await browser.close();
}
lines.push(
  '',
  `Standalone page: one file of ${(size / 2 ** 20).toFixed(1)} MB. Opened from disk: first paint (the page, "Checking the` +
    ` scenarios against the policy…") median ${f(median(paints))} ms; the first scenario marked, median ${f(median(opens))} ms` +
    ` (of ${RUNS}); switching policy (to the largest, Wigan) until its first scenario is shown: median ${f(median(switches))} ms.`,
);

const report = lines.join('\n');
console.log(report);
if (process.argv.includes('--write')) recordInPerformanceDoc('training', report);
