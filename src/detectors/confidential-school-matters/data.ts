// Word lists for confidential-school-matters: staff HR matters, things not yet made public, and shared logins.
// Each entry says what it is; `source` where it comes from law or published guidance.
import type { Term } from '../../engine/terms.ts';

export const SCHOOL_SIGNALS = ['confidential.staff-hr', 'confidential.unpublished', 'confidential.credentials'] as const;
export type SchoolSignal = (typeof SCHOOL_SIGNALS)[number];

/**
 * - formal: a formal HR process (disciplinary, grievance, capability, investigation): any linked person will do.
 * - health: a colleague's sickness or absence: needs a member of staff in the sentence.
 * - pregnancy: a colleague's pregnancy: needs a member of staff and a sign it is not announced yet.
 * - news: an unannounced school matter (restructure, redundancies, the head leaving): needs a secrecy or
 *   "we were told in briefing" cue nearby.
 */
export type StaffKind = 'formal' | 'health' | 'pregnancy' | 'news';

export interface SchoolTerm extends Term {
  kind: StaffKind;
  weight?: number;
  /**
   * Health: the phrase itself is about a job ("phoned in sick"), so a work word nearby is enough, no staff title
   * needed. Formal: a name or pronoun also needs a work word nearby ("he took a pay cut" could be anyone's job).
   */
  work?: boolean;
  /** Lower-case text before the term must match at its end ("was/got" before "sacked"). */
  needBefore?: RegExp;
  /** Lower-case text right after the term must not match. */
  notAfter?: RegExp;
}

type Extra = Omit<SchoolTerm, 'term' | 'note' | 'kind'>;
const group = (kind: StaffKind, note: string, terms: string[], extra: Extra = {}, source?: string): SchoolTerm[] =>
  terms.map((term) => ({ term, note, kind, ...extra, ...(source ? { source } : {}) }));

const ACAS = 'Acas Code of Practice on disciplinary and grievance procedures';
const STPCD = 'Model capability and disciplinary policies for schools (DfE advice, "Teacher appraisal and capability")';
const AUX = /(?:\b(?:was|were|been|being|be|got|get|gets|getting|is|has|had|just|now|finally|nearly|almost)\s+|'s\s+|'ve\s+)$/;

