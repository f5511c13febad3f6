// Reading the CLI's input files. Every failure becomes an InputError naming the file.
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import {
  createContext,
  InputError,
  looksLikeHashedRoster,
  parseHashedRosterJson,
  parseRosterCsv,
  parseSchoolProfileJson,
  type AnalysisContext,
  type ContextOptions,
} from '../engine/index.ts';
import { readJson } from '../engine/json.ts';
import { BASELINE_ID, builtinPack, builtinPacks, resolveWithBuiltins } from '../policy/builtin.ts';
import { parsePackJson, resolvePack, type ResolvedPack } from '../policy/load.ts';

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, [{ problem: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (e as Error).message})` }]);
  }
}

export function loadContext(options: { school?: string; roster?: string }): AnalysisContext {
  const school = options.school ? parseSchoolProfileJson(readText(options.school), options.school) : undefined;
  return createContext({ ...(school ? { school } : {}), ...(options.roster ? loadRoster(options.roster) : {}) });
}

/** `--roster FILE`: a CSV export, or a hashed roster from `postcheck roster hash` (JSON), told apart by content. */
export function loadRoster(path: string): Pick<ContextOptions, 'pupils' | 'roster'> {
  const text = readText(path);
  return looksLikeHashedRoster(text) ? { roster: parseHashedRosterJson(text, path) } : { pupils: parseRosterCsv(text, path) };
}

export interface JsonlPost {
  id: unknown;
  text: string;
}

/** Reads every line first, so a bad line stops the run before any output (nothing half-done). */
export function readJsonl(path: string): JsonlPost[] {
  const posts: JsonlPost[] = [];
  const problems: { line: number; problem: string }[] = [];
  readText(path)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim() || problems.length >= 20) return;
      let value: unknown;
      try {
        // readJson, not JSON.parse: V8's messages quote the line, and the line is a post.
        value = readJson(raw, path);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems.push({ line: i + 1, problem: e.problems[0]!.problem });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({ line: i + 1, problem: 'expected an object like {"id": 1, "text": "..."}' });
        return;
      }
      const { id, text } = value as Record<string, unknown>;
      if (typeof text !== 'string') {
        problems.push({ line: i + 1, problem: `"text" must be a string${text === undefined ? ' and is missing' : ''}` });
        return;
      }
      posts.push({ id: id ?? null, text });
    });
  if (problems.length) throw new InputError(path, problems);
  return posts;
}

/** `--policy`: a built-in pack id, or the path of a pack JSON file (which may extend a built-in pack). */
export function loadPolicy(arg: string | undefined): ResolvedPack {
  const id = arg ?? BASELINE_ID;
  const builtin = builtinPack(id);
  if (builtin) return resolveWithBuiltins(builtin);
  if (!existsSync(id)) {
    const ids = [...builtinPacks().keys()].join(', ');
    throw new InputError(id, [{ problem: `not a built-in policy (${ids}) and no such file` }]);
  }
  // Resolved under the file's name: an `extends` problem is about this file, which the pack's id may not say.
  return resolvePack(parsePackJson(readText(id), id), builtinPack, id);
}
