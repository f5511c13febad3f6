// `npm run rules:docs`: writes rules/schema.json (from the zod schema, so editors autocomplete packs) and
// rules/README.md (every pack and clause). A test fails when either is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packSchemaJson, rulesReadme } from '../src/policy/docs.ts';
import { loadPacksFromDisk } from './rules-files.ts';

const RULES = join(import.meta.dirname, '../rules');
writeFileSync(join(RULES, 'schema.json'), packSchemaJson());
writeFileSync(join(RULES, 'README.md'), rulesReadme(loadPacksFromDisk(RULES)));
console.log('Wrote rules/schema.json and rules/README.md');
