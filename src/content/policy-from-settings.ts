import { createContext, type AnalysisContext } from '../engine/context.ts';
import type { HashedRoster } from '../engine/roster/hashed.ts';
import { BASELINE_ID, builtinPack, resolveWithBuiltins } from '../policy/builtin.ts';
import { parsePack, type ResolvedPack } from '../policy/load.ts';
import type { Pack } from '../policy/schema.ts';
import type { Settings } from '../settings/settings.ts';

// From settings to what the checker runs with: the resolved policy pack and the engine's context.

/** The pack the settings choose, with `extends` applied (the settings merge has already checked it resolves). */
export function packFrom(settings: { policyPack: string; customPolicyPacks: readonly unknown[] }): ResolvedPack {
  const custom: Pack[] = settings.customPolicyPacks.map((p, i) => parsePack(p, `customPolicyPacks[${i}]`));
  const chosen = custom.find((p) => p.id === settings.policyPack) ?? builtinPack(settings.policyPack) ?? builtinPack(BASELINE_ID);
  if (!chosen) throw new Error('the baseline policy pack is missing from the build');
  return resolveWithBuiltins(chosen, custom);
}

export function contextFrom(settings: Settings): AnalysisContext {
  // The roster arrives already validated (VALIDATORS.roster) as a hashed roster: names never reach the page.
  const roster = settings.roster as HashedRoster | null;
  return createContext({ ...(settings.school ? { school: settings.school } : {}), ...(roster ? { roster } : {}) });
}

/** How staff see the policy named: "Social Media Policy, The OWLS Academy Trust"; the baseline by its own title. */
export function packName(pack: ResolvedPack): string {
  return pack.baseline ? pack.title : `${pack.title}, ${pack.organisation}`;
}
