// Word lists for confidential-pupil-matters. A topic word alone is never enough: the detector also needs a cue that
// ties it to a particular child (see README.md). Every entry says what it is; `source` where it comes from law or
// statutory guidance.
import type { Term } from '../../engine/terms.ts';

export const PUPIL_SIGNALS = [
  'confidential.safeguarding',
  'confidential.sen',
  'confidential.medical',
  'confidential.behaviour',
  'confidential.looked-after',
  'confidential.disadvantage',
] as const;
export type PupilSignal = (typeof PUPIL_SIGNALS)[number];

export interface TopicTerm extends Term {
  signal: PupilSignal;
  /** Scales the confidence: below 1 for words that are often harmless (detention, hospital). */
  weight?: number;
  /** Only counts when written in capitals: SEND (not "send"), ODD (not "odd"), MASH (not "mash"). */
  upper?: boolean;
  /** Needs a specific person (name, pronoun, "a boy in my class"); a bare disclosure verb is not enough. */
  weak?: boolean;
  /**
   * Common in talk about adults too (pregnancy, cancer, hospital): a pronoun or name counts only when the post is
   * about school or pupils; otherwise it needs a child reference ("a girl in Year 10").
   */
  childOnly?: boolean;
  /** The term itself reports an event (disclosed, was excluded): it needs a child or person, not just a verb. */
  event?: boolean;
  /**
   * The term names one particular case (a welfare check, a case conference): with no person linked, it is enough that
   * the post is about school or pupils. `plural` case words ("three CP cases") also need a class or year group.
   */
  caseWord?: 'one' | 'plural';
  /** About a child's family ("her mum has gone to prison"): a relative must be named before it in the sentence. */
  needFamily?: boolean;
  /** The writer may be the one acting ("we called 999 for a boy…"), so "I"/"we" before it does not make it theirs. */
  byWriter?: boolean;
  /** The normalised lower-case text right after the term must not match (e.g. "in care" + " homes"). */
  notAfter?: RegExp;
  /** The lower-case text up to the term must not match at its end (e.g. "dbs" + " disclosure"). */
  notBefore?: RegExp;
  /** The lower-case text up to the term must match at its end (e.g. "was"/"got" before "excluded"). */
  needBefore?: RegExp;
  /** The lower-case text right after the term must match (e.g. "looked after" + " child"). */
  needAfter?: RegExp;
}

type Extra = Omit<TopicTerm, 'term' | 'note' | 'signal'>;
const group = (signal: PupilSignal, note: string, terms: string[], extra: Extra = {}, source?: string): TopicTerm[] =>
  terms.map((term) => ({ term, note, signal, ...extra, ...(source ? { source } : {}) }));

const KCSIE = 'Keeping Children Safe in Education (DfE, statutory guidance)';
const WT = 'Working Together to Safeguard Children (DfE, statutory guidance)';
const SEND_COP = 'SEND Code of Practice: 0 to 25 years (DfE/DHSC 2015)';
const CFA = 'Children and Families Act 2014, Part 3';
const CA89 = 'Children Act 1989';
const SUSP = 'Suspension and permanent exclusion guidance (DfE)';
const PP = 'Pupil premium and free school meals guidance (DfE)';

// "was/got/been … excluded": the verb form, not the noun in "exclusions data".
const PASSIVE = /(?:\b(?:was|were|been|being|be|got|get|gets|getting|is|has|had|just|now|nearly|almost|finally|already|permanently|temporarily)\s+|'s\s+|'ve\s+)$/;
// "had to exclude", "we're excluding", "the head will suspend".
const ACTIVE = /\b(?:had to|have to|has to|having to|going to|will|we|i|they|head|we're|we are|i'm|i am)\s+$/;
// "excluded from the photo" is not a school exclusion; "excluded from school/lessons" is, and so is a date
// ("a reduced timetable from Monday").
const NOT_SCHOOL_FROM =
  /^\s+from\s+(?!(?:school|lessons?|class|the school|the academy|mainstream|college|sixth form|nursery|today|tomorrow|now|next|this|the (?:start|end|beginning)|(?:mon|tues|wednes|thurs|fri)day|january|february|march|april|may|june|july|september|october|november|december|half term|after half term|\d)\b)/;

