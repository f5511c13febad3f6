// Word lists for the derogatory detector: insults, who they may be aimed at, and the words of threats. Every entry
// says what it is and why it is here. The rules that combine them are in derogatory.ts; README.md explains them.
import type { Term } from '../../engine/terms.ts';

// ---- Insults ----------------------------------------------------------------------------------------------------------

/**
 * An insult. On its own it flags nothing: it must be attached to a target ("idiotic parents", "the head is a moron"),
 * said of a named person or "he"/"she", or stand as a remark of its own about someone just mentioned ("Idiots.",
 * "Spoilt little brat."). Words that are profanity ("pillock", "tosser") belong to the profanity detector, and words that
 * treat people as animals ("feral", "vermin") to the discriminatory detector, so that one remark gets one warning.
 */
export interface InsultTerm extends Term {
  kind: 'insult';
  /** 'adj' describes ("useless head"); 'noun' names ("a moron"). Either can be said of a target after "is/are". */
  form: 'adj' | 'noun';
  confidence: number;
  /** Not when followed by these words ("thick as thieves", "useless at maths" — a skill, not a person). */
  notBefore?: readonly string[];
  /** Not when preceded by these words ("poor sods" is sympathy). */
  notAfter?: readonly string[];
  /** A costume or part in a play is an innocent sense ("Reception were clowns in the circus show"). */
  costume?: boolean;
  /**
   * As a remark on its own ("What an idiot."), people say it of themselves as often as of others ("Left my lanyard
   * at home. Idiot."): it then needs someone else mentioned just before.
   */
  selfUse?: boolean;
  /** On its own it names an animal or a thing as often as a person ("Cows!" on the farm trip): it needs an insulting word before it ("lazy cow"). */
  needsModifier?: boolean;
  /** Judges situations as often as people ("Absolute nightmare.", "She's a nightmare to reach"): only with a target word. */
  notAlone?: boolean;
  /** An adjective that insults only in a remark on its own before a person word ("Sour faced old bag."); elsewhere it is everyday ("miserable weather"). */
  fragmentOnly?: boolean;
  /** A strong name for a person: "the scumbag", "that toerag" is name-calling wherever it stands. */
  strong?: boolean;
  /** Not when one of these is in the sentence ("Muppets" the films). */
  notNear?: readonly string[];
}

function insult(form: InsultTerm['form'], confidence: number, note: string, terms: readonly string[], rules: Partial<InsultTerm> = {}): InsultTerm[] {
  return terms.map((term) => ({ term, kind: 'insult', form, confidence, note, ...rules }));
}

/** "useless at maths", "rubbish at rounders": judging a skill, which is not a derogatory remark about a person. */
const SKILL = ['at', 'with', 'when', 'for'];
/** The Muppets are films and puppets before they are an insult. */
const SCREEN = ['film', 'films', 'movie', 'movies', 'watch', 'watched', 'watching', 'dvd', 'cinema', 'christmas carol', 'treasure island', 'kermit', 'miss piggy', 'puppet', 'puppets', 'show', 'muppet show'];

