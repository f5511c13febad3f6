// Word lists for the extremism detector. Every entry says what it is and why it is here; names of proscribed groups
// carry the published list they come from. The rules that combine the lists are in extremism.ts; README.md explains them.
import type { Term } from '../../engine/terms.ts';

/**
 * What an anchor is, and so what else the detector needs before it reports anything:
 * - `org`: a group; needs support before it ("I support…", "long live…") or praise after it ("…are heroes").
 * - `figure`: a named terrorist or extremist figure; needs the same praise.
 * - `attacker`: a word for attackers ("terrorists", "gunman"); needs praise after it.
 * - `slogan`: an extremist slogan or code; flagged on its own.
 * - `violence`: a violent verb; needs an ideological, religious or racial target after it.
 * - `callous`: "they deserved it", "good riddance"; needs a terrorist attack in the same or the previous sentence.
 * - `denial`: "Holocaust"; needs a denial after it ("…never happened").
 */
export type AnchorKind = 'org' | 'figure' | 'attacker' | 'slogan' | 'violence' | 'callous' | 'denial';

export interface ExtremismTerm extends Term {
  kind: AnchorKind;
  /** Slogans: how sure a bare match is. Groups: how strongly praise of them signals extremism. */
  confidence: number;
  /** How the words must be written: 'upper' (IRA, not "ira"), 'initial' (National Action, not "national action"). */
  caps?: 'upper' | 'initial';
  /** Not when the next word is one of these ("National Action Plan", "white power cable"). */
  notBefore?: readonly string[];
  /** Not when the previous word is one of these ("an Islamic state"). */
  notAfter?: readonly string[];
  /** Violence verbs: true when the verb is violent in any sense, so even an ambiguous target ("the West") will do. */
  unambiguous?: boolean;
  /** Violence verbs: may take a building as target ("burn the mosque"), not only people. */
  places?: boolean;
  /** Callous remarks: the attack must be named straight after ("we need another 9/11"). */
  attackAfter?: boolean;
  /** Attacker words that are also sport or war words ("our attackers", "the bombers"): not in a post about sport or the wars. */
  sportOrWar?: boolean;
}

const notes = (note: string, terms: readonly string[]): Term[] => terms.map((term) => ({ term, note }));

const HOME_OFFICE = 'UK Home Office, "Proscribed terrorist groups or organisations" (Terrorism Act 2000, Schedule 2)';
const NI = `${HOME_OFFICE}, Northern Ireland-related groups`;

function org(terms: readonly string[], note: string, source = HOME_OFFICE, rules: Partial<ExtremismTerm> = {}): ExtremismTerm[] {
  return terms.map((term) => ({ term, kind: 'org', confidence: 0.9, note, source, ...rules }));
}

// ---- Proscribed organisations ------------------------------------------------------------------------------------
// Names only, as facts from the published list. A name on its own flags nothing ("the IRA ceasefire", "ISIS in the
// news"): the detector needs support or praise around it. Check the current list at gov.uk before relying on it.