export const TOPICS: TopicTerm[] = [
  // --- Safeguarding and child protection -------------------------------------------------------------------------
  ...group('confidential.safeguarding', 'safeguarding concern or case about a child', [
    'safeguarding', 'safeguarding concern', 'safeguarding concerns', 'safeguarding referral', 'safeguarding issue',
    'safeguarding case', 'safeguarding incident', 'child protection', 'child protection concern',
    'child protection referral', 'cp concern', 'cp referral', 'welfare concern',
  ], {}, KCSIE),
  ...group('confidential.safeguarding', 'a child telling an adult about harm (a disclosure)', [
    'disclosed', 'discloses', 'disclosing', 'made a disclosure', 'had a disclosure', 'disclosure',
  ], {
    event: true,
    notBefore: /\b(?:dbs|enhanced|criminal records?|full|basic|standard|police|financial|public|self|non)\s*$/,
    // "disclosed her salary" is not a safeguarding disclosure; "disclosed her dad hits her" is.
    notAfter: /^\s+(?:(?:her|his|their|its|the|a|an|my|our|your)\s+(?!(?:dad|mum|step|brother|sister|uncle|aunt|nan|grandad|parents|boyfriend|girlfriend|carer|mum's|dad's|older|younger|cousin|neighbour|family)\b)|(?:salary|pay|income|age|address|details|figures|results|profits|losses)\b)/,
  }, KCSIE),
  ...group('confidential.safeguarding', 'social care involvement with a child or family', [
    'social services', 'social worker', 'social workers', "children's services", 'childrens services', 'social care',
    "children's social care", 'early help', 'early help assessment', 'mash referral', 'referred to mash',
  ], {
    // "she is a social worker" is a job; "she has a social worker" is a case.
    notBefore: /(?:\b(?:is|was|(?:he|she|who|they|i)'s|i'm|as|become|became|be|being)\s+an?\s+|\b(?:trainee|student|qualified|senior|retired|former|ex|agency|locum)\s+|\b(?:works?|worked|working|job|career|jobs)\s+(?:in|for|as|with)\s+(?:an?\s+)?)$/,
  }, WT),
  { term: 'mash', note: 'Multi-Agency Safeguarding Hub (capitals only: not potatoes)', signal: 'confidential.safeguarding', upper: true, source: WT },
  ...group('confidential.safeguarding', 'statutory child protection steps', [
    'section 47', 's47', 'section 17', 'strategy meeting', 'strategy discussion', 'core group meeting',
    'child protection conference', 'cp conference', 'initial child protection conference', 'icpc', 'rcpc',
  ], {}, `${CA89}; ${WT}`),
  ...group('confidential.safeguarding', 'named kinds of harm or exploitation', [
    'neglect', 'sexual abuse', 'physical abuse', 'emotional abuse', 'domestic abuse', 'domestic violence', 'being abused',
    'been abused', 'was abused', 'abuse at home', 'fgm', 'forced marriage', 'cse', 'cce', 'county lines', 'grooming',
    'being groomed', 'been groomed', 'sexting', 'nudes', 'radicalisation', 'radicalised', 'prevent referral',
    'channel referral', 'non accidental injury', 'unexplained bruises', 'unexplained bruising', 'bruises', 'bruising',
    'scared to go home', 'frightened to go home', 'afraid to go home',
    "doesn't want to go home", 'does not want to go home', 'not safe at home', "isn't safe at home",
    'belt marks', 'belt mark', 'belt shaped bruise', 'hand shaped bruise', 'handprint bruise', 'finger marks',
    'fingertip bruises', 'grip marks', 'slap marks', 'cigarette burn', 'cigarette burns', 'marks on her neck',
    'marks on his neck',
  ], { notBefore: /\b(?:dog|pet|horse|cat|puppy|banana|apple|fruit|ego)\s+$/ }, KCSIE),
  ...group('confidential.safeguarding', 'a named case: a welfare check or a case conference is always about one child or family', [
    'welfare check', 'welfare visit', 'safe and well check', 'case conference', 'child protection case conference',
    'cp case conference', 'safeguarding case conference', 'child protection case',
    'safeguarding case', 'cp case', 'cin case', 'core group',
  ], { caseWord: 'one', notAfter: /^\s+(?:on|for)\s+(?:all|every|vulnerable|our)\b/ }, WT),
  ...group('confidential.safeguarding', 'several live cases counted in one class or year group', [
    'child protection cases', 'safeguarding cases', 'cp cases', 'cin cases', 'welfare checks', 'live cases', 'open cases',
  ], { caseWord: 'plural' }, WT),
  ...group('confidential.safeguarding', 'police dealing with a child (adults are arrested too: needs a school or pupil context)', [
    'police were in', 'police came in', 'police were at school', 'police interviewed', 'police want to speak to',
    'arrested', 'police were called', 'police came', 'reported to the police', 'police involvement', 'police involved',
    'operation encompass',
  ], { weight: 0.9, childOnly: true }),
  ...group('confidential.safeguarding', 'a concern logged or passed to the safeguarding lead', [
    'cpoms', 'myconcern', 'logged it on cpoms', 'told the dsl', 'passed to the dsl', 'referred to the dsl',
    'reported to the dsl', 'spoke to the dsl',
  ], {}, KCSIE),

  // --- SEN and diagnoses ------------------------------------------------------------------------------------------
  ...group('confidential.sen', 'special educational needs (capitals only: "send" is a verb)', ['send', 'sen'],
    { upper: true }, SEND_COP),
  ...group('confidential.sen', 'special educational needs status or support', [
    'sen register', 'on the sen register', 'sen support', 'special needs', 'special educational needs', 'ehcp', 'ehcps',
    'ehc plan', 'ehc needs assessment', 'ehcna', 'education health and care plan', 'education, health and care plan',
    'statemented', 'statement of sen', 'statement of special educational needs', 'one to one support', '1:1 support',
    'ehcp review', 'ehcp annual review',
  ], {}, `${SEND_COP}; ${CFA}`),
  ...group('confidential.sen', 'a diagnosis or suspected condition', [
    'adhd', 'autism', 'autistic', 'asperger*', 'dyslexia', 'dyslexic', 'dyspraxia', 'dyspraxic', 'dyscalculia',
    'pathological demand avoidance', 'oppositional defiant disorder', 'semh', 'slcn', 'speech and language',
    'speech and language therapy', 'speech and language therapist', 'global developmental delay', 'gdd',
    'learning difficulty', 'learning difficulties', 'learning disability', 'learning disabilities', 'spld',
    "down's syndrome", 'downs syndrome', 'down syndrome', 'tourette*', 'sensory processing disorder',
    'sensory processing', 'attachment disorder', 'selective mutism', 'hearing impaired', 'visually impaired',
    'cerebral palsy', 'educational psychologist', 'ed psych', 'global delay', 'fasd', 'foetal alcohol syndrome',
  ], {}, SEND_COP),
  ...group('confidential.sen', 'a condition written in capitals only, since the lower-case word is ordinary English', [
    'asd', 'asc', 'odd', 'pda', 'salt', 'mld', 'sld', 'pmld',
  ], { upper: true }, SEND_COP),

  // --- Medical and mental health ----------------------------------------------------------------------------------
  ...group('confidential.medical', 'medication or a medical device', [
    'medication', 'meds', 'epipen', 'epipens', 'epi pen', 'inhaler', 'insulin', 'ritalin', 'methylphenidate', 'melatonin',
  ], { weight: 0.85, weak: true, childOnly: true }),
  ...group('confidential.medical', 'an allergy or long-term condition (adults have them too: needs a pupil or school context)', [
    'allergy', 'allergies', 'allergic', 'nut allergy', 'anaphylaxis', 'anaphylactic', 'diabetes', 'diabetic',
    'type 1 diabetes', 'epilepsy', 'epileptic', 'seizure', 'seizures', 'asthma', 'asthmatic', 'crohn*', 'coeliac',
    'cystic fibrosis', 'sickle cell', 'medical condition', 'medical needs', 'healthcare plan', 'health care plan',
    'ihcp', 'hypo', 'had a hypo', 'hypos', 'blood sugar', 'blood sugars', 'blood glucose', 'incontinence', 'soiling', 'wetting himself', 'wetting herself',
  ], {
    weight: 0.9,
    weak: true,
    childOnly: true,
    notAfter: /^\s+to\s+(?:mondays?|marking|work|exercise|mornings?|effort|homework|meetings|paperwork|ofsted|tidying|cleaning|data drops?)\b/,
  }),
  ...group('confidential.medical', 'a condition as common in adults as children: needs a pupil or school context', [
    'cancer', 'leukaemia', 'chemo', 'chemotherapy', 'tumour', 'heart condition', 'pregnant', 'pregnancy',
    'mental health', 'depression', 'depressed', 'anxiety', 'panic attacks', 'panic attack', 'counselling', 'ptsd',
    'psychosis', 'hospital', 'hospitalised', 'a&e', 'intensive care', 'surgery',
  ], { weight: 0.85, weak: true, childOnly: true }),
  ...group('confidential.medical', 'self-harm, suicide or an eating disorder', [
    'self harm', 'self harming', 'self harmed', 'self harms', 'selfharm', 'cutting herself', 'cutting himself',
    'cutting themselves', 'hurting herself', 'hurting himself', 'suicidal', 'suicide attempt', 'attempted suicide',
    'tried to kill herself', 'tried to kill himself', 'cuts on her arm', 'cuts on his arm', 'cuts on her arms',
    'cuts on his arms', 'cuts on her wrist', 'cuts on his wrist', 'cuts on her wrists', 'cuts on his wrists',
    'cuts on her legs', 'cuts on his legs', 'cuts on her thighs', 'scars on her arms', 'scars on his arms', 'overdose', 'overdosed', 'eating disorder', 'anorexia',
    'anorexic', 'bulimia', 'bulimic', 'arfid', 'suicidal thoughts',
  ], {}),
  { term: 'camhs', note: 'Child and Adolescent Mental Health Services', signal: 'confidential.medical' },
  ...group('confidential.medical', 'a visible aid or device that reveals a health condition', [
    'hearing aid', 'hearing aids', 'cochlear implant', 'feeding tube', 'stoma', 'colostomy bag', 'insulin pump',
    'glucose monitor', 'in a wheelchair', 'wheelchair user', 'uses a wheelchair', 'on crutches', 'eye patch',
  ], { weight: 0.9, weak: true, childOnly: true }),
  ...group('confidential.medical', 'a medical emergency: an ambulance called for someone (needs a child)', [
    'call 999', 'called 999', 'calling 999', 'ring 999', 'rang 999', 'phoned 999', 'dial 999', 'dialled 999',
    'call an ambulance', 'called an ambulance', 'calling an ambulance',
  ], { weight: 0.9, event: true, childOnly: true, byWriter: true }),
  ...group('confidential.medical', 'a medical emergency that happened to someone (needs a child)', [
    'ambulance was called', 'ambulance came',
    'paramedics came', 'paramedics were called', 'rushed to hospital', 'rushed to a&e', 'blue lighted', 'blue lit',
    'anaphylactic reaction', 'anaphylactic shock', 'had a seizure', 'collapsed',
  ], { weight: 0.9, event: true, childOnly: true }),

  // --- Behaviour and exclusions -----------------------------------------------------------------------------------
  ...group('confidential.behaviour', 'an exclusion or suspension (the verb form)', ['excluded', 'expelled', 'suspended'],
    { event: true, needBefore: PASSIVE, notAfter: NOT_SCHOOL_FROM }, SUSP),
  // "had to exclude a lad in my form": the active verb, said by the one doing it.
  ...group('confidential.behaviour', 'an exclusion or suspension (the verb form)', ['exclude', 'excluding', 'expel', 'suspend'],
    { event: true, needBefore: ACTIVE, notAfter: NOT_SCHOOL_FROM }, SUSP),
  ...group('confidential.behaviour', 'an exclusion or suspension (the event)', [
    'permanently excluded', 'permanent exclusion', 'fixed term exclusion', 'fixed term exclusions', 'exclusion',
    'suspension', 'internal exclusion', 'perm ex', 'perm exclusion', 'managed move', 'pupil referral unit', 'pru',
    'alternative provision', 'reduced timetable', 'part time timetable', 'pastoral support plan', 'behaviour contract',
    'kicked out of school', 'exclusion meeting',
  ], { notAfter: NOT_SCHOOL_FROM, notBefore: /\b(?:social|digital|financial|car|bike|exclusion|inclusion and)\s+$/ }, SUSP),
  ...group('confidential.behaviour', 'an everyday sanction: only when tied to a particular child', [
    'detention', 'detentions', 'isolation', 'on report', 'seclusion',
  ], { weight: 0.85, weak: true, notAfter: /^\s+(?:writing|cards?|comments|duty|rota|room rota)\b/ }),
  { term: 'restrained', note: 'physical restraint of a child', signal: 'confidential.behaviour', event: true, needBefore: PASSIVE },
  { term: 'restrain', note: 'physical restraint of a child ("had to restrain a child")', signal: 'confidential.behaviour', event: true, needBefore: /\b(?:had|have|having|needed|need)\s+to\s+$/ },

  // --- Looked after, child in need, child protection plans --------------------------------------------------------
  ...group('confidential.looked-after', 'a looked-after child or care placement', [
    'in care', 'into care', 'foster care', 'foster placement', 'foster mum', 'foster dad', 'foster parents',
    'foster family', 'foster home', 'kinship care', 'special guardianship', 'special guardianship order', 'sgo',
    'care order', 'interim care order', "children's home", 'care leaver', 'placement breakdown', 'virtual school',
    'care placement', 'placement has broken down', 'placement broke down', 'placement broken down', 'residential placement',
    'personal education plan', 'previously looked after', 'adoptive', 'child in need plan', 'cin plan',
    'child protection plan', 'cp plan', 'child in need', 'looked after child', 'looked after children',
  ], { notAfter: /^\s+(?:of|homes?|settings?|work|sector|assistants?|workers?|head|day|appeal)\b/ }, `${CA89}, s.17, s.20, s.31, s.47`),
  ...group('confidential.looked-after', 'looked after by the local authority (not "looked after the stall")', ['looked after'],
    { needAfter: /^\s+(?:by\s+(?:the\s+)?(?:local authority|la|council|social services)|status)\b/ }, CA89),
  ...group('confidential.looked-after', 'foster carer (not "she is a foster carer", which is a role)', ['foster carer', 'foster carers', 'kinship carer'],
    { notBefore: /\b(?:is|was|'s|'re|are|as|become|became|be|being|approved|we)\s+(?:an?\s+)?$/ }, CA89),
  ...group('confidential.looked-after', 'adopted or fostered (not "adopted a new scheme")', ['adopted', 'adoption', 'fostered'],
    { notAfter: /^\s+(?:of|as|a|an|the|this|that|our|my|new|by the (?:school|trust|government|dfe|governors)|policy|scheme|approach|strategy|curriculum|cat|dog|puppy|kitten)\b/ }, CA89),
  ...group('confidential.looked-after', 'care status abbreviations (capitals only)', ['lac', 'cla', 'cin', 'plac', 'pep', 'cp'],
    { upper: true, notAfter: /^\s*(?:day|appeal|fundraising|fundraiser|non uniform|bake|pudsey|money|total|raised|talk)\b/ }, CA89),

  // --- Disadvantage -----------------------------------------------------------------------------------------------
  ...group('confidential.disadvantage', 'free school meals or pupil premium eligibility', [
    'free school meals', 'free school meal', 'fsm', 'pupil premium', 'ever 6', 'disadvantaged', 'pupil premium plus',
    'free meals', 'uniform grant', 'hardship fund',
  ], {}, PP),
  ...group('confidential.disadvantage', "a family upheaval at home (adults have these too: needs a child or school context)", [
    'divorce', 'divorcing', 'getting divorced', 'custody battle', 'custody dispute', 'in prison', 'in jail',
    'sent to prison', 'gone to prison', 'went to prison', 'behind bars', 'in rehab', 'sent down', 'got sent down',
    'banged up', 'doing time', 'in court', 'family court', 'custody hearing', 'court hearing', 'been evicted',
    'kicked out of the house', 'drinking again', 'using again',
  ], {
    weight: 0.9,
    weak: true,
    childOnly: true,
    needFamily: true,
    notAfter: /^\s+(?:rates?|figures|statistics|laws?|reform|lawyers?|solicitors?|the|a|an|his|her|my|our|at|for the night)\b/,
  }),
  ...group('confidential.disadvantage', 'parents separating (the verb after has/have/are: not "separated the groups")', [
    'separated', 'separating', 'split up', 'splitting up',
  ], {
    weight: 0.9,
    weak: true,
    childOnly: true,
    needFamily: true,
    needBefore: /\b(?:have|has|had|are|were|is|just|recently|now|finally|both|parents|carers)\s+$/,
    notAfter: /^\s+(?:the|them|him|her|us|into|out|from|by|a|an|for|fights?|groups?|classes|(?:in|into)\s+(?:groups|pairs|teams|twos|threes|half))\b/,
  }),
  ...group('confidential.looked-after', 'family court arrangements for who a child sees or lives with', [
    'supervised contact', 'contact visit', 'contact visits', 'contact centre', 'contact arrangements',
    'contact with birth mum', 'contact with birth dad', 'contact with birth parents', 'court order', 'non molestation order', 'prohibited steps order',
    'child arrangements order', 'residence order', 'custody of', 'fighting over custody', 'custody',
  ], { notBefore: /\b(?:police|in|into|taken into|held in)\s+$/, notAfter: /^\s+(?:lenses?|sergeant|officers?|suite|cells?)\b/ }, `${CA89}, s.8, s.34`),
  { term: 'pp', note: 'pupil premium, capitals only', signal: 'confidential.disadvantage', upper: true, source: PP },
  { term: 'young carer', note: 'a child caring for a family member', signal: 'confidential.disadvantage' },
  ...group('confidential.disadvantage', "a family's hardship: needs a pupil or school context", [
    'food bank', 'foodbank', 'food bank vouchers', 'food parcel', 'food parcels', 'homeless', 'temporary accommodation',
    'universal credit', 'on benefits', "can't afford", 'cannot afford', 'no food at home', 'no electricity', 'evicted',
  ], { weight: 0.9, weak: true, childOnly: true }),
];

