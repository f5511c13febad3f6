// The valid examples the fuzz tests damage, read from the repository whatever the working directory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export const repoFile = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The built-in policy packs' files, as text. */
export const ruleFiles = (): string[] =>
  readdirSync(join(ROOT, 'rules'))
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => repoFile(`rules/${f}`));