export const ORGANISATIONS: readonly ExtremismTerm[] = [
  ...org(['al qaeda', 'al qaida', "al qa'ida", 'al-qaeda', 'alqaeda', 'al nusra', 'al nusrah', 'jabhat al nusra', 'nusra front', 'aqap', 'aqim'], 'Al Qaida and groups proscribed as its aliases'),
  ...org(['islamic state'], 'ISIL/Daesh; capitalised, so that "an Islamic state" (a form of government) does not count', HOME_OFFICE, { caps: 'initial', notAfter: ['an', 'a', 'the'] }),
  ...org(['isis', 'isil'], 'ISIL/Daesh; only in capitals ("Isis" is also a goddess and the Thames at Oxford)', HOME_OFFICE, { caps: 'upper' }),
  ...org(['daesh', 'isis k', 'isis-k', 'iskp'], 'ISIL/Daesh and its Khorasan branch'),
  ...org(['al shabaab', 'al-shabaab', 'al shabab'], 'Al Shabaab (Somalia)'),
  ...org(['boko haram'], 'Boko Haram (Nigeria)'),
  ...org(['hamas'], 'Hamas, proscribed in full in 2021'),
  ...org(['hezbollah', 'hizballah', 'hizbollah', 'hizbullah'], 'Hizballah, proscribed in full in 2019'),
  ...org(['hizb ut tahrir', 'hizb-ut-tahrir'], 'Hizb ut-Tahrir, proscribed in 2024'),
  ...org(['palestinian islamic jihad'], 'Palestinian Islamic Jihad'),
  ...org(['palestine action'], 'Palestine Action, proscribed in July 2025 (supporting it is an offence under s.12/s.13 of the Act)', HOME_OFFICE, {
    notBefore: ['plan', 'day', 'week', 'month', 'network', 'committee', 'campaign', 'fund', 'framework'],
  }),
  ...org(['al muhajiroun', 'al-muhajiroun', 'islam4uk', 'muslims against crusades'], 'Al-Muhajiroun and its proscribed aliases'),
  ...org(['lashkar e tayyaba', 'lashkar e taiba', 'lashkar-e-taiba', 'jaish e mohammed', 'jaish-e-mohammed', 'tehrik e taliban pakistan', 'jemaah islamiyah', 'abu sayyaf', 'ansar al islam', 'ansar al sharia', 'babbar khalsa'], 'proscribed international groups'),
  ...org(['basque homeland and liberty', 'euskadi ta askatasuna'], 'ETA, by its full name only ("ETA" is an arrival time)'),
  ...org(['pkk'], "Kurdistan Workers' Party", HOME_OFFICE, { caps: 'upper' }),
  ...org(["kurdistan workers' party", 'kurdistan workers party'], "Kurdistan Workers' Party"),
  ...org(['national action'], 'National Action, neo-Nazi, proscribed 2016; capitalised and not "National Action Plan"', HOME_OFFICE, {
    caps: 'initial',
    notBefore: ['plan', 'plans', 'day', 'week', 'network', 'framework', 'programme', 'group', 'committee', 'on'],
  }),
  ...org(['scottish dawn', 'ns131', 'system resistance network'], 'proscribed aliases of National Action'),
  ...org(['sonnenkrieg division', 'feuerkrieg division', 'atomwaffen', 'atomwaffen division', 'terrorgram', 'terrorgram collective', 'national socialist order'], 'proscribed neo-Nazi groups'),
  ...org(['the base'], 'The Base, neo-Nazi, proscribed 2021; only as "The Base"/"the Base", never "the base of…"', HOME_OFFICE, { caps: 'initial', notBefore: ['of', 'for', 'camp', 'layer', 'coat', 'rate', 'line'] }),
  ...org(['wagner group', 'wagner pmc'], 'the Wagner Group, proscribed 2023 ("Wagner" alone is a composer)'),
  ...org(['russian imperial movement', 'maniacs murder cult'], 'proscribed in 2025'),
  ...org(['ira', 'inla', 'uvf', 'uda', 'uff', 'lvf'], 'Northern Ireland groups, by their initials (capitals only)', NI, { caps: 'upper' }),
  ...org(['irish republican army', 'real ira', 'continuity ira', 'new ira', 'irish national liberation army', 'ulster volunteer force', 'ulster defence association', 'ulster freedom fighters', 'loyalist volunteer force', 'red hand commando', 'red hand defenders', 'continuity army council', 'orange volunteers'], 'Northern Ireland groups', NI),
  // Not proscribed in the UK, but praising them in public promotes terrorism all the same; weaker evidence.
  ...org(['taliban', 'the taliban'], 'the Afghan Taliban: not proscribed in the UK (Tehrik-e Taliban Pakistan is), but praising it promotes extremism', 'not on the UK list', { confidence: 0.75 }),
];

// ---- Named figures ----------------------------------------------------------------------------------------------
// People known for terrorism or for leading extremist movements, from court records and news reporting. A name on its
// own flags nothing (Year 9 study Hitler's rise; the news reports a trial): only praise of them does.

