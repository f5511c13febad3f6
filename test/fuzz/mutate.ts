// Damage to valid input, as plain data (so a shrunk counterexample prints as what was done to which file).
import fc from 'fast-check';

/** Characters that matter to JSON and CSV readers, and some that matter to text handling. */
const PIECES = ['{', '}', '[', ']', '"', "'", ',', ':', '\\', '\n', '\r', '\r\n', ' ', '0', '-', 'e', '1e999', 'null', 'true', '//', '/*', '\uFEFF', '\u0000', '\uD800', '\u200B', '\u202E', 'é', '💥', '"\n"'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }));

export type TextEdit =
  | { cut: number }
  | { remove: number; length: number }
  | { insert: string; at: number }
  | { replace: number; with: string }
  | { flipByte: number; mask: number }
  | { repeat: number; length: number };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ cut: fc.nat() }),
  fc.record({ remove: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ insert: piece, at: fc.nat() }),
  fc.record({ replace: fc.nat(), with: piece }),
  fc.record({ flipByte: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ repeat: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
);

/** Positions are taken modulo the text's length, so any number lands somewhere. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  const at = (n: number) => n % (text.length + 1);
  if ('cut' in edit) return text.slice(0, at(edit.cut));
  if ('remove' in edit) return text.slice(0, at(edit.remove)) + text.slice(at(edit.remove) + edit.length);
  if ('insert' in edit) return text.slice(0, at(edit.at)) + edit.insert + text.slice(at(edit.at));
  if ('replace' in edit) return text.slice(0, at(edit.replace)) + edit.with + text.slice(at(edit.replace) + 1);
  if ('flipByte' in edit) {
    // A damaged file as a browser or Node would decode it: bad UTF-8 becomes U+FFFD.
    const bytes = new TextEncoder().encode(text);
    if (!bytes.length) return text;
    bytes[edit.flipByte % bytes.length]! ^= edit.mask;
    return new TextDecoder().decode(bytes);
  }
  const start = at(edit.repeat);
  return text.slice(0, start) + text.slice(start, start + edit.length) + text.slice(start);
}

/** One of `valid`, with one to four edits. */
export function damagedText(valid: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({ file: fc.constantFrom(...valid), edits: fc.array(textEdit, { minLength: 1, maxLength: 4 }) })
    .map(({ file, edits }) => edits.reduce(applyTextEdit, file));
}

/** Values a loader may meet where it expects something else, beside arbitrary JSON. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    '', '  ', 0, -1, 1.5, 2 ** 53, -0, null, true, [], {}, [[]], 'x'.repeat(100_000),
    'pupil.name', 'abuse.profanity', 'warning', 'stop', 'baseline', 'postcheck-roster/1', 'hmac-sha256-128',
  ),
  // Objects String() cannot convert, and keys JavaScript treats specially: a careless `${value}` or `obj[key]` fails.
  fc.constant(null).map(() => JSON.parse('{"toString": 1, "valueOf": 1}') as unknown),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"id": "x"}, "constructor": 1}') as unknown),
  fc.constant(null).map(() => Object.create(null) as unknown),
);

export type ValueEdit = { set: number; value: unknown } | { drop: number } | { add: number; key: string; value: unknown };

const valueEdit: fc.Arbitrary<ValueEdit> = fc.oneof(
  fc.record({ set: fc.nat(), value: oddValue }),
  fc.record({ drop: fc.nat() }),
  fc.record({ add: fc.nat(), key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'toString', 'id', 'extends', 'clauses')), value: oddValue }),
);

type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const define = (target: object, key: string | number, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** Applies an edit to a copy of `value`, at one of its places (every place is equally likely). */
export function applyValueEdit(value: unknown, edit: ValueEdit): unknown {
  const root = { v: structuredClone(value) };
  const all = paths(root.v).map((p) => ['v', ...p]);
  const n = 'set' in edit ? edit.set : 'drop' in edit ? edit.drop : edit.add;
  const path = all[n % all.length]!;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], root);
  const key = path[path.length - 1]!;
  if ('set' in edit) define(parent, key, edit.value);
  else if ('drop' in edit) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else {
    const target = parent[key];
    if (Array.isArray(target)) target.push(edit.value);
    else if (target && typeof target === 'object') define(target, edit.key, edit.value);
    else define(parent, key, edit.value);
  }
  return root.v;
}

/** One of `valid` (parsed JSON), with one to four edits at random places. */
export function damagedValue(valid: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .record({ file: fc.nat({ max: valid.length - 1 }), edits: fc.array(valueEdit, { minLength: 1, maxLength: 4 }) })
    .map(({ file, edits }) => edits.reduce(applyValueEdit, valid[file]));
}
