// `npm run settings:docs`: writes public/managed-schema.json and the generated parts of docs/deploying.md (the key
// table and the example configuration in each format). A test fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { managedSchemaJson } from '../src/settings/managed-schema.ts';
import { DEPLOYING, deployingDoc } from './deploy-docs.ts';

writeFileSync(join(import.meta.dirname, '../public/managed-schema.json'), managedSchemaJson());
writeFileSync(DEPLOYING, deployingDoc(readFileSync(DEPLOYING, 'utf8')));
console.log('Wrote public/managed-schema.json and the generated parts of docs/deploying.md');
