import { MANAGED_KEYS, OVERRIDES, SITES } from './settings.ts';

// The managed storage schema (Chrome and Edge read it from the extension to check what policy sets), and the list of
// keys in docs/deploying.md, both generated from here so they cannot drift from each other or from the settings.
// `npm run settings:docs` writes public/managed-schema.json and the key table; a test fails when either is stale.

type JsonSchema = { type: string; description?: string; title?: string; enum?: readonly string[]; items?: JsonSchema; properties?: Record<string, JsonSchema> };

const text = (description: string): JsonSchema => ({ type: 'string', description });
const list = (description: string, items: JsonSchema = { type: 'string' }): JsonSchema => ({ type: 'array', description, items });

/** Each key IT can set, with the schema Chrome checks and what it means. */
export const MANAGED_PROPERTIES: Record<(typeof MANAGED_KEYS)[number], JsonSchema & { example: unknown }> = {
  policyPack: {
    ...text('The policy whose clauses warnings quote: a built-in pack id (see rules/README.md) or the id of one of customPolicyPacks.'),
    example: 'owls-academy-trust',
  },
  customPolicyPacks: {
    ...list('Your own policy packs, each the JSON text of a pack (rules/schema.json). Each is checked on its own: a bad pack is reported and left out.'),
    example: ['{"id": "oakwood-primary", "organisation": "Oakwood Primary School", "title": "…", "extends": "baseline", "clauses": []}'],
  },
  school: {
    type: 'object',
    description: 'The school profile, so posts that name or identify the school are caught.',
    properties: {
      name: text('The school name as people write it.'),
      aliases: list('Other names and abbreviations.'),
      urn: text('The 6-digit Unique Reference Number.'),
      dfeNumber: text('The DfE number, e.g. "855/2001".'),
      emailDomains: list('The school email domains, without "@".'),
      postcode: text('The school postcode.'),
    },
    example: { name: 'Oakwood Primary School', aliases: ['Oakwood'], urn: '123456', postcode: 'LE12 3AB' },
  },
  roster: {
    type: 'object',
    description: 'The pupil roster as keyed hashes, made by `postcheck roster hash ROSTER.csv` (never a list of names).',
    properties: {
      format: text('"postcheck-roster/1"'),
      algorithm: text('"hmac-sha256-128"'),
      key: text('The hashing key (base64url).'),
      pupils: { type: 'integer', description: 'How many pupils.' },
      maxLastWords: { type: 'integer', description: 'The most words in a surname.' },
      first: list('Hashes of first-name forms.'),
      last: list('Hashes of surnames.'),
      pairs: list('Hashes of first-name and surname pairs.'),
    },
    example: { format: 'postcheck-roster/1', algorithm: 'hmac-sha256-128', key: '…', pupils: 212, maxLastWords: 2, first: ['…'], last: ['…'], pairs: ['…'] },
  },
  override: {
    type: 'string',
    enum: OVERRIDES,
    description:
      'When a post breaks a rule the policy marks "must not post": "allow" offers "Post anyway", "reason" offers it after a typed reason (kept only on the device), "block" does not offer it and says who to ask.',
    example: 'reason',
  },
  enabledSites: {
    ...list('Where checking runs: any of "facebook", "x", "linkedin". A site left out is not touched at all.', { type: 'string', enum: SITES }),
    example: ['facebook', 'x', 'linkedin'],
  },
  lockSettings: {
    type: 'boolean',
    description: 'true: staff cannot change any setting or allow words, and what they set before no longer applies.',
    example: true,
  },
};

/** The schema as the manifest's storage.managed_schema file. */
export function managedSchemaJson(): string {
  const properties = Object.fromEntries(
    Object.entries(MANAGED_PROPERTIES).map(([key, { example: _example, ...schema }]) => [key, { title: key, ...schema }]),
  );
  return `${JSON.stringify({ type: 'object', properties }, null, 2)}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => `"${v}"`).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  return schema.type;
}

/** The docs' table of managed keys: name, type, meaning, example. */
export function managedKeysTable(): string {
  const rows = Object.entries(MANAGED_PROPERTIES).map(
    ([key, p]) => `| \`${key}\` | ${cell(typeOf(p))} | ${cell(p.description ?? '')} | \`${cell(JSON.stringify(p.example))}\` |`,
  );
  return ['| key | type | what it does | example |', '|---|---|---|---|', ...rows].join('\n');
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` (generated parts of a doc). */
export function replaceBetweenMarkers(doc: string, name: string, content: string): string {
  const startMark = `<!-- ${name}:start -->`;
  const endMark = `<!-- ${name}:end -->`;
  const start = doc.indexOf(startMark);
  const end = doc.indexOf(endMark);
  if (start < 0 || end < start) throw new Error(`the doc needs the markers ${startMark} and ${endMark}`);
  return `${doc.slice(0, start + startMark.length)}\n${content}\n${doc.slice(end)}`;
}