export const STAFF_TOPICS: SchoolTerm[] = [
  ...group('formal', 'a formal disciplinary process', [
    'disciplinary', 'disciplinary hearing', 'disciplinary meeting', 'disciplinary investigation', 'disciplinary action',
    'disciplinary panel', 'final written warning', 'written warning', 'gross misconduct', 'misconduct',
  ], {}, ACAS),
  ...group('formal', 'a grievance raised by or against someone', [
    'grievance', 'raised a grievance', 'grievance against', 'grievance hearing', 'grievance meeting',
  ], {}, ACAS),
  ...group('formal', 'capability (performance) procedures', [
    'capability procedure', 'capability procedures', 'capability process', 'capability plan', 'capability meeting',
    'formal capability', 'informal capability', 'on capability', 'into capability', 'on capability procedures',
    'on capability procedure', 'on a capability plan', 'on formal capability', 'on informal capability',
    'capability review', 'capability hearing', 'capability warning', 'capability proceedings',
    'stage 1 capability', 'stage 2 capability', 'stage 3 capability', 'stage one capability', 'stage two capability',
    'stage three capability', 'support plan stage',
  ], {}, STPCD),
  ...group('formal', 'kept away from work while an allegation is looked into (suspension in plain words)', [
    'told not to come in', 'told not to come back', 'told to stay at home', 'told to stay away', 'not allowed on site',
    'banned from site', 'sent home pending',
  ], { work: true, notAfter: /^\s+(?:because of|due to|as|while)\s+(?:the\s+)?(?:snow|weather|heating|flood|strike|covid|boiler)\b/ }, 'Keeping Children Safe in Education, Part 4 (allegations against staff)'),
  ...group('formal', 'a pay cut imposed on one person (a name or pronoun also needs a work word nearby)', [
    'pay cut', 'cut in pay', 'tlr removed', 'lost her tlr', 'lost his tlr',
  ], { work: true }),
  ...group('formal', 'an investigation or allegation about a member of staff', [
    'under investigation', 'being investigated', 'pending investigation', 'pending an investigation',
    'suspended pending investigation', 'suspended pending an investigation', 'allegation against', 'allegation made against',
    'lado', 'lado referral', 'escorted off site', 'escorted off the premises', 'walked off site',
  ], {}, 'Keeping Children Safe in Education, Part 4 (allegations against staff)'),
  ...group('formal', 'dismissal or a negotiated exit', [
    'settlement agreement', 'compromise agreement', 'non disclosure agreement', 'nda', 'paid off', 'employment tribunal',
    'dismissal', 'unfair dismissal', 'constructive dismissal',
  ], { notAfter: /^\s+(?:time|times|is at|at \d|arrangements|routine)\b/ }, ACAS),
  ...group('formal', 'being sacked, dismissed or demoted (the verb form)', ['sacked', 'fired', 'dismissed', 'let go', 'suspended', 'demoted'],
    { needBefore: AUX, notAfter: /^\s+(?:up|from (?:the|a) (?:team|club|quiz|group|chat)|from twitter|from facebook|due to|because of the (?:rain|snow|weather))\b/ }),
  ...group('health', "a colleague's sickness absence", [
    'off sick', 'signed off', 'signed off sick', 'sick leave', 'sick note', 'fit note', 'long term sick',
    'long term sickness', 'stress leave', 'off with stress', 'signed off with stress', 'breakdown', 'nervous breakdown',
    'occupational health', 'oh referral', 'return to work meeting', 'phased return', 'absence meeting', 'absence review',
    'sickness review', 'bradford factor', 'off with depression', 'off with anxiety', 'off with stress',
  ], { notAfter: /^\s+(?:of (?:the )?(?:costs?|figures|data|budget)|policy|policies|procedure)\b/ }, 'Acas guidance on managing staff absence'),
  ...group('health', 'ringing in sick: the phrase is about a job, so a work word nearby will do', [
    'phoned in sick', 'called in sick', 'rang in sick', 'rung in sick', 'phoned in ill', 'called in ill', 'rang in ill',
    'phones in sick', 'calls in sick', 'rings in sick', 'called off sick', 'phoned off sick', 'rang off sick',
  ], { work: true }, 'Acas guidance on managing staff absence'),
  ...group('health', "a colleague's health condition", [
    'cancer', 'chemo', 'chemotherapy', 'hospital', 'in hospital', 'surgery', 'depression', 'anxiety',
    'mental health', 'miscarriage', 'ivf', 'terminal illness', 'terminally ill',
  ], { weight: 0.85 }),
  ...group('pregnancy', "a colleague's pregnancy before they have announced it", [
    'pregnant', 'pregnancy', 'expecting a baby', 'expecting', 'maternity leave', 'going on maternity', 'baby news',
  ]),
  ...group('news', 'a restructure, redundancies or cuts', [
    'restructure', 'restructuring', 'staffing restructure', 'redundancy', 'redundancies', 'made redundant',
    'redundancy consultation', 'staffing consultation', 'staff consultation', 'job cuts', 'staffing cuts', 'losing staff',
    'cuts to staffing', 'budget cuts', 'deficit', 'pay freeze', 'ta hours', 'losing tas', 'losing teachers',
    'losing jobs', 'jobs at risk', 'at risk of redundancy', 'voluntary redundancy', 'voluntary redundancies',
    'compulsory redundancy', 'compulsory redundancies', 'reducing staffing', 'reduce staffing', 'reduction in staffing',
    'staffing reduction', 'staffing reductions', 'reducing its staffing', 'reducing our staffing', 'staffing review',
  ], {}),
  ...group('news', 'a merger, academy conversion or closure', [
    'merger', 'merging with', 'merge with', 'merge', 'merging', 'merge us', 'merging us', 'academy conversion', 'academisation', 'academise',
    'academised', 'academising', 'academy status', 'become an academy', 'becoming an academy', 'convert to an academy', 'converting to an academy',
    'joining a trust', 'join a trust', 'joining the trust', 'join the trust', 'joining the mat', 'join the mat',
    'joining another trust', 'moving trusts', 'changing trusts', 'joining a mat', 'join a mat', 'joining a multi academy trust',
    'join a multi academy trust', 'school closure', 'closing the school',
    'school is closing', 'closing down', 'takeover', 'taken over by',
  ], {}),
  ...group('news', 'a leadership change or appointment not yet announced', [
    'head is leaving', "head's leaving", 'headteacher is leaving', "headteacher's leaving", 'head is retiring',
    'head has resigned', 'head resigned', 'head is going', 'head is stepping down', 'principal is leaving',
    'deputy is leaving', 'handed in his notice', 'handed in her notice', 'handed in their notice',
    'handed his notice in', 'handed her notice in', 'resigned', 'resignation', 'resigning', 'stepping down',
    'new head', 'new headteacher', 'new head teacher', 'new principal', 'new deputy', 'new ceo', 'appointed',
    'got the job', 'been offered the job', 'offered the job', 'leaving at christmas', 'leaving at easter',
    'leaving in july', 'leaving at the end of term', 'leaving in the summer',
  ], {}),
];

