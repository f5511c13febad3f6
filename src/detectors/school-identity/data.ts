// Word lists for the school-identity detector. Written by the team for this project; each entry says why it is here.
import type { Term } from '../../engine/terms.ts';

/** Abbreviations and forms of "Saint" that name a school interchangeably: "St Mary's" = "St. Mary's" = "Saint Mary's". */
export const SAINT_WORDS: Term[] = [
  { term: 'saint', note: 'full form' },
  { term: 'st', note: 'usual abbreviation, with or without a full stop' },
  { term: 'sainte', note: 'French feminine form (Ecole Sainte-Therese); readers treat it as the same word' },
  { term: 'ste', note: 'abbreviation of Sainte' },
];

/** Words a school's name may start with before its own name (the school-type word comes first in these languages). */
export const PREFIX_TYPE_WORDS: Term[] = [
  { term: 'ecole', note: 'French "school" (accent folded): Ecole Sainte-Therese' },
  { term: 'ysgol', note: 'Welsh "school": Ysgol Gymraeg ...' },
  { term: 'lycee', note: 'French secondary school (accent folded)' },
];

export type Phase = 'infant' | 'junior' | 'primary' | 'first' | 'middle' | 'secondary' | 'grammar';

/**
 * Words that may follow a school's core name: its type, phase, religious character or status. `strong` words make a
 * bare core name unmistakably a school ("Oakwood Academy"); `weak` ones only count when a strong word follows
 * ("Oakwood High School", "Oakwood Community Primary"), so "Oakwood high street" is not read as a school.
 * "High School", "First School" are a weak word and a strong one, never one entry, so a tail parses one way only
 * (two ways to read each repeat makes the matching regex exponential).
 * `phases` are compared with the profile's: "St Mary's Infant School" is not "St Mary's Primary School".
 * `denomination` is compared likewise: "St Mary's RC Primary" is not "St Mary's C of E Primary".
 */
export interface TailTerm extends Term {
  strength: 'strong' | 'weak';
  phases?: Phase[];
  denomination?: string;
}

