// Word lists for school-voice: claims to speak for the school, the opinions that make such a claim a problem, and
// the school's suppliers with the words that praise or criticise them. Every entry says what it is and why it is here.
// The rules that combine them are in school-voice.ts; README.md explains them.
import type { Term } from '../../engine/terms.ts';

const terms = <T extends object = object>(note: string, words: readonly string[], extra?: T): (Term & T)[] =>
  words.map((term) => ({ term, note, ...(extra ?? ({} as T)) }));

// ---- Representation: who the writer claims to speak for ---------------------------------------------------------------

/**
 * The bodies a member of staff might claim to speak for. Used after a determiner ("the", "our", "all the") in the claim
 * patterns: "speaking for the school", "on behalf of all staff", "as a school we…".
 */
export const BODIES: readonly Term[] = [
  ...terms('the school itself', ['school', 'whole school', 'entire school', 'school community', 'school family']),
  ...terms('an academy, trust or federation: the employer', ['academy', 'trust', 'academy trust', 'federation', 'mat']),
  ...terms('the staff as a body', [
    'staff', 'whole staff', 'staff team', 'staff body', 'teaching staff', 'teachers', 'staffroom', 'staff room', 'workforce',
    'colleagues', 'fellow teachers', 'teacher', 'member of staff', 'members of staff', 'colleague',
  ]),
  ...terms('the governors or leaders, who alone speak officially for the school', [
    'governors', 'governing body', 'board of governors', 'trustees', 'leadership team', 'senior leadership team', 'slt',
    'senior team', 'management',
  ]),
];

/** Verbs that claim to speak for someone: a strong claim whatever follows it. */
export const SPEAK_VERBS: readonly Term[] = terms('claims to speak for a body', [
  'speaking for', 'speaking on behalf of', 'speak for', 'speak on behalf of', 'speaks for', 'speaks on behalf of',
  'talking on behalf of', 'writing on behalf of', 'posting on behalf of', 'speaking as', 'speaking here for',
  'i represent', 'representing', 'speaking as a representative of', 'as a representative of', 'as representatives of',
]);

/** Determiners before a body in a claim ("the", "our whole", "all of the", "everyone at the"). */
export const CLAIM_DETERMINERS: readonly Term[] = terms('a determiner before the body', [
  'the', 'our', 'my', 'this', 'the whole', 'our whole', 'the entire', 'our entire', 'all the', 'all our', 'all of the',
  'all of our', 'all my', 'all of my', 'my fellow', 'every', 'everyone at the', 'everyone at our', 'everyone at this', 'everybody at the', 'everybody at our',
  'all of us at the', 'all of us at our', 'all', 'every member of the', 'every member of our', 'each of the',
]);

/** Verbs that, after "the school" or "all the staff", report a collective view: "the school believes…". */
export const COLLECTIVE_VERBS: readonly Term[] = terms('reports a collective view of the body', [
  'believes', 'believe', 'thinks', 'think', 'feels', 'feel', 'agrees', 'agree', 'disagrees', 'disagree', 'is against',
  'are against', 'is opposed', 'are opposed', 'opposes', 'oppose', 'condemns', 'condemn', 'rejects', 'reject', 'backs',
  'back', 'supports', 'support', 'stands with', 'stand with', 'stands against', 'stand against', 'stands behind',
  'stand behind', 'is behind', 'are behind', 'is furious', 'are furious', 'is appalled', 'are appalled', 'is united',
  'are united', 'is disgusted', 'are disgusted', 'will not be following', "won't be following", 'does not support',
  "doesn't support", 'will not support', "won't support", 'do not support', "don't support",
  'refuses', 'refuse', 'is angry', 'are angry',
]);

/** Words that may sit between the body and its verb: "the staff all agree", "the governors unanimously reject". */
export const COLLECTIVE_ADVERBS: readonly Term[] = terms('an adverb between the body and its verb', [
  'all', 'collectively', 'unanimously', 'fully', 'firmly', 'strongly', 'completely', 'totally', 'wholeheartedly',
  'absolutely', 'really', 'genuinely', 'very much', 'officially', 'formally',
]);

/** What a claimed view is called: "the school's official position", "our stance". */
export const VIEW_NOUNS: readonly Term[] = terms('the name for an official view', [
  'view', 'views', 'position', 'stance', 'line', 'opinion', 'response', 'verdict', 'take',
]);

