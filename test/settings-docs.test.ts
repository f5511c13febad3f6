// public/managed-schema.json and the generated parts of docs/deploying.md must match what the generator makes now
// (run `npm run settings:docs` if these fail).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPLOYING, deployingDoc, exampleConfig } from '../scripts/deploy-docs.ts';
import { managedSchemaJson } from '../src/settings/managed-schema.ts';
import { mergeSettings, MANAGED_KEYS } from '../src/settings/settings.ts';
import { VALIDATORS } from '../src/content/validators.ts';

describe('generated settings docs', () => {
  it('public/managed-schema.json is current and lists every key IT can set', () => {
    expect(readFileSync(new URL('../public/managed-schema.json', import.meta.url), 'utf8')).toBe(managedSchemaJson());
    expect(Object.keys(JSON.parse(managedSchemaJson()).properties)).toEqual([...MANAGED_KEYS]);
  });

  it('docs/deploying.md has the current key table and examples', () => {
    const doc = readFileSync(DEPLOYING, 'utf8');
    expect(deployingDoc(doc)).toBe(doc);
  });

  it('the example school\'s configuration is accepted whole, with no problems', () => {
    const settings = mergeSettings(exampleConfig(), {}, VALIDATORS);
    expect(settings.problems).toEqual([]);
    expect([...settings.managed].sort()).toEqual(Object.keys(exampleConfig()).sort());
  });
});