/** Job cuts written out: "axe three support staff roles", "cutting two admin posts". */
export const JOB_CUTS: SchoolTerm = {
  term: '(posts or jobs cut)',
  kind: 'news',
  note: 'posts or jobs being cut',
};
export const JOB_CUTS_PATTERN =
  /\b(?:cut|cuts|cutting|lose|losing|delete|deleting|axe|axing|scrap|scrapping|reduce|reducing|remove|removing)\s+(?:(?:one|two|three|four|five|six|\d+|a|the|some|several|our|their|its|full[\s-]time|part[\s-]time|teaching|teacher|ta|teaching assistant|support|staff|admin|office|pastoral|leadership|senior|middle|more|of|these|those)\s+){1,5}(?:posts?|jobs?|roles?|positions?)\b/g;

// --- Secrecy cues ---------------------------------------------------------------------------------------------------

const words = (note: string, list: string[]): Term[] => list.map((term) => ({ term, note }));

/** The writer saying something is not for sharing. */
export const SECRECY: Term[] = [
  ...words('asks readers not to pass it on', [
    "don't tell anyone", 'dont tell anyone', 'do not tell anyone', "don't tell anybody", 'dont tell anybody',
    "don't tell a soul", "don't tell the kids", "don't tell the parents", "don't tell parents", "don't tell the head",
    "don't tell my head", "don't repeat this", 'dont repeat this', "don't share", 'dont share', 'do not share',
    'not for sharing', 'not to be shared', 'please keep this quiet', 'keep this quiet', 'keep it quiet',
    'keep it to yourself', 'keep it to yourselves', 'keep this to yourself', 'keep this to yourselves',
    'keep it under your hat', 'keep this under your hat', 'keep it under your hats', 'keep this under your hats',
    'kept quiet', 'kept under wraps', 'kept secret', 'keep it secret', 'keep this secret', 'kept hush hush', 'keep schtum', 'mum\'s the word', 'mums the word',
    "you didn't hear it from me", "you didn't hear this from me", "don't say i told you", 'dont say i told you',
  ]),
  ...words('says it is private or secret', [
    'just between us', 'strictly between us', 'between you and me', 'between ourselves', 'this is between us',
    'keep this between us', 'keep it between us', 'strictly confidential', 'highly confidential', 'totally confidential',
    'completely confidential', 'very confidential', 'this is confidential', "it's confidential", 'its confidential',
    'it is confidential', 'still confidential', 'confidential for now', 'top secret', 'hush hush', 'on the qt',
    'off the record', 'in confidence', 'told in confidence', 'told me in confidence', 'a secret',
    'sworn to secrecy', 'swore us to secrecy', 'sworn us to secrecy', 'under wraps', 'keep it under wraps',
    "nobody's being told", 'nobody is being told', "no one's being told", 'no one is being told', "we're not allowed to tell",
  ]),
  ...words('says it has not been announced', [
    'not announced yet', 'not been announced', "hasn't been announced", 'has not been announced', "haven't announced",
    'not yet announced', "isn't announced", 'not public yet', "isn't public yet", 'not yet public', 'not public',
    'not official yet', "isn't official yet", 'not yet official', 'not common knowledge', 'before it is announced',
    "before it's announced", 'before the announcement', "before it's official", 'before it goes public',
    "not supposed to know", 'not meant to know',
  ]),
  ...words('says the writer should not be saying it', [
    "can't say until", 'cannot say until', "can't say anything until", "can't say anything yet", "can't officially say",
    'not allowed to say', 'not supposed to say', "shouldn't be saying", "shouldn't be telling", "shouldn't say",
    'not meant to say', 'not meant to be telling', "can't tell you", "can't say too much", "can't say much",
    'not allowed to share', "can't share until", 'cannot share until', "can't post until", 'not allowed to post',
  ]),
  ...words('an embargo', ['embargo', 'embargoed', 'under embargo', 'embargo until', 'results embargo']),
];

