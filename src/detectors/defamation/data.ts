// Word lists for the defamation detector: allegations of crime or serious wrongdoing, and the words that make a
// person or organisation identifiable. Every entry says what it is and why it is here. The rules that combine the
// lists are in defamation.ts; README.md explains them.
import type { Term } from '../../engine/terms.ts';

/**
 * What must follow an allegation's verb before it is one:
 * - `taking`: "stealing from…", "stole £500", "nicked the trip money" — not "stole my stapler" or "stole the show".
 * - `money`: money or funds ("pocketing the PTA money", "siphoning off funds").
 * - `records`: records, figures or results ("faked the attendance figures", "fiddling the books").
 * - `exams`: exams or inspections ("cheats on its SATs"); `spouse`: "cheating on his wife".
 * - `people`: people ("poisons the kids", "hit a pupil"); `children`: children only ("grooming a Year 10").
 * - `partner`: a person ("sleeping with a governor", "…with Mr Patel").
 * - `authorities`: those lied to ("lied to Ofsted", "misled parents").
 * - `wrongs`: what was covered up ("covered up the abuse", "the allegations").
 * - `drugs`: drugs ("selling drugs", "dealing coke").
 * - `position`: people or a position of trust ("abusing his position").
 * - `restricted`: goods that may not be sold to children, then "to" and children ("sells vapes to Year 6 kids").
 */
export type ObjectRule = 'restricted' | 'taking' | 'money' | 'records' | 'exams' | 'spouse' | 'people' | 'children' | 'partner' | 'authorities' | 'wrongs' | 'drugs' | 'position';

export type Harm = 'crime' | 'dishonesty' | 'sexual' | 'abuse' | 'misconduct';

export interface AllegationTerm extends Term {
  /** 'verb': the target does it ("the head is fiddling…"); 'predicate': the target is it, after is/was ("…is a thief"). */
  form: 'verb' | 'predicate';
  harm: Harm;
  confidence: number;
  /** What must follow a verb. Omitted: nothing need follow ("embezzling", "taking bribes"). */
  object?: ObjectRule;
  /** A second acceptable object, with its own harm and confidence ("cheating on its SATs" / "cheating on his wife"). */
  alt?: { object: ObjectRule; harm: Harm; confidence: number };
  /** Only these words will do as the object ("cooking the books", not "cooking the SATs breakfast"). */
  only?: readonly string[];
  /** These words never do as the object ("made up the numbers" means only just made a team). */
  except?: readonly string[];
}

function verbs(terms: readonly string[], harm: Harm, confidence: number, note: string, object?: ObjectRule, rules: Partial<AllegationTerm> = {}): AllegationTerm[] {
  return terms.map((term) => ({ term, form: 'verb', harm, confidence, note, ...(object ? { object } : {}), ...rules }));
}

function predicates(terms: readonly string[], harm: Harm, confidence: number, note: string): AllegationTerm[] {
  return terms.map((term) => ({ term, form: 'predicate', harm, confidence, note }));
}

// ---- Allegations ----------------------------------------------------------------------------------------------------
// Liar, bully, thug, hypocrite and the like are insults, reported by the derogatory detector; they are not listed here.