// --- Cue words ----------------------------------------------------------------------------------------------------

const words = (note: string, list: string[]): Term[] => list.map((term) => ({ term, note }));

/**
 * Words that may sit between a person and the topic without breaking the link: "he has been put on a …",
 * "her new …", "Kai's mum is on …". Compared with each token's lower-case key (possessive removed).
 */
export const LINK_WORDS: Term[] = [
  ...words('auxiliary or linking verb', [
    'is', 'was', 'were', 'are', 'has', 'had', 'have', 'having', 'been', 'being', 'be', 'got', 'gets', 'getting', 'get',
    'will', 'would', 'could', 'might', 'may', 'should', 'does', 'did', 'do', 'needs', 'needed', 'takes', 'took', 'taking',
    'uses', 'using', 'used', 'goes', 'went', 'gone', 'going', 'came', 'come', 'coming', 'started', 'starting', 'starts',
    'receives', 'received', 'receiving', 'claims', 'qualifies', 'lives', 'living', 'stays', 'staying', 'seeing', 'sees',
    'seen', 'under', 'ended', 'end', 'up', 'rushed', 'admitted', 'off', 'back', 'out',
  ]),
  ...words('class or year written between a name and the verb: "Lily (Y3) has…", "Sophie in Year 10 has…"', [
    'reception', 'nursery', 'year', 'yr', 'form', 'class', 'set', 'group', 'tutor',
  ]),
  ...words('adverb of time or degree', [
    'now', 'just', 'finally', 'also', 'still', 'already', 'officially', 'recently', 'again', 'currently', 'suddenly',
    'permanently', 'temporarily', 'nearly', 'almost', 'possibly', 'probably', 'apparently', 'actually', 'really', 'very',
    'quite', 'severe', 'severely', 'mild', 'suspected', 'possible', 'undiagnosed', 'diagnosed', 'newly', 'formally',
    'clearly', 'definitely', 'never', 'always', 'today', 'yesterday', 'tonight', 'last', 'night', 'this', 'morning',
    'week', 'term', 'afternoon', 'second', 'third', 'another', 'new', 'latest', 'first', 'bad', 'awful', 'serious',
    'huge', 'big', 'little', 'full', 'time', 'term', 'long', 'short', 'fixed', 'day', 'days', 'two', 'three',
    'messy', 'nasty', 'horrible', 'difficult', 'bitter', 'through', 'such',
  ]),
  ...words('a warning or risk before a sanction: "on a final warning before permanent exclusion", "at risk of…"', [
    'risk', 'verge', 'brink', 'edge', 'warning', 'final', 'before', 'threat', 'threatened', 'facing', 'heading',
  ]),
  ...words('preposition or article', [
    'a', 'an', 'the', 'on', 'in', 'into', 'to', 'with', 'for', 'of', 'from', 'at', 'by', 'about', 'as', 'and', 'over',
  ]),
  ...words('verb that reports a case', [
    'put', 'placed', 'referred', 'reported', 'told', 'disclosed', 'moved', 'sent', 'taken', 'diagnosed', 'assessed',
    'awaiting', 'waiting', 'pending', 'known', 'involved', 'open', 'allocated', 'assigned', 'suffers', 'suffering',
    'struggles', 'struggling', 'battling', 'living', 'eligible', 'entitled', 'registered', 'signed', 'flagged', 'showing',
    'shows', 'showed', 'signs', 'displaying', 'tried', 'attempted', 'that', 'me', 'us', 'hospitalised', 'treated',
    'recovering', 'fighting', 'coping', 'dealing',
  ]),
  ...words('family member, as in "her mum is a …"', [
    'mum', 'dad', 'mother', 'father', 'parents', 'parent', 'family', 'carer', 'carers', 'nan', 'gran', 'grandma',
    'grandad', 'grandparents', 'brother', 'sister', 'siblings', 'step', 'home', 'house', 'son', 'daughter',
    'stepdad', 'step-dad', 'stepmum', 'step-mum', 'uncle', 'aunt', 'auntie', 'partner', 'boyfriend', 'girlfriend',
  ]),
];

