// Reads every pack JSON in a folder (the CLI and the docs generator share this).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePackJson } from '../src/policy/load.ts';
import type { Pack } from '../src/policy/schema.ts';

export function loadPacksFromDisk(dir: string): Pack[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((f) => parsePackJson(readFileSync(join(dir, f), 'utf8'), `rules/${f}`));
}