export const ALLEGATIONS: readonly AllegationTerm[] = [
  // Theft and fraud
  ...verbs(['steal', 'stealing', 'steals', 'stole', 'stolen', 'nicking', 'nicked', 'pinching', 'pinched', 'thieving'], 'crime', 0.85, 'theft, when something worth stealing is taken (not "stole the show")', 'taking'),
  ...verbs(['robbing'], 'crime', 0.75, 'theft ("robbing the PTA blind"), not "robbing Peter to pay Paul"', 'taking'),
  ...verbs(['embezzle', 'embezzling', 'embezzled', 'embezzles', 'defraud', 'defrauding', 'defrauded', 'defrauds', 'committing fraud', 'committed fraud'], 'crime', 0.9, 'fraud'),
  ...verbs(['pocketing', 'pocketed', 'pockets', 'siphoning', 'siphoned', 'syphoning', 'syphoned', 'laundering', 'laundered', 'misusing', 'misused', 'misappropriating', 'misappropriated', 'helping himself to', 'helping herself to', 'helped himself to', 'helped herself to', 'helps himself to', 'helps herself to'], 'crime', 0.85, 'taking or misusing money', 'money'),
  ...verbs(
    ['taking', 'takes', 'took', 'taken', 'accepting', 'accepts', 'accepted', 'getting', 'gets', 'got', 'receiving', 'receives', 'received', 'paying', 'pays', 'paid', 'offering', 'offered', 'handing out', 'handed out', 'giving out', 'gave out', 'dishing out'].flatMap((v) =>
      ['backhanders', 'a backhander', 'bungs', 'a bung', 'kickbacks', 'a kickback', 'bribes', 'a bribe', 'brown envelopes', 'a brown envelope'].map((n) => `${v} ${n}`),
    ),
    'crime',
    0.85,
    'bribery: taking or paying backhanders, bungs, kickbacks or bribes',
  ),
  ...verbs(['taking bribes', 'takes bribes', 'took bribes', 'took a bribe', 'accepted bribes', 'accepts bribes', 'accepting bribes', 'bribed', 'bribing', 'taking kickbacks', 'takes kickbacks', 'took kickbacks', 'getting kickbacks', 'gets kickbacks', 'got kickbacks'], 'crime', 0.85, 'bribery'),
  // Dishonesty about records and results
  ...verbs(['fiddle', 'fiddled', 'fiddles', 'fiddling'], 'dishonesty', 0.8, 'fiddling the books or figures; or fiddling money ("fiddling the trip money")', 'records', { alt: { object: 'money', harm: 'crime', confidence: 0.8 } }),
  ...verbs(['fake', 'faked', 'fakes', 'faking', 'falsify', 'falsified', 'falsifies', 'falsifying', 'doctored', 'doctoring', 'rig', 'rigged', 'rigging', 'rigs', 'manipulated', 'manipulating', 'manipulates', 'fudged', 'fudging', 'fudges', 'massaged', 'massaging', 'forged', 'forging', 'forges', 'backdated', 'backdating', 'altered', 'altering', 'inflated', 'inflating', 'inflates', 'lied about', 'lies about', 'lying about'], 'dishonesty', 0.8, 'falsifying records, figures or results', 'records'),
  ...verbs(['cooked', 'cooking', 'cooks'], 'dishonesty', 0.8, 'cooking the books (not the cook cooking the SATs breakfast)', 'records', { only: ['books', 'figures', 'accounts', 'numbers', 'data', 'results'] }),
  ...verbs(['made up', 'makes up', 'making up'], 'dishonesty', 0.75, 'inventing figures or evidence ("made up the numbers" is an idiom and does not count)', 'records', { except: ['numbers'] }),
  ...verbs(['cheat', 'cheats', 'cheated', 'cheating'], 'dishonesty', 0.75, 'cheating in exams or inspections; or on a spouse', 'exams', { alt: { object: 'spouse', harm: 'sexual', confidence: 0.65 } }),
  ...verbs(['lied to', 'lies to', 'lying to', 'misled', 'misleads', 'misleading'], 'dishonesty', 0.7, 'lying to the authorities or to parents', 'authorities'),
  ...verbs(['covered up', 'covers up', 'covering up', 'cover up', 'hushed up', 'hushing up', 'buried'], 'misconduct', 0.8, 'covering up abuse, allegations or incidents', 'wrongs'),
  ...verbs(['off rolling', 'off rolls', 'off rolled', 'offrolling', 'offrolls', 'offrolled'], 'misconduct', 0.7, 'off-rolling pupils, which Ofsted treats as gaming'),
  // Harm to people
  ...verbs(['poison', 'poisons', 'poisoning', 'poisoned'], 'crime', 0.75, 'poisoning people', 'people'),
  ...verbs(['hits', 'hit', 'hitting', 'slaps', 'slapped', 'slapping', 'assaulted', 'assaults', 'assaulting', 'punched', 'punches', 'punching', 'kicked', 'kicks', 'kicking', 'smacked', 'smacks', 'smacking', 'manhandled', 'manhandles', 'manhandling', 'shoved', 'beats', 'beat', 'beating'], 'abuse', 0.8, 'assault', 'people'),
  ...verbs(['abuses', 'abused', 'abusing', 'sexually abused', 'sexually abusing'], 'abuse', 0.85, 'abuse of people, or of a position of trust', 'position'),
  ...verbs(['grooming', 'grooms', 'groomed'], 'abuse', 0.9, 'grooming a child', 'children'),
  ...verbs(['bullies', 'bullying', 'bullied'], 'misconduct', 0.55, 'bullying staff or pupils (as an accusation; "a bully" is an insult left to the derogatory detector)', 'people'),
  // Sexual misconduct
  ...verbs(['sleeping with', 'sleeps with', 'slept with', 'shagging', 'shags', 'shagged', 'bonking', 'having an affair with', 'had an affair with', 'has been having an affair with', 'having it off with', 'hooking up with', 'hooked up with'], 'sexual', 0.8, 'a sexual relationship, said of an identifiable person', 'partner'),
  ...verbs(['having an affair', 'had an affair'], 'sexual', 0.75, 'an affair'),
  // Drugs and drink
  ...verbs(['deals', 'dealing', 'sells', 'selling', 'sold', 'pushes', 'pushing', 'supplies', 'supplying'], 'crime', 0.85, 'drug dealing; or selling vapes, alcohol or tobacco to children', 'drugs', { alt: { object: 'restricted', harm: 'crime', confidence: 0.8 } }),
  ...verbs(['serves', 'serving', 'served', 'gives', 'giving', 'gave'], 'crime', 0.75, 'selling or giving vapes, alcohol or tobacco to children', 'restricted'),
  ...verbs(['drink driving', 'drink drives', 'drink drove', 'drives drunk', 'drove drunk', 'comes in drunk', 'came in drunk', 'turns up drunk', 'turned up drunk', 'comes to work drunk', 'came to work drunk', 'comes in high', 'turns up high', 'drinks on the job', 'drinking on the job', 'drinks at work', 'drinking at work', 'drinks in school', 'drinking in school'], 'misconduct', 0.65, 'drink or drugs at work, or drink-driving'),
  // What someone is said to be, after "is"/"was" (an article may come between: "is a total crook").
  ...predicates(['thief', 'thieves', 'crook', 'crooks', 'criminal', 'criminals', 'fraudster', 'fraudsters', 'embezzler', 'on the fiddle', 'on the take', 'corrupt', 'con artist', 'conman', 'con man', 'swindler'], 'crime', 0.8, 'called a criminal'),
  ...predicates(['fraud', 'a cheat'], 'dishonesty', 0.55, 'called a cheat or a fraud (weaker: often means a fake)'),
  ...predicates(['drug dealer', 'drug dealers', 'druggie', 'junkie', 'crackhead', 'cokehead'], 'crime', 0.75, 'drug dealing or drug taking'),
  ...predicates(['a drunk', 'an alcoholic'], 'misconduct', 0.6, 'a drink problem'),
  ...predicates(['paedo', 'paedophile', 'pedo', 'pedophile', 'nonce', 'kiddie fiddler', 'child abuser', 'abuser', 'wife beater', 'sex offender', 'sexual predator', 'predator', 'groomer', 'rapist', 'pervert', 'perv'], 'sexual', 0.85, 'called an abuser or a sex offender'),
  ...predicates(['racist', 'homophobe', 'homophobic', 'misogynist', 'bigot'], 'misconduct', 0.6, 'called racist or bigoted'),
];

