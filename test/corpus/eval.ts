// `npm run eval`: precision and recall per category on the development corpus, then every miss and false alarm.
import { CATEGORIES } from '../../src/engine/index.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type Evaluation } from './evaluate.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

function table(title: string, e: Evaluation) {
  console.log(`\n${title}: ${e.posts} posts, ${e.benign} benign; benign posts with any finding: ${e.benignFlagged} (${pct(e.benignFlagged / e.benign).trim()})`);
  console.log('category       precision  recall    TP   FP   FN');
  for (const c of CATEGORIES) {
    const s = e.perCategory[c];
    console.log(`${c.padEnd(14)} ${pct(s.precision)}   ${pct(s.recall)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
}

const withRoster = evaluate(true);
table('Development corpus, with the school profile and roster', withRoster);
table('Development corpus, with the school profile, no roster', evaluate(false));
// The held-out set was written apart from the detectors and is never used to tune them: the honest figure.
const holdout = existsSync(join(import.meta.dirname, 'holdout.jsonl')) ? evaluate(true, 'holdout.jsonl') : undefined;
if (holdout) table('Held-out set, with the school profile and roster', holdout);

console.log(`\nMisses (with roster): ${withRoster.misses.length}`);
for (const m of withRoster.misses) console.log(`  ${m.post.id} [${m.category}] ${clip(m.post.text)}`);
console.log(`\nFalse alarms (with roster): ${withRoster.falseAlarms.length}`);
for (const f of withRoster.falseAlarms) {
  const spans = f.findings.map((x) => `${x.signal} "${f.post.text.slice(x.start, x.end)}"`).join(', ');
  console.log(`  ${f.post.id} [${f.category}] ${spans} — ${clip(f.post.text, 80)}`);
}
if (holdout) console.log(`\nHeld-out set: ${holdout.misses.length} misses and ${holdout.falseAlarms.length} false alarms (not listed: read them only to judge, never to tune).`);
