// Word lists for pupil-influence: what a member of staff does to pupils (tells, teaches, gets them to sign…), what
// makes it partisan or proselytising (a party and a verdict on it, "who to vote for", "the one true faith"), and
// what makes it balanced teaching instead (a mock election, both sides, "Christians believe…").
import type { Term } from '../../engine/terms.ts';

const EA96 = 'Education Act 1996 ss.406–407: no promotion of partisan political views in teaching; balanced presentation of opposing views';
const DFE = 'DfE guidance "Political impartiality in schools" (2022)';
const BWMAT = 'Bath & Wells MAT policy 4.3.13: staff "must not … seek to influence pupils regarding their own political or religious views or recruit them to an organisation of this kind"';

/**
 * How the writer acts on pupils.
 * - tell: says something to them ("told my class…"); the pupils come straight after.
 * - get: gets them to do something ("got the class to sign…"); then "to" and an action.
 * - hand: hands out or puts up party material; pupils or a school setting anywhere in the sentence.
 * - invite: takes or invites them somewhere ("invited my Year 9s to my church").
 */
export type ActKind = 'tell' | 'get' | 'hand' | 'invite';

export interface ActTerm extends Term {
  act: ActKind;
}

const acts = (act: ActKind, note: string, terms: string[]): ActTerm[] => terms.map((term) => ({ term, act, note, source: BWMAT }));

export const ACTS: ActTerm[] = [
  ...acts('tell', 'telling pupils what to think', [
    'tell', 'told', 'telling', 'tells', 'teach', 'taught', 'teaching', 'teaches', 'made sure', 'make sure',
    'making sure', 'ensure', 'ensured', 'ensuring', 'convince', 'convinced', 'convincing', 'persuade', 'persuaded',
    'persuading', 'remind', 'reminded', 'reminding', 'encourage', 'encouraged', 'encouraging', 'urge', 'urged',
    'urging', 'indoctrinate', 'indoctrinated', 'indoctrinating', 'brainwash', 'brainwashed', 'brainwashing',
    'preach to', 'preached to', 'preaching to', 'lecture', 'lectured', 'lecturing', 'explain to', 'explained to',
    'explaining to', 'drum into', 'drummed into', 'drumming into', 'drill into', 'drilled into', 'instil in',
    'instilled in', 'showed', 'show', 'showing', 'won over', 'win over', 'converted', 'convert', 'converting',
    'warned', 'warn', 'warning', 'informed', 'let', 'assured',
  ]),
  ...acts('get', 'getting pupils to act for a cause', ['got', 'get', 'getting', 'had', 'made', 'make', 'making', 'asked', 'ask', 'asking', 'signed up', 'sign up', 'signing up', 'recruited', 'recruit', 'recruiting']),
  ...acts('hand', 'political material in school', [
    'handed out', 'handing out', 'hand out', 'hands out', 'gave out', 'giving out', 'give out', 'dished out',
    'put up', 'putting up', 'stuck up', 'pinned up', 'displayed', 'displaying', 'display', 'wore', 'wearing', 'wear',
    'shared', 'sharing', 'posted', 'delivered',
  ]),
  ...acts('invite', 'bringing pupils to a political or religious event or group', ['invited', 'inviting', 'invite', 'took', 'taking', 'take', 'brought', 'bringing', 'bring']),
];

/** Actions for a cause after "got the class to …". */
export const CAUSE_ACTIONS: Term[] = [
  ...['sign', 'vote', 'join', 'march', 'protest', 'chant', 'wear', 'write to', 'email', 'campaign', 'boo', 'hate',
    'shout', 'hold', 'wave', 'pray', 'convert', 'accept', 'say', 'repeat', 'sing', 'support', 'hand out', 'deliver',
    'make', 'draw', 'leaflet', 'canvass', 'believe'].map((term) => ({ term, note: 'an action for a cause' })),
];

// ---- Political content -------------------------------------------------------------------------------------------

/** UK parties and their leaders in recent years (this list ages: update it each election). */
export const PARTIES: Term[] = [
  ...['labour', 'the labour party', 'tories', 'tory', 'the tories', 'conservatives', 'the conservatives',
    'conservative party', 'the conservative party', 'lib dems', 'the lib dems', 'libdems', 'liberal democrats',
    'the liberal democrats', 'greens', 'the greens', 'green party', 'the green party', 'reform', 'reform uk',
    'snp', 'the snp', 'plaid', 'plaid cymru', 'ukip', 'dup', 'sinn fein', 'brexit party', 'workers party',
    'your party', 'starmer', 'keir starmer', 'sunak', 'rishi sunak', 'farage', 'nigel farage', 'corbyn',
    'jeremy corbyn', 'badenoch', 'kemi badenoch', 'truss', 'liz truss', 'boris johnson', 'boris', 'ed davey',
    'swinney', 'the government', 'this government', 'the tory government', 'the labour government', 'politicians',
    'the prime minister', 'the pm', 'the left', 'the right', 'lefties', 'the far left', 'the far right',
    'socialism', 'capitalism', 'communism', 'brexit', 'the monarchy', 'the royal family', 'the royals',
    'trump', 'donald trump', 'the republicans', 'the democrats'].map((term) => ({ term, note: 'a party, politician or ideology', source: DFE })),
];

