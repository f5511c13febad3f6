// Word lists for the profanity detector. Patterns use obscenity's syntax and are matched against text that obscenity
// has already lower-cased, de-leeted ("sh1t" → "shit") and collapsed ("fuuuck" → "fuck"; b, e, g, l, o and s may
// stay doubled). So a pattern is written collapsed: "slaper", not "slapper". Syntax: `|` a word boundary, `[x]` an
// optional part, `?` any one character.
import type { Term } from '../../engine/terms.ts';

export type ProfanitySignal = 'abuse.profanity' | 'abuse.sexual';

/** How a word is explained to staff; also picks the message. */
export type Kind = 'swear' | 'insult' | 'sexual-insult' | 'mild' | 'mild-insult' | 'sexual';

/** Context that shows the innocent sense of a word that has one. */
export type InnocentSense = 'dogs' | 'birds' | 'farm' | 'donkey' | 'music' | 'cryptography' | 'computing' | 'industry' | 'education' | 'art';

export interface Entry extends Term {
  signal: ProfanitySignal;
  kind: Kind;
  /** Confidence for any form not listed in `forms`. Strong words ≥ 0.85; mild ones 0.4–0.5. */
  confidence: number;
  /** Our own obscenity patterns. Absent: obscenity's englishDataset supplies this word's patterns. */
  patterns?: string[];
  /** Whole written forms (lower case, leetspeak resolved) with their own confidence; 0 means "not this word". */
  forms?: Record<string, number>;
  /** When given, only these whole forms count ("ffs", not "fs", which obscenity cannot tell apart). */
  only?: string[];
  /** Lower-case stretches of text in which a match is the innocent word (obscenity whitelisted terms). */
  allow?: string[];
  /** Whole forms that are a person's or place's name when written Title-case ("Dick" King-Smith, "Twatt"). */
  names?: string[];
  /** Only an insult in an insult frame: "you …", "such a …", "she's a right …". */
  insultFrame?: boolean;
  /** Nearby words that show the innocent sense. */
  innocent?: InnocentSense[];
  /** A spelling with stars or hashes ("sh*t", "c**t") is compared with these forms, letter for letter. */
  masked?: string[];
}

const OFCOM = 'severity informed by Ofcom, Attitudes to potentially offensive language and gestures on TV and radio (2016, 2021)';

/**
 * What we do with each word of obscenity's English dataset: keep it with its own patterns, replace it with ours, or
 * drop it. A test checks every word the installed obscenity ships is decided here.
 */