/** Relatives of a child, for topics about the family ("her parents have separated"). */
export const RELATIVES: Term[] = words('a relative at home', [
  'mum', 'dad', 'mam', 'mother', 'father', 'parents', 'parent', 'carer', 'carers', 'nan', 'gran', 'grandma', 'grandad',
  'grandparents', 'brother', 'sister', 'stepdad', 'step-dad', 'stepmum', 'step-mum', 'uncle', 'aunt', 'auntie',
  'mummy', 'daddy', 'family',
]);

/** Family words in a link cost nothing, so "her mum and dad are going through a…" still reaches "her". */
export const FREE_LINKS: Term[] = words('a relative, or "and" between relatives', [
  'mum', 'dad', 'mother', 'father', 'parents', 'parent', 'family', 'carer', 'carers', 'nan', 'gran', 'grandma',
  'grandad', 'grandparents', 'brother', 'sister', 'siblings', 'step', 'son', 'daughter', 'stepdad', 'step-dad',
  'stepmum', 'step-mum', 'uncle', 'aunt', 'auntie', 'partner', 'boyfriend', 'girlfriend', 'and',
]);

/** Words that may sit between the topic and a person after it: "social services came in about him". */
export const LINK_AFTER_WORDS: Term[] = [
  ...words('linking word after the topic', [
    'is', 'was', 'are', 'were', 'has', 'have', 'been', 'for', 'about', 'with', 'to', 'on', 'regarding', 're', 'concerning',
    'involving', 'involved', 'against', 'of', 'at', 'over', 'a', 'the', 'again', 'today', 'yesterday', 'this', 'morning',
    'meeting', 'referral', 'plan', 'review', 'assessment', 'conference', 'diagnosis', 'came', 'in', 'visited', 'visiting',
    'called', 'contacted', 'rang', 'saw', 'seeing', 'see', 'collected', 'took', 'take', 'brought', 'picked', 'up',
    'school', 'into', 'class', 'came', 'come', 'coming', 'round', 'out', 'now', 'finally', 'still', 'already', 'also',
    'heavily', 'closely', 'properly',
  ]),
];

