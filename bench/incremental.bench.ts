// `node bench/incremental.bench.ts`: checking as staff type. Per keystroke, the incremental analyser on a 20,000-
// character post (many paragraphs, and one long paragraph) while a sentence is typed into its middle (and, for
// comparison, at a random place each time, and into a post short enough to stay one unit); then a 63,000-character
// paste analysed in slices, reporting the longest slice (a main-thread task in the browser).
import { cpus, totalmem } from 'node:os';
import { analyse, type AnalysisContext } from '../src/engine/index.ts';
import { createIncrementalAnalyser, DEFAULT_MAX_UNIT_CHARS, splitUnits } from '../src/engine/incremental.ts';
import { corpusContext, loadCorpus } from '../test/corpus/evaluate.ts';

const KEYSTROKES = 300;
// What gets typed: ordinary words, sentence ends and a pupil's name, so cuts and findings change as it goes.
const TYPED = ' and then the whole class went out to the field. Grace in Year 6 was brilliant, as always! We will do it again next week.';

// A small deterministic generator, so every run measures the same texts.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const posts = loadCorpus().map((p) => p.text);

/** About `chars` characters of corpus posts (benign and risky), as paragraphs or run together as one paragraph. */
function post(chars: number, shape: 'paragraphs' | 'one paragraph', seed: number): string {
  const next = rng(seed);
  let t = '';
  while (t.length < chars) {
    const p = posts[Math.floor(next() * posts.length)]!;
    t += shape === 'paragraphs' ? `${p}\n\n` : `${p.replace(/\s*\n\s*/g, ' ')} `;
  }
  return t.slice(0, chars);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const f = (x: number) => x.toFixed(2);

/** Types KEYSTROKES characters at `cursor` (the middle, or a new random place each time), re-analysing after each. */
function typing(context: AnalysisContext, text: string, where: 'middle' | 'random') {
  const analyser = createIncrementalAnalyser(context);
  analyser.analyse(text);
  const next = rng(text.length);
  // Type after a word, as people do: the first space after the middle.
  let cursor = text.indexOf(' ', text.length >> 1) + 1;
  const times: number[] = [];
  let reanalysed = 0;
  for (let i = 0; i < KEYSTROKES; i++) {
    if (where === 'random') cursor = Math.floor(next() * text.length);
    text = text.slice(0, cursor) + TYPED[i % TYPED.length]! + text.slice(cursor);
    cursor++;
    const misses = analyser.findingsCache.misses;
    const t0 = performance.now();
    analyser.analyse(text);
    times.push(performance.now() - t0);
    reanalysed += analyser.findingsCache.misses - misses;
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1]!, windows: reanalysed / KEYSTROKES };
}

/** Analyses a paste in slices; each slice is timed from its start (or resumption) to its yield, as a task would be. */
async function paste(context: AnalysisContext, text: string) {
  const analyser = createIncrementalAnalyser(context, { now: () => performance.now() });
  const slices: number[] = [];
  let began = performance.now();
  const t0 = began;
  await analyser.analyseSliced(text, {
    yieldToHost: () => {
      slices.push(performance.now() - began);
      return new Promise<void>((resolve) => setImmediate(() => {
        began = performance.now();
        resolve();
      }));
    },
  });
  slices.push(performance.now() - began);
  const total = performance.now() - t0;
  // The dearest single window, analysed alone: what one slice cannot go below.
  let dearest = 0;
  for (const u of splitUnits(text)) {
    const window = text.slice(u.contextStart, u.contextEnd);
    const s = performance.now();
    analyse(window, context);
    dearest = Math.max(dearest, performance.now() - s);
  }
  return { slices: slices.length, longest: Math.max(...slices), total, dearest };
}

function units(text: string) {
  const us = splitUnits(text);
  const sizes = us.map((u) => u.end - u.start).sort((a, b) => a - b);
  const windows = us.map((u) => u.contextEnd - u.contextStart).sort((a, b) => a - b);
  return `${us.length} units, unit median ${quantile(sizes, 0.5)} / max ${sizes[sizes.length - 1]} chars, window median ${quantile(windows, 0.5)} / max ${windows[windows.length - 1]} chars`;
}

const context = corpusContext(true);
// Warm the JIT on other texts, as a page would have by the time someone types a long post.
for (const shape of ['paragraphs', 'one paragraph'] as const) typing(context, post(20_000, shape, 99), 'random');

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const lines: string[] = [`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; profile + roster context.`, ''];
lines.push(`Per keystroke, ${KEYSTROKES} keystrokes (budget p95 ≤ 16 ms):`, '');
lines.push('| post | typing at | p50 ms | p95 ms | max ms | windows re-analysed per keystroke | full analyse, median ms |', '|---|---|---|---|---|---|---|');
const notes: string[] = [];
// A post that stays one unit while it is typed into (1,200 characters growing to 1,500): re-analysed whole each time.
{
  const r = typing(context, post(DEFAULT_MAX_UNIT_CHARS - KEYSTROKES, 'one paragraph', 4), 'middle');
  lines.push(`| ${(DEFAULT_MAX_UNIT_CHARS - KEYSTROKES).toLocaleString('en-GB')} chars growing to ${DEFAULT_MAX_UNIT_CHARS.toLocaleString('en-GB')}, one unit | the middle | ${f(r.p50)} | ${f(r.p95)} | ${f(r.max)} | ${r.windows.toFixed(2)} | — |`);
}
for (const shape of ['paragraphs', 'one paragraph'] as const) {
  const text = post(20_000, shape, 1);
  const full: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    analyse(text, context);
    full.push(performance.now() - t0);
  }
  full.sort((a, b) => a - b);
  for (const where of ['middle', 'random'] as const) {
    const r = typing(context, text, where);
    lines.push(`| 20,000 chars, ${shape} | ${where === 'middle' ? 'the middle' : 'a random place each time'} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.max)} | ${r.windows.toFixed(2)} | ${f(quantile(full, 0.5))} |`);
  }
  notes.push(`- 20,000 chars, ${shape}: ${units(text)}.`);
}
lines.push('', 'A 63,000-character paste, analysed in slices (default budget 25 ms a slice; no task may pass 50 ms), cold cache:', '');
lines.push('| post | slices | longest slice ms | total ms | dearest single window ms |', '|---|---|---|---|---|');
for (const shape of ['paragraphs', 'one paragraph'] as const) {
  const text = post(63_000, shape, 2);
  const r = await paste(context, text);
  lines.push(`| 63,000 chars, ${shape} | ${r.slices} | ${f(r.longest)} | ${f(r.total)} | ${f(r.dearest)} |`);
  notes.push(`- 63,000 chars, ${shape}: ${units(text)}.`);
}
lines.push('', ...notes);
console.log(lines.join('\n'));
