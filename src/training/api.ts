import { readJson } from '../engine/json.ts';
import { boot } from '../content/boot.ts';
import { createChecker } from '../content/checker.ts';
import { toShown } from '../content/findings.ts';
import { contextFrom, packFrom, packName } from '../content/policy-from-settings.ts';
import { InputError } from '../engine/errors.ts';
import { BASELINE_ID, builtinPack, builtinPacks } from '../policy/builtin.ts';
import { parsePack, type ResolvedPack } from '../policy/load.ts';
import { training } from '../sites/training.ts';
import type { TrainingApi, TrainingModel } from '../ui/training/types.ts';
import { checkerFor } from './library.ts';
import { buildModel } from './model.ts';
import { createPageSource } from './page-source.ts';
import { WRITTEN } from './written.ts';

// The training page's connection to the product: the real checker and gate on its practice composers (through the
// training site adapter and an in-memory settings source), and the scenario models per pack.

export interface TrainingStart {
  /** The pack to start with: the school's chosen pack in the extension, the baseline in the standalone page. */
  policyPack: string;
  /** The school's own packs, as parsed JSON (from the extension's settings). */
  customPolicyPacks: unknown[];
}

export function createTrainingApi(doc: Document, start: TrainingStart): TrainingApi {
  const source = createPageSource({ ...start, override: 'allow' });
  const booted = boot(doc, training, async () => createChecker(doc, training, source));
  const context = contextFrom(source.settings());
  const models = new Map<string, TrainingModel>();
  let current = start.policyPack;

  const resolve = (id: string): ResolvedPack => packFrom({ policyPack: id, customPolicyPacks: source.settings().customPolicyPacks });

  return {
    packs() {
      const custom = source.settings().customPolicyPacks.map((raw, i) => parsePack(raw, `customPolicyPacks[${i}]`));
      const ids = [...custom.map((p) => p.id), ...[...builtinPacks().keys()].filter((id) => !custom.some((p) => p.id === id))];
      // The baseline last: a trainer looks for their school's policy first.
      ids.sort((a, b) => Number(a === BASELINE_ID) - Number(b === BASELINE_ID));
      return ids.map((id) => ({ id, name: packName(resolve(id)) }));
    },

    model(id) {
      let model = models.get(id);
      if (!model) {
        const pack = resolve(id);
        model = buildModel(pack, checkerFor(pack, context), WRITTEN);
        models.set(id, model);
      }
      return model;
    },

    check(text) {
      const pack = resolve(current);
      const allowed = new Set(source.settings().allowWords);
      return toShown(text, checkerFor(pack, context)(text), { allowed, dismissed: new Set() });
    },

    openPack(json, fileName) {
      const raw = readJson(json, fileName);
      const pack = parsePack(raw, fileName);
      // As in settings: a school's pack with a built-in pack's id would stand in for it everywhere it is named.
      if (builtinPack(pack.id)) throw new InputError(fileName, [{ field: '$.id', problem: `"${pack.id}" is the id of a built-in policy: give the pack an id of its own` }]);
      const others = source.settings().customPolicyPacks.filter((p, i) => parsePack(p, `customPolicyPacks[${i}]`).id !== pack.id);
      const customPolicyPacks = [...others, raw];
      // Throws (naming the missing pack or the cycle) before anything changes when its `extends` cannot be followed.
      packFrom({ policyPack: pack.id, customPolicyPacks });
      source.choose({ customPolicyPacks });
      models.delete(pack.id);
      return pack.id;
    },

    choosePack(id) {
      current = id;
      source.choose({ policyPack: id });
    },

    track: (editor) => booted.track(editor),
    keyPosts: (event, editor) => training.keyPosts(event, editor),
    setTextScale: (scale) => source.setTextScale(scale),
  };
}