export const INSULTS: readonly InsultTerm[] = [
  ...insult('adj', 0.85, 'calls someone stupid', [
    'idiotic', 'moronic', 'brainless', 'brain dead', 'gormless', 'witless', 'half witted', 'halfwitted', 'dim witted',
    'dimwitted', 'stupid', 'dumb', 'dumbest', 'stupidest', 'thickest',
  ]),
  ...insult('adj', 0.75, 'calls someone stupid', ['thick', 'dense', 'dim'], { notBefore: ['as thieves', 'with', 'and fast', 'skinned', 'fog', 'snow'] }),
  ...insult('adj', 0.75, 'calls someone incompetent', ['useless', 'incompetent', 'clueless', 'inept', 'hopeless', 'rubbish', 'pathetic', 'laziest'], { notBefore: [...SKILL, 'about', 'as to'] }),
  ...insult('adj', 0.7, 'calls someone lazy', ['lazy', 'bone idle', 'feckless', 'workshy'], { notBefore: ['sunday', 'saturday', 'day', 'days', 'morning', 'afternoon', 'weekend', 'river'] }),
  ...insult('adj', 0.75, 'attacks someone\'s character', [
    'spineless', 'gutless', 'vile', 'nasty', 'obnoxious', 'two faced', 'spiteful', 'vindictive', 'jumped up', 'power mad',
    'gobby', 'mouthy', 'disgusting', 'despicable', 'repulsive', 'good for nothing', 'useless lump',
  ], { notBefore: ['to', 'towards'] }),
  ...insult('adj', 0.65, 'attacks someone\'s character ("spoilt by her nan" is pampered, not an insult)', ['arrogant', 'smug', 'entitled', 'snotty', 'ignorant', 'spoilt', 'toxic'], { notBefore: [...SKILL, 'to', 'towards', 'of', 'by', 'rotten'] }),
  // "Worst" ranks ("he's worst affected"): only with a target word ("worst class ever").
  ...insult('adj', 0.65, 'attacks someone\'s character', ['worst'], { notBefore: [...SKILL, 'to', 'towards', 'of'], notAlone: true }),
  // "Awful", "terrible" and "dreadful" are left out: "the kids were awful today" reports behaviour more often than it insults.
  ...insult('adj', 0.55, 'calls people horrible', ['horrible'], { notBefore: [...SKILL, 'to', 'towards', 'of'] }),
  ...insult('adj', 0.8, 'mocks someone\'s appearance', ['ugly', 'fat', 'smelly', 'stinky', 'minging']),
  ...insult('adj', 0.6, 'writes pupils off', ['unteachable', 'backward', 'brainwashed']),
  // Everyday words ("miserable weather", "a sneaky peek") that insult only in a remark of their own about a person.
  ...insult('adj', 0.6, 'an unkind description, insulting only in a remark on its own about a person ("Sneaky little weasel.")', [
    'miserable', 'sneaky', 'snooty', 'stuck up', 'sour faced', 'smarmy', 'slimy', 'lying', 'thieving', 'whingeing',
    'whinging', 'moaning', 'nosy', 'interfering', 'pompous', 'self righteous',
  ], { fragmentOnly: true }),
  ...insult('noun', 0.85, 'calls someone stupid', [
    'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'halfwit', 'halfwits', 'dimwit',
    'dimwits', 'nitwit', 'nitwits', 'dunce', 'dunces', 'thicko', 'thickos', 'dullard', 'dullards', 'simpleton',
    'simpletons', 'buffoon', 'buffoons', 'bonehead', 'boneheads', 'airhead', 'airheads',
  ], { selfUse: true }),
  ...insult('noun', 0.7, 'mocks someone as a fool ("you\'d be a fool to miss it" is advice, not an insult)', ['fool', 'fools'], { costume: true, selfUse: true, notBefore: ['to', 'for'] }),
  ...insult('noun', 0.7, 'mocks someone as a fool', ['clown', 'clowns'], { costume: true, selfUse: true, needsModifier: true }),
  ...insult('noun', 0.75, 'an insult aimed at women ("silly cow"); the animal is never flagged on its own', ['cow', 'cows'], { costume: true, selfUse: true, needsModifier: true }),
  ...insult('noun', 0.75, 'an insult aimed at women; "bag" on its own ("bag for life") is never read as one', ['old bag', 'old bags', 'old cow', 'old cows'], { selfUse: true }),
  ...insult('noun', 0.5, 'mild mockery, still derogatory in public', ['muppet', 'muppets'], { selfUse: true, notNear: SCREEN }),
  ...insult('noun', 0.5, 'mild mockery, still derogatory in public', ['numpty', 'numpties', 'plonker', 'plonkers', 'twit', 'twits', 'snowflake', 'snowflakes', 'wally', 'wallies', 'drama queen', 'drama queens'], { selfUse: true }),
  ...insult('noun', 0.75, 'attacks someone\'s character', [
    'jobsworth', 'jobsworths', 'brat', 'brats', 'yob', 'yobs', 'thug', 'thugs', 'lout', 'louts', 'slob', 'slobs',
    'delinquent', 'delinquents', 'waster', 'wasters', 'liar', 'liars', 'hypocrite', 'hypocrites', 'no hoper',
    'no hopers', 'deadbeat', 'deadbeats', 'sponger', 'spongers', 'scrounger', 'scroungers', 'chancer', 'chancers',
  ]),
  ...insult('noun', 0.75, 'says someone is a failure or a coward', ['loser', 'losers', 'coward', 'cowards'], { selfUse: true }),
  ...insult('noun', 0.8, 'strong name-calling: calls someone worthless', ['scumbag', 'scumbags', 'toerag', 'toerags', 'lowlife', 'low life', 'degenerate'], { strong: true }),
  // Animals and literal senses: on their own ("Snakes!" at the zoo, "Bullies." as a topic) they need an insulting word first.
  ...insult('noun', 0.75, 'calls someone a snake, leech or parasite', ['snake', 'snakes', 'parasite', 'parasites', 'leech', 'leeches', 'weasel', 'weasels', 'bully', 'bullies'], { needsModifier: true }),
  ...insult('noun', 0.7, 'calls someone a sod ("poor sods" is sympathy and is not flagged)', ['sod', 'sods'], { notAfter: ['poor', 'lucky', 'jammy', 'old'], needsModifier: true }),
  ...insult('noun', 0.8, 'says someone is worthless', ['waste of space', 'waste of oxygen', 'waste of skin', 'waste of a salary', 'laughing stock'], { notAlone: true }),
  ...insult('noun', 0.6, 'dismisses a person or the school', ['joke', 'disgrace', 'shambles', 'embarrassment', 'liability', 'nightmare', 'nightmares', 'pain in the neck', 'pain in the backside', 'pain in the bum'], { notAlone: true }),
];

