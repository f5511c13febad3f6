// `npm run settings:docs`: writes public/managed-schema.json and the table of managed keys in docs/deploying.md, both
// from src/settings/managed-schema.ts. A test fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { managedKeysTable, managedSchemaJson, replaceBetweenMarkers } from '../src/settings/managed-schema.ts';

const ROOT = join(import.meta.dirname, '..');
writeFileSync(join(ROOT, 'public/managed-schema.json'), managedSchemaJson());
const deploying = join(ROOT, 'docs/deploying.md');
writeFileSync(deploying, replaceBetweenMarkers(readFileSync(deploying, 'utf8'), managedKeysTable()));
console.log('Wrote public/managed-schema.json and the key table in docs/deploying.md');