function figure(terms: readonly string[], note: string, rules: Partial<ExtremismTerm> = {}): ExtremismTerm[] {
  return terms.map((term) => ({ term, kind: 'figure', confidence: 0.85, note, ...rules }));
}

export const FIGURES: readonly ExtremismTerm[] = [
  ...figure(['hitler', 'adolf hitler'], 'Nazi leader: "Hitler was right" is neo-Nazi glorification'),
  ...figure(['oswald mosley'], 'leader of the British Union of Fascists'),
  ...figure(['osama bin laden', 'bin laden', 'abu bakr al baghdadi', 'al baghdadi', 'baghdadi', 'anwar al awlaki', 'awlaki', 'jihadi john', 'mohammed emwazi', 'emwazi'], 'leaders and killers of Al Qaida and ISIL'),
  ...figure(['brenton tarrant', 'anders breivik', 'breivik', 'dylann roof', 'thomas mair', 'timothy mcveigh', 'mcveigh', 'darren osborne', 'payton gendron', 'elliot rodger'], 'far-right, racist and misogynist mass killers; full names where the surname is an everyday word or name'),
  ...figure(['salman abedi', 'khalid masood', 'usman khan'], 'killers in UK terrorist attacks (Manchester Arena, Westminster, Fishmongers\' Hall)'),
];

// ---- Words for attackers --------------------------------------------------------------------------------------------
// Praise after them ("the terrorists are heroes") is glorification. "Bomber" (Lancaster bombers, bomber jackets) and
// "shooter" (netball's goal shooter) are too often innocent, so only their unambiguous forms are listed.

export const ATTACKERS: readonly ExtremismTerm[] = [
  'terrorist', 'terrorists', 'suicide bomber', 'suicide bombers', 'jihadi', 'jihadis', 'jihadist', 'jihadists', 'gunman', 'gunmen', 'mass shooter', 'school shooter', 'mass shooters', 'school shooters',
  'hijackers', '9/11 hijackers', 'arena bomber', 'manchester arena bomber', 'manchester bomber', 'tube bomber', 'tube bombers', '7/7 bomber', '7/7 bombers', 'marathon bomber', 'christchurch shooter', 'christchurch gunman',
].map((term): ExtremismTerm => ({ term, kind: 'attacker', confidence: 0.8, note: 'a word for the people who carry out terrorist attacks' }))
  .concat(
    // Football attackers, netball shooters and Lancaster bombers are praised every week: these never count after
    // "our", "my", "goal", "Lancaster"…, nor in a sentence (or the one before) about sport or the world wars.
    // "Martyrs" is left out: church and RE posts praise Christian martyrs.
    ['attackers', 'bombers', 'shooters'].map((term): ExtremismTerm => ({
      term, kind: 'attacker', confidence: 0.75, sportOrWar: true,
      notAfter: ['our', 'my', 'your', 'their', 'his', 'her', 'wing', 'centre', 'center', 'goal', 'clay', 'sharp', 'lancaster', 'halifax', 'wellington', 'stirling', 'raf', 'b-52', 'b52', 'heavy', 'fighter', 'fighters', 'two', 'three', 'both', 'best', 'star', 'top', 'main'],
      note: 'a word for attackers that is also a sport or war word',
    })),
  );

/** Words that put an attacker word in a match report or a war story: "our attackers", "the bombers over Dresden". */
export const SPORT_OR_WAR: readonly Term[] = notes('sport, or the world wars', [
  'match', 'matches', 'game', 'games', 'team', 'teams', 'squad', 'netball', 'football', 'rugby', 'hockey', 'basketball', 'handball',
  'tournament', 'league', 'cup', 'fixture', 'fixtures', 'goal', 'goals', 'scored', 'score', 'defence', 'defenders', 'defending', 'midfield',
  'striker', 'strikers', 'pitch', 'training', 'ref', 'referee', 'half time', 'full time', 'win', 'won', 'draw', 'drew', 'lost', 'quiz',
  'raf', 'ww1', 'ww2', 'wwi', 'wwii', 'world war', 'the war', 'the blitz', 'lancaster', 'bomber command', 'spitfire*', 'hurricane',
  'dambusters', 'squadron', 'aircrew', 'crews', 'veteran*', 'poppy', 'poppies', 'grandad', 'grandfather', 'great grandad',
]);