// ---- Objects ------------------------------------------------------------------------------------------------------

/** Things too small to make theft an allegation: "stole my stapler", "nicked the last biscuit", "stole the show". */
export const TRIVIAL: readonly string[] = [
  'stapler', 'staplers', 'pen', 'pens', 'pencil', 'pencils', 'biscuit', 'biscuits', 'mug', 'mugs', 'chair', 'chairs', 'seat', 'seats',
  'parking', 'space', 'spot', 'lunch', 'sandwich', 'sandwiches', 'chocolate', 'chocolates', 'cake', 'cakes', 'thunder', 'show', 'limelight',
  'spotlight', 'heart', 'hearts', 'idea', 'ideas', 'joke', 'jokes', 'glue', 'sellotape', 'tape', 'scissors', 'rubber', 'rubbers', 'ruler',
  'rulers', 'marker', 'markers', 'charger', 'milk', 'coffee', 'tea', 'teabags', 'snacks', 'snack', 'yoghurt', 'sweets', 'crisps', 'base',
  'bases', 'ball', 'kiss', 'glance', 'look', 'march', 'moment', 'points', 'point', 'wifi', 'wi-fi', 'hoodie', 'jumper', 'blanket',
  'remote', 'fries', 'chips', 'stickers', 'sticker', 'laminator', 'whiteboard', 'cushion', 'cushions', 'name', 'title', 'crown', 'socks',
  'breath', 'lines', 'line', 'scene', 'headlines', 'nap', 'bed', 'duvet', 'doughnut', 'doughnuts', 'pudding', 'dessert', 'toast',
];

