// `npm run bench`: how long analyse takes on realistic posts of 280, 3,000 and 20,000 characters, and what a cold
// start costs. `npm run bench -- --write` also records the figures in docs/performance.md.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { DETECTORS } from '../src/detectors/registry.ts';
import { analyse, type AnalysisContext } from '../src/engine/index.ts';
import { corpusContext, loadCorpus } from '../test/corpus/evaluate.ts';
import { recordInPerformanceDoc } from './record.ts';

const ROOT = join(import.meta.dirname, '..');
const SIZES = [
  { chars: 280, runs: 2000, budgetP95: 5 },
  { chars: 3000, runs: 400, budgetP95: 25 },
  { chars: 20000, runs: 60, budgetP95: undefined },
];

// A small deterministic generator, so every run measures the same texts.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Posts of about `chars` characters made of corpus posts (benign and risky) in a shuffled order. */
function texts(chars: number, count: number): string[] {
  const posts = loadCorpus().map((p) => p.text);
  const next = rng(chars);
  return Array.from({ length: count }, () => {
    let t = '';
    while (t.length < chars) t += `${posts[Math.floor(next() * posts.length)]}\n\n`;
    return t.slice(0, chars);
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function measure(context: AnalysisContext, chars: number, runs: number) {
  const samples = texts(chars, 20);
  for (let i = 0; i < 20; i++) analyse(samples[i % samples.length]!, context); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = samples[i % samples.length]!;
    const t0 = performance.now();
    analyse(text, context);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1]! };
}

function coldStart() {
  const runs = Array.from({ length: 5 }, () =>
    JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench/cold-start.ts')], { encoding: 'utf8' })) as { importMs: number; firstCallMs: number; heapMb: number },
  ).sort((a, b) => a.importMs + a.firstCallMs - (b.importMs + b.firstCallMs));
  return runs[2]!;
}

const f = (x: number) => x.toFixed(2);
const lines: string[] = [];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`, '');
lines.push('| post | context | runs | median ms | p95 ms | max ms | p95 budget |', '|---|---|---|---|---|---|---|');
for (const [label, context] of [['profile + roster', corpusContext(true)], ['none', {}]] as const) {
  for (const size of SIZES) {
    const r = measure(context, size.chars, size.runs);
    const budget = size.budgetP95 === undefined ? '—' : `${size.budgetP95} ms ${r.p95 <= size.budgetP95 ? '✅' : '❌'}`;
    lines.push(`| ${size.chars.toLocaleString('en-GB')} chars | ${label} | ${size.runs} | ${f(r.median)} | ${f(r.p95)} | ${f(r.max)} | ${budget} |`);
  }
}
// Where the time goes: each detector alone on the 3,000-character posts (profile + roster).
{
  const context = corpusContext(true);
  const samples = texts(3000, 20);
  const rows: [string, number, number][] = [];
  for (const d of DETECTORS) {
    for (const t of samples) analyse(t, context, [d]);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      analyse(samples[i % samples.length]!, context, [d]);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push([d.meta.id, quantile(times, 0.5), quantile(times, 0.95)]);
  }
  lines.push('', 'Each detector alone, 3,000 characters, profile + roster (includes preparing the text, about the same for all):', '');
  lines.push('| detector | median ms | p95 ms |', '|---|---|---|');
  for (const [id, median, p95] of rows.sort((a, b) => b[2] - a[2])) lines.push(`| ${id} | ${f(median)} | ${f(p95)} |`);
}
const cold = coldStart();
lines.push('', `Cold start (fresh process, median of 5): import ${f(cold.importMs)} ms, first call ${f(cold.firstCallMs)} ms, heap added ${cold.heapMb.toFixed(1)} MB.`);
const report = lines.join('\n');
console.log(report);

if (process.argv.includes('--write')) recordInPerformanceDoc('bench', report);
