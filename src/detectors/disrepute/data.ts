// Word lists for disrepute: the writer's own conduct that could bring the school into disrepute (drunk or high around
// work, illegal or reckless acts, faked sick days, misconduct at school events, fiddled figures) and remarks that run
// the school down in public. Every entry says what it is and why it is here. The rules are in disrepute.ts.
import type { Term } from '../../engine/terms.ts';

/**
 * What a cue is about.
 * - intox: drunk, hungover or high: only about the writer and only with work nearby ("still drunk, teaching in an hour").
 * - drug: taking illegal drugs: about the writer, anywhere.
 * - illegal: a crime or reckless act by the writer (a fight, an arrest, drink-driving).
 * - sickie: faking sickness to miss work.
 * - sexual: a sexual encounter with a colleague or parent, or at a school event.
 * - mishap: a drunken, degrading act (throwing up, passing out) — only at a school event with drink mentioned.
 */
export type CueKind = 'intox' | 'drug' | 'illegal' | 'sickie' | 'sexual' | 'mishap';

export interface CueTerm extends Term {
  kind: CueKind;
  /** Says outright that it happens at work, or still affects the writer ("still drunk"). */
  strong?: boolean;
  /** A hangover: the morning after, so with "tomorrow" it is not at work ("hungover today, school tomorrow"). */
  morningAfter?: boolean;
  /** Describes a person ("drunk"): after "a", "the", "that" it describes someone else ("a drunk parent"). */
  adjective?: boolean;
  /** The text just before must match at its end ("absolutely hanging", not "hanging the display"). */
  needBefore?: RegExp;
  /** The text just after must not match ("pissed off" is angry; "hung over the door" is a decoration). */
  notAfter?: RegExp;
  /** The text just before must not match ("I've drunk" is a past participle). */
  notBefore?: RegExp;
}

type Extra = Omit<CueTerm, 'term' | 'note' | 'kind'>;
const cue = (kind: CueKind, note: string, words: readonly string[], extra: Extra = {}): CueTerm[] =>
  words.map((term) => ({ term, note, kind, ...extra }));
const terms = (note: string, words: readonly string[]): Term[] => words.map((term) => ({ term, note }));

/** "so", "absolutely", "I'm": words that make "hanging", "wasted" or "smashed" mean drunk rather than their other senses. */
const INTENSIFIED = /(?:^|\s)(?:still|so|absolutely|proper|properly|well|bit|a bit|i'm|im|i am|am|was|were|we're|feeling|feel|totally|completely|utterly|got|get|getting|gets|literally|actually|very|rather|slightly|really|fully|mega|blind)\s+$/;
/** A drink after "drunk" makes it a past participle: "I've drunk four coffees". */
const DRUNK_WHAT = /^\s+(?:\d|a\s|an\s|two|three|four|five|six|seven|eight|nine|ten|several|loads|lots|so\s+much|too\s+much|enough|more|my|the|all|half|cups?|mugs?|gallons?|litres?|coffee|coffees|tea|teas|water|squash|driver|drivers|driving|dial|dialled|dialling|text|texts|texting|tank)\b/;
/** Before "drunk" that makes it a participle: "have drunk", "I'd drunk". */
const DRUNK_AFTER_HAVE = /(?:^|\s)(?:have|has|had|i've|ive|we've|weve|you've|having|i'd)\s+(?:\w+\s+)?$/;

