// Every detector the engine runs, in one list. A layout test checks each is registered, tested and documented.
import type { Detector } from '../engine/detector.ts';
import { personalData } from './personal-data/personal-data.ts';
import { profanity } from './profanity/profanity.ts';
import { schoolIdentity } from './school-identity/school-identity.ts';
import { confidentialPupilMatters } from './confidential-pupil-matters/confidential-pupil-matters.ts';
import { confidentialSchoolMatters } from './confidential-school-matters/confidential-school-matters.ts';
import { derogatory } from './derogatory/derogatory.ts';
import { discriminatory } from './discriminatory/discriminatory.ts';
import { pupilIdentifier } from './pupil-identifier/pupil-identifier.ts';
import { pupilMention } from './pupil-mention/pupil-mention.ts';
import { rosterName } from './roster-name/roster-name.ts';

export const DETECTORS: readonly Detector[] = [rosterName, pupilMention, pupilIdentifier, schoolIdentity, confidentialPupilMatters, confidentialSchoolMatters, personalData, profanity, discriminatory, derogatory];