export const OBSCENITY_DECISIONS: (Term & { use: 'keep' | 'replace' | 'drop' })[] = [
  { term: 'abeed', use: 'drop', note: 'racial slur: the discriminatory-language detector (abuse.discriminatory) owns slurs' },
  { term: 'abo', use: 'drop', note: 'racial slur: abuse.discriminatory; also a common abbreviation' },
  { term: 'africoon', use: 'drop', note: 'racial slur: abuse.discriminatory' },
  { term: 'anal', use: 'drop', note: 'alone it is "a bit anal" or psychology; "anal sex" is our own sexual phrase' },
  { term: 'anus', use: 'drop', note: 'anatomy, taught by name in science and RSE' },
  { term: 'arabush', use: 'drop', note: 'ethnic slur: abuse.discriminatory' },
  { term: 'arse', use: 'keep', note: 'mild British swearing; arsehole is stronger' },
  { term: 'ass', use: 'replace', note: 'its pattern matched "assorted"; we match whole words and spare the nativity donkey' },
  { term: 'bastard', use: 'keep', note: 'medium swearing' },
  { term: 'bestiality', use: 'keep', note: 'explicit sexual reference' },
  { term: 'bitch', use: 'keep', note: 'insult; a dog-breeding context is spared' },
  { term: 'blowjob', use: 'keep', note: 'explicit sexual act' },
  { term: 'bollocks', use: 'keep', note: 'medium British swearing' },
  { term: 'boob', use: 'drop', note: 'British "boob" is a blunder; breast-cancer campaigns say "check your boobs"' },
  { term: 'boonga', use: 'drop', note: 'racial slur: abuse.discriminatory' },
  { term: 'buttplug', use: 'keep', note: 'sex toy' },
  { term: 'chingchong', use: 'drop', note: 'racial slur: abuse.discriminatory' },
  { term: 'chink', use: 'drop', note: 'racial slur: abuse.discriminatory ("a chink of light" is innocent)' },
  { term: 'cock', use: 'replace', note: 'its patterns matched "cockpit"; farm cockerels and idioms need sparing' },
  { term: 'cuck', use: 'drop', note: 'internet insult of little use here; "cuckold" is in Shakespeare' },
  { term: 'cum', use: 'drop', note: 'Latin "cum" is common ("summa cum laude", "kitchen-cum-diner"), and it matched "cumin"; explicit compounds are in our sex-act phrases' },
  { term: 'cunt', use: 'keep', note: 'strongest swearing' },
  { term: 'deepthroat', use: 'keep', note: 'explicit sexual act' },
  { term: 'dick', use: 'replace', note: 'unbounded, it matched "Dickinson"; "Dick" is also a name (Dick Whittington, Dick King-Smith)' },
  { term: 'dildo', use: 'keep', note: 'sex toy' },
  { term: 'doggystyle', use: 'keep', note: 'explicit sexual act' },
  { term: 'double penetration', use: 'keep', note: 'explicit sexual act' },
  { term: 'dyke', use: 'drop', note: 'homophobic slur: abuse.discriminatory; also a sea wall' },
  { term: 'ejaculate', use: 'drop', note: 'taught by name in puberty lessons' },
  { term: 'fag', use: 'drop', note: 'homophobic slur: abuse.discriminatory; British slang for a cigarette' },
  { term: 'felch', use: 'keep', note: 'explicit sexual act' },
  { term: 'fellatio', use: 'keep', note: 'explicit sexual act' },
  { term: 'finger bang', use: 'keep', note: 'explicit sexual act' },
  { term: 'fisting', use: 'keep', note: 'explicit sexual act' },
  { term: 'fuck', use: 'replace', note: 'its "fu" and "fk" patterns matched the surname Fu and "FKA"' },
  { term: 'gangbang', use: 'keep', note: 'explicit sexual act' },
  { term: 'handjob', use: 'keep', note: 'explicit sexual act' },
  { term: 'hentai', use: 'keep', note: 'pornographic cartoons' },
  { term: 'hooker', use: 'drop', note: 'a rugby position, in every school sports report' },
  { term: 'incest', use: 'drop', note: 'discussed in literature (Hamlet) and news, not explicit content' },
  { term: 'jerk off', use: 'replace', note: 'its pattern is written with "ff", which obscenity\'s own duplicate-collapsing makes unmatchable' },
  { term: 'jizz', use: 'keep', note: 'explicit sexual reference' },
  { term: 'kike', use: 'drop', note: 'antisemitic slur: abuse.discriminatory' },
  { term: 'lubejob', use: 'keep', note: 'explicit sexual act' },
  { term: 'masturbate', use: 'replace', note: 'sexual act; spared in RSE and safeguarding contexts' },
  { term: 'negro', use: 'drop', note: 'racial term: abuse.discriminatory' },
  { term: 'nigger', use: 'drop', note: 'racial slur: abuse.discriminatory' },
  { term: 'orgasm', use: 'keep', note: 'sexual reference; spared in RSE contexts' },
  { term: 'orgy', use: 'keep', note: 'sexual reference; "an orgy of violence" is spared' },
  { term: 'penis', use: 'drop', note: 'anatomy, taught by name in science and RSE; its pattern matched "Penistone"' },
  { term: 'piss', use: 'replace', note: 'unbounded at the end, it matched "Pissarro"' },
  { term: 'porn', use: 'replace', note: 'its "prn" pattern matched PRN, "as needed", on medication plans' },
  { term: 'prick', use: 'keep', note: 'strong insult' },
  { term: 'pussy', use: 'keep', note: 'vulgar; the cat, the willow and Edward Lear\'s pussy-cat are spared' },
  { term: 'rape', use: 'drop', note: 'a crime in the news and a crop (oilseed rape), not profanity; threats are abuse.threat' },
  { term: 'retard', use: 'drop', note: 'disability slur: abuse.discriminatory' },
  { term: 'scat', use: 'drop', note: 'scat singing in music lessons' },
  { term: 'semen', use: 'drop', note: 'biology' },
  { term: 'sex', use: 'drop', note: 'sex education, the protected characteristic, the Sex Pistols; explicit phrases are ours' },
  { term: 'shit', use: 'keep', note: 'medium swearing' },
  { term: 'slut', use: 'keep', note: 'sexualised insult' },
  { term: 'spastic', use: 'drop', note: 'disability slur: abuse.discriminatory' },
  { term: 'tit', use: 'replace', note: 'blue tits and great tits nest in school gardens; its "titt" pattern matched "titter"' },
  { term: 'tranny', use: 'drop', note: 'transphobic slur: abuse.discriminatory' },
  { term: 'turd', use: 'keep', note: 'mild' },
  { term: 'twat', use: 'keep', note: 'strong insult; Twatt in Orkney is spared' },
  { term: 'vagina', use: 'drop', note: 'anatomy, taught by name in science and RSE' },
  { term: 'wank', use: 'keep', note: 'strong; the Wankel engine is spared' },
  { term: 'whore', use: 'keep', note: 'sexualised insult' },
];

