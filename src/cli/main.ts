// `postcheck`: check posts from the command line with the same engine the extension uses.
import { parseArgs } from 'node:util';
import { analyse, InputError } from '../engine/index.ts';
import { ANSI, formatFindings, PLAIN } from './format.ts';
import { loadContext, readJsonl } from './load.ts';

export const USAGE = `Usage: postcheck [--school FILE] [--roster FILE] [--json] [TEXT...]
       postcheck [--school FILE] [--roster FILE] --jsonl FILE

Checks a post against what school social media policies forbid: pupils' names and identifiers, the school's
identifiers, confidential information and abusive language. Everything runs locally.

  TEXT              the post (several words are joined with spaces); without TEXT, reads standard input
  --school FILE     school profile JSON: {"name": "...", "aliases": [...], "urn": "...", ...}
  --roster FILE     pupil roster CSV with a header row (SIMS, Arbor or first_name/last_name columns)
  --json            print the findings as JSON
  --jsonl FILE      check a file of {"id": ..., "text": ...} lines; print {"id", "findings"} per line, in order
  -h, --help        show this help

Exit status: 0 nothing found, 1 something found, 2 usage or input error.
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  color: boolean;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        school: { type: 'string' },
        roster: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr(`postcheck: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.jsonl !== undefined && (positionals.length || values.json)) {
    io.stderr(`postcheck: --jsonl reads its posts from the file; give no TEXT and no --json\n\n${USAGE}`);
    return 2;
  }
  try {
    const context = loadContext({ ...(values.school ? { school: values.school } : {}), ...(values.roster ? { roster: values.roster } : {}) });
    if (values.jsonl !== undefined) {
      let found = false;
      const out: string[] = [];
      for (const post of readJsonl(values.jsonl)) {
        const findings = analyse(post.text, context);
        found ||= findings.length > 0;
        out.push(JSON.stringify({ id: post.id, findings }));
        // Write in batches: 10,000 posts must not build one giant string.
        if (out.length >= 500) io.stdout(`${out.splice(0).join('\n')}\n`);
      }
      if (out.length) io.stdout(`${out.join('\n')}\n`);
      return found ? 1 : 0;
    }
    const text = positionals.length ? positionals.join(' ') : await io.readStdin();
    const findings = analyse(text, context);
    io.stdout(values.json ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(text, findings, io.color ? ANSI : PLAIN));
    return findings.length ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`postcheck: ${e.message.split('\n').join('\npostcheck: ')}\n`);
      return 2;
    }
    throw e;
  }
}