/**
 * What people described by an attack verb ("the lads who bombed that concert") must have attacked for the clause to
 * describe an attack: people, crowds and the places attacks hit. An allow-list, so that "the firefighters who attacked
 * the blaze" and "the kids who blew up the balloons" never count.
 */
export const ATTACKED: readonly Term[] = notes('people or places that terrorist attacks hit', [
  'concert', 'concerts', 'gig', 'gigs', 'arena', 'crowd', 'crowds', 'festival', 'festivals', 'christmas market', 'market', 'parade', 'march',
  'rally', 'nightclub', 'club', 'pub', 'bar', 'cafe', 'restaurant', 'shopping centre', 'mall', 'station', 'tube', 'train', 'bus', 'buses',
  'plane', 'planes', 'airport', 'office', 'offices', 'embassy', 'parliament', 'bridge', 'towers', 'twin towers', 'pentagon', 'magazine',
  'newspaper', 'school', 'schools', 'kids', 'children', 'pupils', 'students', 'teenagers', 'girls', 'women', 'people', 'innocent*',
  'civilians', 'worshippers', 'congregation', 'shoppers', 'fans', 'tourists', 'commuters', 'pedestrians', 'police', 'police officers',
  'officers', 'coppers', 'soldiers', 'soldier', 'troops', 'mp', 'mps', 'politicians', 'journalists', 'cartoonists', 'jews', 'jewish',
  'muslims', 'muslim', 'christians', 'hindus', 'sikhs', 'immigrants', 'migrants', 'refugees', 'asylum seekers', 'mosque', 'mosques',
  'synagogue', 'synagogues', 'church', 'churches', 'temple', 'temples', 'gurdwara', 'gurdwaras', 'asylum hotel', 'asylum hotels',
  'migrant hotel', 'migrant hotels', 'israel', 'america', 'new york', 'london', 'manchester', 'westminster', 'london bridge',
]);

// ---- Slogans and codes ------------------------------------------------------------------------------------------------
// Flagged on their own, unless the sentence is clearly teaching, training, reporting or condemning ("Prevent CPD on
// far-right slogans like…"). Descriptions of the slogans are facts from counter-extremism guidance and reporting.

function slogan(terms: readonly string[], confidence: number, note: string, rules: Partial<ExtremismTerm> = {}): ExtremismTerm[] {
  return terms.map((term) => ({ term, kind: 'slogan', confidence, note, ...rules }));
}