/** Words that, after "Oakwood's" or "the school's", show "view" or "position" means an opinion, not scenery. */
export const VIEW_FOLLOWERS: readonly Term[] = terms('"view"/"position" used as an opinion', [
  'is', 'was', 'on', 'that', 'remains', 'has', 'will', 'here', 'about', 'regarding', 'towards', 'must',
]);

/** Capitalised words that can follow "we at" but are not a workplace ("we at Christmas"). */
export const NOT_WORKPLACES: readonly Term[] = terms('a time or occasion, not a workplace', [
  'christmas', 'easter', 'halloween', 'diwali', 'eid', 'hanukkah', 'ramadan', 'bonfire', 'new', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'home', 'last', 'first', 'least', 'the', 'our',
]);

/** Words that end a school's name: "Oakwood Primary's official position". */
export const SCHOOL_TYPE_WORDS: readonly Term[] = terms('a word that ends a school\'s name', [
  'primary', 'primary school', 'academy', 'school', 'college', 'infants', 'infant school', 'juniors', 'junior school',
  'high', 'high school', 'federation', 'trust', 'c of e', 'ce', 'church of england', 'catholic', 'rc', 'nursery',
  'grammar', 'grammar school', 'secondary', 'secondary school',
]);

/**
 * What the writer says after claiming to speak for the school. A claim alone ("on behalf of the school, thank you")
 * is fine; a claim with an opinion is a personal view presented as the school's.
 * - eval: a judgement ("wrong", "a disgrace", "a waste of money").
 * - stance: a position taken ("against", "we won't be following", "boycott").
 * - weak: a position only when a contested topic is in the same sentence ("should", "support").
 * - topic: a political or contested matter; edu: an education policy matter, a topic only after "we believe".
 * - value: a value every school holds (against bullying, racism): a sentence about one is ethos, not opinion.
 * - charity: an appeal or fundraiser: "supporting the Ukraine appeal" is charity, not a political stance.
 * - thanks: thanks, greetings and congratulations — a claim with only these is not an opinion.
 * - disclaimer: the writer says the view is their own.
 */
export type OpinionKind = 'eval' | 'stance' | 'weak' | 'topic' | 'edu' | 'value' | 'charity' | 'thanks' | 'disclaimer';
export interface OpinionTerm extends Term {
  kind: OpinionKind;
}

const opinion = (kind: OpinionKind, note: string, words: readonly string[]): OpinionTerm[] => terms(note, words, { kind });

