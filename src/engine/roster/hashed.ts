import { hkdf } from '@noble/hashes/hkdf.js';
import { readJson } from '../json.ts';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from '../zod.ts';
import { InputError } from '../errors.ts';
import { zodProblems } from '../school-profile.ts';
import { compileRoster, isEverydayForm, type NameSet, type RosterIndex, type RosterPupil } from './index.ts';

// A roster as keyed hashes of its name forms, so it can sit in a managed policy or in extension storage without a
// pupil's name in plain text. Matching hashes each form a post offers and looks it up; the findings are exactly those
// of the plain roster, because both ask the same questions of the same forms.

export const ROSTER_FORMAT = 'postcheck-roster/1';
export const ROSTER_ALGORITHM = 'hmac-sha256-128';
/** Key length in bytes: SHA-256's own output size, the most HMAC-SHA256 can use. */
export const ROSTER_KEY_BYTES = 32;
/**
 * 16 bytes (128 bits, 22 base64url characters) per hash. A false match needs a post's form to hit one of the
 * roster's n hashes by chance, about n / 2^128 per look-up: never, for any school. Shorter would save space but
 * not privacy (the key sits beside the hashes), so the margin costs only size: 3–4 hashes a pupil, some 80–125
 * bytes of pretty JSON (the 85-pupil corpus roster is 10 KB; 1,500 pupils about 120 KB).
 */
const HASH_BYTES = 16;

/** Each set hashes under its own label, so a surname's hash can never answer for a first name or a pair. */
const PURPOSES = ['first', 'last', 'pair'] as const;
type Purpose = (typeof PURPOSES)[number];

const HASH = /^[A-Za-z0-9_-]{22}$/;
const KEY = /^[A-Za-z0-9_-]{43}$/;
const hashes = z.array(z.string().regex(HASH, 'must be a 22-character base64url hash')).min(1, 'must hold at least one hash');

export const HashedRosterSchema = z.strictObject({
  format: z.literal(ROSTER_FORMAT, `must be "${ROSTER_FORMAT}"`),
  algorithm: z.literal(ROSTER_ALGORITHM, `must be "${ROSTER_ALGORITHM}"`),
  key: z.string().regex(KEY, `must be the ${ROSTER_KEY_BYTES}-byte key in base64url (43 characters)`),
  pupils: z.number().int('must be a whole number').min(1, 'must be at least 1'),
  maxLastWords: z.number().int('must be a whole number').min(1, 'must be at least 1').max(20, 'must be at most 20'),
  first: hashes,
  last: hashes,
  pairs: hashes,
});

/**
 * `first`, `last` and `pairs` are sorted, so they say nothing about row order. Which forms are everyday words
 * (Grace, May, Brown) is not stored: the engine's word lists decide that at match time, exactly as for a plain
 * roster, and a separate list would only mark which hashes belong to the easiest names to guess.
 */
export type HashedRoster = z.infer<typeof HashedRosterSchema>;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64url(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of text) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new Error(`not base64url: "${ch}"`);
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * The key for a secret, so hashing the same roster with the same secret gives the same file. HKDF, not a slow
 * password hash: the key itself is written into the file, so the secret guards nothing beyond repeatability.
 */
export function deriveRosterKey(secret: string): Uint8Array {
  if (!secret) throw new InputError('secret', [{ problem: 'must not be empty' }]);
  return hkdf(sha256, utf8ToBytes(secret), utf8ToBytes(ROSTER_FORMAT), utf8ToBytes('roster key'), ROSTER_KEY_BYTES);
}

/**
 * HMAC-SHA256(key, purpose NUL form), truncated. Matching hashes every new word of a post, so this is kept cheap:
 * the keyed state (both padded key blocks) is computed once and copied into one reused instance per form, and the
 * text is encoded into a reused buffer — about 2 µs a form instead of 5.
 */
