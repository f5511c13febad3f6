// Test helpers for the policy packs in rules/: load them from disk, resolve them, and check posts against them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, createContext, parseRosterCsv, parseSchoolProfileJson } from '../../src/engine/index.ts';
import { cite, type CitedFinding } from '../../src/policy/cite.ts';
import { parsePackJson, resolvePack, type ResolvedPack } from '../../src/policy/load.ts';
import type { Pack } from '../../src/policy/schema.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const RULES = join(ROOT, 'rules');
export const POLICIES = join(ROOT, '../shared/policies');

export function packFiles(): string[] {
  return readdirSync(RULES).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort();
}

export function loadPacks(): Map<string, Pack> {
  const packs = new Map<string, Pack>();
  for (const f of packFiles()) {
    const pack = parsePackJson(readFileSync(join(RULES, f), 'utf8'), `rules/${f}`);
    packs.set(pack.id, pack);
  }
  return packs;
}

const packs = loadPacks();
export function resolved(id: string): ResolvedPack {
  const pack = packs.get(id);
  if (!pack) throw new Error(`no pack "${id}" in rules/`);
  return resolvePack(pack, (p) => packs.get(p));
}

/** The example school and roster every pack's examples and cases are written against (examples/). */
export const EXAMPLE_CONTEXT = createContext({
  school: parseSchoolProfileJson(readFileSync(join(ROOT, 'examples/school.json'), 'utf8')),
  pupils: parseRosterCsv(readFileSync(join(ROOT, 'examples/roster.csv'), 'utf8')),
});

export function check(text: string, pack: ResolvedPack): CitedFinding[] {
  return cite(analyse(text, EXAMPLE_CONTEXT), pack);
}

/** Every clause id cited by any finding, and the first (best-fitting) clause of each finding. */
export function citedClauses(text: string, pack: ResolvedPack): { all: Set<string>; first: Set<string> } {
  const findings = check(text, pack);
  return {
    all: new Set(findings.flatMap((f) => f.citations.map((c) => c.clauseId))),
    first: new Set(findings.flatMap((f) => (f.citations[0] ? [f.citations[0].clauseId] : []))),
  };
}

/** Whitespace tidied the same way on both sides: a quote must appear word for word in its document. */
export const tidy = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