/** Every word we flag: kept obscenity words (no `patterns`) and our own. `term` is the word's key. */
export const ENTRIES: Entry[] = [
  // ── Strongest and strong swearing ──────────────────────────────────────────────────────────────────────────
  {
    term: 'fuck', signal: 'abuse.profanity', kind: 'swear', confidence: 0.97, source: OFCOM,
    note: 'strongest swear word; f?ck also catches "f*ck", "f@ck"; feck is the mild Irish form',
    patterns: ['f[?]ck', '|fuk|', '|fukin[g]|', '|fuker[s]|', '|fck|', '|fckin[g]|', '|fcker[s]|'],
    forms: { feck: 0.45, fecking: 0.45, fecks: 0.45, fecked: 0.45 },
    allow: ['fick'],
    masked: ['fuck', 'fucks', 'fucked', 'fucker', 'fuckers', 'fucking', 'fuckin', 'motherfucker'],
  },
  { term: 'cunt', signal: 'abuse.profanity', kind: 'swear', confidence: 0.97, source: OFCOM, note: 'strongest swear word; "Scunthorpe" never matches (word boundaries)', allow: ['scunthorpe'], masked: ['cunt', 'cunts'] },
  { term: 'twat', signal: 'abuse.profanity', kind: 'insult', confidence: 0.9, source: OFCOM, note: 'strong insult; "Twatt" (Orkney, Shetland) Title-case is the place', names: ['twatt', 'twatts'], masked: ['twat', 'twats'] },
  {
    term: 'wank', signal: 'abuse.profanity', kind: 'insult', confidence: 0.9, source: OFCOM, note: 'wanker, wanking: strong',
    allow: ['wankel'], masked: ['wank', 'wanker', 'wankers', 'wanking'],
  },
  { term: 'prick', signal: 'abuse.profanity', kind: 'insult', confidence: 0.85, source: OFCOM, note: 'strong insult; "pricked", "prickly" never match and "a prick of the needle" is spared', allow: ['prick of'], masked: ['prick', 'pricks'] },
  {
    term: 'dick', signal: 'abuse.profanity', kind: 'insult', confidence: 0.85, source: OFCOM,
    note: 'strong insult in lower case; Title-case "Dick" is a name (Dick Whittington, Dick King-Smith, Moby Dick)',
    patterns: ['|dick|', '|dicks|', '|dickhead', '|dick head|', '|dick-head|'],
    forms: { dick: 0.8, dicks: 0.8 },
    names: ['dick', 'dicks'],
    allow: ['spotted dick', 'moby dick', 'dick whittington', 'dick king-smith', 'dick king smith', 'dick turpin', 'dickens', 'dickensian'],
    masked: ['dick', 'dickhead'],
  },
  {
    term: 'cock', signal: 'abuse.profanity', kind: 'insult', confidence: 0.75, source: OFCOM,
    note: 'vulgar; farmyard cocks and the idioms are spared (cockpit, cockerel, cocktail never match)',
    patterns: ['|cock|', '|cocks|', '|cocksucker', '|cockhead'],
    forms: { cocksucker: 0.95, cocksuckers: 0.95, cockhead: 0.85 },
    allow: ['cock-a-', 'cock a doodle', 'cock a hoop', 'cock a leekie', 'cock a snook', 'cock and bull', 'cock robin', 'cock sparrow', 'cock pheasant', 'cock bird', 'cock crow', 'cock of the walk', 'cock and hen', 'cocks and hens', 'weather cock', 'cock-eyed', 'half cock', 'half-cock', 'cock your', 'cock an ear', 'cock his', 'cock her'],
    innocent: ['farm', 'birds'],
    masked: ['cock'],
  },
  { term: 'bellend', signal: 'abuse.profanity', kind: 'insult', confidence: 0.9, source: OFCOM, note: 'strong British insult; "the bell end" of a brass instrument is spared', patterns: ['|bellend', '|bell end|', '|bell-end|'], forms: { 'bell end': 0.6, 'bell-end': 0.6 }, innocent: ['music'], masked: ['bellend'] },
  { term: 'knobhead', signal: 'abuse.profanity', kind: 'insult', confidence: 0.85, note: 'British insult; "knob" alone is a door knob and is not flagged', patterns: ['|knobhead', '|knob head|', '|knob-head|', '|knobend', '|knob end|', '|knob-end|'], masked: ['knobhead'] },
  { term: 'tosser', signal: 'abuse.profanity', kind: 'insult', confidence: 0.85, note: 'British insult; "toss" alone (coin toss) is not flagged', patterns: ['|tosser', '|tosspot'], forms: { tosspot: 0.6, tosspots: 0.6 }, masked: ['tosser'] },
  {
    term: 'pussy', signal: 'abuse.profanity', kind: 'insult', confidence: 0.75, source: OFCOM,
    note: 'vulgar; the cat, the catkins and the nursery rhyme are spared',
    allow: ['pussycat', 'pussy cat', 'pussy-cat', 'pussy willow', 'pussy-willow', 'pussyfoot', 'pussy riot', 'pussy galore'],
  },
  // ── Medium ──────────────────────────────────────────────────────────────────────────────────────────────────
  {
    term: 'shit', signal: 'abuse.profanity', kind: 'swear', confidence: 0.8, source: OFCOM, note: 'medium swearing, with shite and bullshit',
    allow: ['shitterton', 'shitlington', 'shiitake', 'shittu', 'dikshit', 'shittim'],
    masked: ['shit', 'shite', 'shits', 'shitty', 'bullshit', 'shithead', 'shitheads', 'gobshite', 'gobshites'],
  },
  { term: 'bollocks', signal: 'abuse.profanity', kind: 'swear', confidence: 0.8, source: OFCOM, note: 'medium British swearing; "a bollocking" is a telling-off', forms: { bollocking: 0.6, bollocked: 0.6 }, masked: ['bollocks'] },
  {
    term: 'bastard', signal: 'abuse.profanity', kind: 'swear', confidence: 0.85, source: OFCOM, note: 'strong swearing; "bastardised" (corrupted) is spared',
    forms: { bastardised: 0, bastardized: 0, bastardise: 0, bastardize: 0, bastardisation: 0, bastardization: 0 },
    allow: ['william the bastard', 'bastard sword', 'bastard file'],
    masked: ['bastard', 'bastards'],
  },
  {
    term: 'bitch', signal: 'abuse.profanity', kind: 'insult', confidence: 0.8, source: OFCOM,
    note: 'insult; "bitching" and "bitchy" are milder; a dog-breeding context (puppies, litter, stud) is spared',
    forms: { bitching: 0.6, bitchy: 0.6 },
    allow: ['bitchfield'],
    innocent: ['dogs'],
    masked: ['bitch', 'bitches'],
  },
  {
    term: 'arse', signal: 'abuse.profanity', kind: 'mild', confidence: 0.5, source: OFCOM, note: 'mild British swearing; arsehole is medium',
    forms: { arsehole: 0.85, arseholes: 0.85, arsewipe: 0.7 },
    masked: ['arse', 'arsehole'],
  },
  {
    term: 'ass', signal: 'abuse.profanity', kind: 'mild', confidence: 0.5, note: 'American; whole words only ("assess", "class", "Cassius" never match); the nativity donkey is spared',
    patterns: ['|ass|', '|asses|', '|asshole', '|assh[o]le', '|dumbass', '|jackass|', '|smartass|'],
    forms: { asshole: 0.85, assholes: 0.85, dumbass: 0.6, jackass: 0.6, smartass: 0.5 },
    innocent: ['donkey'],
    masked: ['asshole'],
  },
  {
    term: 'piss', signal: 'abuse.profanity', kind: 'swear', confidence: 0.6, note: 'medium: "piss off", "taking the piss"; "pissed" (drunk) is milder; "Pissarro" never matches',
    patterns: ['|piss|', '|pissed|', '|pissing|', '|pisses|', '|pisstake', '|piss-take', '|pisshead', '|pissy|'],
    forms: { pissed: 0.5 },
    masked: ['piss', 'pissed'],
  },
  { term: 'slut', signal: 'abuse.profanity', kind: 'sexual-insult', confidence: 0.85, note: 'sexualised insult', masked: ['slut'] },
  { term: 'whore', signal: 'abuse.profanity', kind: 'sexual-insult', confidence: 0.85, note: 'sexualised insult', masked: ['whore'] },
  {
    term: 'slag', signal: 'abuse.profanity', kind: 'sexual-insult', confidence: 0.75,
    note: 'sexualised British insult; slag heaps and furnace slag are spared; "slag off" (criticise) is not profanity',
    patterns: ['|slag|', '|slags|'],
    allow: ['slag heap', 'slag-heap', 'slag tip', 'slag off', 'slag them off', 'slag him off', 'slag her off', 'slag pile', 'iron slag', 'furnace slag', 'basic slag', 'slag wool'],
    innocent: ['industry'],
  },
  { term: 'slapper', signal: 'abuse.profanity', kind: 'sexual-insult', confidence: 0.75, note: 'sexualised British insult', patterns: ['|slaper[s]|'] },
  { term: 'skank', signal: 'abuse.profanity', kind: 'sexual-insult', confidence: 0.75, note: 'sexualised insult; "skanking" is a ska dance and does not match', patterns: ['|skank|', '|skanks|', '|skanky|'] },
  {
    term: 'scrubber', signal: 'abuse.profanity', kind: 'sexual-insult', confidence: 0.65,
    note: 'sexualised British insult, only in an insult frame: the floor scrubber and pot scrubber are innocent',
    patterns: ['|scrubber[s]|'], insultFrame: true,
  },
  {
    term: 'nonce', signal: 'abuse.profanity', kind: 'insult', confidence: 0.8,
    note: 'British slang accusing someone of being a sex offender; "nonce" in cryptography, linguistics ("nonce words") and "for the nonce" are spared',
    patterns: ['|nonce|', '|nonces|'], allow: ['for the nonce', 'nonce word', 'nonce-word', 'nonce formation'], innocent: ['cryptography', 'computing'],
  },
  { term: 'munter', signal: 'abuse.profanity', kind: 'insult', confidence: 0.6, note: 'insult about looks; the Munter hitch (a climbing knot) and the surname are spared', patterns: ['|munter|', '|munters|'], allow: ['munter hitch'], names: ['munter'] },
  // ── Mild: low confidence, and not when said of oneself ("I felt a right prat") ──────────────────────────────
  { term: 'minger', signal: 'abuse.profanity', kind: 'mild-insult', confidence: 0.5, source: OFCOM, note: 'insult about looks; "minging" (disgusting) is not flagged', patterns: ['|minger|', '|mingers|'] },
  { term: 'pillock', signal: 'abuse.profanity', kind: 'mild-insult', confidence: 0.45, note: 'mild British insult', patterns: ['|pillock'] },
  { term: 'prat', signal: 'abuse.profanity', kind: 'mild-insult', confidence: 0.4, note: 'mild British insult; the surname Pratt and "prattle" are spared', patterns: ['|prat|', '|prats|'], allow: ['pratt'] },
  {
    term: 'git', signal: 'abuse.profanity', kind: 'mild-insult', confidence: 0.45, source: OFCOM,
    note: 'mild British insult, only in an insult frame ("you git", "old git"): git the version-control tool is innocent',
    patterns: ['|git|', '|gits|'], insultFrame: true, innocent: ['computing'],
  },
  { term: 'bugger', signal: 'abuse.profanity', kind: 'mild', confidence: 0.45, source: OFCOM, note: 'mild British swearing: bugger off, buggered', patterns: ['|bugger'], masked: ['bugger'] },
  { term: 'sod', signal: 'abuse.profanity', kind: 'mild', confidence: 0.45, source: OFCOM, note: 'mild: "sod off", "sod it", "sodding"; "Sod\'s law" and a sod of turf are not flagged', patterns: ['|sod of|', '|sod it|', '|sod this|', '|sod that|', '|soding|', '|sod all|'], only: ['sod off', 'sod it', 'sod this', 'sod that', 'sodding', 'sod all'] },
  { term: 'crap', signal: 'abuse.profanity', kind: 'mild', confidence: 0.45, source: OFCOM, note: 'mild; "Crapstone" and Thomas Crapper never match', patterns: ['|crap|', '|crapy|'], masked: ['crap'] },
  { term: 'turd', signal: 'abuse.profanity', kind: 'mild', confidence: 0.5, note: 'mild' },
  {
    term: 'tit', signal: 'abuse.profanity', kind: 'mild-insult', confidence: 0.5, source: OFCOM,
    note: 'mild insult ("you tit"), "tits" is medium; birds (blue tit, great tit…) and "tit for tat" are spared',
    patterns: ['|tit|', '|tits|', '|tities|'],
    forms: { tits: 0.65, tities: 0.7 },
    allow: ['blue tit', 'great tit', 'coal tit', 'tailed tit', 'marsh tit', 'willow tit', 'crested tit', 'bearded tit', 'penduline tit', 'tit for tat', 'tit-for-tat', 'tit box', 'tit boxes', 'tit nest'],
    innocent: ['birds'],
  },
  { term: 'cock-up', signal: 'abuse.profanity', kind: 'mild', confidence: 0.4, note: 'mild British idiom for a mistake', patterns: ['|cock-up', '|cockup', '|cock up|', '|balls-up', '|ballsup', '|ballsed up|', '|ballsed-up|', '|cocked up|', '|cocked-up|'] },
  {
    term: 'wtf', signal: 'abuse.profanity', kind: 'mild', confidence: 0.5,
    note: 'swearing abbreviated: wtf, stfu, ffs, gtfo, omfg ("FS" for Foundation Stage is spared)',
    patterns: ['|wtf|', '|stfu|', '|fs|', '|gtfo|', '|omfg|'], only: ['wtf', 'stfu', 'ffs', 'gtfo', 'omfg'],
  },
  // ── Sexual content (abuse.sexual) ───────────────────────────────────────────────────────────────────────────
  {
    term: 'porn', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9,
    note: 'pornography; safeguarding and RSE talk about it is spared, and so are "food porn"-style idioms',
    patterns: ['porn'],
    forms: { pornography: 0.75, pornographic: 0.75 },
    allow: ['food porn', 'foodporn', 'stationery porn', 'stationeryporn', 'book porn', 'bookporn', 'shelf porn', 'shelfporn', 'classroom porn', 'classroomporn', 'display porn', 'property porn', 'travel porn', 'earth porn', 'earthporn', 'cable porn', 'organisation porn', 'organization porn', 'p orna'],
    innocent: ['education'],
    masked: ['porn'],
  },
  {
    term: 'nudes', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.85,
    note: 'sexual images; "send nudes" is stronger; life drawing and Renaissance nudes are spared, and so is safeguarding talk',
    patterns: ['|nudes|', '|send nudes|', '|send me nudes|', '|nude pic', '|nude photo', '|nude selfie', '|naked pic', '|naked photo', '|naked selfie'],
    forms: { 'send nudes': 0.95, 'send me nudes': 0.95 },
    innocent: ['education', 'art'],
  },
  { term: 'dick pic', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9, note: 'unsolicited sexual image', patterns: ['|dick pic', '|dickpic'], innocent: ['education'] },
  {
    term: 'sex act', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.85,
    note: 'explicit phrases; "sex" alone (sex education, the protected characteristic, the Sex Pistols) is never flagged',
    patterns: ['|oral sex|', '|anal sex|', '|having sex|', '|had sex|', '|have sex|', '|sex tape', '|sex video', '|sex toy', '|sex chat', '|sex cam', '|phone sex|', '|sex act|', '|sex acts|', '|threesome', '|blow job', '|hand job', '|rimjob', '|rim job', '|shagging|', '|cumshot', '|cumslut'],
    forms: { 'having sex': 0.75, 'had sex': 0.75, 'have sex': 0.75, threesome: 0.75, shagging: 0.7 },
    innocent: ['education'],
  },
  { term: 'horny', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.7, note: 'sexual arousal; "Horniman" never matches', patterns: ['|horny|'], allow: ['horny toad'] },
  { term: 'masturbate', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.7, note: 'spared in RSE and safeguarding contexts', patterns: ['|masturbat'], innocent: ['education'] },
  { term: 'orgasm', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.7, note: 'spared in RSE contexts', allow: ['gasma'], innocent: ['education'] },
  { term: 'orgy', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.7, note: 'figurative "an orgy of violence" is spared', allow: ['porgy', 'orgy of', 'orgies of'] },
  { term: 'blowjob', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.95, note: 'explicit sexual act' },
  { term: 'handjob', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.95, note: 'explicit sexual act' },
  { term: 'gangbang', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.95, note: 'explicit sexual act' },
  { term: 'finger bang', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.95, note: 'explicit sexual act' },
  { term: 'fisting', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9, note: 'explicit sexual act' },
  { term: 'deepthroat', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9, note: 'explicit sexual act' },
  { term: 'doggystyle', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9, note: 'explicit sexual act' },
  { term: 'double penetration', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.95, note: 'explicit sexual act' },
  { term: 'felch', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.95, note: 'explicit sexual act' },
  { term: 'fellatio', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.85, note: 'explicit sexual act' },
  { term: 'lubejob', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.95, note: 'explicit sexual act' },
  { term: 'jerk off', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9, note: 'explicit sexual act ("off" is written "of": obscenity collapses the f)', patterns: ['|jerkof', '|jerk of|', '|jerk-of|', '|jerking of|'], only: ['jerkoff', 'jerk off', 'jerk-off', 'jerking off'] },
  { term: 'jizz', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9, note: 'explicit sexual reference' },
  { term: 'bestiality', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.85, note: 'explicit sexual reference' },
  { term: 'dildo', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.85, note: 'sex toy' },
  { term: 'buttplug', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.9, note: 'sex toy' },
  { term: 'hentai', signal: 'abuse.sexual', kind: 'sexual', confidence: 0.85, note: 'pornographic cartoons' },
];