/** A verdict on a party: what turns a fact into a partisan view. */
export const VERDICTS: Term[] = [
  ...['evil', 'scum', 'the only choice', 'the only option', 'the only answer', 'the only hope', 'the only party',
    'the only way', 'the only ones', 'the answer', 'the enemy', 'liars', 'lying', 'criminals', 'corrupt', 'fascists',
    'fascist', 'racists', 'racist', 'nazis', 'traitors', 'a disaster', 'a disgrace', 'disgraceful', 'destroying',
    'ruining', 'to blame', 'must go', 'need to go', 'has to go', 'have to go', 'should go', 'out', 'wrong', 'right',
    'the best', 'the worst', 'useless', 'heartless', 'cruel', 'the future', 'the way forward', 'the problem',
    'rubbish', 'terrible', 'awful', 'dangerous', 'thieves', 'crooks', 'hate children', 'hate teachers',
    'hate the poor', 'hate you', "don't care", 'do not care', 'only care', 'good', 'bad', 'great', 'amazing',
    'brilliant', 'heroes', 'clowns', 'idiots', 'morons', 'stupid', 'sexist', 'bigots', 'bigoted', 'greedy',
    'selfish', 'incompetent', 'killing', 'a joke', 'pathetic', 'vile', 'the devil', 'communists', 'commies',
    'snowflakes', 'loony', 'deserve', 'deserves', 'saved the country', 'will save', 'will fix', 'would fix',
    'ruined', 'destroyed', 'broke', 'the baddies', 'the goodies', 'the good guys', 'the bad guys', 'clown', 'idiot',
    'liar', 'crook', 'hero', 'legend', 'genius', 'moron', 'criminal', 'traitor', 'villain', 'puppet', 'snake',
    'dictator', 'tyrant'].map((term) => ({ term, note: 'a verdict that takes a side', source: EA96 })),
];

/** Verdict words that can come before a party: "the evil Tories", "corrupt government". */
export const VERDICTS_BEFORE: Term[] = [
  ...['evil', 'corrupt', 'useless', 'heartless', 'cruel', 'wicked', 'lying', 'disgraceful', 'racist', 'fascist',
    'vile', 'incompetent', 'greedy', 'terrible', 'awful', 'dangerous', 'pathetic', 'loony', 'nasty', 'filthy',
    'bloody', 'glorious', 'brilliant', 'wonderful', 'heroic', 'disgusting'].map((term) => ({ term, note: 'a verdict before a party' })),
];

/** "Who to vote for" and party votes: a direct voting instruction. */
export const VOTE_DIRECTIVES: Term[] = [
  { term: 'who to vote for', note: 'a voting instruction', source: EA96 },
  { term: 'who they should vote for' },
  { term: 'who they must vote for' },
  { term: 'who to support' },
  { term: 'how to vote' },
  { term: 'how they should vote' },
  { term: 'which party to vote for' },
  { term: 'which party to support' },
  { term: 'what party to vote for' },
];

/** The writer's own vote told to pupils: a partisan view, shared. */
export const OWN_VOTE: Term[] = [
  ...["who i'm voting for", 'who im voting for', 'who i am voting for', 'who i vote for', 'who i voted for',
    'who i support', "i'm voting", 'im voting', 'i am voting', 'i vote', 'i voted', 'i always vote', 'i support',
    'my vote', 'my political views', 'my politics', 'my views on', "i'm a member of", 'i am a member of',
    "i'm a socialist", "i'm a tory", "i'm labour", 'my party', 'i campaign for', 'i canvass for'].map((term) => ({ term, note: 'the writer\'s own politics, told to pupils', source: DFE })),
];

/** Parties as named after "I'm voting …": "I'm voting Green". */
export const VOTED_FOR: Term[] = [
  ...['labour', 'tory', 'tories', 'conservative', 'conservatives', 'green', 'greens', 'lib dem', 'lib dems',
    'liberal democrat', 'liberal democrats', 'reform', 'snp', 'plaid', 'ukip', 'yes', 'leave', 'remain'].map((term) => ({ term, note: 'a party voted for' })),
];