function hasher(key: Uint8Array): (purpose: Purpose, form: string) => string {
  if (key.length !== ROSTER_KEY_BYTES) throw new Error(`a roster key is ${ROSTER_KEY_BYTES} bytes, not ${key.length}`);
  const keyed = hmac.create(sha256, key);
  let scratch = keyed.clone();
  const digest = new Uint8Array(sha256.outputLen);
  const encoder = new TextEncoder();
  const text = new Uint8Array(256);
  return (purpose, form) => {
    const message = `${purpose}\u0000${form}`;
    const { read, written } = encoder.encodeInto(message, text);
    scratch = keyed._cloneInto(scratch);
    scratch.update(read === message.length ? text.subarray(0, written) : utf8ToBytes(message)).digestInto(digest);
    return toBase64url(digest.subarray(0, HASH_BYTES));
  };
}

/**
 * Hashes a roster. `key` is ROSTER_KEY_BYTES random bytes (crypto.getRandomValues) or deriveRosterKey(secret);
 * the engine takes it as given because it has no source of randomness of its own.
 */
export function hashRoster(pupils: readonly RosterPupil[], key: Uint8Array): HashedRoster {
  if (!pupils.length) throw new InputError('roster', [{ problem: 'no pupils to hash' }]);
  const plain = compileRoster(pupils);
  const hash = hasher(key);
  const sorted = (purpose: Purpose, forms: Set<string>) => [...new Set([...forms].map((f) => hash(purpose, f)))].sort();
  return {
    format: ROSTER_FORMAT,
    algorithm: ROSTER_ALGORITHM,
    key: toBase64url(key),
    pupils: plain.size,
    maxLastWords: plain.maxLastWords,
    first: sorted('first', plain.first),
    last: sorted('last', plain.last),
    pairs: sorted('pair', plain.pairs),
  };
}

/** Distinct forms remembered per set and generation: a 3,000-character post asks about some 800 (surname windows). */
const MEMO_LIMIT = 4096;

/**
 * A NameSet over an answer that costs a hash, remembering recent answers: typing asks about the same words again
 * on every keystroke. Two generations instead of a least-recently-used list: a full one is dropped whole, answers
 * still in use move to the new one, and no Map ever deletes (deleting from a full Map makes V8 rehash it).
 */
function memoised(answer: (form: string) => boolean): NameSet {
  let recent = new Map<string, boolean>();
  let older = new Map<string, boolean>();
  return {
    has(form) {
      let found = recent.get(form);
      if (found !== undefined) return found;
      found = older.get(form) ?? answer(form);
      if (recent.size >= MEMO_LIMIT) {
        older = recent;
        recent = new Map();
      }
      recent.set(form, found);
      return found;
    },
  };
}

/** A validated hashed roster, ready for matching. Answers exactly as compileRoster would for the same pupils. */
export function compileHashedRoster(roster: HashedRoster): RosterIndex {
  const hash = hasher(fromBase64url(roster.key));
  const set = (purpose: Purpose, list: readonly string[]) => {
    const stored = new Set(list);
    return memoised((form) => stored.has(hash(purpose, form)));
  };
  const first = set('first', roster.first);
  const last = set('last', roster.last);
  return {
    size: roster.pupils,
    first,
    last,
    pairs: set('pair', roster.pairs),
    everyday: memoised((form) => (first.has(form) || last.has(form)) && isEverydayForm(form)),
    maxLastWords: roster.maxLastWords,
  };
}

/** Validates a parsed hashed roster; problems name the field. */
export function parseHashedRoster(value: unknown, source = 'hashed roster'): HashedRoster {
  const result = HashedRosterSchema.safeParse(value);
  if (!result.success) {
    const problems = zodProblems(result.error).map((p) => (/received undefined$/.test(p.problem) ? { ...p, problem: 'is missing' } : p));
    throw new InputError(source, problems.slice(0, 20));
  }
  return result.data;
}

/** Reads hashed roster JSON text; a syntax error names the line. */
export function parseHashedRosterJson(json: string, source = 'hashed roster'): HashedRoster {
  return parseHashedRoster(readJson(json, source), source);
}

/** Whether roster file text is a hashed roster (JSON) rather than a CSV: a CSV starts with its header row. */
export const looksLikeHashedRoster = (text: string): boolean => text.replace(/^\uFEFF/, '').trimStart().startsWith('{');
