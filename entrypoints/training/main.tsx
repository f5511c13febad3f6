import { VALIDATORS } from '../../src/content/validators.ts';
import { watchSettings } from '../../src/settings/storage.ts';
import { mountTraining } from '../../src/training/mount.tsx';

// Thin wiring: the training page starts with the school's chosen policy (and its own packs) from the settings; from
// then on it keeps everything in the page and never writes to storage.
const stop = watchSettings(VALIDATORS, (settings) => {
  stop();
  mountTraining(document.getElementById('root')!, { policyPack: settings.policyPack, customPolicyPacks: settings.customPolicyPacks });
});