export const CUES: readonly CueTerm[] = [
  // ---- Drunk, hungover or high (needs work nearby) ----
  ...cue('intox', 'still drunk, hungover or high: the writer is affected now', [
    'still drunk', 'still pissed', 'still hungover', 'still hung over', 'still hanging', 'still half cut', 'still steaming',
    'still smashed', 'still wasted', 'still stoned', 'still tipsy', 'still tiddly', 'still merry',
    'still over the limit', 'still a bit drunk', 'still a bit tipsy', 'still a bit pissed', 'still a bit merry',
    'still legless', 'still off my face', 'still off my head', 'still slightly drunk', 'still half drunk',
    'still trollied', 'still sloshed', 'still rough from last night', 'still feeling last night',
  ], { strong: true }),
  ...cue('intox', 'drunk (not "I\'ve drunk four coffees")', ['drunk'], { adjective: true, notAfter: DRUNK_WHAT, notBefore: DRUNK_AFTER_HAVE }),
  ...cue('intox', 'drunk (slang)', ['pissed'], { adjective: true, notAfter: /^\s+(?:off|about|around|with|me|him|her|them|us|that|because|on|up|at\s+(?:me|him|her|them|us|you|myself|my|his|her|their|the\s+(?:head|kids|parents|world|way|school|government|council)))\b/ }),
  ...cue('intox', 'hungover', ['hungover', 'hung over', 'hanging over'], {
    adjective: true,
    morningAfter: true,
    notAfter: /^\s+(?:the|a|an|my|our|his|her|their|its|it|them|every|each|this|that|from\s+the\s+(?:old|previous|past|days|era))\b/,
  }),
  ...cue('intox', 'a hangover', ['hangover', 'raging hangover', 'stinking hangover', 'killer hangover'], {
    morningAfter: true,
    notAfter: /^\s+(?:cure|cures|from\s+the\s+(?:old|previous|past|days|era|pandemic|covid|lockdown|last\s+(?:government|head|regime|system))|of\s+the)\b/,
  }),
  ...cue('intox', 'drunk (slang)', [
    'half cut', 'steaming drunk', 'blind drunk', 'rolling drunk', 'trollied', 'sloshed', 'tipsy', 'tiddly', 'legless',
    'bladdered', 'rat arsed', 'ratarsed', 'wankered', 'absolutely steaming', 'proper steaming', 'mullered', 'shitfaced', 'shit faced', 'blotto', 'sozzled', 'squiffy',
    'pissed up', 'tanked up', 'off my face', 'off my head', 'off my tits', 'off my nut', 'the worse for wear',
    'worse for wear', 'three sheets to the wind', 'over the limit', 'drunk as a skunk', 'paralytic',
  ], { adjective: true }),
  ...cue('intox', 'drunk (slang with an everyday sense: needs "so", "absolutely", "I\'m" before it)', [
    'hanging', 'wasted', 'smashed', 'hammered', 'plastered', 'mortal', 'leathered', 'lashed', 'tanked',
  ], {
    adjective: true,
    needBefore: INTENSIFIED,
    notAfter: /^\s+(?:up|out|around|about|on|off|by|it|them|their|the|our|my|his|her|that|this(?!\s+(?:morning|afternoon|evening|week|weekend))|those|these|a|an|every|all|in|into|with|baskets?|pictures?|displays?|bunting|decorations|lights|washing|time|day|week|opportunity|chance|effort|money|food|paper|christmas|xmas)\b/,
  }),
  ...cue('intox', 'smelling of drink', [
    ...['reeking', 'stinking', 'smelling', 'stank', 'stinks', 'reeked', 'smelt', 'smelled', 'smell'].flatMap((v) =>
      ['of booze', 'of alcohol', 'of wine', 'of beer', 'of gin', 'of vodka', 'of prosecco', 'of cider', 'of last night', 'of weed'].map((o) => `${v} ${o}`)),
  ]),
  ...cue('intox', 'drinking before or during work', [
    'pint at lunch', 'pints at lunch', 'pint at lunchtime', 'pints at lunchtime', 'wine at lunch', 'wine at lunchtime',
    'gin at lunch', 'drinks at lunch', 'drinking at lunch', 'drinking at lunchtime', 'vodka in my water bottle',
    'gin in my water bottle', 'wine in my water bottle', 'vodka in my coffee', 'gin in my coffee', 'baileys in my coffee',
    'whisky in my coffee', 'drinking in the classroom', 'drinking in class', 'drinking at work', 'drinking at school',
    'drink at work', 'hip flask', 'swig of gin', 'swig of vodka', 'cheeky gin at break', 'cheeky wine at lunch',
  ], { strong: true }),
  // ---- Drugs (the writer's own use) ----
  ...cue('drug', 'cannabis use', [
    'smoked a spliff', 'smoking a spliff', 'had a spliff', 'smoked a joint', 'smoking a joint', 'rolled a joint', 'rolling a joint', 'had a joint', 'shared a joint', 'sharing a joint',
    'spliff', 'spliffs', 'skinned up', 'skin up', 'smoked weed', 'smoking weed', 'smoke weed', 'some weed', 'bag of weed',
    'bit of weed', 'blazed', 'blazing up', 'toke', 'bong', 'edibles', 'an edible', 'stoned', 'getting stoned', 'got stoned',
  ], { notAfter: /^\s+(?:to\s+death|by|with\s+stones)\b/ }),
  ...cue('drug', 'cocaine, ecstasy or other drug use', [
    'line of coke', 'lines of coke', 'a line of charlie', 'bump of coke', 'did a line', 'did some lines', 'doing lines',
    'racked up a line', 'racked up some lines', 'racked up lines', 'snorted', 'snorting', 'pingers', 'dropped a pill', 'dropped pills', 'necked a pill', 'popped a pill',
    'dropped acid', 'took acid', 'on acid', 'magic mushrooms', 'shrooms', 'my dealer', 'on ket', 'did ket', 'some ket',
    'on mandy', 'some mandy', 'on coke', 'did coke', 'some coke', 'on mdma', 'took mdma', 'some mdma', 'did mdma',
    'on pills', 'did drugs', 'doing drugs', 'took drugs', 'taking drugs', 'cocaine', 'ketamine', 'ecstasy', 'mdma',
    'high as a kite', 'got high', 'getting high', 'get high', 'still high',
  ], { notAfter: /^\s+(?:on\s+(?:life|sugar|success|adrenaline|excitement|caffeine|coffee|the\s+(?:buzz|atmosphere|success))|from\s+the\s+(?:show|concert|match|win|result|results|performance|production|trip|residential|assembly))\b/ }),
  // ---- Illegal or reckless acts ----
  ...cue('illegal', 'a fight', [
    'got into a fight', 'got in a fight', 'got into a scrap', 'had a punch up', 'punch up', 'bar fight', 'pub fight',
    'glassed someone', 'glassed a', 'headbutted a', 'headbutted some',
    ...['punched', 'decked', 'lamped', 'chinned', 'smacked', 'slapped', 'headbutted', 'hit', 'floored', 'battered'].flatMap((v) =>
      ['a bloke', 'some bloke', 'this bloke', 'a guy', 'some guy', 'this guy', 'a lad', 'some lad', 'a bouncer', 'the bouncer',
        'a woman', 'some woman', 'a man', 'some man', 'a stranger', 'some girl', 'a girl'].map((o) => `${v} ${o}`)),
  ]),
  ...cue('illegal', 'an arrest or police action against the writer', [
    'spent the night in the cells', 'spent a night in the cells', 'spent the night in a cell', 'got arrested',
    'was arrested', 'been arrested', 'night in the cells', 'night in a cell', 'in the cells', 'police caution',
    'got cautioned', 'was cautioned', 'arrested for', 'got a caution',
  ]),
  ...cue('illegal', 'thrown out of a pub or club', [
    ...['kicked out of', 'thrown out of', 'chucked out of', 'barred from', 'got kicked out of', 'got thrown out of', 'got chucked out of', 'got barred from'].flatMap((v) =>
      ['the pub', 'a pub', 'the club', 'a club', 'the bar', 'a bar', 'the nightclub', 'wetherspoons', 'spoons'].map((o) => `${v} ${o}`)),
  ]),
  ...cue('illegal', 'drink-driving', [
    'drink drove', 'drink driving', 'drink drive', 'drink driven', 'drove home drunk', 'drove home pissed',
    'drove home hammered', 'drove home smashed', 'drove home over the limit', 'driving home drunk', 'driving home pissed',
    'drove drunk', 'driving drunk', 'drove over the limit', 'driving over the limit', 'drove to school still drunk',
    'drove to work still drunk', 'drove in still drunk', 'drove home after a few', 'drove home after a few pints',
    'drove home after a bottle of wine', 'drove home after a skinful', 'driving home after a few',
  ]),
  // ---- Faked sickness ----
  ...cue('sickie', 'a faked sick day', [
    'pulled a sickie', 'pull a sickie', 'pulling a sickie', 'throw a sickie', 'threw a sickie', 'throwing a sickie',
    'chucked a sickie', 'took a sickie', 'taking a sickie', 'take a sickie', 'sickie', 'sickies', 'fake sick day', 'fake sick', 'faked being ill', 'faked being sick', 'faked illness', 'faking illness',
    'pretended to be ill', 'pretended to be sick', 'pretending to be ill', 'pretending to be sick', "'sick' day",
    '"sick" day', "'ill' today", 'fake illness', 'throw a sicky', 'pulled a sicky', 'sicky',
  ]),
  // ---- Sexual encounters and drunken mishaps (need a colleague, a parent or a school event) ----
  ...cue('sexual', 'a sexual encounter', [
    'snogged', 'snogging', 'shagged', 'shagging', 'slept with', 'hooked up with', 'got off with', 'copped off with',
    'made out with', 'had sex with', 'got frisky with', 'ended up in bed with', 'having an affair with', 'had an affair with',
    'got jiggy with', 'fooled around with', 'one night stand',
  ]),
  ...cue('mishap', 'a drunken, degrading act', [
    'threw up', 'puked', 'vomited', 'chundered', 'passed out', 'blacked out', 'wet myself', 'fell over', 'fell down the stairs',
    'got kicked out', 'got thrown out', 'danced on the tables', 'danced on the table', 'dancing on the tables', 'stripped off',
    'got naked', 'flashed', 'mooned', 'twerked on', 'sick in', 'sick on', 'was sick', 'threw a drink', 'lost my shoes',
    'woke up in', 'crawled home', 'carried home', 'kissed the', 'groped',
  ]),
];