export const MONEY: readonly string[] = [
  'money', 'cash', 'funds', 'fund', 'funding', 'donations', 'donation', 'takings', 'budget', 'budgets', 'float', 'wages', 'salary',
  'salaries', 'pension', 'pensions', 'grant', 'grants', 'premium', 'profits', 'proceeds', 'collection', 'expenses', 'fees', 'quid',
  'grand', 'pounds', 'thousands', 'hundreds', 'millions', 'reserves', 'accounts', 'account', 'till', 'tills', 'savings', 'charity',
  'raffle', 'pot', 'kitty', 'petty', 'difference', 'fundraising', 'sponsorship', 'subs',
];

export const RECORDS: readonly string[] = [
  'figures', 'data', 'results', 'attendance', 'registers', 'register', 'accounts', 'books', 'budget', 'expenses', 'minutes', 'records',
  'record', 'marks', 'grades', 'scores', 'predictions', 'sats', 'exams', 'exam', 'coursework', 'moderation', 'tests', 'evidence',
  'references', 'reference', 'signatures', 'signature', 'invoices', 'receipts', 'reports', 'stats', 'statistics', 'paperwork',
  'timesheets', 'mileage', 'claims', 'logs', 'log', 'cpoms', 'numbers', 'dbs', 'checks', 'qualifications', 'cv', 'degree',
  'assessments', 'assessment', 'outcomes', 'progress', 'levels', 'gcses', 'phonics', 'sef', 'audit', 'returns', 'census', 'vote',
  'votes', 'election', 'ballot', 'accounts',
];

export const EXAMS: readonly string[] = [
  'sats', 'exams', 'exam', 'gcses', 'gcse', 'tests', 'test', 'coursework', 'results', 'phonics', 'moderation', 'ofsted', 'inspection',
  'inspections', 'assessments', 'mocks', 'papers', 'data', 'a-levels', 'levels', 'multiplication', 'check', 'screening',
];

export const SPOUSES: readonly string[] = ['wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'missus', 'spouse'];

export const PEOPLE: readonly string[] = [
  'kids', 'kid', 'children', 'child', 'pupils', 'pupil', 'students', 'student', 'boy', 'boys', 'girl', 'girls', 'toddlers', 'babies',
  'baby', 'teenagers', 'youngsters', 'learners', 'staff', 'colleagues', 'colleague', 'us', 'me', 'everyone', 'families', 'teachers',
  'teacher', 'tas', 'ta', 'wife', 'husband', 'partner', 'son', 'daughter', 'stepson', 'stepdaughter', 'residents', 'patients',
  'receptionist', 'cleaner', 'cleaners', 'lsa', 'lsas', 'nqt', 'ect', 'ects', 'trainee', 'trainees', 'team',
];

/** People who are children: the only objects of "grooming". */
export const CHILDREN: readonly string[] = [
  'kids', 'kid', 'children', 'child', 'pupils', 'pupil', 'students', 'student', 'boy', 'boys', 'girl', 'girls', 'teenagers', 'youngsters',
  'learners', 'son', 'daughter', 'stepson', 'stepdaughter', 'her', 'him', 'them',
];

export const AUTHORITIES: readonly string[] = [
  'ofsted', 'inspectors', 'inspector', 'hmi', 'parents', 'governors', 'la', 'dfe', 'police', 'staff', 'us', 'everyone', 'board', 'trustees',
  'trust', 'tribunal', 'court', 'lado', 'council', 'auditors', 'auditor', 'union', 'families', 'esfa', 'regulator', 'charity', 'commission',
];

export const WRONGS: readonly string[] = [
  'abuse', 'incident', 'incidents', 'allegation', 'allegations', 'complaint', 'complaints', 'bullying', 'assault', 'assaults',
  'safeguarding', 'concerns', 'disclosure', 'disclosures', 'accident', 'injury', 'injuries', 'fraud', 'theft', 'affair', 'attack',
  'racism', 'harassment', 'grooming', 'evidence', 'truth', 'scandal', 'death', 'fire',
];

export const DRUGS: readonly string[] = ['drugs', 'drug', 'weed', 'coke', 'cocaine', 'cannabis', 'pills', 'ketamine', 'mdma', 'heroin', 'crack', 'spice', 'ecstasy', 'steroids'];

/** Goods that may not be sold to children: only an allegation with "to" and children after them. */
export const RESTRICTED: readonly string[] = ['vapes', 'vape', 'vaping', 'alcohol', 'booze', 'beer', 'cider', 'vodka', 'alcopops', 'cigarettes', 'cigs', 'fags', 'tobacco', 'knives', 'knife', 'fireworks', 'nitrous', 'lighters'];

/** After "to": words that say the buyers are children. */
export const MINORS: readonly string[] = ['kids', 'kid', 'children', 'child', 'pupils', 'pupil', 'students', 'schoolkids', 'minors', 'underage', 'under-age', 'teenagers', 'teens', 'youngsters', 'year', 'boys', 'girls', 'primary', 'secondary', 'under', 'year6s', 'y6', 'y7', 'y8', 'y9', 'y10', 'y11'];

/** "Abusing his position": a position of trust, as well as people. */
export const POSITIONS: readonly string[] = ['position', 'power', 'authority', 'role', 'trust', 'office', 'powers'];

// ---- Targets ------------------------------------------------------------------------------------------------------

/** Titles before a surname: "Mr Jones", "Mrs Smith-Patel", "Dr Khan". */
export const TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'cllr', 'councillor', 'rev', 'reverend', 'sir', 'dame'];