export const SUBJECT_PRONOUNS: Term[] = words('pronoun that points at one person', [
  'he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself',
]);

export const SELF_WORDS: Term[] = words('the writer (or the writer with others) speaking about themselves', [
  'i', 'my', 'myself', 'mine', 'we', 'our', 'ourselves',
]);

/** Titles: a capitalised word after one is a member of staff, not a pupil. */
export const TITLES: Term[] = words('title used for staff', ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'prof', 'madam', 'mister']);

/** Plural nouns that make the sentence about a group, not a child: "pupils with SEND", "FSM children". */
export const GROUP_NOUNS: Term[] = words('a group, not one identifiable child', [
  'pupils', 'children', 'students', 'kids', 'learners', 'families', 'people', 'parents', 'schools', 'settings', 'cohort',
  'cohorts', 'group', 'groups', 'population', 'numbers', 'figures', 'data', 'gap', 'rate', 'rates', 'stats',
  'statistics', 'boys', 'girls', 'youngsters', 'teenagers', 'adults', 'teachers', 'staff', 'colleagues', 'everyone',
  'anyone', 'nobody', 'someone', 'those', 'these', 'lots', 'many', 'most', 'some', 'all', 'every', 'any',
]);

/**
 * Words right after the topic that make it about training, a team, a policy or a public document, not a child:
 * "safeguarding training", "SEND team", "pupil premium strategy", "exclusions guidance".
 */