export const TAIL_WORDS: TailTerm[] = [
  { term: 'school', strength: 'strong', note: 'generic type word' },
  { term: 'academy', strength: 'strong', note: 'academy or free school' },
  { term: 'college', strength: 'strong', phases: ['secondary'], note: 'secondary schools, sixth forms and FE colleges; never a primary' },
  { term: 'primary', strength: 'strong', phases: ['primary'], note: 'phase, often used without "School"' },
  { term: 'junior', strength: 'strong', phases: ['junior'], note: 'junior school (KS2 only)' },
  { term: 'juniors', strength: 'strong', phases: ['junior'], note: 'informal "Oakwood Juniors"' },
  { term: 'infant', strength: 'strong', phases: ['infant'], note: 'infant school (EYFS and KS1)' },
  { term: 'infants', strength: 'strong', phases: ['infant'], note: 'informal "Oakwood Infants"' },
  { term: 'j and i', strength: 'strong', phases: ['junior', 'infant'], note: '"J&I": junior and infant school' },
  { term: 'nursery', strength: 'strong', note: 'nursery school or class; no phase, as many primaries have one' },
  { term: 'secondary', strength: 'strong', phases: ['secondary'], note: 'phase' },
  { term: 'grammar', strength: 'strong', phases: ['grammar'], note: 'selective grammar school' },
  { term: 'sixth form', strength: 'strong', phases: ['secondary'], note: 'sixth form of a secondary school' },
  { term: 'preparatory', strength: 'strong', note: 'independent prep school' },
  { term: 'utc', strength: 'strong', note: 'university technical college' },
  { term: 'c of e', strength: 'strong', denomination: 'ce', note: 'Church of England: "C of E", "C. of E.", "CofE"' },
  { term: 'cofe', strength: 'strong', denomination: 'ce', note: 'Church of England: "CofE" written as one word' },
  { term: 'ce', strength: 'strong', denomination: 'ce', note: 'Church of England: "CE", "C.E."' },
  { term: 'church of england', strength: 'strong', denomination: 'ce', note: 'Church of England, in full' },
  { term: 'church in wales', strength: 'strong', denomination: 'cw', note: 'Church in Wales schools' },
  { term: 'rc', strength: 'strong', denomination: 'rc', note: 'Roman Catholic: "RC", "R.C."' },
  { term: 'roman catholic', strength: 'strong', denomination: 'rc', note: 'Roman Catholic, in full' },
  { term: 'catholic', strength: 'strong', denomination: 'rc', note: 'Catholic schools in England are Roman Catholic' },
  { term: 'methodist', strength: 'strong', denomination: 'methodist', note: 'Methodist schools' },
  { term: 'jewish', strength: 'strong', denomination: 'jewish', note: 'Jewish faith schools' },
  { term: 'muslim', strength: 'strong', denomination: 'muslim', note: 'Muslim faith schools' },
  { term: 'islamic', strength: 'strong', denomination: 'muslim', note: 'Islamic faith schools' },
  { term: 'sikh', strength: 'strong', denomination: 'sikh', note: 'Sikh faith schools' },
  { term: 'hindu', strength: 'strong', denomination: 'hindu', note: 'Hindu faith schools' },
  { term: 'high', strength: 'weak', phases: ['secondary'], note: '"Oakwood High School"; "Oakwood high street" is not a school' },
  { term: 'upper', strength: 'weak', phases: ['secondary'], note: 'three-tier areas: "Upper School"' },
  { term: 'middle', strength: 'weak', phases: ['middle'], note: 'three-tier areas: "Middle School"' },
  { term: 'first', strength: 'weak', phases: ['first'], note: 'three-tier areas: "First School"; "Oakwood first" alone is not a school' },
  { term: 'prep', strength: 'weak', note: '"prep" is also lesson preparation' },
  { term: 'free', strength: 'weak', note: 'free school' },
  { term: 'studio', strength: 'weak', note: 'studio school' },
  { term: 'community', strength: 'weak', note: '"Oakwood Community Primary"; "the Oakwood community" alone is not a school' },
  { term: 'county', strength: 'weak', note: 'county primary school' },
  { term: 'foundation', strength: 'weak', note: 'foundation school' },
  { term: 'church', strength: 'weak', note: '"church school" is a school; "St Mary\'s church" is the church' },
  { term: 'va', strength: 'weak', note: 'voluntary aided status, often in brackets: "(VA)"' },
  { term: 'vc', strength: 'weak', note: 'voluntary controlled status' },
  { term: 'voluntary aided', strength: 'weak', note: 'status' },
  { term: 'voluntary controlled', strength: 'weak', note: 'status' },
  { term: 'girls', strength: 'weak', note: '"Oakwood Girls\' School"' },
  { term: 'boys', strength: 'weak', note: '"Oakwood Boys\' School"' },
  { term: 'and', strength: 'weak', note: 'joins type words: "Primary and Nursery School", "Junior & Infant"' },
];

/** Weak tail words that become strong when the profile's own name uses them ("Oakwood High School" → "Oakwood High"). */
export const PROMOTABLE_TAIL_WORDS = new Set(['high', 'upper', 'middle', 'first', 'prep', 'free', 'studio', 'girls', 'boys']);

/** Short forms seen only in hashtags and handles: "#OakwoodAcad", "@StMarysPS". */
export const HANDLE_TAIL_WORDS: TailTerm[] = [
  { term: 'acad', strength: 'strong', note: 'handle abbreviation of Academy' },
  { term: 'prim', strength: 'strong', phases: ['primary'], note: 'handle abbreviation of Primary' },
  { term: 'ps', strength: 'strong', phases: ['primary'], note: 'handle abbreviation of Primary School' },
  { term: 'hs', strength: 'strong', phases: ['secondary'], note: 'handle abbreviation of High School' },
  { term: 'sch', strength: 'strong', note: 'handle abbreviation of School' },
];