/** Words for a person that an insulting adjective can stand before in a remark of its own: "Pathetic man, can't even reply to an email." */
export const PERSON_NOUNS: readonly string[] = ['woman', 'man', 'bloke', 'lady', 'girl', 'boy', 'child', 'kid', 'guy', 'fella', 'creature', 'individual', 'person', 'specimen'];

/** Words allowed around an insult in a remark of its own: "What an absolute idiot.", "Absolute clown.", "Idiots, honestly." */
export const FRAGMENT_LEADS: readonly string[] = ['what', 'such', 'a', 'an', 'the', 'and'];
/** Intensifiers: before an animal word they make it an insult ("absolute clown", "total cow"). */
export const FRAGMENT_INTENSIFIERS: readonly string[] = [
  'absolute', 'absolutely', 'complete', 'completely', 'total', 'totally', 'utter', 'utterly', 'right', 'proper',
  'bloody', 'flipping', 'flaming', 'fucking', 'effing', 'frigging', 'sodding',
];
/** Other words allowed before an insult in a remark of its own, which do not make an animal word an insult ("Big cows!"). */
export const FRAGMENT_MODIFIERS: readonly string[] = ['little', 'old', 'big', 'young', 'great', 'massive', 'such', 'so', 'really', 'real'];
/** Mild words that still make an animal word an insult ("silly cow", "silly old bag"), though not a person word ("silly boy" is said fondly). */
export const MILD_MODIFIERS: readonly string[] = ['silly', 'little', 'old'];
export const FRAGMENT_TAILS: readonly string[] = ['lol', 'tbh', 'honestly', 'seriously', 'smh', 'ffs', 'again', 'innit', 'really', 'literally', 'though', 'tho'];

// ---- Targets --------------------------------------------------------------------------------------------------------

