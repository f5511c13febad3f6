import { parsePack } from '../policy/load.ts';
import { builtinPack } from '../policy/builtin.ts';
import { parseHashedRoster } from '../engine/roster/hashed.ts';
import type { Validators } from '../settings/settings.ts';
import { packFrom } from './policy-from-settings.ts';

// What settings need from the layers beside them: the pack schema and the hashed roster's, joined up here.
export const VALIDATORS: Validators = {
  pack: (value, source) => parsePack(value, source),
  builtinPack: (id) => builtinPack(id) !== undefined,
  roster: (value, source) => parseHashedRoster(value, source),
  // Throws (naming the missing pack or the cycle) when the chosen pack's `extends` cannot be followed.
  resolves: (policyPack, customPolicyPacks) => void packFrom({ policyPack, customPolicyPacks }),
};