/** Words that show the cue is about the writer: "I", "we". */
export const FIRST_PERSON: readonly Term[] = terms('the writer speaking of themselves', [
  'i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'me', 'my', 'myself', 'we', "we're", "we've", 'weve', 'us', 'ourselves',
]);

/** Of those, the words that name someone even across a comma ("…, he was still drunk"). */
export const PRONOUNS: readonly string[] = [
  'he', 'she', 'they', 'him', 'them', 'his', 'their', 'her', "he's", "she's", "they're", 'theyre', 'hes', 'shes', 'you',
  "you're", 'youre', 'your', 'u',
];

/** Words that show the cue is about someone else: "a parent was drunk", "my husband is hungover", "Year 11 were". */
export const OTHER_PEOPLE: readonly Term[] = terms('someone other than the writer', [
  'he', 'she', 'they', 'him', 'them', 'his', 'their', 'her', 'hers', 'theirs', "he's", "she's", "they're", 'theyre', 'hes',
  'shes', 'you', "you're", 'youre', 'your', 'u', 'someone', 'somebody', 'anyone', 'everyone', 'everybody', 'people', 'nobody',
  'parent', 'parents', 'mum', 'mums', 'dad', 'dads', 'mother', 'father', 'carer', 'carers', 'husband', 'hubby', 'wife',
  'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'son', 'daughter', 'brother', 'sister', 'friend', 'friends',
  'mate', 'mates', 'bloke', 'blokes', 'guy', 'guys', 'lad', 'lads', 'girl', 'girls', 'boy', 'boys', 'man', 'men', 'woman',
  'women', 'kid', 'kids', 'child', 'children', 'pupil', 'pupils', 'student', 'students', 'teen', 'teens', 'teenager',
  'teenagers', 'colleague', 'colleagues', 'head', 'headteacher', 'deputy', 'ta', 'tas', 'teacher', 'teachers', 'caretaker',
  'governor', 'governors', 'uncle', 'aunt', 'auntie', 'nan', 'nana', 'grandad', 'grandma', 'neighbour', 'neighbours',
  'year', 'class', 'leavers', 'formers', 'nqt', 'ect', 'supply', 'mr', 'mrs', 'miss', 'ms', 'dr', 'sir', 'driver',
  'drivers', 'fans', 'crowd', 'customer', 'customers', 'staff', 'who', 'whoever', 'celebrity', 'footballer', 'stranger',
  'lady', 'gentleman', 'baby', 'toddler', 'dog', 'cat', 'bike', 'car', 'phone', 'purse', 'wallet', 'bag',
]);

