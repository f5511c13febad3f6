// public/managed-schema.json and the key table in docs/deploying.md are generated; they must match what the
// generator makes now (run `npm run settings:docs` if these fail).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedKeysTable, managedSchemaJson, replaceBetweenMarkers } from '../src/settings/managed-schema.ts';
import { MANAGED_KEYS } from '../src/settings/settings.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('generated settings docs', () => {
  it('public/managed-schema.json is current and lists every key IT can set', () => {
    expect(read('public/managed-schema.json')).toBe(managedSchemaJson());
    expect(Object.keys(JSON.parse(managedSchemaJson()).properties)).toEqual([...MANAGED_KEYS]);
  });
  it('docs/deploying.md has the current key table', () => {
    const doc = read('docs/deploying.md');
    expect(replaceBetweenMarkers(doc, managedKeysTable())).toBe(doc);
  });
});