export const FRAMES: Term[] = [
  ...words('training or professional learning', [
    'training', 'trained', 'course', 'courses', 'cpd', 'inset', 'webinar', 'webinars', 'session', 'sessions', 'conference',
    'workshop', 'workshops', 'module', 'modules', 'certificate', 'qualification', 'twilight', 'briefing', 'quiz', 'talk',
    'talks', 'lecture', 'podcast', 'research', 'book', 'books', 'article', 'articles', 'resources', 'toolkit', 'summit',
    'forum', 'network', 'networks', 'audit', 'update', 'updates', 'newsletter', 'awareness', 'week', 'month', 'day',
    'campaign', 'charity', 'fundraiser', 'fundraising', 'walk', 'run', 'assembly', 'assemblies', 'display', 'lesson',
    'lessons', 'curriculum', 'unit', 'topic', 'scheme', 'study', 'studies', 'scenario', 'scenarios', 'example',
    'examples', 'role', 'roles', 'simulation',
  ]),
  ...words('a role, team or service', [
    'team', 'teams', 'department', 'dept', 'lead', 'leads', 'leader', 'leadership', 'coordinator', 'co ordinator',
    'governor', 'officer', 'manager', 'champion', 'champions', 'ambassador', 'ambassadors', 'specialist', 'specialists',
    'expert', 'experts', 'consultant', 'adviser', 'advisor', 'practitioner', 'practitioners', 'professional',
    'professionals', 'partnership', 'hub', 'staff', 'colleagues', 'provision', 'friendly', 'school', 'schools', 'sector',
    'workforce', 'community', 'team\'s', 'service', 'services', 'nurse', 'nurses', 'ward', 'unit',
  ]),
  ...words('a policy, plan or public document', [
    'policy', 'policies', 'procedure', 'procedures', 'guidance', 'strategy', 'statement', 'funding', 'grant', 'grants',
    'budget', 'allocation', 'allocations', 'spend', 'spending', 'report', 'reports', 'information', 'info', 'offer',
    'framework', 'legislation', 'law', 'laws', 'bill', 'reform', 'reforms', 'consultation', 'review', 'green', 'white',
    'code', 'crisis', 'system', 'figures', 'data', 'statistics', 'stats', 'numbers', 'rate', 'rates', 'gap', 'gaps',
    'register', 'registration', 'application', 'applications', 'form', 'forms', 'eligibility', 'criteria', 'checker',
    'website', 'page', 'portal', 'poster', 'posters', 'leaflet', 'leaflets', 'vouchers', 'voucher', 'scheme', 'schemes',
    'reps', 'log', 'system', 'software', 'app', 'login', 'password', 'account', 'accounts', 'entries', 'records',
  ]),
];