/** Verbs that follow a named subject: "Dave was drunk", "Sarah came in hungover". */
export const SUBJECT_VERBS: readonly Term[] = terms('a verb straight after a subject', [
  'was', 'is', 'were', 'came', 'comes', 'turned', 'turns', 'rocked', 'got', 'gets', 'seemed', 'seems', 'looked', 'looks',
  'has', 'had', 'went', 'showed', 'shows', 'admitted', 'said', 'says', 'pulled', 'took', 'did', 'drove', 'smoked',
]);

/** Work, near a drunk or hungover writer. */
export const WORK_WORDS: readonly Term[] = terms('work or school: where being drunk, hungover or high matters', [
  'work', 'at work', 'to work', 'into work', 'school', 'into school', 'at school', 'teaching', 'teach', 'taught', 'lesson',
  'lessons', 'my class', 'the class', 'in class', 'classroom', 'period 1', 'period 2', 'period 3', 'period 4', 'period 5',
  'period 6', 'first period', 'period one', 'registration', 'the register', 'assembly', 'parents evening',
  "parents' evening", 'staff meeting', 'briefing', 'inset', 'inset day', 'duty', 'playground duty', 'break duty',
  'gate duty', 'bus duty', 'phonics', 'sats', 'mocks', 'invigilating', 'school trip', 'the trip', 'residential',
  'sports day', 'open evening', 'nativity', 'observation', 'learning walk', 'ofsted', 'pupils', 'students',
  'governors meeting', 'pupil progress', 'form time', 'tutor time', 'reception class', 'forest school', 'prom',
  'school disco', 'summer fair', 'christmas fair', 'my year', 'my form',
  'ks1', 'ks2', 'eyfs', 'guided reading', 'spelling test', 'times tables', 'lunch duty', 'the minibus', 'the coach',
  'the head', 'headteacher', 'my boss', 'the boss', 'slt', 'my line manager', 'first thing',
]);