export const OPINIONS: readonly OpinionTerm[] = [
  ...opinion('eval', 'a judgement of a decision or policy', [
    'wrong', 'a disgrace', 'disgrace', 'disgraceful', 'shameful', 'shocking', 'appalling', 'outrageous', 'scandalous',
    'a scandal', 'ridiculous', 'nonsense', 'absurd', 'a waste', 'waste of', 'waste of time', 'waste of money', 'pointless',
    'unfair', 'unjust', 'immoral', 'dangerous', 'harmful', 'damaging', 'madness', 'insane', 'an insult', 'insulting',
    'a betrayal', 'betrayal', 'a joke', 'a disaster', 'disastrous', 'terrible', 'awful', 'useless', 'incompetent',
    'wicked', 'evil', 'selfish', 'shambolic', 'misguided', 'short sighted', 'ill judged', 'ill thought out', 'cruel', 'hypocritical', 'hypocrites', 'lies', 'liars', 'corrupt', 'justified', 'unjustified', 'long overdue',
    'the right decision', 'the wrong decision', 'spot on', 'a mistake', 'a step backwards', 'backwards', 'unacceptable',
    'indefensible', 'a farce', 'ludicrous', 'laughable', 'pathetic', 'woke', 'political correctness', 'propaganda',
    'indoctrination', 'ideology', 'appalled', 'disgusted', 'outraged', 'furious', 'horrified', 'dismayed', 'angry',
    'fuming', 'sickened', 'ashamed',
  ]),
  ...opinion('stance', 'takes a position for or against something', [
    'against', 'opposed', 'oppose', 'opposes', 'opposing', 'object to', 'objects to', 'objecting to', 'reject', 'rejects',
    'condemn', 'condemns', 'boycott', 'boycotting', 'refuse', 'refuses', 'refusing', "won't be following",
    'will not be following', "won't follow", 'will not follow', "won't be complying", 'will not be complying',
    "won't comply", 'will not comply', 'not be implementing', "won't be implementing", 'stand with', 'stand against',
    'stands with', 'stands against', 'side with', 'in favour of', 'say no to', 'vote for', 'vote against',
    'voting for', 'voting against', 'campaign against', 'sign the petition', 'petition', 'protest', 'should be banned',
    'should be scrapped', 'must be scrapped', 'scrap', 'scrapped', 'ban', 'banned', 'abolish', 'abolished',
    'fully support the strike', 'right to strike', 'down with', 'does not support', "doesn't support",
    'do not support', "don't support", 'will not support', "won't support", 'neither should you',
  ]),
  ...opinion('weak', 'a position only when a contested topic is in the same sentence', [
    'should', "shouldn't", 'should not', 'must', "mustn't", 'ought to', 'need to', 'needs to', 'support', 'supports',
    'supporting', 'back', 'backs', 'backing', 'behind', 'agree', 'agree with', 'disagree', 'disagree with', 'vote',
    'in support of', 'on the side of',
  ]),
  ...opinion('topic', 'a political or contested public matter', [
    'strike', 'strikes', 'striking', 'industrial action', 'walkout', 'walk out', 'pay offer', 'pay award', 'union',
    'unions', 'neu', 'nasuwt', 'naht', 'unison', 'council', 'councillors', 'councillor', 'county council', 'city council',
    'mp', 'mps', 'government', 'minister', 'ministers', 'education secretary', 'secretary of state', 'prime minister',
    'election', 'general election', 'local elections', 'referendum', 'labour', 'tory', 'tories', 'conservative',
    'conservatives', 'reform uk', 'lib dem', 'lib dems', 'liberal democrats', 'green party', 'snp', 'plaid cymru', 'brexit',
    'gaza', 'israel', 'palestine', 'ukraine', 'russia', 'immigration', 'immigrants', 'migrants', 'refugees', 'asylum',
    'asylum seekers', 'transgender', 'gender identity', 'abortion', 'death penalty', 'monarchy', 'royal family', 'hs2',
    'low traffic', 'ltn', 'ulez', 'vaccine', 'vaccines', 'vaccination', 'vat on private schools', 'private schools',
    'housing estate', 'new houses', 'planning application', 'planning permission', 'funding cuts', 'budget cuts', 'cuts',
    'underfunding', 'underfunded', 'austerity', 'the war', 'protesters', 'net zero', 'climate change',
  ]),
  ...opinion('edu', 'an education policy matter: contested, but also everyday school talk ("ready for Ofsted")', [
    'ofsted', 'sats', 'dfe', 'department for education', 'academisation', 'academy order', 'academy conversion',
    'converting to an academy', 'rse',
    'relationships and sex education', 'sex education', 'phonics check', 'multiplication check', 'league tables',
    'grammar schools', 'phone ban', 'phones', 'mobile phones', 'smartphones', 'national curriculum', 'new curriculum',
    'curriculum review', 'new guidance', 'school funding', 'funding', 'lgbt', 'lgbtq', 'trans', 'gender',
  ]),
  ...opinion('value', 'a value every school stands for: "as a school we stand against bullying" is ethos, not a personal view', [
    'bullying', 'cyberbullying', 'racism', 'discrimination', 'hate', 'hatred', 'prejudice', 'homophobia', 'transphobia',
    'sexism', 'misogyny', 'violence', 'abuse', 'knife crime', 'antisemitism', 'islamophobia', 'intolerance',
    'exploitation', 'vaping', 'smoking', 'drugs', 'litter', 'unkindness', 'racist', 'homophobic', 'transphobic', 'sexist',
    'vandalism', 'vandalised', 'break in', 'burglary', 'arson',
  ]),
  ...opinion('charity', 'a fundraiser or appeal: support for it is charity, not a political stance', [
    'appeal', 'fundraiser', 'fundraising', 'charity', 'donations', 'donate', 'collection', 'food bank', 'sponsored',
    'raising money', 'bake sale', 'cake sale', 'non uniform',
  ]),
  ...opinion('thanks', 'thanks, greetings and congratulations: the usual reason to speak for a school', [
    'thank', 'thanks', 'thank you', 'congratulations', 'congrats', 'well done', 'welcome', 'welcoming', 'good luck',
    'best wishes', 'wishing', 'wish', 'merry christmas', 'happy christmas', 'happy new year', 'happy holidays',
    'happy easter', 'happy diwali', 'eid mubarak', 'condolences', 'sympathies', 'thoughts are with', 'farewell',
    'goodbye', "we'll miss", 'will miss', 'we will miss', 'proud', 'delighted', 'pleased', 'thrilled', 'grateful',
    'appreciate', 'apologise', 'apologies', 'sorry', 'huge thanks', 'shout out',
  ]),
  ...opinion('disclaimer', 'the writer says the view is their own', [
    'in my opinion', 'imo', 'imho', 'my own view', 'my own views', 'my view', 'my views', 'my personal view',
    'my personal views', 'views are my own', 'views my own', 'views are mine', 'my opinion', 'my own opinion',
    'personal opinion', 'personal view', 'personal views', "not the school's", "not my school's", "not my employer's",
    "not my employer's view", 'not the views of', 'not the view of', 'do not reflect', "don't reflect",
    "doesn't reflect", 'does not reflect', 'not speaking for', 'not on behalf of', 'not representing', 'unofficially',
    'speaking personally', 'personally', 'i personally',
  ]),
];

