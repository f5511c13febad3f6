#!/usr/bin/env node
// Entry point for `npx postcheck`. Node 22.18+ runs TypeScript directly (type stripping), so there is no build step.
import { main } from '../src/cli/main.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
  color,
});