/** Work that plainly places the writer at work while affected: "in front of Year 6", "before school". */
export const AT_WORK: readonly Term[] = terms('the writer is at work, or about to be', [
  'at work', 'at school', 'in class', 'in front of', 'into school', 'into work', 'to school', 'to work', 'before school',
  'before work', 'before teaching', 'before period', 'before registration', 'before assembly', 'during', 'teaching',
  'taught', 'teach', 'in an hour', 'in half an hour', 'in 20 minutes', 'in ten minutes', 'on duty', 'turned up',
  'rocked up', 'went in', 'came in', 'going in', 'got through', 'get through', 'survive', 'survived', 'autopilot',
]);

/** A school event: where sexual or drunken conduct reflects on the school. */
export const SCHOOL_EVENTS: readonly Term[] = terms('an event run by or for the school', [
  'staff do', 'staff party', 'staff night out', 'staff social', 'christmas do', 'christmas party', 'work do', 'works do',
  'office party', "leavers' do", 'leavers do', "leavers' party", 'leavers party', 'prom', 'school disco', 'residential',
  'school trip', 'the trip', "parents' evening", 'parents evening', 'summer fair', 'christmas fair', 'pta quiz', 'pta disco',
  'pta ball', 'pta party', 'inset', 'sports day', 'staff room', 'staffroom', 'at school', 'at work', 'end of term do',
  'end of term drinks', 'staff drinks', 'leaving do', 'retirement do', 'team building', 'staff away day', 'away day',
]);

