// The generated parts of docs/deploying.md: the key table and one example school's configuration in every format.
// Used by scripts/settings-docs.ts (which writes them) and test/settings-docs.test.ts (which checks they are current).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveRosterKey, hashRoster } from '../src/engine/roster/hashed.ts';
import { parseRosterCsv } from '../src/engine/roster/index.ts';
import { firefoxPolicies, googleAdmin, intuneScript, registryFile, type Config } from '../src/settings/deploy-examples.ts';
import { managedKeysTable, replaceBetweenMarkers } from '../src/settings/managed-schema.ts';

const ROOT = join(import.meta.dirname, '..');
export const DEPLOYING = join(ROOT, 'docs/deploying.md');

/** Oakwood Primary School (examples/): its profile, its roster hashed with a fixed secret (so the doc is stable). */
export function exampleConfig(): Config {
  const school = JSON.parse(readFileSync(join(ROOT, 'examples/school.json'), 'utf8')) as unknown;
  const pupils = parseRosterCsv(readFileSync(join(ROOT, 'examples/roster.csv'), 'utf8'), 'examples/roster.csv');
  return {
    policyPack: 'owls-academy-trust',
    school,
    roster: hashRoster(pupils, deriveRosterKey('oakwood-example-secret')),
    override: 'reason',
    enabledSites: ['facebook', 'x', 'linkedin'],
    lockSettings: true,
  };
}

const STORE_UPDATE = { chrome: 'https://clients2.google.com/service/update2/crx', edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx' };
const AMO_URL = 'https://addons.mozilla.org/firefox/downloads/latest/postcheck-for-schools/latest.xpi';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

export function deployingDoc(doc: string): string {
  const config = exampleConfig();
  let out = replaceBetweenMarkers(doc, 'managed-keys', managedKeysTable());
  out = replaceBetweenMarkers(out, 'example:google-admin', fence('json', googleAdmin(config)));
  out = replaceBetweenMarkers(out, 'example:intune', fence('powershell', intuneScript(config, STORE_UPDATE)));
  out = replaceBetweenMarkers(out, 'example:registry', fence('reg', registryFile(config, STORE_UPDATE).replace(/\r\n/g, '\n')));
  out = replaceBetweenMarkers(out, 'example:firefox', fence('json', firefoxPolicies(config, AMO_URL)));
  return out;
}