/** Words around a school name in a hashtag that show the tag is about the school: "#TeamOakwood", "#OakwoodFamily". */
export const HASHTAG_BEFORE: Term[] = [
  { term: 'team', note: '#TeamOakwood' },
  { term: 'proudtobe', note: '#ProudToBeOakwood' },
  { term: 'proudtobepartof', note: '#ProudToBePartOfOakwood' },
  { term: 'proud', note: '#ProudOakwood' },
  { term: 'weare', note: '#WeAreOakwood' },
  { term: 'welcometo', note: '#WelcomeToOakwood' },
  { term: 'lovemy', note: '#LoveMyOakwood' },
];

export const HASHTAG_AFTER: Term[] = [
  { term: 'family', note: '#OakwoodFamily: school marketing' },
  { term: 'pride', note: '#OakwoodPride' },
  { term: 'proud', note: '#OakwoodProud' },
  { term: 'spirit', note: '#OakwoodSpirit' },
  { term: 'staff', note: '#OakwoodStaff' },
  { term: 'pta', note: '#OakwoodPTA' },
  { term: 'pe', note: '#OakwoodPE' },
  { term: 'sport', note: '#OakwoodSport' },
  { term: 'sports', note: '#OakwoodSports' },
  { term: 'stars', note: '#OakwoodStars' },
  { term: 'learners', note: '#OakwoodLearners' },
  { term: 'together', note: '#OakwoodTogether' },
];

/**
 * Words that make a bare core name ("Oakwood", "St Mary's" with no "School") read as the school. Looked for within a
 * few words either side, and only with the name capitalised.
 */
export const SCHOOL_WORDS: Term[] = [
  { term: 'school', note: 'the word itself' },
  { term: 'schools', note: 'plural' },
  { term: 'pupil', note: 'school role' },
  { term: 'pupils', note: 'school role' },
  { term: 'student', note: 'school role' },
  { term: 'students', note: 'school role' },
  { term: 'staff', note: 'school role (staff of a place named like the school)' },
  { term: 'staffroom', note: 'school place' },
  { term: 'teacher', note: 'school role' },
  { term: 'teachers', note: 'school role' },
  { term: 'headteacher', note: 'school role' },
  { term: 'head teacher', note: 'school role' },
  { term: 'deputy head', note: 'school role' },
  { term: 'slt', note: 'senior leadership team' },
  { term: 'governors', note: 'school governance' },
  { term: 'pta', note: 'parent-teacher association' },
  { term: 'ofsted', note: 'school inspectorate' },
  { term: 'classroom', note: 'school place' },
  { term: 'playground', note: 'school place' },
  { term: 'assembly', note: 'school event' },
  { term: 'sports day', note: 'school event' },
  { term: 'parents evening', note: 'school event' },
  { term: "parents' evening", note: 'school event, with apostrophe' },
  { term: 'open evening', note: 'school event' },
  { term: 'leavers', note: 'school event (Year 6 / Year 11 leavers)' },
  { term: 'inset', note: 'staff training day' },
  { term: 'reception', note: 'EYFS year group' },
  { term: 'term', note: 'school term' },
  { term: 'half term', note: 'school holiday' },
  { term: 'sats', note: 'KS2 national tests' },
  { term: 'gcse', note: 'exams' },
  { term: 'gcses', note: 'exams' },
  { term: 'mocks', note: 'mock exams' },
  { term: 'lessons', note: 'school day' },
  { term: 'homework', note: 'school work' },
  { term: 'sixth form', note: 'year group' },
  { term: 'uniform', note: 'school uniform' },
  ...Array.from({ length: 13 }, (_, i) => ({ term: `year ${i + 1}`, note: 'year group' })),
  ...Array.from({ length: 13 }, (_, i) => ({ term: `year ${i + 1}s`, note: 'year group, plural: "our Year 6s"' })),
  ...Array.from({ length: 13 }, (_, i) => ({ term: `y${i + 1}`, note: 'year group, short form' })),
];

/** Words near "in their uniform" that make it pupils' school uniform rather than Brownies' or firefighters'. */
export const CUE_CONTEXT_WORDS: Term[] = [
  ...SCHOOL_WORDS.filter((t) => t.term !== 'uniform'),
  { term: 'children', note: 'pupils' },
  { term: 'kids', note: 'pupils, informally' },
  { term: 'class', note: 'a class of pupils' },
  { term: 'first day', note: 'first day at school' },
  { term: 'back to school', note: 'start of term' },
  { term: 'term', note: 'school term' },
];