/**
 * Who has not been told yet: these support a staff or school-news topic, but never flag on their own ("parents haven't
 * been told about the trip yet" is not a secret).
 */
export const NOT_TOLD: Term[] = words('says the people affected have not been told yet', [
  "staff don't know yet", "parents don't know yet", "parents haven't been told", "staff haven't been told",
  "nobody knows yet", "no one knows yet", "hasn't told anyone", "hasn't told the kids", "hasn't told her class",
  "hasn't told his class", "haven't told anyone",
]);

/** Someone has not yet told the people affected: "she hasn't told the head yet", "they've not informed staff yet". */
export const NOT_TOLD_PATTERN =
  /\b(?:hasn't|has not|haven't|have not|'s not|'ve not|not)\s+(?:yet\s+)?(?:told|informed|let on to)\s+(?:anyone|anybody|staff|parents|governors|us|the\s+[\p{L}]+|her\s+[\p{L}]+|his\s+[\p{L}]+|their\s+[\p{L}]+)\s+(?:yet|either)\b/gu;

/** A weaker sign that the news came from inside: "we were told in briefing". */
export const INSIDE_SOURCE: Term[] = words('news heard inside school, not announced publicly', [
  "we've been told", 'we have been told', 'we were told', 'staff were told', 'just been told', 'got told', 'found out today',
  'in briefing', 'at briefing', 'staff meeting', 'slt meeting', 'smt meeting', 'governors meeting', 'rumour', 'rumours',
  'grapevine', 'word is', 'heard today', 'overheard', 'leaked',
]);

/** Places where the words above are not secrecy: "free, confidential helpline". Checked right after "confidential". */
export const FRAMES: Term[] = words('a service or training about the topic, not a case', [
  'training', 'webinar', 'course', 'courses', 'policy', 'policies', 'procedure', 'procedures', 'guidance', 'advice',
  'toolkit', 'workshop', 'session', 'template', 'templates', 'rights', 'law', 'briefing', 'module', 'helpline',
  'hotline', 'rep', 'reps', 'caseworker', 'caseworkers', 'support', 'factsheet', 'checklist', 'awareness', 'campaign',
  'research', 'statistics', 'figures', 'data', 'rates', 'cases',
]);

/** Groups of staff: talk about staff in general, not a colleague. */
export const STAFF_GROUPS: Term[] = words('staff in general', [
  'staff', 'teachers', 'colleagues', 'people', 'members', 'employees', 'workers', 'leaders', 'heads', 'everyone',
  'anyone', 'nobody', 'someone', 'schools', 'many', 'some', 'all', 'any', 'most',
]);

/** Relatives: "my husband has been signed off" is family life, not a colleague. */
export const OWN_FAMILY: Term[] = words("the writer's own family or friends", [
  'my husband', 'my wife', 'my partner', 'my hubby', 'my mum', 'my dad', 'my mom', 'my mother', 'my father',
  'my brother', 'my sister', 'my son', 'my daughter', 'my friend', 'my best friend', 'my bestie', 'my nan',
  'my grandad', 'my grandma', 'my cousin', 'my uncle', 'my aunt', 'my auntie', 'my boyfriend', 'my girlfriend',
  'my fiance', 'my fiancee', 'my neighbour', 'my sister in law', 'my brother in law', 'my other half',
]);

/**
 * Says the news is still to be announced, or that the people it affects have not been told: "letters to parents
 * will be sent in June", "staff haven't been told". Supports a news topic anywhere in the post; never flags on its
 * own.
 */