/** Campaign material. */
export const MATERIAL: Term[] = [
  ...['leaflets', 'leaflet', 'flyers', 'flyer', 'badges', 'badge', 'stickers', 'sticker', 'posters', 'poster',
    'rosettes', 'rosette', 'literature', 'materials', 'merch', 'placards', 'placard', 'banners', 'banner', 'pamphlets',
    'pamphlet', 'tracts', 'tract', 'lanyard', 'flags', 'flag', 't-shirts', 'petition', 'petitions', 'manifesto',
    'manifestos', 'propaganda'].map((term) => ({ term, note: 'campaign or religious material' })),
];

/** Words before the material that make it partisan or religious: "party leaflets", "Labour badges". */
export const MATERIAL_OWNERS: Term[] = [
  ...['party', 'political', 'election', 'campaign', 'my party', "my party's", 'church', 'mosque', 'religious',
    'bible', 'gospel', 'evangelical', 'jehovah', 'christian', 'muslim', 'islamic', 'union flag'].map((term) => ({ term })),
];

/** Stances on the government: "petition against the government". */
export const STANCES: Term[] = [
  ...['against the government', 'against this government', 'against the tories', 'against labour', 'against reform',
    'against the conservatives', 'against the pm', 'against the prime minister', 'against brexit', 'for brexit',
    'for labour', 'for reform', 'for the tories', 'for the conservatives', 'for the greens', 'to oust',
    'to get rid of the government', 'to remove the government', 'to bring down the government', 'to sack the pm',
    'tories out', 'toriesout', 'labour out', 'labourout', 'starmer out', 'starmerout', 'gtto', 'votelabour',
    'vote labour', 'vote tory', 'vote conservative', 'vote reform', 'vote green', 'vote lib dem', 'vote snp',
    'vote plaid', 'votereform', 'votegreen', 'voteconservative', 'votetory', 'never vote tory', 'never vote labour',
    'never vote reform', 'not to vote tory', 'not to vote labour', 'not to vote reform', 'to vote labour',
    'to vote tory', 'to vote reform', 'to vote green', 'to vote conservative', 'to vote for labour',
    'to vote for the tories', 'to vote for reform', 'to vote for the greens', 'to vote for the conservatives',
    'to join the labour party', 'to join the conservative party', 'to join the party', 'to join reform',
    'to join the greens', 'young labour', 'young conservatives', 'young greens', 'momentum'].map((term) => ({ term, note: 'taking a side', source: EA96 })),
];

// ---- Religious content -------------------------------------------------------------------------------------------

/** Claims that press one faith (or none) on pupils. Religious education reports beliefs; these assert them. */
export const RELIGIOUS_CLAIMS: Term[] = [
  ...['only one true faith', 'only one true religion', 'only one true god', 'only one true church', 'one true faith',
    'one true religion', 'one true god', 'one true church', 'the only true faith', 'the only true religion',
    'the only true god', 'the true faith', 'the true religion', 'the only way to heaven', 'the only way to god',
    'the only way to be saved', 'is the only way', 'is the only truth', 'going to hell', 'go to hell',
    'burn in hell', 'are damned', 'will be damned', 'damnation', 'accept jesus', 'accept christ',
    'accepted jesus', 'accepted christ', 'give their lives to jesus', 'give their lives to christ',
    'gave their lives to jesus', 'be saved', 'get saved', 'got saved', 'find jesus', 'found jesus',
    'convert to islam', 'convert to christianity', 'converted to islam', 'converted to christianity', 'become muslim',
    'become christian', 'become a christian', 'become a muslim', 'their souls', 'save their souls',
    "god doesn't exist", 'god does not exist', 'there is no god', "god isn't real", 'god is not real',
    'religion is a lie', 'religion is nonsense', 'religion is rubbish', 'religion is poison', 'religion is a fairy tale',
    'religion is for idiots', 'religion is stupid', 'religion is evil', 'religion is brainwashing', 'religion is made up',
    'religion is dangerous', 'religion is pointless', 'bible is a lie', 'bible is made up', 'bible is fairy tales',
    'bible is nonsense', 'quran is a lie', 'prayer is pointless', 'atheism is the truth', 'other religions are wrong',
    'other religions are false', 'other religions are lies', 'all other religions', 'unbelievers', 'non-believers',
    'non believers', 'infidels', 'heathens', 'sinners', 'the gospel', 'be baptised', 'get baptised'].map((term) => ({ term, note: 'asserting or rejecting a faith', source: BWMAT })),
];

/** Faith groups a pupil could be recruited to ("invited my Year 9s to my church youth group"). A school's own
 * church ("our church", "to church for Harvest") is left out: church schools visit it as a class. */
