// rules/schema.json and rules/README.md are generated; they must match what the generator makes now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPacksFromDisk } from '../../scripts/rules-files.ts';
import { packSchemaJson, rulesReadme } from '../../src/policy/docs.ts';
import { RULES } from './packs.ts';

describe('generated rule docs (run `npm run rules:docs` if these fail)', () => {
  it('rules/schema.json is current', () => {
    expect(readFileSync(join(RULES, 'schema.json'), 'utf8')).toBe(packSchemaJson());
  });
  it('rules/README.md is current', () => {
    expect(readFileSync(join(RULES, 'README.md'), 'utf8')).toBe(rulesReadme(loadPacksFromDisk(RULES)));
  });
});
