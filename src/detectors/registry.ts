// Every detector the engine runs, in one list. A layout test checks each is registered, tested and documented.
import type { Detector } from '../engine/detector.ts';
import { copyright } from './copyright/copyright.ts';
import { confidentialPupilMatters } from './confidential-pupil-matters/confidential-pupil-matters.ts';
import { confidentialSchoolMatters } from './confidential-school-matters/confidential-school-matters.ts';
import { defamation } from './defamation/defamation.ts';
import { disrepute } from './disrepute/disrepute.ts';
import { derogatory } from './derogatory/derogatory.ts';
import { discriminatory } from './discriminatory/discriminatory.ts';
import { extremism } from './extremism/extremism.ts';
import { personalData } from './personal-data/personal-data.ts';
import { profanity } from './profanity/profanity.ts';
import { pupilContact } from './pupil-contact/pupil-contact.ts';
import { pupilIdentifier } from './pupil-identifier/pupil-identifier.ts';
import { pupilImage } from './pupil-image/pupil-image.ts';
import { pupilInfluence } from './pupil-influence/pupil-influence.ts';
import { pupilMention } from './pupil-mention/pupil-mention.ts';
import { rosterName } from './roster-name/roster-name.ts';
import { schoolIdentity } from './school-identity/school-identity.ts';
import { schoolVoice } from './school-voice/school-voice.ts';

export const DETECTORS: readonly Detector[] = [
  // pupil
  rosterName,
  pupilMention,
  pupilIdentifier,
  pupilImage,
  pupilContact,
  pupilInfluence,
  // school
  schoolIdentity,
  schoolVoice,
  disrepute,
  copyright,
  // confidential
  confidentialPupilMatters,
  confidentialSchoolMatters,
  personalData,
  // abuse
  profanity,
  discriminatory,
  derogatory,
  defamation,
  extremism,
];