export const RELIGIOUS_GROUPS: Term[] = [
  ...['my church', 'my mosque', 'my temple', 'my gurdwara', 'my synagogue', 'youth group', 'bible study',
    'prayer group', 'prayer meeting', 'alpha course', 'revival', 'worship night', 'kingdom hall', 'my faith',
    'my religion', 'my beliefs', 'sunday school', "my church's"].map((term) => ({ term, note: 'a faith group to recruit pupils to', source: BWMAT })),
];

/** Political events: they count only with a party or a side named ("a rally for Reform", "a protest against the government"). */
export const POLITICAL_EVENTS: Term[] = [
  ...['the rally', 'a rally', 'the march', 'a march', 'a protest', 'the protest', 'a demo', 'the demo',
    'party meeting', 'branch meeting', 'a party conference', 'campaign event', 'canvassing', 'leafleting'].map((term) => ({ term, note: 'a political event' })),
];

// ---- Pupils, settings, and balance -------------------------------------------------------------------------------

/** Where party material reaches pupils. */
export const SCHOOL_SETTINGS: Term[] = [
  ...['form time', 'tutor time', 'registration', 'in class', 'in lessons', 'in my lessons', 'in my lesson',
    'my classroom', 'the classroom', 'in assembly', 'at school', 'in school', 'to pupils', 'to students',
    'to the kids', 'to the children', 'to my class', 'to my form', 'to my tutor group', 'to my students',
    'to my pupils', 'to the class', 'to my kids', 'round school', 'around school', 'school gate', 'school gates',
    'in the playground', 'on the school', 'pshe', 'citizenship lesson'].map((term) => ({ term, note: 'in front of pupils' })),
];

/** Balanced teaching: with these in the sentence, it is not partisan. */
export const BALANCE: Term[] = [
  ...['both sides', 'all sides', 'each side', 'balanced', 'balance', 'impartial', 'impartially', 'neutral',
    'all parties', 'all the parties', 'every party', 'each party', 'different views', 'different viewpoints',
    'range of views', 'other views', 'opposing views', 'mock election', 'debate', 'debated', 'debating', 'hustings',
    'make up their own minds', 'make their own minds up', 'their own minds', 'own mind', 'decide for themselves',
    'think for themselves', 'school council', 'student council', 'school parliament', 'youth parliament',
    'pupil voice', 'student voice', 'parliament week', 'uk parliament', 'secret ballot', 'private', 'none of their business',
    'persuasive writing', 'persuasive language', 'as an example', 'example of', 'analyse', 'analysed', 'analysing',
    'analysis', 'media literacy', 'fact check', 'fact-check', 'bias', 'biased', 'fake news', 'spot propaganda',
    'not telling', "wouldn't tell", "won't tell", "wouldn't say", "won't say", 'refused to say'].map((term) => ({ term, note: 'balanced or impartial', source: EA96 })),
];

/** Reported belief: "Christians believe Jesus is the only way" is RE, not preaching. */
export const REPORTED: Term[] = [
  ...['believe', 'believes', 'believed', 'according to', 'the bible says', 'the quran says', 'the torah says',
    'teaches that', 'teach that', 'say that', 'says that', 'think that', 'thinks that', 'claim', 'claims', 'argue',
    'argues', 'argued', 'view', 'views', 'perspective', 'perspectives', 'point of view', 'some people', 'people who',
    'critics', 'supporters', 'opponents', 'in the story', 'in the play', 'in the novel', 'in the book', 'in an inspector calls',
    'propaganda techniques', 'how propaganda', 'historians'].map((term) => ({ term, note: 'reporting what others believe' })),
];

/** Before the act in the same clause: a refusal or a rule. */
export const NEGATIONS: Term[] = [
  ...['never', "don't", 'dont', 'do not', "didn't", 'did not', 'not', "won't", 'wont', "wouldn't", 'would not',
    "can't", 'cannot', "mustn't", 'must not', "shouldn't", 'should not', 'refuse', 'refused', 'avoid', 'no way',
    'not allowed', 'not my place', 'not my job', 'without', 'rather than', 'instead of', 'accused', 'allegation',
    'alleged', 'complained', 'policy', 'rule', 'rules', 'guidance', 'training'].map((term) => ({ term, note: 'a refusal, rule or allegation' })),
];

/** People other than the writer as the subject: a report about a colleague is not the writer's own conduct. */
export const OTHERS: Term[] = [
  ...['he', 'she', 'they', 'colleague', 'teacher', 'someone', 'somebody', 'parent', 'parents', 'head', 'headteacher',
    'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'supply', 'staff', 'governor', 'governors', 'trust', 'school',
    'government', 'party', 'mp', 'councillor', 'vicar', 'imam', 'rabbi', 'priest', 'speaker', 'visitor', 'charity'].map((term) => ({ term, note: 'someone other than the writer' })),
];