export const SLOGANS: readonly ExtremismTerm[] = [
  ...slogan(['heil hitler', 'sieg heil', 'seig heil', 'hail victory'], 0.9, 'Nazi salute'),
  // "14 words" alone is left out: "summarise the plot in 14 words".
  ...slogan(['14/88'], 0.7, 'white-supremacist numeric code'),
  ...slogan(['we must secure the existence of our people'], 0.95, 'the white-supremacist "14 words" slogan'),
  ...slogan(['white power'], 0.75, 'white-supremacist slogan', { notBefore: ['ranger', 'rangers', 'cable', 'cables', 'lead', 'leads', 'bank', 'banks', 'socket', 'sockets', 'adapter', 'adaptor', 'supply', 'strip', 'button', 'plug', 'pack', 'station', 'tool', 'tools', 'drill', 'unit', 'brick'] }),
  ...slogan(['white pride world wide', 'wpww'], 0.9, 'white-supremacist slogan'),
  ...slogan(['rahowa', 'racial holy war', 'race war now', 'bring on the race war', 'ready for the race war', 'we need a race war', 'time for a race war', 'start the race war'], 0.9, 'calls for a "race war"'),
  ...slogan(['day of the rope'], 0.85, 'neo-Nazi fantasy of mass lynching'),
  ...slogan(['white genocide'], 0.75, 'far-right conspiracy slogan'),
  ...slogan(['jews will not replace us', 'you will not replace us'], 0.95, 'far-right "replacement" chant'),
  // "The new boiler is a great replacement for the old one": only "the great replacement", capitalised, or not followed
  // by the words of an ordinary comparison.
  ...slogan(['the great replacement'], 0.7, 'far-right conspiracy theory', { notBefore: ['for', 'of', 'as', 'we', 'i', 'you', 'they', 'he', 'she', 'that', 'which', 'who', 'ever', 'part', 'kit', 'bulb', 'battery', 'and'] }),
  ...slogan(['great replacement'], 0.7, 'far-right conspiracy theory, when capitalised', { caps: 'initial', notBefore: ['for', 'of', 'as'] }),
  ...slogan(['blood and soil'], 0.6, 'Nazi slogan revived by the far right (not blood and soil samples)', { notBefore: ['sample', 'samples', 'test', 'tests', 'testing', 'analysis', 'science', 'types', 'cells', 'health', 'quality'] }),
  ...slogan(['remove kebab', 'kebab removal'], 0.85, 'anti-Muslim genocide meme'),
  ...slogan(['holohoax', 'holocaust hoax'], 0.9, 'Holocaust denial'),
  ...slogan(['zionist occupied government'], 0.85, 'antisemitic conspiracy slogan'),
  ...slogan(['race traitor', 'race traitors'], 0.6, 'white-supremacist insult'),
  ...slogan(['deus vult'], 0.55, 'crusader cry used as an anti-Muslim slogan'),
  ...slogan(['saint tarrant', 'st tarrant'], 0.9, 'far-right glorification of the Christchurch killer'),
  ...slogan(['beta uprising'], 0.7, 'incel call to violence'),
  ...slogan(['dawlah baqiyah', 'baqiyah wa tatamaddad'], 0.85, 'ISIL slogan ("remaining and expanding")'),
  ...slogan(['up the ra', 'ooh ah up the ra', 'tiocfaidh ar la'], 0.6, 'Irish republican chants glorifying the IRA'),
  ...slogan(['wage jihad', 'waging jihad', 'join the jihad', 'jihad is the only way', 'the caliphate will return', 'the caliphate will rise', 'restore the caliphate', 'establish the caliphate'], 0.75, 'jihadist calls to arms'),
];

// ---- Violence against an ideological, religious or racial target ------------------------------------------------

function verb(terms: readonly string[], note: string, rules: Partial<ExtremismTerm> = {}): ExtremismTerm[] {
  return terms.map((term) => ({ term, kind: 'violence', confidence: 0.85, note, ...rules }));
}

export const VIOLENCE: readonly ExtremismTerm[] = [
  ...verb(['kill all', 'death to', 'exterminate', 'wipe out', 'slaughter', 'behead', 'gas', 'gas all', 'jihad against', 'holy war against', 'race war against', 'rise up against', 'purge'], 'a call to kill or destroy a whole group', { unambiguous: true }),
  ...verb(['kill', 'shoot', 'hang', 'string up', 'stab', 'murder', 'lynch'], 'a call to kill people', {}),
  ...verb(['burn', 'burn down', 'torch', 'firebomb', 'petrol bomb', 'bomb', 'blow up', 'attack', 'smash up'], 'a call to attack people or their places of worship', { places: true, notAfter: ['photo', 'who', 'which', 'that', "don't", 'not', 'never', 'would', 'nobody', 'no one'] }),
];

/** Who the violence is aimed at. `ambiguous` targets count only after an unambiguous verb ("death to the West"). */
export interface TargetTerm extends Term {
  kind: 'people' | 'place' | 'country';
  ambiguous?: boolean;
}

