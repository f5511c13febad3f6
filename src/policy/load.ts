import type { z } from 'zod';
import { readJson } from '../engine/json.ts';
import { InputError, type InputProblem } from '../engine/errors.ts';
import { PackSchema, type Clause, type Pack } from './schema.ts';

/** A pack with its `extends` chain applied: every clause it enforces, in document order (parents first). */
export interface ResolvedPack extends Omit<Pack, 'extends' | 'overrides'> {
  /** The ids of the packs it is made of, this one first. */
  chain: string[];
}

/** "$.clauses[3].signals[0]": where in the JSON a problem is. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}`;
}

function problemsOf(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => {
    let problem = issue.message;
    if (issue.code === 'unrecognized_keys') problem = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { field: jsonPath(issue.path), problem };
  });
}

/** Validates one pack as parsed JSON; `source` names the file in errors. */
export function parsePack(value: unknown, source = 'policy pack'): Pack {
  const result = PackSchema.safeParse(value);
  if (!result.success) {
    // zod runs whole-pack checks only once every field is valid: find duplicate ids anyway, so all problems show at once.
    const problems = problemsOf(result.error);
    for (const p of duplicateIds(value)) if (!problems.some((q) => q.field === p.field)) problems.push(p);
    throw new InputError(source, problems);
  }
  return result.data;
}

function duplicateIds(value: unknown): InputProblem[] {
  const clauses = (value as { clauses?: unknown } | null)?.clauses;
  if (!Array.isArray(clauses)) return [];
  const seen = new Map<unknown, number>();
  const problems: InputProblem[] = [];
  clauses.forEach((c, i) => {
    const id = (c as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push({ field: jsonPath(['clauses', i, 'id']), problem: `duplicate clause id "${id}" (also clauses[${first}])` });
  });
  return problems;
}

export function parsePackJson(json: string, source = 'policy pack'): Pack {
  return parsePack(readJson(json, source), source);
}

/**
 * Applies `extends`: the parent's clauses first, the pack's own clauses after (a clause with a parent's id replaces
 * it in place), then the pack's overrides. `lookup` finds a parent by id; a cycle or a missing parent is an error.
 */
export function resolvePack(pack: Pack, lookup: (id: string) => Pack | undefined, source = pack.id): ResolvedPack {
  const chain: Pack[] = [pack];
  for (let p = pack; p.extends; ) {
    const parent = lookup(p.extends);
    if (!parent) throw new InputError(source, [{ field: '$.extends', problem: `extends "${p.extends}", which is not a known pack` }]);
    if (chain.some((c) => c.id === parent.id)) {
      throw new InputError(source, [{ field: '$.extends', problem: `cycle in extends: ${[...chain.map((c) => c.id), parent.id].join(' → ')}` }]);
    }
    chain.push(parent);
    p = parent;
  }
  let clauses: Clause[] = [];
  const problems: InputProblem[] = [];
  for (const p of [...chain].reverse()) {
    for (const c of p.clauses) {
      const at = clauses.findIndex((x) => x.id === c.id);
      if (at >= 0) clauses[at] = c;
      else clauses = [...clauses, c];
    }
    p.overrides.forEach((o, i) => {
      const at = clauses.findIndex((x) => x.id === o.id);
      if (at < 0) {
        problems.push({ field: jsonPath(['overrides', i, 'id']), problem: `no inherited clause "${o.id}" to override` });
        return;
      }
      const { id: _id, ...changes } = o;
      const changed = { ...clauses[at]!, ...changes };
      // The clause schema's own rules: the override has not been through them together with the clause it changes.
      let wrong: string | undefined;
      if (new Set(changed.signals).size !== changed.signals.length) wrong = 'a signal is listed twice';
      else if (changed.checkable && !changed.signals.length) wrong = `"${o.id}" is checkable, so it needs at least one signal`;
      if (wrong) problems.push({ field: jsonPath(['overrides', i, 'signals']), problem: wrong });
      else clauses[at] = changed;
    });
  }
  if (problems.length) throw new InputError(source, problems);
  const { extends: _e, overrides: _o, ...own } = pack;
  return { ...own, clauses, chain: chain.map((c) => c.id) };
}
