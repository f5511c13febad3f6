// `postcheck`: check posts from the command line with the same engine and policy packs the extension uses.
import { parseArgs } from 'node:util';
import { analyse, deriveRosterKey, hashRoster, InputError, parseRosterCsv, ROSTER_KEY_BYTES } from '../engine/index.ts';
import { builtinPacks, resolveWithBuiltins } from '../policy/builtin.ts';
import { cite } from '../policy/cite.ts';
import { parsePackJson } from '../policy/load.ts';
import type { Pack } from '../policy/schema.ts';
import { ANSI, formatFindings, PLAIN, policyLine } from './format.ts';
import { loadContext, loadPolicy, readJsonl, readText } from './load.ts';

export const USAGE = `Usage: postcheck [--policy ID|FILE] [--school FILE] [--roster FILE] [--json] [TEXT...]
       postcheck [--policy ID|FILE] [--school FILE] [--roster FILE] --jsonl FILE
       postcheck policies
       postcheck rules check FILE...
       postcheck roster hash ROSTER.csv [--secret SECRET]

Checks a post against what school social media policies forbid: pupils' names and identifiers, the school's
identifiers, confidential information and abusive language, citing the clause of the school's policy each breaches.
Everything runs locally.

  TEXT              the post (several words are joined with spaces); without TEXT, reads standard input
  --policy ID|FILE  the school's policy: a built-in pack id (see "postcheck policies") or a pack JSON file;
                    without it, a labelled baseline of what all the built-in policies require
  --school FILE     school profile JSON: {"name": "...", "aliases": [...], "urn": "...", ...}
  --roster FILE     pupil roster: a CSV with a header row (SIMS, Arbor or first_name/last_name columns), or a
                    hashed roster from "postcheck roster hash"
  --json            print the findings, with severity and citations, as JSON
  --jsonl FILE      check a file of {"id": ..., "text": ...} lines; print {"id", "findings"} per line, in order
  -h, --help        show this help

  policies          list the built-in policy packs
  rules check FILE  validate policy pack files; each problem is reported with its JSON path
  roster hash FILE  print the roster CSV as a hashed roster (JSON, no names in plain text) for the "roster"
                    managed setting or --roster; a random key each run, or with --secret SECRET one derived from
                    SECRET, so the same roster and secret give the same output

Exit status: 0 nothing found (or valid), 1 something found, 2 usage or input error.
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  color: boolean;
}

function listPolicies(io: Io): number {
  const rows = [...builtinPacks().values()].map((p) => {
    const checkable = p.clauses.filter((c) => c.checkable).length;
    return `${p.id.padEnd(22)} ${p.baseline ? '(default) ' : ''}${p.title} — ${p.organisation}; ${p.clauses.length} clauses, ${checkable} checkable`;
  });
  io.stdout(`${rows.join('\n')}\n`);
  return 0;
}

/** Validates pack files; they may extend built-in packs or each other. */
function checkRules(files: string[], io: Io): number {
  if (files.length === 0) {
    io.stderr(`postcheck: rules check needs at least one pack file\n\n${USAGE}`);
    return 2;
  }
  const parsed: { file: string; pack: Pack }[] = [];
  let failed = false;
  const report = (e: unknown) => {
    if (!(e instanceof InputError)) throw e;
    failed = true;
    io.stderr(`${e.message}\n`);
  };
  for (const file of files) {
    try {
      parsed.push({ file, pack: parsePackJson(readText(file), file) });
    } catch (e) {
      report(e);
    }
  }
  for (const { file, pack } of parsed) {
    try {
      const full = resolveWithBuiltins(pack, parsed.map((p) => p.pack));
      const checkable = full.clauses.filter((c) => c.checkable).length;
      io.stdout(`${file}: valid — "${pack.id}", ${full.clauses.length} clauses (${checkable} checkable)${pack.extends ? `, extends ${pack.extends}` : ''}\n`);
    } catch (e) {
      report(e);
    }
  }
  return failed ? 2 : 0;
}

/** Prints the hashed form of a roster CSV, and nothing else, on standard output. */
function hashRosterFile(files: string[], secret: string | undefined, io: Io): number {
  if (files.length !== 1) {
    io.stderr(`postcheck: roster hash needs exactly one roster CSV file\n\n${USAGE}`);
    return 2;
  }
  if (secret === '') throw new InputError('--secret', [{ problem: 'must not be empty' }]);
  const file = files[0]!;
  const pupils = parseRosterCsv(readText(file), file);
  const key = secret === undefined ? crypto.getRandomValues(new Uint8Array(ROSTER_KEY_BYTES)) : deriveRosterKey(secret);
  io.stdout(`${JSON.stringify(hashRoster(pupils, key), null, 2)}\n`);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        school: { type: 'string' },
        roster: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'string' },
        secret: { type: 'string' },
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
  const rosterHash = positionals[0] === 'roster' && positionals[1] === 'hash';
  if (values.secret !== undefined && !rosterHash) {
    io.stderr(`postcheck: --secret is only for "roster hash"\n\n${USAGE}`);
    return 2;
  }
  const checkOptions = (['policy', 'school', 'roster', 'json', 'jsonl'] as const).filter((o) => values[o] !== undefined && values[o] !== false);
  if (rosterHash && checkOptions.length) {
    io.stderr(`postcheck: roster hash takes only --secret, not --${checkOptions.join(', --')}\n\n${USAGE}`);
    return 2;
  }
  if (values.jsonl !== undefined && (positionals.length || values.json)) {
    io.stderr(`postcheck: --jsonl reads its posts from the file; give no TEXT and no --json\n\n${USAGE}`);
    return 2;
  }
  try {
    if (rosterHash) return hashRosterFile(positionals.slice(2), values.secret, io);
    if (positionals.length === 1 && positionals[0] === 'policies') return listPolicies(io);
    if (positionals[0] === 'rules' && positionals[1] === 'check') return checkRules(positionals.slice(2), io);

    const pack = loadPolicy(values.policy);
    const context = loadContext({ ...(values.school ? { school: values.school } : {}), ...(values.roster ? { roster: values.roster } : {}) });
    const check = (text: string) => cite(analyse(text, context), pack);
    if (values.jsonl !== undefined) {
      let found = false;
      const out: string[] = [];
      for (const post of readJsonl(values.jsonl)) {
        const findings = check(post.text);
        found ||= findings.length > 0;
        out.push(JSON.stringify({ id: post.id, findings }));
        // Write in batches: 10,000 posts must not build one giant string.
        if (out.length >= 500) io.stdout(`${out.splice(0).join('\n')}\n`);
      }
      if (out.length) io.stdout(`${out.join('\n')}\n`);
      if (pack.baseline) io.stderr(`postcheck: ${policyLine(pack)}\n`);
      return found ? 1 : 0;
    }
    const text = positionals.length ? positionals.join(' ') : await io.readStdin();
    const findings = check(text);
    io.stdout(values.json ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(text, findings, pack, io.color ? ANSI : PLAIN));
    return findings.length ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`postcheck: ${e.message.split('\n').join('\npostcheck: ')}\n`);
      return 2;
    }
    throw e;
  }
}