// ---- Providers: the school's suppliers and contractors ---------------------------------------------------------------

/**
 * A supplier or contractor.
 * - schoolOnly: the name or phrase is about schools (Chartwells, ParentPay, "school photographer"): no more context needed.
 * - otherwise the post must also be about school ("school", "the kids' dinners", "our trust"), because "the coach
 *   company" or "the cleaning company" may be the writer's own holiday or home.
 * - likely: a service households seldom buy (catering contracts): no school words needed, but a private occasion
 *   in the sentence ("the caterers at our wedding") still rules it out.
 * - role: a person doing a job ("the photographer", "the caterers"): praise needs a recommendation, not just "brilliant",
 *   because "the photographer was lovely with the little ones" is thanks, not an endorsement.
 * - caps: a name that is also an everyday word ("Arbor", "SIMS", "IT company"): only as written with capitals
 *   ('all': every letter; 'initial': the first letter; 'first': the whole first word).
 */
export interface ProviderTerm extends Term {
  schoolOnly?: boolean;
  likely?: boolean;
  role?: boolean;
  caps?: 'initial' | 'all' | 'first';
}

const provider = (note: string, words: readonly string[], extra: Omit<ProviderTerm, 'term' | 'note'> = {}): ProviderTerm[] =>
  terms(note, words, extra);

const COMPANY_HEADS = ['company', 'companies', 'firm', 'contractor', 'contractors', 'provider', 'providers', 'supplier', 'suppliers'];
const heads = (kinds: readonly string[], tails: readonly string[] = []) => kinds.flatMap((k) => [...COMPANY_HEADS, ...tails].map((h) => `${k} ${h}`));

