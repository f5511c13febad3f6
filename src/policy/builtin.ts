// The packs that ship with the extension, from rules/. Bundled (no file access in the browser), validated on first use.
import bathWells from '../../rules/bath-wells-mat.json' with { type: 'json' };
import baseline from '../../rules/baseline.json' with { type: 'json' };
import congerstone from '../../rules/congerstone-primary.json' with { type: 'json' };
import owls from '../../rules/owls-academy-trust.json' with { type: 'json' };
import star from '../../rules/star-academy-trust.json' with { type: 'json' };
import wigan from '../../rules/wigan-schools-model.json' with { type: 'json' };
import { parsePack, resolvePack, type ResolvedPack } from './load.ts';
import type { Pack } from './schema.ts';

const RAW: Record<string, unknown> = {
  baseline,
  'owls-academy-trust': owls,
  'congerstone-primary': congerstone,
  'wigan-schools-model': wigan,
  'star-academy-trust': star,
  'bath-wells-mat': bathWells,
};

/** The pack used when no policy is chosen: what all five policies require, in our words, clearly labelled. */
export const BASELINE_ID = 'baseline';

let packs: Map<string, Pack> | undefined;

/** Every built-in pack, validated. */
export function builtinPacks(): Map<string, Pack> {
  packs ??= new Map(Object.entries(RAW).map(([id, json]) => [id, parsePack(json, `rules/${id}.json`)]));
  return packs;
}

export function builtinPack(id: string): Pack | undefined {
  return builtinPacks().get(id);
}

/** A built-in pack with its `extends` applied; `extra` packs (a school's own) may be extended too. */
export function resolveWithBuiltins(pack: Pack, extra: readonly Pack[] = []): ResolvedPack {
  return resolvePack(pack, (id) => extra.find((p) => p.id === id) ?? builtinPack(id));
}