/**
 * Vulgar gestures and idioms without a rude word: the middle-finger emoji, "shove it where the sun doesn't shine".
 * Matched by a regex in profanity.ts (obscenity cannot read emoji or apostrophes), so not in ENTRIES.
 */
export const VULGAR_GESTURE: Entry = {
  term: 'vulgar gesture', signal: 'abuse.profanity', kind: 'mild', confidence: 0.5,
  note: 'the middle-finger emoji and "where the sun doesn\'t shine": rude without a listed word',
};

/**
 * Places, names and words with a rude stretch inside, spared for every word (obscenity whitelisted terms; matched
 * in lower case). Most never match anyway because patterns are word-bounded; they are listed so that a pattern
 * change cannot start flagging them.
 */
export const ALLOWED: Term[] = [
  { term: 'scunthorpe', note: 'town in North Lincolnshire (and Scunthorpe United)' },
  { term: 'penistone', note: 'town in South Yorkshire' },
  { term: 'clitheroe', note: 'town in Lancashire' },
  { term: 'cockermouth', note: 'town in Cumbria' },
  { term: 'shitterton', note: 'hamlet in Dorset' },
  { term: 'arsenal', note: 'football club' },
  { term: 'essex', note: 'county' },
  { term: 'sussex', note: 'county' },
  { term: 'middlesex', note: 'historic county' },
  { term: 'cockburn', note: 'surname' },
  { term: 'hancock', note: 'surname' },
  { term: 'dickinson', note: 'surname (Emily Dickinson)' },
  { term: 'uranus', note: 'planet, science lessons' },
  { term: 'therapist', note: '"the rapist" inside' },
  { term: 'kung fu', note: 'martial art' },
  { term: 'cum laude', note: 'Latin: with honours' },
  { term: 'sex education', note: 'RSE: the statutory subject' },
  { term: 'sex pistols', note: 'band' },
];