export const PROVIDERS: readonly ProviderTerm[] = [
  ...provider('a school catering company (brand)', [
    'chartwells', 'caterlink', 'taylor shaw', 'pabulum', 'aspens', 'olive dining', 'edwards and ward', 'edwards & ward',
    'dolce', 'cucina', 'nourish contract catering', 'hcl catering', 'mellors catering', 'innovate food', 'accent catering',
  ], { schoolOnly: true }),
  ...provider('a large contractor that serves schools among others (brand)', [
    'sodexo', 'compass group', 'mitie', 'serco', 'capita', 'engie', 'atalian servest', 'bidvest noonan', 'iss facility services',
  ]),
  ...provider('school payment, messaging or management software (brand)', [
    'parentpay', 'parent pay', 'scopay', 'schoolmoney', 'school money', 'tucasi', 'parentmail', 'parent mail', 'schoolcomms',
    'school comms', 'teachers2parents', 'weduc', 'school gateway', 'bromcom', 'scholarpack', 'isams', 'sims parent',
    'sims app', 'capita sims', 'arbor app', 'arbor mis', 'edulink', 'edulink one', 'class charts', 'classcharts',
    'satchel one', 'show my homework', 'classdojo', 'class dojo', 'tapestry app', 'tapestry journal', 'cpoms', 'myconcern',
    'studybugs', 'evolve visits', 'schoolpay', 'pay360', 'arbor parent app', 'the mis', 'our mis',
  ], { schoolOnly: true }),
  ...provider('management information system written in capitals (SIMS, not the game "The Sims")', ['sims'], { schoolOnly: true, caps: 'all' }),
  ...provider('management information system, written with a capital ("Arbor")', ['arbor'], { schoolOnly: true, caps: 'initial' }),
  ...provider('a school supplier described by its service', [
    'school meals provider', 'school meals company', 'school meals contractor', 'school dinner company',
    'school dinners company', 'school dinner provider', 'school food provider', 'school catering company', 'school caterers',
    'school photographer', 'school photographers', 'school photo company', 'school photography company',
    'school uniform supplier', 'school uniform shop', 'school uniform company', 'school transport provider',
    'school bus company', 'school coach company', 'school it provider', 'school it company', 'mis provider', 'mis supplier',
    'mis system', 'payroll provider', 'hr provider', 'traded services', 'buyback services', 'buy back services',
  ], { schoolOnly: true }),
  ...provider('a caterer described by its service', [
    ...heads(['catering', 'meals', 'school meals', 'food', 'lunch', 'dinner', 'dinners'], ['contract', 'service']),
  ], { likely: true }),
  ...provider('caterers: people doing a job, so praise needs a recommendation', ['caterers', 'the caterers', 'our caterers'], { likely: true, role: true }),
  ...provider('a cleaning contractor described by its service', heads(['cleaning', 'cleaners'], ['contract'])),
  ...provider('an IT or software supplier described by its service', [
    ...heads(['it support', 'ict', 'ict support', 'technical support', 'tech support', 'software', 'broadband', 'network'], ['contract', 'service']),
    'managed service', 'it managed service',
  ]),
  ...provider('an IT supplier, with "IT" in capitals (not "keep it company")', heads(['it'], ['contract', 'services']), { caps: 'first' }),
  ...provider('a transport supplier described by its service', heads(['coach', 'coach hire', 'minibus', 'transport', 'taxi', 'travel'])),
  ...provider('a uniform supplier described by its service', [...heads(['uniform', 'schoolwear']), 'uniform shop']),
  ...provider('a photographer or photography company', heads(['photography', 'photo', 'photographic'])),
  ...provider('a photographer: a person, so praise needs a recommendation', ['photographer', 'photographers', 'the photographer', 'the photographers'], { role: true }),
  ...provider('a facilities, maintenance or security contractor', [
    ...heads(['maintenance', 'facilities', 'facilities management', 'grounds', 'grounds maintenance', 'security', 'waste',
      'pest control', 'printing', 'print', 'photocopier', 'copier', 'payroll', 'supply agency', 'agency'], ['contract']),
    'pfi company', 'pfi contract', 'pfi contractor',
  ]),
  ...provider('contractors or suppliers as people at work: praise needs a recommendation', [
    'the contractors', 'our contractors', 'the contractor', 'our contractor', 'the suppliers', 'our suppliers', 'our supplier',
  ], { role: true }),
];

/**
 * Services of the local authority or the trust, bought by the school ("the council's HR", "the trust's IT support").
 * Used after "the LA's", "the council's", "the trust's", "the local authority's".
 */
export const AUTHORITY_SERVICES: readonly Term[] = terms('a service the local authority or trust sells to the school', [
  'hr', 'hr team', 'hr service', 'hr department', 'payroll', 'payroll team', 'payroll service', 'it', 'it support',
  'it team', 'it service', 'ict', 'ict support', 'finance', 'finance team', 'legal', 'legal team', 'admissions',
  'admissions team', 'transport', 'school transport', 'transport team', 'catering', 'catering service', 'cleaning',
  'cleaning service', 'traded services', 'school improvement', 'school improvement team', 'school improvement service',
  'occupational health', 'buyback', 'buy back', 'sla', 'support services', 'central team', 'central services',
  'estates team', 'facilities team', 'procurement', 'procurement team', 'send team', 'sen team', 'ehcp team',
  'school meals service', 'school meals', 'grounds maintenance', 'music service',
]);