export const TARGETS: readonly TargetTerm[] = [
  ...['kuffar', 'kuffaar', 'kufar', 'kafir', 'kafirs', 'kaffirs', 'infidel', 'infidels', 'apostate', 'apostates', 'murtads', 'race traitors', 'zionists', 'crusaders'].map((term): TargetTerm => ({ term, kind: 'people', note: 'word extremists use for the people they target' })),
  ...['jews', 'jewish people', 'muslims', 'muslim people', 'christians', 'hindus', 'sikhs', 'immigrants', 'migrants', 'refugees', 'asylum seekers', 'foreigners', 'pakistanis', 'asians', 'arabs', 'shias', 'sunnis', 'gays', 'gay people', 'trans people'].map((term): TargetTerm => ({ term, kind: 'people', note: 'a group defined by religion, race or another protected characteristic' })),
  ...['whites', 'white people', 'blacks', 'black people', 'the west', 'westerners', 'the british', 'the english'].map((term): TargetTerm => ({ term, kind: 'people', ambiguous: true, note: 'a target only after an unambiguous call to kill ("whites" are also egg whites)' })),
  ...['mosque', 'mosques', 'synagogue', 'synagogues', 'church', 'churches', 'temple', 'temples', 'gurdwara', 'gurdwaras', 'mandir', 'asylum hotel', 'asylum hotels', 'migrant hotel', 'migrant hotels'].map((term): TargetTerm => ({ term, kind: 'place', note: 'a place of worship or housing for asylum seekers' })),
  ...['america', 'israel', 'britain', 'the uk', 'england', 'france', 'the usa', 'the us'].map((term): TargetTerm => ({ term, kind: 'country', note: 'a country, only after "death to"' })),
];

// ---- Callous remarks about an attack ---------------------------------------------------------------------------

export const CALLOUS: readonly ExtremismTerm[] = [
  'deserved it', 'deserved to die', 'deserved what they got', 'got what they deserved', 'had it coming', 'serves them right',
  'good riddance', 'no sympathy', 'should happen more', 'should happen more often', 'needs to happen more', 'more of this please',
  'about time someone', 'glad it happened', 'glad they did it', 'should have killed more', 'wish more had died', 'they asked for it',
].map((term): ExtremismTerm => ({ term, kind: 'callous', confidence: 0.8, note: 'callous approval, when the sentence (or the one before) is about a terrorist attack' }))
  .concat(['hope there is another', "hope there's another", 'we need another', 'we need more'].map((term): ExtremismTerm => ({
    term, kind: 'callous', confidence: 0.85, attackAfter: true, note: 'wishing for another attack, only when an attack is named straight after ("…another 9/11")',
  })));

/** Words that say the sentence (or the one before) is about a terrorist attack. "Attack" alone is football or a heart. */
export const ATTACK_WORDS: readonly Term[] = [
  'terror attack', 'terror attacks', 'terrorist attack', 'terrorist attacks', 'terrorism', 'terrorist', 'terrorists', 'terror',
  'bombing', 'bombings', 'suicide bomb*', 'car bomb', 'massacre', 'massacres', '9/11', '7/7', 'twin towers', 'mass shooting',
  'school shooting', 'mosque shooting', 'synagogue shooting', 'mosque attack', 'synagogue attack', 'church attack',
  'manchester arena', 'arena bombing', 'christchurch attack', 'christchurch mosque', 'christchurch shooting', 'christchurch massacre', 'october 7', 'october 7th', '7 october', '7th october', 'beheading',
  'beheadings', 'bataclan', 'charlie hebdo', 'utoya', 'westminster attack', 'london bridge attack', 'finsbury park',
  'lee rigby', 'jo cox', 'hostages', 'jihadi attack', 'attack on the mosque', 'attack on the synagogue',
].map((term) => ({ term, note: 'names or describes a terrorist attack' }));

// ---- Holocaust denial ------------------------------------------------------------------------------------------------

export const DENIAL: readonly ExtremismTerm[] = [{ term: 'holocaust', kind: 'denial', confidence: 0.85, note: 'flagged only when followed by a denial ("…never happened", "…is a hoax")' }];

// ---- Distance: teaching, training, reporting and condemnation ---------------------------------------------------


/**
 * Words that show a sentence is about extremism rather than for it: lessons, Prevent training, news of a trial,
 * condemnation, or someone else's words. They suppress every finding except a first-person endorsement ("I support…").
 */