export const PENDING_CUES: RegExp = new RegExp(
  [
    "\\b(?:formal |official )?(?:announcement|letters?)(?: to (?:parents|staff|families|the community|everyone))? (?:will|is going to|won't) (?:go out|be made|come out|be sent)",
    "\\b(?:will|won't|is going to|are going to)\\s+be\\s+(?:officially\\s+)?(?:announced|told|informed)\\b",
    "\\bnot\\s+(?:yet\\s+|been\\s+)?announced\\b",
    "\\b(?:until|till|til|before)\\s+(?:it'?s|it is|it gets|it's been|it has been)\\s+(?:officially\\s+)?(?:announced|official|public)\\b",
    "\\b(?:staff|parents|they|he|she|the kids|families|colleagues|the children|the pupils|the team)\\s+(?:don't|doesn't|do not|does not)\\s+know\\s+(?:about it\\s+)?yet\\b",
    "\\b(?:staff|parents|they|he|she|families|colleagues|the team|the staff)\\s+(?:haven't|hasn't|have not|has not)\\s+been\\s+told\\b",
    "\\bnothing(?:'s|\\s+has|\\s+is)?\\s+(?:yet\\s+)?(?:been\\s+)?(?:officially\\s+)?(?:announced|official|public)(?:\\s+yet)?\\b",
  ].join('|'),
  'g',
);

/** Words that may sit between a colleague and the topic: "she has been put on …", "Dave's final written warning". */
export const LINK_WORDS: Term[] = words('linking word', [
  'is', 'was', 'were', 'are', 'has', 'had', 'have', 'been', 'being', 'be', 'got', 'gets', 'getting', 'get', 'will', 'would',
  'could', 'might', 'may', 'now', 'just', 'finally', 'also', 'still', 'already', 'officially', 'apparently', 'recently',
  'currently', 'again', 'facing', 'faces', 'going', 'through', 'under', 'put', 'placed', 'on', 'into', 'in', 'a', 'an',
  'the', 'to', 'with', 'for', 'off', 'at', 'raised', 'raising', 'lodged', 'filed', 'started', 'starting', 'signed',
  'another', 'formal', 'informal', 'second', 'final', 'his', 'her', 'their', 'serious', 'long', 'term', 'since',
  'due', 'about', 'after', 'of', 'awaiting', 'waiting', 'pending', 'possible', 'potential', 'suspected', 'given',
  'issued', 'handed', 'received', 'served', 'weeks', 'months', 'days', 'week', 'month', 'six', 'two', 'three', 'four',
  'who', 'told', 'take', 'taking', 'face', 'or', 'made', 'forced', 'asked', 'threatened', 'diagnosed', 'treated',
  'secret', 'quiet', 'st', 'saint',
]).concat(words('a relative of a colleague: "our cleaner\'s husband has just been diagnosed with…"', [
  'husband', 'wife', 'partner', 'son', 'daughter', 'mum', 'dad', 'mother', 'father', 'baby', 'child', 'kids',
])).concat(words('a department or phase written after a name: "Sarah in maths has…"', [
  'maths', 'english', 'science', 'history', 'geography', 'pe', 're', 'art', 'music', 'drama', 'french', 'spanish',
  'german', 'computing', 'dt', 'department', 'dept', 'reception', 'nursery', 'eyfs', 'ks1', 'ks2', 'ks3', 'ks4',
  'office', 'kitchen', 'year', 'from', 'upstairs', 'downstairs', 'upper', 'lower', 'key', 'stage', 'phase', 'sixth',
]));