/** Owners of those services, with a possessive: "the LA's", "the council's", "the trust's". */
export const AUTHORITIES: readonly Term[] = terms('the local authority or trust as a seller of services', [
  "the la's", "the council's", "the local authority's", "the county council's", "the city council's", "the trust's",
  "our trust's", "the mat's", "our la's", "our council's", "the borough's",
]);

/** The same owners without a possessive ("the LA HR team"): then only a service of two words or more. */
export const AUTHORITIES_BARE: readonly Term[] = terms('the local authority or trust, before a named service', [
  'the la', 'the council', 'the trust', 'the local authority', 'the county council', 'our la', 'our trust',
]);

/** Words that make a company name: "Fresh Plate Catering", "Smith's Coaches". Matched after capitalised words. */
export const COMPANY_TAILS: readonly Term[] = terms('the last word of a service company\'s trading name', [
  'catering', 'caterers', 'cleaning', 'cleaners', 'cleaning services', 'coaches', 'coach hire', 'coach travel', 'travel',
  'buses', 'taxis', 'photography', 'photographic', 'photographers', 'schoolwear', 'uniforms', 'uniform',
  'facilities', 'facilities management', 'contract services', 'it services', 'it solutions', 'it support',
  'education services', 'school services', 'school meals', 'foods', 'food services',
]);

/** Capitalised words that start a sentence or a phrase, not a company name ("Great Catering today"). */
export const NOT_COMPANY_WORDS: readonly Term[] = terms('a word that can stand before a service word without naming a company', [
  'the', 'our', 'my', 'their', 'your', 'school', 'great', 'good', 'bad', 'awful', 'terrible', 'amazing', 'brilliant',
  'lovely', 'new', 'old', 'christmas', 'summer', 'winter', 'staff', 'year', 'class', 'a', 'an', 'this', 'that', 'no',
  'free', 'home', 'local', 'i', 'we', 'and', 'but', 'so', 'if', 'in', 'on', 'at', 'for', 'with', 'to', 'from', 'of',
  'by', 'is', 'are', 'was', 'were', 'it', 'he', 'she', 'they', 'thanks', 'thank', 'love', 'hate', 'best', 'worst',
  'dinner', 'lunch', 'breakfast', 'kitchen', 'house', 'office', 'outdoor', 'indoor', 'event', 'party', 'wedding',
  'trip', 'holiday', 'family', 'private', 'public', 'any', 'some', 'all', 'every', 'which', 'what', 'who',
]);

/** Words that tie a supplier to the school. */
export const SCHOOL_LINKS: readonly Term[] = terms('the post is about school', [
  'school', 'schools', "school's", 'academy', 'the trust', 'our trust', "trust's", 'our kids', 'pupils', 'the children',
  'the kids', 'my class', 'our class', 'the class', 'classroom', 'classrooms', 'staff', 'staffroom', 'school dinners', 'school dinner',
  'school lunches', 'school meals', 'lunchtime', 'dinner hall', 'the hall', 'school trip', 'residential', 'governors',
  'headteacher', 'head teacher', 'at work', 'year 1', 'year 2', 'year 3', 'year 4', 'year 5', 'year 6', 'year 7',
  'year 8', 'year 9', 'year 10', 'year 11', 'sixth form', 'the la', 'local authority', 'parents evening',
  "parents' evening", 'playground', 'pupil', 'teachers', 'ks1', 'ks2', 'eyfs', 'ofsted', 'the children\'s',
]);

/** Words that put a supplier in the writer's private life. */
export const PRIVATE_LINKS: readonly Term[] = terms('the writer\'s own home, holiday or family event', [
  'at home', 'my house', 'our house', 'my home', 'our home', 'my kitchen', 'our kitchen', 'my garden', 'our garden',
  'my wedding', 'our wedding', 'the wedding', 'our holiday', 'my holiday', 'family holiday', 'my flat', 'our flat',
  'my mum', 'my dad', 'my parents', 'my own kids', "my kids' school", "my son's school", "my daughter's school",
  "my child's school", 'for myself', 'personally use', 'privately', 'party', 'birthday', 'christening', 'funeral',
  'wake', 'anniversary', 'hen do', 'stag do', 'engagement', 'wedding', 'holiday', 'my own home',
]);