/** Words right after a bare core name that make it the school even in lower case: "oakwood staff", "st marys pta". */
export const ADJACENT_SCHOOL_WORDS = new Set([
  'staff', 'pupils', 'students', 'teachers', 'pta', 'governors', 'leavers', 'year', 'reception', 'sixth', 'uniform',
]);

/**
 * Words right after a bare core name that show it names some other place: "St Mary's church", "St Mary's Hospital",
 * "Oakwood Road", "Oakwood FC". The school's name then is not being used.
 */
export const OTHER_PLACE_WORDS = new Set([
  'church', 'chapel', 'cathedral', 'abbey', 'minster', 'priory', 'parish', 'churchyard', 'cemetery', 'vicarage',
  'hospital', 'hospice', 'surgery', 'clinic', 'medical', 'health', 'ward',
  'road', 'rd', 'street', 'lane', 'avenue', 'ave', 'close', 'drive', 'way', 'crescent', 'terrace', 'place', 'square',
  'gardens', 'grove', 'park', 'court', 'rise', 'mews', 'hill', 'green', 'common', 'estate', 'village', 'station',
  'hall', 'centre', 'center', 'house', 'library', 'farm', 'woods', 'forest', 'lake', 'beach',
  'fc', 'afc', 'rfc', 'cc', 'club', 'united', 'rovers', 'athletic', 'hotel', 'pub', 'inn', 'arms', 'cafe', 'university',
]);

/** Titles before a bare core name that make it a person: "Mr Harris" when the school is Harris Academy. */
export const PERSON_TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'father', 'fr', 'prof']);

/** Words before a bare core name that make it a place being moved through: "a walk through Oakwood". */
export const PLACE_PREPOSITIONS = new Set(['through', 'around', 'round', 'near', 'past', 'via', 'towards', 'across', 'along']);

/** Capitalised words before a name that make a longer, different name: "West Oakwood Academy", "Great St Mary's". */
export const NAME_EXTENDERS = new Set([
  'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'little', 'new', 'old', 'high', 'nether', 'long',
  'king', 'kings', 'royal', 'market', 'central',
]);

/** Cues that a six-digit number is a school's Unique Reference Number (see shared/notes/identifiers.md). */
export const URN_CUES: Term[] = [
  { term: 'urn', note: 'the abbreviation itself' },
  { term: 'unique reference number', note: 'full name', source: 'DfE Get Information about Schools' },
  { term: 'ofsted', note: 'Ofsted reports are filed by URN' },
  { term: 'dfe', note: 'DfE data is keyed by URN' },
  { term: 'gias', note: 'Get Information about Schools, the register that issues URNs' },
  { term: 'get information about schools', note: 'the register that issues URNs' },
  { term: 'edubase', note: 'the former name of that register' },
];

/** Cues that a 3+4 digit number is a DfE number (LAESTAB). */
export const DFE_CUES: Term[] = [
  { term: 'dfe', note: 'Department for Education' },
  { term: 'dfes', note: 'old name, still used for the number' },
  { term: 'dcsf', note: 'old name, still used for the number' },
  { term: 'laestab', note: 'LA code + establishment number' },
  { term: 'la estab', note: 'spaced form' },
  { term: 'establishment number', note: 'the four-digit part, or the whole number' },
  { term: 'department for education', note: 'full name' },
];

export type CueKind = 'uniform' | 'logo' | 'workplace' | 'premises';

export interface CueTerm extends Term {
  kind: CueKind;
  /** Only a cue with a school word nearby: "in their uniform" also fits Brownies and firefighters. */
  needsSchoolWord?: boolean;
  confidence: number;
}

/**
 * Phrases that identify the poster's school without naming it. Only the identifying ones: "school" alone is not a
 * cue, nor "uniform" in "uniform policy". "our" means the poster's school; "their"/"his"/"her" needs a school word
 * nearby because other groups wear uniforms too.
 */