export const PRONOUNS: Term[] = words('pronoun pointing at one person', ['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
export const SELF_WORDS: Term[] = words('the writer themselves', ['i', 'my', 'me', 'myself', 'mine']);
export const TITLES: Term[] = words('title', ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'prof']);

/** Capitalised words that are not a colleague's name. */
export const NOT_NAMES: Term[] = words('function word, day, month or school word', [
  'i', 'a', 'an', 'the', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'you', 'our', 'my', 'your', 'their', 'his',
  'her', 'there', 'here', 'who', 'what', 'when', 'where', 'why', 'how', 'if', 'so', 'and', 'but', 'or', 'also', 'just',
  'still', 'now', 'then', 'today', 'tomorrow', 'yesterday', 'sadly', 'apparently', 'honestly', 'finally', 'well',
  'yes', 'no', 'not', 'everyone', 'nobody', 'someone', 'anyone', 'poor', 'please', 'thanks', 'great', 'ofsted', 'dfe',
  'government', 'council', 'trust', 'academy', 'school', 'union', 'neu', 'nasuwt', 'naht', 'asclc', 'unison', 'gmb',
  'acas', 'head', 'headteacher', 'governors', 'staff', 'slt', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'christmas', 'easter', 'covid', 'twitter', 'facebook', 'linkedin', 'instagram', 'england',
  'uk', 'team', 'year', 'reception', 'god', 'lol', 'omg', 'update', 'news', 'breaking', 'reminder',
]);

// --- Credentials ---------------------------------------------------------------------------------------------------

/** School systems whose login should never be shared. */
export const SYSTEMS: Term[] = words('school system or account', [
  'sims', 'arbor', 'cpoms', 'myconcern', 'bromcom', 'scholarpack', 'integris', 'progresso', 'google classroom',
  'google', 'gmail', 'classroom', 'teams', 'microsoft', 'office 365', 'o365', 'outlook', 'email', 'e-mail', 'staff portal',
  'portal', 'network', 'wifi', 'wi-fi', 'class dojo', 'classdojo', 'dojo', 'tapestry', 'seesaw', 'parentpay',
  'satchel one', 'show my homework', 'sparx', 'hegarty', 'times tables rock stars', 'ttrs', 'purple mash',
  'evidence me', 'edukey', 'mis', 'provision map', 'teachers pensions', 'admin', 'supply', 'cover', 'guest', 'sharepoint',
  'onedrive', 'google drive', 'drive', 'photocopier', 'printer', 'laptop', 'ipad', 'computer', 'smartboard',
]);

/** Values that follow "password is" in ordinary talk, and are not a password. */
export const NOT_SECRETS: Term[] = words('an ordinary word after "password is"', [
  'the', 'a', 'an', 'on', 'in', 'at', 'for', 'to', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'it', 'this', 'that',
  'required', 'needed', 'reset', 'changed', 'changing', 'expired', 'expiring', 'wrong', 'incorrect', 'correct', 'same',
  'different', 'easy', 'hard', 'strong', 'weak', 'too', 'now', 'still', 'case', 'below', 'above', 'here', 'there',
  'written', 'stored', 'saved', 'sent', 'emailed', 'attached', 'available', 'valid', 'invalid', 'protected', 'secret',
  'hidden', 'shared', 'personal', 'private', 'forgotten', 'lost', 'locked', 'long', 'short', 'new', 'old', 'temporary',
  'not', 'never', 'always', 'being', 'also', 'just', 'literally', 'probably', 'definitely', 'so', 'very', 'really',
  'what', 'which', 'where', 'when', 'how', 'why', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'be', 'been',
  'same', 'unique', 'set', 'sorted', 'fine', 'ok', 'okay', 'working', 'broken', 'down', 'up', 'blank', 'empty',
  'mandatory', 'compulsory', 'optional', 'enough', 'sensitive', 'encrypted', 'managed', 'controlled', 'one', 'someone',
  'something', 'anything', 'nothing', 'everything', 'whatever', 'all', 'none', 'of', 'by', 'with', 'from', 'about',
  'no', 'yes', 'as', 'if', 'then', 'than', 'please', 'again', 'ever', 'even', 'only', 'due', 'different', 'weird',
  'ridiculous', 'impossible', 'annoying', 'rubbish', 'pants', 'stupid', 'silly', 'complicated', 'simple', 'obvious',
  'cleverly', 'printed', 'pinned', 'stuck', 'taped', 'displayed', 'visible', 'known', 'common', 'public',
  'use', 'enter', 'type', 'click', 'ask', 'see', 'contact', 'check', 'go', 'visit', 'follow', 'email', 'request',
  'create', 'choose', 'pick', 'make', 'remember', 'keep', 'change', 'update', 'reset', 'recover', 'via', 'using',
  'better', 'worse', 'stronger', 'weaker', 'longer', 'shorter', 'easier', 'harder', 'safer', 'more', 'less',
  'needs', 'must', 'should', 'can', 'will', 'has', 'have', 'had', 'expires', 'page', 'screen', 'details', 'issues',
  'problems', 'help', 'sheet', 'card',
]);