/** People at school: a sexual encounter with one of them is a conduct matter. */
export const SCHOOL_PEOPLE: readonly Term[] = terms('a colleague, a parent or someone from school', [
  'colleague', 'a colleague', 'colleagues', 'a parent', 'one of the parents', 'one of the dads', 'one of the mums',
  'a dad from', 'a mum from', 'the head', 'the headteacher', 'the deputy', 'the deputy head', 'the caretaker', 'the ta',
  'a ta', 'one of the tas', 'the pe teacher', 'a teacher', 'another teacher', 'the supply teacher', 'a governor',
  'the chair of governors', 'the nqt', 'the ect', 'someone from work', 'from work', "pupil's dad", "pupil's mum",
  "student's dad", "student's mum", "child's dad", "child's mum", "kid's dad", "kid's mum", 'the senco', 'the bursar',
  'the business manager', 'the site manager', 'my line manager', 'my boss', 'the boss', 'year 6 dad', 'year 6 mum',
]);

/** Drink mentioned: a degrading act at a school event is then a drunken one. */
export const DRINK_WORDS: readonly Term[] = terms('alcohol', [
  'drunk', 'pissed', 'wasted', 'hammered', 'smashed', 'shots', 'tequila', 'prosecco', 'wine', 'pints', 'pint', 'beers',
  'vodka', 'gin', 'sambuca', 'jagerbombs', 'jager', 'cocktails', 'bottle', 'bottles', 'tipsy', 'merry', 'booze', 'free bar',
  'open bar', 'bar tab', 'hungover', 'hangover', 'one too many', 'too many', 'drinks',
]);

/** Drugs, drink or crime taught or discussed at work: "talked to Year 9 about ketamine" is teaching, not conduct. */
export const TEACHING_ABOUT: readonly Term[] = terms('the subject is taught or discussed, not done', [
  'about', 'awareness', 'education', 'assembly', 'lesson', 'lessons', 'pshe', 'talk', 'talked',
  'talking', 'workshop', 'police visit', 'dangers', 'danger', 'risks', 'training', 'safeguarding', 'prevent', 'county lines',
  'sniffer dog', 'confiscated', 'campaign', 'course', 'documentary', 'film', 'book', 'novel', 'drama', 'episode', 'series',
  'song', 'character', 'play', 'macbeth', 'warned', 'warning', 'warn', 'dog', 'speed awareness',
]);

/** A sick day taken for leisure: "called in sick and went to the beach". */
export const LEISURE: readonly Term[] = terms('a day of leisure, or a wink, after calling in sick', [
  'ibiza', 'festival', 'beach', 'holiday', 'spa', 'shopping', 'gig', 'concert', 'races', 'glastonbury', 'lie in', 'golf',
  'day out', 'theme park', 'football', 'airport', 'flight', 'wink', 'lol', 'shh', "don't tell", 'nobody knows',
  'no one knows', 'hungover', 'hangover', 'pub', 'beer garden', 'sunbathing', 'netflix', 'duvet day', 'cheeky',
  'boss thinks', 'head thinks', 'they think',
]);

/** The school as a whole, as the subject of a remark: "this school is a joke". */
export const SCHOOL_TARGETS: readonly Term[] = terms('the writer\'s own school as a whole', [
  'my school', 'our school', 'this school', 'the school', 'my academy', 'our academy', 'this academy', 'the academy',
  'my workplace', 'our trust', 'this trust', 'the trust', 'the place i work', 'the school i work at', 'the school i work in',
  'where i work', 'my place of work', 'this place', 'this dump', 'the whole place', 'this whole place',
]);

/** Targets that could be anywhere ("this place"): only when the post is about school. */
export const VAGUE_TARGETS: readonly string[] = ['this place', 'this dump', 'the whole place', 'this whole place'];

/** After "the school": another school, not the writer's own ("the school down the road is a joke"). */
export const OTHER_SCHOOL_AFTER: readonly Term[] = terms('a different school', [
  'down the road', 'next door', 'over the road', 'across the road', 'opposite', 'round the corner', 'up the road',
  'in the next village', 'my kids go to', 'my son goes to', 'my daughter goes to', 'my child goes to', 'i used to work at',
  'i left', 'i trained at', 'where i trained', 'i went to',
]);

