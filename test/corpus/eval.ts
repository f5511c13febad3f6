// `npm run eval`: precision and recall per category on the development corpus, then every miss and false alarm.
import { CATEGORIES } from '../../src/engine/index.ts';
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
table('With the school profile and roster', withRoster);
table('With the school profile, no roster', evaluate(false));

console.log(`\nMisses (with roster): ${withRoster.misses.length}`);
for (const m of withRoster.misses) console.log(`  ${m.post.id} [${m.category}] ${clip(m.post.text)}`);
console.log(`\nFalse alarms (with roster): ${withRoster.falseAlarms.length}`);
for (const f of withRoster.falseAlarms) {
  const spans = f.findings.map((x) => `${x.signal} "${f.post.text.slice(x.start, x.end)}"`).join(', ');
  console.log(`  ${f.post.id} [${f.category}] ${spans} — ${clip(f.post.text, 80)}`);
}
