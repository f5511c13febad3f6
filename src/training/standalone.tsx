import { BASELINE_ID, builtinPack } from '../policy/builtin.ts';
import { mountTraining } from './mount.tsx';

// The standalone training page (`npm run build:training`): one HTML file that runs from a folder or a USB stick in any
// browser, with no extension. It starts with the baseline, or the built-in pack named by `?policy=<id>`, and a school's
// own pack can be opened from a file.
const asked = new URLSearchParams(location.search).get('policy');
const policyPack = asked && builtinPack(asked) ? asked : BASELINE_ID;
mountTraining(document.getElementById('root')!, { policyPack, customPolicyPacks: [] });