/**
 * What is said of the school. `notAfter` rules out a skill or a single day ("our school is rubbish at football",
 * "the school is a nightmare to park at").
 */
export interface VerdictTerm extends Term {
  notAfter?: RegExp;
}
const AT_SOMETHING = /^\s+(?:at|for|to|when|with|on|in|today|this\s+(?:week|morning|afternoon))\b/;
/** A verdict about one day or week, not the school: "the school is falling apart this week" (half the staff off). */
const TEMPORARY = /^\s+(?:today|tonight|this\s+(?:week|morning|afternoon|term|half\s+term)|at\s+the\s+moment|right\s+now|since\s+the\s+(?:snow|flood|storm))\b/;
export const SCHOOL_VERDICTS: readonly VerdictTerm[] = [
  ...terms('ridicules the school', [
    'a joke', 'joke', 'a shambles', 'shambles', 'a disgrace', 'disgrace', 'a laughing stock', 'laughing stock', 'a dump',
    'dump', 'a car crash', 'a sinking ship', 'a farce', 'farce', 'an embarrassment', 'embarrassment', 'a hellhole',
    'hellhole', 'a hell hole', 'a shithole', 'shithole', 'a shit hole', 'a shitshow', 'shitshow', 'a shit show',
    'a basket case', 'falling apart', 'going down the pan', 'going down the drain', 'going down the toilet',
    'going down the tubes', 'going down the swanee', 'gone down the pan', 'gone down the drain', 'gone to the dogs',
    'gone to pot', 'gone downhill', 'going downhill', 'run by clowns', 'run by idiots', 'run by muppets', 'run by morons',
    'run by amateurs', 'run by a clown', 'a law unto itself', 'a cult', 'corrupt', 'a war zone', 'a warzone',
    'a dumpster fire', 'a bin fire', 'a train wreck', 'a trainwreck', 'an absolute state', 'beyond saving', 'beyond help',
    'a sweatshop', 'a dictatorship', 'a fiddle', 'a scam', 'a cesspit', 'a cesspool', 'a snake pit', 'a nest of vipers',
    'toxic', 'a toxic place', 'a toxic place to work',
  ]).map((t) => ({ ...t, notAfter: TEMPORARY })),
  ...[
    'rubbish', 'crap', 'awful', 'terrible', 'dreadful', 'appalling', 'pathetic', 'the worst', 'worst', 'failing',
    'a nightmare', 'hell', 'hell on earth', 'shit', 'a shit school', 'a crap school', 'a rubbish school', 'a terrible school',
    'an awful school', 'a failing school', 'a bad school', 'a terrible place', 'an awful place', 'a horrible place',
  ].map((term) => ({ term, note: 'runs the school down (not "rubbish at football" or "a nightmare to park at")', notAfter: AT_SOMETHING })),
];

/** Single words that may sit between "is" and the verdict: "this school is honestly such a joke", "a bit of a shambles". */
export const VERDICT_FILLERS: readonly Term[] = terms('a word that can sit between "is" and the verdict', [
  'such', 'a', 'an', 'the', 'and', 'absolute', 'absolutely', 'complete', 'completely', 'total', 'totally', 'utter',
  'utterly', 'bloody', 'actual', 'literal', 'literally', 'fucking', 'effing', 'flipping', 'proper', 'properly', 'real',
  'right', 'just', 'honestly', 'officially', 'now', 'basically', 'genuinely', 'seriously', 'becoming', 'turning', 'into',
  'so', 'frankly', 'truly', 'really', 'actually', 'bit', 'of', 'one', 'big', 'massive', 'bigger', 'getting', 'more',
  'still', 'simply', 'nothing', 'but', 'like', 'always', 'clearly', 'obviously',
]);

/** What is said of the school's standards, safeguarding or figures: "our safeguarding is a joke". */
export const STANDARDS_VERDICTS: readonly Term[] = terms('ridicules or denies the school\'s standards or figures', [
  'a joke', 'a shambles', 'non existent', 'nonexistent', 'a disgrace', 'a farce', 'laughable', 'a fiddle', 'fake',
  'made up', 'fiction', 'a fiction', 'a lie', 'lies', 'a scam', 'a con', 'a fantasy',
]);