/**
 * People and bodies around a school, identifiable with a determiner: "the head", "our SENCO", "that parent", "the
 * chair of governors", "the caterers". The last word of the role; words before it ("business", "chair of") are
 * ROLE_MODIFIERS. Singular words, and plurals only for small bodies (governors, SLT, trustees, caterers).
 */
export const ROLE_WORDS: readonly string[] = [
  'head', 'headteacher', 'headmaster', 'headmistress', 'principal', 'deputy', 'ceo', 'cfo', 'coo', 'director', 'senco', 'sendco', 'dsl',
  'bursar', 'manager', 'caretaker', 'treasurer', 'chair', 'chairman', 'chairwoman', 'governor', 'governors', 'trustee', 'trustees',
  'clerk', 'slt', 'smt', 'leadership', 'management', 'boss', 'hod', 'hoy', 'teacher', 'tutor', 'ta', 'hlta', 'lsa', 'receptionist',
  'cook', 'chef', 'caterer', 'caterers', 'kitchen', 'canteen', 'cleaner', 'contractor', 'contractors', 'supplier', 'suppliers',
  'builder', 'builders', 'agency', 'coach', 'driver', 'vicar', 'nurse', 'inspector', 'pta', 'parent', 'mum', 'mom', 'dad', 'mother',
  'father', 'stepdad', 'stepmum', 'carer', 'husband', 'wife', 'partner', 'son', 'daughter', 'brother', 'sister', 'uncle', 'auntie',
  'school', 'academy', 'trust', 'mat', 'federation', 'nursery', 'college', 'department', 'office', 'neighbour', 'landlord',
  'owner', 'owners', 'landlady', 'shopkeeper', 'proprietor', 'organiser', 'leader', 'instructor',
];

/**
 * Ordinary words for a person: identifiable only with a phrase after them that says which one ("the bloke who runs
 * the after-school club", "the woman from the chippy", "the man at number 12").
 */
export const GENERIC_PEOPLE: readonly string[] = ['bloke', 'guy', 'man', 'woman', 'lady', 'fella', 'fellow', 'chap', 'lad', 'geezer', 'person', 'couple'];

/** Role words that need a particular word before them: "dinner lady", "leadership team", "catering company". */
export const QUALIFIED_ROLES: Readonly<Record<string, readonly string[]>> = {
  lady: ['dinner', 'lollipop'],
  man: ['lollipop'],
  team: ['leadership', 'finance', 'senior', 'management', 'office', 'site'],
  company: ['catering', 'cleaning', 'building', 'bus', 'coach', 'cleaning'],
  staff: ['office', 'kitchen'],
  board: ['governing', 'trust'],
  body: ['governing'],
};

/** Family words: after "my" they are the writer's own family, not a target the policy protects. */
export const FAMILY: readonly string[] = ['mum', 'mom', 'dad', 'mother', 'father', 'stepdad', 'stepmum', 'husband', 'wife', 'partner', 'son', 'daughter', 'brother', 'sister', 'uncle', 'auntie'];

/** Words before a role that make it a particular one. */
export const DETERMINERS: readonly string[] = ['the', 'our', 'my', 'that', 'this', 'your', 'their', 'his', 'her', 'one'];

