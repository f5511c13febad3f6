// `npm start`: after the build, check the example posts with the example school and roster, as staff would see it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';

const ROOT = join(import.meta.dirname, '..');
const examples = join(ROOT, 'examples');
const posts = readFileSync(join(examples, 'posts.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const color = !!process.stdout.isTTY && !process.env.NO_COLOR;

for (const post of posts) {
  process.stdout.write(`\n── ${post.id} ${'─'.repeat(Math.max(0, 60 - post.id.length))}\n`);
  await main(['--school', join(examples, 'school.json'), '--roster', join(examples, 'roster.csv'), post.text], {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => '',
    color,
  });
}
process.stdout.write(`\nThe extension is built in .output/ (chrome-mv3 and firefox-mv2): load it unpacked to try it.\nCheck your own post: npm run postcheck -- --school examples/school.json --roster examples/roster.csv "your text"\n`);