type CueSet = readonly Term[];
const words = (list: string, note: string): Term[] => list.split(',').map((term) => ({ term: term.trim(), note }));

/** Words near a match that show its innocent sense. */
export const INNOCENT_CUES: Record<InnocentSense, CueSet> = {
  dogs: words('dog,dogs,puppy,puppies,pup,pups,litter,litters,whelp*,breed*,kennel*,stud,spayed,neutered,in season,pedigree,crufts,labrador*,spaniel*,retriever*,collie*,terrier*,greyhound*,whippet*,lurcher*,poodle*,vet,vets,hound*,sire,dam', 'dog breeding: a bitch is a female dog'),
  birds: words('bird*,nest*,nestbox*,feeder*,rspb,birdwatch*,birdsong,chick*,fledg*,eggs,robin*,sparrow*,wren*,finch*,starling*,feather*,spring watch,springwatch,garden birds,bird box,binoculars', 'birdwatching'),
  farm: words('farm*,hen,hens,chicken*,rooster*,cockerel*,poultry,crow,crows,crowed,crowing,pheasant*,coop,eggs,barn*,duck*,lambs', 'a cock is a male bird'),
  donkey: words('donkey*,nativity,ox,oxen,manger,stable,bethlehem,mary,joseph,balaam,bible,mule*,jesus,christmas play', 'an ass is a donkey'),
  music: words('trumpet*,trombone*,tuba*,horn*,cornet*,euphonium*,clarinet*,saxophone*,sax,instrument*,brass,orchestra*,band,handbell*,bell ringing,bellringing,ringers,peal*,tower', 'the bell end of an instrument'),
  cryptography: words('crypto*,cryptograph*,encrypt*,decrypt*,cipher*,hash*,blockchain,bitcoin,authenticat*,protocol*,salt,replay,number used once,key exchange,algorithm*', 'a nonce is a number used once'),
  computing: words('computing,computer science,github,gitlab,repo,repository,repositories,commit*,clone,branch*,merge,pull request,version control,coding,code,python,command line,terminal', 'git is a programming tool'),
  industry: words('furnace*,iron,steel,steelworks,mining,mine,mines,colliery,collieries,coal,smelt*,ore,aberfan,quarry,quarries,heap*,tip,tips,industrial,ironworks', 'slag is waste from smelting or mining'),
  education: words('safeguarding,training,trained,online safety,e safety,esafety,internet safety,rse,pshe,pshce,relationships education,sex education,curriculum,lesson*,workshop*,awareness,policy,policies,consultation,kcsie,nspcc,ceop,childnet,thinkuknow,danger*,risk*,harmful,harms,protect*,exposure,exposed to,exploitation,research,statistics,inset,cpd,dsl,guidance,webinar,campaign,talk to your child,talking to children,age appropriate,ofsted,report it,keeping children safe,keep children safe,safe online', 'talk about keeping children safe, not sexual content'),
  art: words('art,artist*,painting*,paint,drawing*,life drawing,sculpture*,sculpt*,gallery,galleries,museum*,renaissance,classical,portrait*,canvas*,exhibition*,titian,rubens,botticelli,a level art,gcse art', 'nudes in art history'),
};