/**
 * What is said of a supplier. `tone` says whether it criticises or endorses; `weak` praise ("brilliant") counts only
 * for a company or a brand, not for a person doing a job.
 */
export interface VerdictTerm extends Term {
  tone: 'criticism' | 'endorsement';
  weak?: boolean;
  /** Not when the next words match ("the best way to pay is…" is advice, not an endorsement). */
  notAfter?: RegExp;
}

const verdict = (tone: VerdictTerm['tone'], note: string, words: readonly string[], extra: Omit<VerdictTerm, 'term' | 'note' | 'tone'> = {}): VerdictTerm[] =>
  terms(note, words, { tone, ...extra });

export const VERDICTS: readonly VerdictTerm[] = [
  ...verdict('criticism', 'calls a supplier bad', [
    'a joke', 'joke', 'a shambles', 'shambles', 'rubbish', 'useless', 'hopeless', 'appalling', 'shocking', 'a disgrace',
    'disgrace', 'disgraceful', 'pathetic', 'diabolical', 'abysmal', 'dire', 'awful', 'terrible', 'dreadful', 'atrocious',
    'horrendous', 'incompetent', 'clueless', 'worst', 'crap', 'garbage', 'a nightmare', 'a farce', 'farcical',
    'beyond a joke', 'laughable', 'not fit for purpose', 'unreliable', 'cowboys', 'a scam', 'scam', 'scammers',
    'rip off', 'a rip off', 'ripoff', 'daylight robbery', 'overpriced', 'extortionate', 'waste of money', 'a waste of money',
    'charge a fortune', 'charging a fortune', 'charge the school a fortune', 'charge the trust a fortune', 'a fortune',
    'let us down', 'let us down again', 'let me down', 'never turn up', 'never turned up', 'avoid them',
    'avoid like the plague', 'avoid at all costs', 'never again', "wouldn't recommend", 'would not recommend',
    "don't use them", 'do not use them', 'get rid of them', 'sack them', 'should be sacked', 'cancel the contract',
    'inedible', 'disgusting', 'vile', 'revolting', 'cold chips', 'cold pasta', 'cold food', 'cold dinners', 'stone cold',
    'raw chicken', 'tiny portions', 'raging', 'fuming', 'gone downhill', 'gone down hill', 'a disaster', 'disastrous',
    'hate', 'sick of them', 'fed up with them', 'the bane of my life', 'wants their head read',
    'wants their head examining', 'want their heads read', 'needs their head examining', 'wants sacking', 'poor service',
    'terrible service', 'awful service', 'shocking service', 'rubbish service',
  ]),
  ...verdict('endorsement', 'recommends or champions a supplier', [
    'highly recommend', 'highly recommended', 'would recommend', "i'd recommend", 'i recommend', 'we recommend',
    'can recommend', 'definitely recommend', 'recommend them', 'recommend it', "can't recommend them enough",
    'cannot recommend them enough', 'shout out', 'big shout out', 'huge shout out', 'five stars', '5 stars', '10/10',
    'top notch', "can't fault", 'cannot fault', 'faultless', 'best in the business', 'best company',
    'worth every penny', 'go with', 'use them', 'everyone should use', 'you should use', 'you need to use',
    'should all use', 'switch to', 'first class', 'great service', 'brilliant service', 'amazing service',
    'excellent service', 'fantastic service', 'superb service', 'second to none', 'get them in', 'book them',
    'get ordering', 'get booking', 'go and order', 'order from them', 'book with them', 'give them your business',
  ]),
  ...verdict('endorsement', 'calls a supplier the best (not "the best way to pay")', ['the best', 'the best ever'], {
    notAfter: /^\s+(?:way|ways|time|thing|things|place|option|bit|part|day|days|of|to|for|if|when|thing)\b/,
  }),
  ...verdict('endorsement', 'praise, counted only for a company or brand', [
    'amazing', 'brilliant', 'fantastic', 'excellent', 'outstanding', 'superb', 'fab', 'fabulous', 'wonderful',
    'legends', 'a lifesaver', 'lifesavers', 'the dream', 'spot on', 'love them', 'top class',
  ], { weak: true }),
];