export const TARGET_KINDS = ['pupils', 'parents', 'staff', 'school', 'inspectors'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Words for the people and bodies a policy protects. Year groups and form names (Year 6, Y9, 8G1) are recognised in code. */
export const TARGETS: Record<TargetKind, readonly string[]> = {
  pupils: [
    'kids', 'kid', 'kiddies', 'kiddos', 'children', 'child', 'pupils', 'pupil', 'students', 'student', 'learners', 'class',
    'classes', 'form', 'group', 'set', 'boys', 'boy', 'girls', 'girl', 'lads', 'lasses', 'teenagers', 'teens',
    'youngsters', 'reception', 'cohort', 'intake', 'lot',
  ],
  parents: ['parents', 'parent', 'mums', 'mum', 'moms', 'mothers', 'mother', 'dads', 'dad', 'fathers', 'father', 'carers', 'carer', 'families', 'family', 'pta'],
  staff: [
    'staff', 'colleagues', 'colleague', 'teachers', 'teacher', 'tas', 'ta', 'lsas', 'lsa', 'hltas', 'hlta', 'slt', 'smt',
    'leadership', 'management', 'head', 'heads', 'headteacher', 'headteachers', 'headmaster', 'headmistress', 'principal',
    'ht', 'dht', 'aht', 'deputy', 'deputies', 'senco', 'hod', 'hoy', 'governors', 'governor', 'trustees', 'ceo', 'boss',
    'manager', 'caretaker', 'cleaners', 'nqt', 'nqts', 'ect', 'ects', 'trainee', 'trainees', 'department', 'team',
    'supervisor', 'lady', 'ladies', 'dsl', 'bursar',
  ],
  school: ['school', 'academy', 'trust', 'mat', 'la', 'council'],
  inspectors: ['ofsted', 'inspectors', 'inspector', 'hmi', 'inspection'],
};

/** Collective or ambiguous target words that count only after a determiner: "my class", "this school", "the head". */
export const NEEDS_DETERMINER: readonly string[] = [
  'class', 'form', 'group', 'set', 'lot', 'cohort', 'intake', 'reception', 'head', 'heads', 'department', 'team', 'school',
  'academy', 'trust', 'mat', 'la', 'council', 'inspection', 'management', 'leadership', 'lady', 'ladies', 'supervisor',
  'manager', 'boss', 'deputy', 'family', 'staff',
];

/** Words that only become targets with the word before them: "dinner lady", "leadership team", "inspection team". */
export const QUALIFIED: Record<string, readonly string[]> = {
  lady: ['dinner', 'lunch', 'lollipop', 'office', 'ofsted'],
  ladies: ['dinner', 'lunch', 'office'],
  supervisor: ['cover', 'lunchtime', 'midday', 'exams'],
  team: ['leadership', 'management', 'senior', 'slt', 'inspection', 'pastoral', 'office', 'admin'],
  inspection: ['ofsted'],
  department: ['maths', 'english', 'science', 'pe', 'history', 'geography', 'the', 'whole'],
  management: ['senior', 'middle', 'the', 'school', 'our', 'upper'],
};

// ---- Threats --------------------------------------------------------------------------------------------------------

/**
 * A violent verb. It flags only with an intention before it ("I'll", "I'm going to", "someone should", or a bare
 * command) and a person after it, and never in its other forms ("killing it", "smashed their SATs").
 */
export interface ThreatVerbTerm extends Term {
  kind: 'threat-verb';
  confidence: number;
  /** How a person is its object: 'person' ("kill him"), 'after' (only with a particle: "knock him out", "beat him up"), 'body' ("wring his neck"). */
  uses: readonly ('person' | 'after' | 'body')[];
  /** With 'after': the words that must follow the object. */
  needsAfter?: readonly string[];
  /** Words straight after the object that make it harmless: "shoot you a message", "bash them out", "kill them with kindness". */
  notAfterObject?: readonly string[];
}

/** After "hit him", "whack them": these make it harmless ("whack them in the oven", "hit you up", "bash them out"). */
const PLACING = ['a', 'an', 'the', 'some', 'up', 'out', 'in', 'on', 'into', 'onto', 'off', 'over', 'together', 'down', 'through', 'across', 'back', 'with', 'to', 'where', 'round', 'around', 'away'];
const BEATING_AFTER = ['up', 'senseless', 'black and blue', 'to a pulp', 'to death', 'into next week', 'out cold', 'unconscious', 'silly'];

function verb(terms: readonly string[], confidence: number, note: string, rules: Omit<ThreatVerbTerm, 'term' | 'kind' | 'confidence' | 'note'>): ThreatVerbTerm[] {
  return terms.map((term) => ({ term, kind: 'threat-verb', confidence, note, ...rules }));
}

export const THREAT_VERBS: readonly ThreatVerbTerm[] = [
  ...verb(['kill', 'murder', 'strangle', 'throttle', 'stab', 'knife', 'maim', 'poison', 'smother', 'suffocate', 'choke'], 0.85, 'a threat to kill or seriously injure', { uses: ['person'], notAfterObject: ['with kindness', 'with compliments', 'off', 'out', 'up'] }),
  ...verb(['glass', 'drown'], 0.8, 'a threat to seriously injure', { uses: ['person'], notAfterObject: PLACING }),
  ...verb(['punch', 'slap'], 0.8, 'a threat to hit someone', { uses: ['person', 'body'], notAfterObject: PLACING }),
  ...verb(['smack', 'thump', 'batter', 'deck', 'lamp', 'headbutt', 'clobber', 'wallop', 'whack', 'thrash', 'chin', 'floor', 'brain', 'bash', 'belt', 'hurt', 'hit', 'shoot'], 0.8, 'a threat to hit or hurt someone', { uses: ['person'], notAfterObject: PLACING }),
  ...verb(['kick'], 0.8, 'a threat to kick someone', { uses: ['person', 'after', 'body'], needsAfter: ['in', 'senseless', 'to death'], notAfterObject: PLACING }),
  ...verb(['beat'], 0.8, 'a threat of a beating ("beat him up")', { uses: ['after'], needsAfter: BEATING_AFTER }),
  ...verb(['knock'], 0.8, 'a threat to knock someone out', { uses: ['after', 'body'], needsAfter: ['out', 'senseless', 'into next week', 'out cold', 'unconscious', 'flat'] }),
  ...verb(['kneecap'], 0.85, 'a threat to maim someone', { uses: ['person'] }),
  ...verb(['put', 'throw', 'chuck', 'lob'], 0.75, 'a threat to throw someone through a window or wall', { uses: ['after'], needsAfter: ['through the window', 'through a window', 'through the wall', 'through a wall', 'through the office window', 'through the staffroom window', 'through the door', 'through a door', 'through the floor', 'through the fence', 'through the glass', 'out of the window', 'out the window'] }),
  ...verb(['wring', 'break', 'smash', 'rip', 'snap', 'cave'], 0.75, 'a threat against someone\'s body', { uses: ['body'] }),
];

/** Body parts that make "his face", "her neck" the person. */
export const BODY_PARTS: readonly string[] = [
  'face', 'head', 'neck', 'teeth', 'jaw', 'nose', 'lights', 'block', 'legs', 'arms', 'arm', 'leg', 'throat', 'skull',
  'kneecaps', 'knees', 'fingers', 'mouth', 'gob', 'lip', 'ribs',
];

/** A phrase that threatens in itself, or with a person next to it. */
export interface ThreatPhraseTerm extends Term {
  kind: 'threat-phrase';
  confidence: number;
  /**
   * 'alone': the phrase is the threat. 'subject': a person must come just before ("that parent wants shooting").
   * 'beating': a beating someone "needs", "deserves" or "is asking for" ("that child needs a good slap").
   * 'know-where': "I know where you live". 'coming': "they'll get what's coming".
   */
  rule: 'alone' | 'subject' | 'beating' | 'know-where' | 'coming';
}

function phrase(terms: readonly string[], rule: ThreatPhraseTerm['rule'], confidence: number, note: string): ThreatPhraseTerm[] {
  return terms.map((term) => ({ term, kind: 'threat-phrase', rule, confidence, note }));
}

export const THREAT_PHRASES: readonly ThreatPhraseTerm[] = [
  ...phrase(
    // "slap", "punch", "smack", "thump", "whack" and "wallop" are threat verbs too; the detector tries both readings.
    ['kicking', 'hiding', 'clip round the ear', 'beating', 'thrashing', 'battering', 'clout', 'smack in the mouth', 'punch in the face', 'slap in the face', 'belting', 'kick up the backside', 'kick up the arse'],
    'beating',
    0.75,
    'says a person should be hit',
  ),
  ...phrase(
    ['wants shooting', 'needs shooting', 'want shooting', 'need shooting', 'wants hanging', 'needs hanging', 'needs putting down', 'wants putting down', 'should be shot', 'should be hanged', 'should be hung', 'should be strung up', 'should be put down', 'should be taken out and shot', 'should be lined up and shot', 'ought to be shot', 'deserves to be shot', 'deserve to be shot', 'deserves to die', 'deserve to die'],
    'subject',
    0.8,
    'says a person should be killed',
  ),
  ...phrase(["won't be responsible for what i do", "won't be responsible for my actions", 'will not be responsible for what i do', 'not be responsible for my actions', 'sleep with one eye open'], 'alone', 0.65, 'a veiled threat of violence'),
  ...phrase(
    ["i'll be waiting for", 'ill be waiting for', 'i will be waiting for', "i'm waiting for", "i'll be waiting outside for"].flatMap((a) =>
      ['him', 'her', 'them', 'you'].flatMap((o) => ['in the car park', 'outside', 'after school', 'round the back'].map((w) => `${a} ${o} ${w}`))),
    'alone', 0.65, 'a veiled threat to confront someone physically',
  ),
  ...phrase(['bringing a baseball bat', 'bring a baseball bat', 'bring my baseball bat', 'bringing my baseball bat', 'bringing a machete', 'bring a machete', 'bringing a knuckle duster', 'bringing a crowbar', 'bring a crowbar'], 'alone', 0.65, 'a "joke" about bringing a weapon: still a threat of violence'),
  ...phrase(['know where', 'know exactly where'], 'know-where', 0.75, '"I know where you live": a veiled threat'),
  ...phrase(["what's coming", 'whats coming', 'what is coming', 'it coming'], 'coming', 0.7, '"they\'ll get what\'s coming": a veiled threat'),
];

/** Before a beating: "needs a good slap", "is asking for a smack". Read nearest word first. */
export const WANTING: readonly string[] = ['needs', 'need', 'deserves', 'deserve', 'deserved', 'wants', 'want', 'asking for', 'do with', 'due', 'use'];
export const BEATING_QUALIFIERS: readonly string[] = ['good', 'proper', 'swift', 'firm', 'right', 'bloody', 'real', 'hard', 'damn', 'sharp', 'quick'];

/** Who may be threatened: object pronouns and words for people beyond the school's targets. */
/** Who may be threatened. "whoever invented staff meetings" is left out: an unknown person is hyperbole. */
export const PERSON_OBJECTS: readonly string[] = ['him', 'her', 'them', 'em', 'you', 'ya', 'u', 'yous', 'youse', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody'];
export const PEOPLE_WORDS: readonly string[] = ['person', 'people', 'man', 'woman', 'bloke', 'guy', 'lad', 'fella', 'idiot', 'one', 'ones', 'lot', 'driver', 'neighbour', 'neighbours', 'husband', 'wife', 'partner', 'ex'];

/** Games and contests: "we'll kill them at netball" means win. */
export const CONTESTS: readonly Term[] = [
  'quiz', 'match', 'game', 'games', 'football', 'netball', 'rounders', 'tournament', 'final', 'race', 'sports day', 'chess',
  'bingo', 'cricket', 'hockey', 'rugby', 'league', 'competition', 'karaoke', 'dodgeball', 'scrabble', 'monopoly',
  'bake off', 'tug of war', 'mario kart', 'fifa', 'fortnite', 'bowling', 'golf', 'tennis', 'badminton', 'squash', 'darts',
  'pool', 'uno', 'cards', 'debate', 'rap battle', 'sports hall', 'tag rugby', 'cross country', 'swimming gala', 'gala',
  'penalties', 'pitch', 'court', 'board game', 'kahoot', 'times tables', 'tt rockstars', 'spelling bee',
].map((term) => ({ term, note: 'a contest: violent verbs mean winning' }));

/** Sentences that defend or quote rather than insult: "don't let anyone tell you our kids are lazy". */
export const DISTANCING: readonly Term[] = [
  "don't let anyone", 'dont let anyone', 'anyone who says', 'who says', 'people think', 'people say', 'stereotype',
  'stereotypes', 'myth', 'not true', "isn't true", 'told me that', 'tell you', 'never call', 'never calling', 'called me',
  'call me', 'calling me', 'labelled', 'labelling', 'label', 'labels', 'wrongly', 'assume', 'assumed', 'think they are',
  'thinks they are', 'reckons', 'so called',
].map((term) => ({ term, note: 'a cue that the writer rejects or reports the insult' }));

// ---- Insulting comparisons ------------------------------------------------------------------------------------------

/**
 * A comparison that mocks someone's intelligence or character: "has the IQ of a …", "not the sharpest tool". It flags
 * only after its verb ('have': "has/with/got the brains of a …"; 'be': "is not the brightest") and when the clause is
 * about someone other than the writer ("I've got the brains of a goldfish today" is not flagged, nor is "this laptop
 * has the brains of a toaster").
 */
export interface ComparisonTerm extends Term {
  kind: 'comparison';
  confidence: number;
  frame: 'have' | 'be';
  /** Not when followed by these words ("not the brightest morning"). */
  notBefore?: readonly string[];
}

function comparison(frame: ComparisonTerm['frame'], confidence: number, note: string, terms: readonly string[], notBefore?: readonly string[]): ComparisonTerm[] {
  return terms.map((term) => ({ term, kind: 'comparison', frame, confidence, note, ...(notBefore ? { notBefore } : {}) }));
}

export const COMPARISONS: readonly ComparisonTerm[] = [
  ...comparison('have', 0.75, 'compares someone\'s intelligence to an object or animal', [
    'iq of a', 'iq of an', 'brains of a', 'brains of an', 'brain of a', 'brain of an', 'brain cells of a', 'intelligence of a',
    'intelligence of an', 'common sense of a', 'one brain cell', 'single brain cell', 'two brain cells',
  ], ['genius', 'rocket', 'professor', 'einstein', 'scientist', 'surgeon']),
  ...comparison('have', 0.6, 'mocks someone\'s personality by comparison', ['personality of a', 'personality of an', 'charisma of a', 'charisma of an', 'social skills of a']),
  ...comparison('be', 0.7, 'says someone is not clever ("not the sharpest tool in the box")', ['not the sharpest', 'not the brightest', 'sandwich short of a picnic', 'sandwiches short of a picnic'], [
    'day', 'days', 'morning', 'afternoon', 'start', 'weather', 'colour', 'colours', 'light', 'lights', 'room', 'idea', 'ideas', 'week', 'month', 'year', 'term',
  ]),
];

// ---- Sexualised remarks about a person ------------------------------------------------------------------------------

/**
 * Remarks that sexualise a real person — a colleague, a parent at pick-up. Explicit sexual words belong to the
 * profanity detector (abuse.sexual); these are the leering remarks without them. Reported as abuse.derogatory.
 * 'alone': the phrase is the remark. 'adult': an attraction word straight before a colleague or parent ("the hot new
 * TA"). 'attraction' and 'desire' count only with a nudge ("if you know what I mean", 😏) in the same or next sentence.
 */
export interface SexualTerm extends Term {
  kind: 'sexual';
  rule: 'alone' | 'attraction' | 'desire' | 'nudge';
  confidence: number;
  /** An attraction word that is sexual in itself before a colleague or parent: "the hot new TA", "sexy dads". */
  adult?: boolean;
  /** Said of things too ("the new displays are eye candy"): needs a person in the sentence. */
  person?: boolean;
}

function sexual(rule: SexualTerm['rule'], confidence: number, note: string, terms: readonly string[], adult = false): SexualTerm[] {
  return terms.map((term) => ({ term, kind: 'sexual', rule, confidence, note, ...(adult ? { adult } : {}) }));
}

const OUT_OF_BED = ["wouldn't", 'wouldnt', 'would not', 'never'].flatMap((w) => ['her', 'him', 'them', 'either of them', 'that'].map((o) => `${w} kick ${o} out of bed`));

export const SEXUAL: readonly SexualTerm[] = [
  ...sexual('alone', 0.8, 'says the writer would have sex with someone', [...OUT_OF_BED, "i'd tap that", 'id tap that', 'would tap that', 'would so tap that', 'fancy the pants off', 'shaggable']),
  ...sexual('alone', 0.8, 'a sexual label for a mother or father', ['milf', 'milfs', 'dilf', 'dilfs']),
  ...sexual('alone', 0.6, 'rates a mother\'s looks (leering at parents at pick-up)', ['yummy mummy', 'yummy mummies', 'yummy mummys', 'yummy daddy', 'yummy daddies']),
  ...sexual('alone', 0.7, 'calls a woman sexually available', ['a right goer', 'bit of a goer', 'a bit of a goer']),
  ...sexual('alone', 0.6, 'leering slang about a person\'s looks', ['phwoar', 'phwoah', 'bit of totty', 'bit of crumpet']),
  ...sexual('alone', 0.6, 'leering slang about a person\'s looks; said of things too, so only with a person in the sentence', ['bit of alright', 'eye candy']).map((t) => ({ ...t, person: true })),
  ...sexual('attraction', 0.7, 'rates a person\'s looks in a sexual way: flagged before a colleague or parent ("the hot new TA"), or with a nudge', ['hot', 'sexy', 'fanciable'], true),
  ...sexual('attraction', 0.7, 'a remark on someone\'s looks: flagged only with a nudge', ['gorgeous', 'stunning', 'fit', 'tasty', 'lush', 'peng', 'buff', 'a looker', 'a stunner']),
  ...sexual('desire', 0.75, 'the writer\'s wish about a person: flagged only with a nudge', ["i'd", 'id', 'i would', 'up for', 'fancy', "wouldn't say no", 'wouldnt say no', 'would not say no', 'get to know her better', 'get to know him better']),
  ...sexual('nudge', 0.7, 'a nudge that turns a remark sexual', ['if you know what i mean', "if you know what i'm saying", 'know what i mean', 'wink wink', 'nudge nudge', 'if you catch my drift']),
];
/** Emoji used as the same nudge (smirk, wink, hot face, drooling, aubergine, peach). */
export const NUDGE_EMOJI = /[\u{1F60F}\u{1F609}\u{1F975}\u{1F924}\u{1F346}\u{1F351}]/gu;
/** Pets: "Absolute sod." after the cat knocked the coffee over is about the cat. */
export const PETS: readonly string[] = ['cat', 'cats', 'dog', 'dogs', 'puppy', 'kitten', 'hamster', 'rabbit', 'guinea pig', 'pony', 'horse', 'goldfish', 'tortoise', 'parrot', 'pet', 'pets', 'budgie', 'gerbil'];
/** Fondness in the same sentence ("he's hopeless, bless him", 😂): a teasing remark about someone, not an insult. */
export const AFFECTION: readonly string[] = ['bless him', 'bless her', 'bless them', 'bless', 'love him', 'love her', 'love them', 'adore', 'adorable', 'laugh', 'laughing', 'hilarious', 'legend', 'soft spot', 'but we love', 'but i love'];
/** A partner or relative: "my wife is gorgeous 😉" is about the writer's own family. */
export const OWN_PEOPLE: readonly string[] = [
  'husband', 'wife', 'hubby', 'wifey', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'son', 'daughter',
  'brother', 'sister', 'mum', 'dad', 'mother', 'father', 'nan', 'nana', 'grandad', 'grandma', 'grandpa', 'baby', 'toddler',
  'dog', 'cat', 'puppy', 'kitten', 'pup', 'kids', 'boys', 'girls', 'other half', 'oh', 'bf', 'gf', 'mil', 'fil', 'auntie', 'uncle',
];