export const CUE_PHRASES: CueTerm[] = [
  { term: 'in our uniform*', kind: 'uniform', confidence: 0.5, note: 'pupils or staff pictured in the school uniform' },
  { term: 'in our school uniform*', kind: 'uniform', confidence: 0.5, note: 'as above, explicit' },
  { term: 'wearing our uniform*', kind: 'uniform', confidence: 0.5, note: 'as above' },
  { term: 'wearing our school uniform*', kind: 'uniform', confidence: 0.5, note: 'as above' },
  { term: 'in their school uniform*', kind: 'uniform', confidence: 0.5, note: 'pupils pictured in school uniform' },
  { term: 'wearing their school uniform*', kind: 'uniform', confidence: 0.5, note: 'as above' },
  { term: 'in their uniform*', kind: 'uniform', confidence: 0.45, needsSchoolWord: true, note: 'needs a school word: Brownies wear uniforms too' },
  { term: 'in his uniform', kind: 'uniform', confidence: 0.45, needsSchoolWord: true, note: 'a pupil in uniform, with a school word' },
  { term: 'in her uniform', kind: 'uniform', confidence: 0.45, needsSchoolWord: true, note: 'a pupil in uniform, with a school word' },
  { term: 'wearing their uniform*', kind: 'uniform', confidence: 0.45, needsSchoolWord: true, note: 'as "in their uniform"' },
  { term: 'the school logo', kind: 'logo', confidence: 0.55, note: 'policies forbid using the school logo on personal posts' },
  { term: 'our school logo', kind: 'logo', confidence: 0.55, note: 'as above' },
  { term: "the school's logo", kind: 'logo', confidence: 0.55, note: 'as above' },
  { term: "our school's logo", kind: 'logo', confidence: 0.55, note: 'as above' },
  { term: 'our logo', kind: 'logo', confidence: 0.45, needsSchoolWord: true, note: 'only with a school word: could be a club or business' },
  { term: 'the school badge', kind: 'logo', confidence: 0.5, note: 'the badge is the logo on the uniform' },
  { term: 'our school badge', kind: 'logo', confidence: 0.55, note: 'as above' },
  { term: 'our school crest', kind: 'logo', confidence: 0.55, note: 'as above' },
  { term: 'the school crest', kind: 'logo', confidence: 0.5, note: 'as above' },
  { term: 'where i work', kind: 'workplace', confidence: 0.45, note: 'points at the poster\'s workplace' },
  { term: 'where i teach', kind: 'workplace', confidence: 0.45, note: 'as above' },
  { term: 'the school i work at', kind: 'workplace', confidence: 0.5, note: 'as above' },
  { term: 'the school i work in', kind: 'workplace', confidence: 0.5, note: 'as above' },
  { term: 'the school i teach at', kind: 'workplace', confidence: 0.5, note: 'as above' },
  { term: 'the school i teach in', kind: 'workplace', confidence: 0.5, note: 'as above' },
  { term: 'at my school', kind: 'workplace', confidence: 0.4, note: 'the poster\'s own school; weakest, it names nothing by itself' },
  { term: 'our school gates', kind: 'premises', confidence: 0.5, note: 'a photo or description of the school\'s own gates' },
  { term: 'our school gate', kind: 'premises', confidence: 0.5, note: 'as above' },
  { term: 'outside our school', kind: 'premises', confidence: 0.45, note: 'locates the school' },
  { term: 'in front of our school', kind: 'premises', confidence: 0.45, note: 'locates the school' },
  { term: 'our school sign', kind: 'premises', confidence: 0.5, note: 'the sign carries the school\'s name' },
  { term: 'our school minibus', kind: 'premises', confidence: 0.45, note: 'minibuses carry the school\'s name' },
];

/** Words after a uniform or logo phrase that make it about a policy or a sale, not a picture: "uniform policy". */
export const CUE_STOP_WORDS = new Set([
  'policy', 'policies', 'consultation', 'review', 'list', 'shop', 'supplier', 'suppliers', 'swap', 'sale', 'exchange',
  'bank', 'grant', 'grants', 'prices', 'price', 'costs', 'changes', 'competition', 'redesign', 'guidance', 'rules',
]);