/** Words that may sit between a determiner and the role: "the new acting head", "our Year 6 teacher". */
export const ROLE_MODIFIERS: readonly string[] = [
  'new', 'old', 'current', 'former', 'ex', 'last', 'previous', 'outgoing', 'acting', 'interim', 'executive', 'exec', 'deputy', 'assistant', 'associate', 'vice', 'school',
  'trust', 'pta', 'business', 'finance', 'site', 'office', 'premises', 'catering', 'year', 'reception', 'nursery', 'maths', 'english',
  'science', 'pe', 'music', 'art', 'history', 'geography', 'computing', 'dt', 'drama', 'mfl', 'sen', 'send', 'lead', 'senior', 'line',
  'supply', 'agency', 'cover', 'class', 'form', 'dinner', 'lunchtime', 'local', 'nice', 'lovely', 'sainted', 'esteemed', 'beloved',
  'so-called', 'dear', 'wonderful', 'charming', 'precious', 'sixth', 'key', 'stage', 'primary', 'secondary', 'infant', 'junior',
  'church', 'village', 'chair', 'of', 'head', 'governing', 'dinner', 'lollipop', 'leadership', 'management', 'cleaning', 'building',
  'bus', 'coach', 'kitchen', 'governors', 'shop', 'corner', 'newsagent', 'newsagents', 'chippy', 'pub', 'cafe', 'takeaway', 'club',
];

/** The last word of an organisation's name: "Oakfield Academy", "St Mary's Primary", "Acme Catering Ltd". */
export const ORG_SUFFIXES: readonly string[] = [
  'academy', 'school', 'primary', 'college', 'trust', 'ltd', 'limited', 'plc', 'catering', 'caterers', 'foods', 'services', 'group',
  'federation', 'infants', 'juniors', 'grammar', 'high', 'nursery', 'partnership', 'llp', 'consultancy', 'solutions', 'education',
  'learning', 'church', 'council',
];

/** Words after a role that still belong to it: "the school down the road", "Dave from finance", "the treasurer of the PTA". */
export const POSTMODIFIER_PREPOSITIONS: readonly string[] = ['from', 'in', 'at', 'on', 'of', 'down', 'up', 'across', 'next', 'round', 'over', 'near', 'opposite', 'behind'];

// ---- Context --------------------------------------------------------------------------------------------------------

/**
 * In the same sentence these mean the matter is being handled properly, is a published outcome, is fiction, or is
 * denied — not an allegation made in the post.
 */
export const PROPER: readonly Term[] = [
  ...['reported', 'reporting', 'report it', 'lado', 'whistleblow*', 'raised concern*', 'raise concern*', 'raising concern*',
    'referral', 'referred', 'investigat*', 'complaint procedure', 'police are', 'hr are', 'union rep', 'my concerns', 'have concerns',
    'had concerns', 'disclos*', 'dsl', 'safeguarding lead', 'social services', 'social worker'].map((term) => ({ term, note: 'concern raised through the proper channel' })),
  ...['convicted', 'conviction', 'pleaded', 'found guilty', 'jailed', 'sentenced', 'court', 'charged with', 'tribunal found', 'struck off',
    'banned from teaching', 'prohibition order', 'in the news', 'on the news', 'bbc', 'article', 'headline'].map((term) => ({ term, note: 'a published outcome or the news' })),
  ...['cleared', 'acquitted', 'exonerated', 'false allegation*', 'falsely', 'wrongly', 'untrue', 'not true', 'innocent', 'fake news',
    'rumours are', 'no truth'].map((term) => ({ term, note: 'the allegation is denied' })),
  ...['in the play', 'in our play', 'panto', 'pantomime', 'nativity', 'story', 'stories', 'book', 'novel', 'film', 'movie', 'episode',
    'series', 'character', 'characters', 'role play', 'drama', 'pretend*', 'dressed as', 'murder mystery', 'whodunnit', 'cluedo',
    'escape room', 'dream', 'dreamt', 'dreamed', 'game', 'script', 'soap', 'eastenders', 'corrie', 'the traitors'].map((term) => ({ term, note: 'fiction or a game' })),
];

/** Softer wording: still an allegation in public, but less sure. */
export const HEDGES: readonly Term[] = [
  'allegedly', 'apparently', 'rumour', 'rumours', 'rumoured', 'supposedly', 'i reckon', 'i think', 'i bet', 'i heard', 'heard that',
  'word is', 'sounds like', 'seems', 'seemingly', 'probably', 'surely', 'accused of', 'suspect', 'i suspect', 'gossip',
].map((term) => ({ term, note: 'a hedge: less sure, still public' }));