/** Verbs joining the school to the verdict ("is run by", "is falling", "has gone" begin verdicts of their own). */
export const SCHOOL_COPULAS: readonly Term[] = terms('joins the school to what is said of it', [
  'is', 'was', 'are', 'has become', 'has turned into', 'is turning into', 'is becoming', 'has', 'has been', 'is now',
  'feels like', 'is like', 'seems like', 'remains',
]);

/** Words that come before "the school" when it is not the subject: "Year 6 at this school are a nightmare". */
export const NOT_SUBJECT_BEFORE: readonly Term[] = terms('a preposition: the school is not the subject', [
  'at', 'in', 'to', 'from', 'of', 'for', 'with', 'about', 'near', 'around', 'than', 'like', 'into', 'by', 'on', 'outside',
  'leave', 'left', 'join', 'joined', 'visit', 'visited',
]);

/** Small things taken from a shared space: "nicked the last biscuit from the staffroom" is not theft from the school. */
export const TRIVIAL_TAKINGS: readonly Term[] = terms('a trifle taken, not school property', [
  'biscuit', 'biscuits', 'cake', 'cakes', 'chocolate', 'chocolates', 'sweets', 'doughnut', 'doughnuts', 'coffee', 'tea',
  'milk', 'seat', 'chair', 'parking space', 'idea', 'ideas', 'joke', 'jokes', 'mug', 'last slice', 'slice', 'crisps',
  'pizza', 'leftovers', 'quality street', 'celebrations', 'heroes', 'haribo', 'cookie', 'cookies', 'brownie', 'brownies',
  'name', 'title', 'lunch', 'sandwich', 'fruit', 'banana', 'apple',
]);

/** "Cooking the books for World Book Day" is baking. */
export const BAKING: readonly Term[] = terms('cooking or baking, not accounts', [
  'world book day', 'book day', 'cake', 'recipe', 'bake', 'baking', 'gruffalo', 'costume', 'costumes',
]);

/** Someone else's opinion of the school, reported: "some parents think our school is a joke". */
export const REPORTED = /(?:(?:^|\s)(?:they|people|parents|some|others|everyone|anyone|outsiders|he|she|who|nobody|no\s+one|let\s+anyone|tell\s+you)\s+(?:\w+\s+)?(?:say|says|said|think|thinks|thought|reckon|reckons|claim|claims|claimed|call|calls|called|believe|believes|tell\s+you|pretend|pretends|assume|assumes|complain|complains|complained|wrote|posted|suggested|implied|moan|moans|moaned|accuse|accused|insist|insists|insisted)|(?:not|never|n't|nobody\s+is|no\s+one\s+is)\s+(?:saying|say|said|think|thinking|claiming|suggesting|pretending))\s+(?:that\s+)?$/;

/** After "drunk": words that continue a remark about the writer ("drunk from last night", "drunk, teaching"), not a noun it describes ("drunk porters"). */
export const AFTER_ADJECTIVE: readonly Term[] = terms('a word that can follow "drunk" said of the writer', [
  'and', 'at', 'in', 'on', 'from', 'after', 'before', 'again', 'still', 'for', 'to', 'teaching', 'by', 'with', 'so', 'but',
  'lol', 'as', 'when', 'during', 'since', 'this', 'last', 'today', 'tonight', 'all', 'until', 'till', 'or', 'tbh', 'haha',
  'omg', 'right', 'now', 'already', 'because', 'cos', 'while', 'i', "i'm", 'im', 'into', 'through', 'going', 'walking',
  'doing', 'taking', 'running', 'leading', 'trying', 'if', 'than', 'that', 'off', 'up', 'again', 'though', 'yet', 'ha',
  'lmao', 'rn', 'smh', 'ffs', 'first', 'every', 'most', 'half', 'the', 'my', 'our', 'is', 'was', 'were', 'are', 'not',
]);