export const TEACHING: readonly Term[] = notes('teaching or study', [
  'lesson', 'lessons', 'taught', 'teach*', 'learnt', 'learned', 'learning about', 'studied', 'studying', 'study', 'topic', 'curriculum',
  'history', 'historical', 'historian*', 'religious education', 'religious studies', 're lesson', 'gcse', 'a level', 'syllabus', 'essay',
  'debat*', 'discuss*', 'explor*', 'explain*', 'analys*', 'source', 'sources', 'textbook', 'meaning', 'meanings', 'greater jihad',
  'lesser jihad', 'struggle', 'project', 'assembly', 'workshop', 'museum',
]);

export const TRAINING: readonly Term[] = notes('Prevent, safeguarding or training', [
  'prevent', 'cpd', 'inset', 'training', 'webinar', 'radicali*', 'extremism', 'extremist', 'extremists', 'far right', 'propaganda',
  'recruit*', 'spotting', 'signs', 'dog whistle*', 'symbol', 'symbols', 'code', 'codes', 'slogan', 'slogans', 'meme', 'memes', 'referral',
  'referred', 'safeguarding', 'dsl', 'online safety', 'hate speech', 'hate crime',
]);

export const CONDEMNATION: readonly Term[] = notes('condemnation or remembrance', [
  'condemn*', 'victims', 'thoughts are with', 'thoughts and prayers', 'horrif*', 'appal*', 'sicken*', 'atrocity', 'atrocities',
  'tragic', 'traged*', 'heartbr*', 'rest in peace', 'never forget', 'remembrance', 'memorial', 'vigil', 'shameful', 'disgraceful',
  'no place for', 'stand against', 'stand together', 'solidarity with the',
]);

export const NEWS: readonly Term[] = notes("reporting, court, fiction or someone else's words", [
  'in the news', 'on the news', 'bbc', 'reported', 'article', 'headline', 'documentary', 'podcast', 'jailed', 'convicted', 'sentenced',
  'charged', 'arrested', 'trial', 'court', 'inquiry', 'inquest', 'guilty', 'said', 'says', 'saying', 'shout*', 'told', 'wrote', 'written',
  'graffiti', 'sprayed', 'scrawled', 'quote', 'quoted', 'chant*', 'claim', 'claims', 'claimed', 'claiming', 'deniers', 'denier',
  'denial', 'conspiracy', 'myth that', 'debunk*', 'challeng*', 'counter*', 'respond*', 'film', 'novel', 'drama',
  // Performances and photographs: "shoot the Christians in the nativity from the front row"
  'nativity', 'in the play', 'school play', 'photo', 'photos', 'photograph*', 'camera', 'costume', 'costumes', 'dressed as', 'fancy dress',
]);

/** The subset of distance that still applies to a first-person endorsement: someone else said it, or it is a lesson. */
export const REPORTING: readonly Term[] = notes("someone else's words, or a lesson about them", [
  'said', 'says', 'saying', 'shout*', 'told', 'wrote', 'written', 'graffiti', 'sprayed', 'scrawled', 'quote', 'quoted', 'chant*',
  'slogan', 'slogans', 'claim*', 'prevent', 'referral', 'referred', 'radicali*', 'arrested', 'charged', 'jailed', 'convicted',
  'sentenced', 'court', 'trial', 'lesson', 'lessons', 'taught', 'training', 'cpd', 'propaganda', 'examples', 'such as',
]);

/** Who the subject of a callous remark may be when it is not the victims: the attacker getting his due is not glorification. */
export const PERPETRATORS: readonly string[] = [
  'he', 'him', 'his', 'terrorist', 'terrorists', 'bomber', 'bombers', 'gunman', 'gunmen', 'attacker', 'attackers', 'killer', 'killers',
  'shooter', 'perpetrator', 'perpetrators', 'murderer', 'murderers', 'jihadi', 'jihadis', 'jihadist', 'jihadists', 'extremist', 'extremists',
];