/**
 * The same kinds of frame written before the topic: "training on ADHD", "awareness of autism". Only used when no
 * person is linked to the topic.
 */
export const FRAMES_BEFORE: Term[] = [
  ...words('training, research or awareness about a topic in general', [
    'training', 'course', 'cpd', 'inset', 'webinar', 'session', 'sessions', 'conference', 'workshop', 'talk', 'module',
    'twilight', 'briefing', 'awareness', 'research', 'book', 'article', 'podcast', 'guidance', 'policy', 'update',
    'understanding', 'supporting', 'teaching', 'qualification', 'certificate', 'learning', 'learnt', 'learned',
    'lecture', 'documentary', 'programme', 'campaign', 'charity', 'raising', 'raised', 'fundraising', 'donate',
    'donations', 'donated', 'collecting', 'collection', 'volunteer', 'volunteering', 'volunteered', 'support', 'apply',
    'applying', 'application', 'eligible', 'entitled', 'check', 'register', 'claim',
  ]),
];

/** Words that look like capitalised names but are not a child's name. Lower-case. */
export const NOT_NAMES: Term[] = [
  ...words('function word or sentence opener', [
    'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'our', 'my',
    'your', 'their', 'his', 'her', 'there', 'here', 'who', 'which', 'what', 'when', 'where', 'why', 'how', 'if', 'so',
    'and', 'but', 'or', 'also', 'just', 'still', 'now', 'then', 'today', 'tomorrow', 'yesterday', 'tonight', 'sadly',
    'unfortunately', 'apparently', 'honestly', 'finally', 'well', 'yes', 'no', 'not', 'never', 'everyone', 'everybody',
    'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'nothing', 'something', 'everything', 'all', 'some', 'any',
    'many', 'most', 'each', 'every', 'one', 'two', 'three', 'another', 'other', 'both', 'only', 'even', 'again', 'poor',
    'bless', 'please', 'thanks', 'thank', 'great', 'good', 'proud', 'huge', 'big', 'lovely', 'fab', 'brilliant', 'ps',
    'update', 'reminder', 'news', 'breaking', 'note', 'hi', 'hello', 'dear', 'ok', 'okay', 'omg', 'lol', 'wow', 'day',
    'week', 'term', 'half', 'after', 'before', 'since', 'until', 'while', 'whilst', 'because', 'as', 'at', 'in', 'on',
    'for', 'with', 'from', 'by', 'to', 'of', 'about', 'into', 'over', 'under', 'once', 'has', 'had', 'have', 'is',
    'was', 'were', 'are', 'be', 'been', 'being', 'got', 'can', 'could', 'will', 'would', 'should', 'must', 'might',
    'may', 'did', 'does', 'do', 'apparently', 'currently', 'recently', 'another', 'first', 'last', 'next',
  ]),
  ...words('school and public words often capitalised', [
    'year', 'years', 'reception', 'nursery', 'school', 'academy', 'trust', 'college', 'class', 'form', 'head',
    'headteacher', 'deputy', 'senco', 'dsl', 'slt', 'staff', 'teacher', 'teachers', 'pupil', 'pupils', 'student',
    'students', 'child', 'children', 'kids', 'parents', 'parent', 'mum', 'dad', 'nan', 'ofsted', 'dfe', 'government',
    'council', 'police', 'nhs', 'gp', 'camhs', 'god', 'christmas', 'easter', 'covid', 'english', 'maths', 'science',
    'french', 'spanish', 'german', 'history', 'geography', 'music', 'drama', 'art', 'pe', 're', 'pshe', 'rshe',
    'computing', 'sats', 'gcse', 'gcses', 'a-level', 'governors', 'safeguarding', 'training', 'inset', 'twitter',
    'facebook', 'instagram', 'tiktok', 'linkedin', 'google', 'microsoft', 'uk', 'england', 'britain', 'wales',
    'scotland', 'london', 'local', 'authority', 'la', 'social', 'services', 'care', 'foster', 'team', 'lunch',
    'attendance', 'behaviour', 'pastoral', 'support', 'mental', 'health', 'autism', 'adhd', 'send', 'sen',
  ]),
  ...words('day or month', [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays',
    'thursdays', 'fridays', 'saturdays', 'sundays', 'weekend', 'weekends', 'january', 'february', 'march',
    'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ]),
];

/** A singular child right after the topic: "our CLA boy", "a PP kid", "the ASD girl in…". */
export const CHILD_NOUNS: Term[] = words('one child', [
  'boy', 'girl', 'lad', 'lass', 'kid', 'child', 'pupil', 'student', 'tutee', 'learner',
]);

/** Relatives that make the post about the writer's own family, not a pupil: "my son has ADHD". */
export const OWN_FAMILY: Term[] = words("the writer's own family", [
  'my son', 'my daughter', 'my boy', 'my girl', 'my child', 'my little one', 'my toddler', 'my baby', 'my husband',
  'my wife', 'my partner', 'my hubby', 'my mum', 'my dad', 'my mom', 'my mother', 'my father', 'my brother',
  'my sister', 'my nephew', 'my niece', 'my grandson', 'my granddaughter', 'my stepson', 'my stepdaughter',
  'my step son', 'my step daughter', 'my eldest', 'my youngest', 'my middle one', 'our son', 'our daughter',
  'our eldest', 'our youngest', 'my own child', 'my own kids', 'my own children', 'my twins', 'my nan', 'my grandad',
  'my grandma', 'my friend', 'my best friend', 'my bestie', 'my godson', 'my goddaughter', 'my cousin',
]);

/** The child as the object of the verb; "her" only when no noun follows ("hit her head" is her own head). */
const OBJECT = String.raw`(?:him|them|me|her(?=\s*(?:[.,;!?)]|$|\s+(?:and|when|whenever|if|with|because|at|in|every|sometimes|again|so|but|for|after|until|or|often|regularly|badly|hard|too|all|last)\b)))\b`;

/**
 * Topics written in plain words rather than a topic word, found by pattern: a child's relative harming them ("her
 * stepdad kicked her"). The span marked is the relative and the verb; the pronoun before it ("her") links it to the
 * child as usual.
 */
export const PATTERN_TOPICS: { re: RegExp; term: TopicTerm }[] = [
  {
    // "Beats him" is also winning ("beats him at chess"), so beat- forms may not be followed by at/in/on/to/by.
    re: new RegExp(
      String.raw`(?<=\b(?:his|her|their|my)\s+)(?:(?:step[\s-]?)?(?:dad|mum|father|mother)|stepdad|stepmum|uncle|aunt|auntie|nan|grandad|grandma|carer|parents?|(?:mum|dad)'s\s+(?:new\s+)?(?:boyfriend|girlfriend|partner))\s+['"]?(?:(?:sometimes|often|always|keeps|kept|regularly|still|has|had|has been|had been|is|was)\s+)?(?:(?:hits|hit|hitting|hurts|hurting|hurt|smacks|smacked|smacking|slaps|slapped|slapping|punches|punched|kicks|kicked|chokes|choked|strangled|burns|burnt|burned|threatens|threatened|locks|locked|shoves|shoved|throttles|throttled)\s+${OBJECT}|(?:bangs|banged|banging|slams|slammed|smashes|smashed)\s+(?:his|her|my)\s+head(?!\s+(?:back|up|for six|with (?:a|the) ball))|(?:beats|beat|beating)\s+${OBJECT}(?!\s+(?:at|in|on|to|by)\b))`,
      'g',
    ),
    term: {
      term: '(a relative harming the child)',
      note: 'a child says a relative at home hurts them, in plain words',
      signal: 'confidential.safeguarding',
      event: true,
      source: 'Keeping Children Safe in Education (DfE, statutory guidance)',
    },
  },
  {
    // "is now looked after." with nothing after it; "looked after the stall" and "well looked after by" are not.
    re: /(?<=\b(?:is|was|been|being|now|become|became|becomes)\s+)looked after(?=\s*(?:[.;!)(]|$)|,\s+(?:so|and|which|after|since|following)\b|\s+(?:now|since|from|after|following)\b)/g,
    term: {
      term: '(looked after, care status)',
      note: 'a child who "is now looked after": in the care of the local authority',
      signal: 'confidential.looked-after',
      childOnly: true,
      source: 'Children Act 1989',
    },
  },
];
