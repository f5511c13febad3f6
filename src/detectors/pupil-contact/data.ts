// Word lists for pupil-contact: personal channels, the phrases that invite or make contact on them, the words for
// pupils (and ex-pupils), and the words that show a post is a rule, a refusal or meant for adults.
import type { Term } from '../../engine/terms.ts';

const BWMAT = 'Bath & Wells MAT policy 4.3.4: "must not share any personal information with any pupil (including personal contact details … social networking site details)"';
const WIGAN = 'Wigan model policy: "Never request/accept \'personal\' Facebook friend requests, or communicate online with pupils, ex-pupils who are under the age of eighteen"';
const STAR = 'Star Academy Trust policy 5.12: staff "must not suggest that students should become \'friends\' on their own personal social media accounts"';

export type ChannelKind = 'personal' | 'professional' | 'official';

export interface ChannelTerm extends Term {
  kind: ChannelKind;
}

const channels = (kind: ChannelKind, note: string, terms: string[], source?: string): ChannelTerm[] =>
  terms.map((term) => ({ term, kind, note, ...(source ? { source } : {}) }));

/** Where contact happens. Personal apps and numbers are the risk; school systems are the right place. */
export const CHANNELS: ChannelTerm[] = [
  ...channels('personal', 'a personal social or messaging app', [
    'snapchat', 'snap', 'sc', 'insta', 'instagram', 'ig', 'the gram', 'tiktok', 'tik tok', 'whatsapp', 'whats app',
    'facebook', 'fb', 'messenger', 'twitter', 'x', 'discord', 'telegram', 'threads', 'bereal', 'be real', 'youtube',
    'twitch', 'xbox', 'xbox live', 'psn', 'playstation', 'fortnite', 'roblox', 'minecraft', 'steam', 'kik',
    'imessage', 'facetime', 'signal', 'bluesky', 'my mobile', 'my phone', 'my personal phone', 'my personal number',
    'my number', 'my personal email', 'my gmail', 'my hotmail', 'my own phone', 'my own number', 'gmail', 'hotmail',
    'my private account', 'my personal account', 'my own account', 'personal account', 'private account', 'my dms',
    'dms', 'dm', 'my insta', 'my snap', 'my tiktok', 'my facebook', 'my snapchat', 'my whatsapp', 'my discord',
    'here', 'social media', 'socials', 'online', 'mobile', 'phone', 'personal phone', 'personal number',
    'personal email', 'own phone', 'own number', 'private number', 'number', 'mobile number', 'phone number',
  ], BWMAT),
  ...channels('professional', 'a professional network: still personal, but often meant for adults', ['linkedin']),
  ...channels('official', "the school's own system", [
    'teams', 'microsoft teams', 'ms teams', 'google classroom', 'classroom', 'show my homework', 'smhw', 'satchel',
    'satchel one', 'class dojo', 'classdojo', 'dojo', 'seesaw', 'school email', 'my school email', 'work email',
    'my work email', 'school phone', 'the school phone', 'school office', 'the office', 'arbor', 'edmodo', 'firefly',
    'sparx', 'the school app', 'school app', 'school account', 'the school account', 'my school account', 'work phone',
    'my work phone', 'work mobile', 'my work mobile', 'school mobile', 'the vle', 'vle', 'moodle', 'frog', 'unifrog',
    'tapestry', 'parentmail', 'school gateway', 'edulink', 'bromcom', 'sims', 'at school', 'in school',
  ]),
];

/** Verbs that invite contact with the writer: "add me", "DM me", "follow me on Insta". */
export const INVITE_VERBS: Term[] = [
  ...['add', 'follow', 'friend', 'message', 'msg', 'dm', 'pm', 'text', 'snap', 'snapchat', 'whatsapp', 'facetime',
    'inbox', 'find', 'hmu', 'call', 'ring', 'email', 'e-mail', 'sub', 'subscribe', 'contact', 'reach', 'tag', 'ping',
    'phone', 'bell'].map((term) => ({ term, note: 'an invitation to contact the writer', source: STAR })),
];

/** Of the invitation verbs, these need a personal channel named to count: "email me" is usually school email. */
export const NEEDS_CHANNEL: Term[] = [
  ...['call', 'ring', 'email', 'e-mail', 'contact', 'reach', 'find', 'tag', 'phone', 'bell', 'sub', 'subscribe'].map((term) => ({ term })),
];

/** Verbs of the writer contacting or befriending pupils: "texted my Year 11s", "added one of my Year 10s on Insta". */
export const CONTACT_VERBS: Term[] = [
  { term: 'texted', note: 'a text is a personal phone' },
  { term: 'texting' },
  { term: 'whatsapped' },
  { term: 'whatsapping' },
  { term: 'snapchatted' },
  { term: "dm'd" },
  { term: 'dmd' },
  { term: 'dmed' },
  { term: "dm'ed" },
  { term: "pm'd" },
  { term: 'facetimed' },
  { term: 'messaged', note: 'needs a personal channel named ("messaged the class on Teams" is school)' },
  { term: 'messaging' },
  { term: 'added', note: 'needs a personal channel named', source: WIGAN },
  { term: 'adding' },
  { term: 'followed', note: 'needs a personal channel named' },
  { term: 'following' },
  { term: 'follow' },
  { term: 'friended' },
  { term: 'befriended' },
  { term: 'accepted' },
  { term: 'accept' },
  { term: 'accepting' },
  { term: 'friends with', note: '"I\'m friends with some of my Year 11s on Facebook"' },
  { term: 'followed back', note: 'following pupils back on a personal account' },
  { term: 'follow back' },
  { term: 'following back' },
  { term: 'added back' },
  { term: 'message', note: 'needs a personal channel named' },
  { term: 'text', note: 'a text is a personal phone' },
  { term: 'dm', note: 'a DM on a personal account' },
  { term: 'found', note: 'looking pupils up on social media; needs a channel named' },
  { term: 'looked up' },
  { term: 'searched for' },
  { term: 'mates with' },
  { term: 'chatting to' },
  { term: 'chatting with' },
  { term: 'chatted to' },
  { term: 'chatted with' },
];

/** The contact verbs that are personal in themselves, with no channel named. */
export const PERSONAL_VERBS: Term[] = [
  ...['texted', 'texting', 'whatsapped', 'whatsapping', 'snapchatted', "dm'd", 'dmd', 'dmed', "dm'ed", "pm'd", 'facetimed', 'friended', 'befriended', 'text', 'dm'].map((term) => ({ term })),
];

/** Pupils contacting the writer: "one of my Year 10s added me on Snapchat". */
export const INBOUND_VERBS: Term[] = [
  ...['added', 'follow', 'follows', 'followed', 'messaged', 'messages', "dm'd", 'dmd', 'dmed', 'texted', 'texts',
    'snapchatted', 'requested', 'found', 'friended', 'adds', 'message'].map((term) => ({ term, note: 'a pupil contacting the writer' })),
];

/** Private group chats with pupils. */
export const GROUP_CHATS: Term[] = [
  ...['group chat', 'gc', 'whatsapp group', 'whatsapp chat', 'snapchat group', 'snap group', 'insta group',
    'instagram group', 'discord', 'discord server', 'server', 'group dm', 'telegram group', 'messenger group',
    'chat on whatsapp', 'group on whatsapp', 'group on snapchat', 'group on snap', 'group on instagram',
    'whatsapp', 'group text', 'group message'].map((term) => ({ term, note: 'a private group chat', source: BWMAT })),
];

/** Verbs that set a group chat up. */
export const SETUP_VERBS: Term[] = [
  ...['set up', 'setup', 'made', 'make', 'created', 'create', 'started', 'start', 'starting', 'setting up', 'run',
    'running', 'runs', 'have', "i've got", 'got', 'added them to', 'added the class to', 'added everyone to', 'in a',
    'on a', 'joined'].map((term) => ({ term })),
];

// ---- Audience ------------------------------------------------------------------------------------------------------

/** Words for pupils. Year groups (Year 11, Y11, Year 11s), form names (10X2) and exam classes are recognised in code. */
export const PUPIL_NOUNS: Term[] = [
  ...['pupils', 'pupil', 'students', 'student', 'learners', 'tutees', 'tutee', 'class', 'form', 'set', 'cohort',
    'formers', 'year 7s', 'leavers'].map((term) => ({ term, note: 'pupils' })),
];

/** Former pupils: contact is a concern while they are under 18. */
export const EX_PUPILS: Term[] = [
  ...['ex-pupils', 'ex pupils', 'ex-pupil', 'ex pupil', 'ex-students', 'ex students', 'ex-student', 'ex student',
    'former pupils', 'former pupil', 'former students', 'former student', 'old pupils', 'old students', 'past pupils',
    'past students', 'alumni', 'ex-tutees', 'old tutees'].map((term) => ({ term, note: 'a former pupil', source: WIGAN })),
];

/** An ex-pupil who is still a child: contact with them counts. */
export const UNDER_18: Term[] = [
  ...['year 12', 'year 13', 'y12', 'y13', 'sixth form', 'college', 'gcse', 'gcses', 'a levels', 'a-levels', 'still at school',
    'left last year', 'left in the summer', 'just left', 'year 10', 'year 11', '15', '16', '17', 'fifteen', 'sixteen',
    'seventeen', 'teenager', 'teenagers', 'under 18', 'under-18', 'secondary', 'high school', 'big school', 'year 7',
    'year 8', 'year 9', 'y7', 'y8', 'y9', 'in year'].map((term) => ({ term, note: 'still under 18' })),
];

/** An ex-pupil who is an adult now: contact with them is a personal matter. */
export const ADULT_NOW: Term[] = [
  ...['uni', 'university', 'graduated', 'graduate', 'graduates', 'grown up', 'grown-up', 'all grown up', 'adults',
    'adult', 'in their twenties', 'in their 20s', 'in their thirties', 'now 2*', 'married', 'wedding', 'years ago',
    'over 18', '18+', 'their own kids', 'their own children', 'colleagues now', 'now a teacher', 'now teachers',
    'work with', 'working', 'degree', 'now a', 'now an', 'career', 'job', 'mortgage'].map((term) => ({ term, note: 'an adult now' })),
];

/** Children in general: pupils when addressed ("follow me on Insta kids!"), the writer's own after "my". */
export const CHILD_NOUNS: Term[] = [
  ...['kids', 'kiddos', 'children', 'boys', 'girls', 'lads', 'ladies', 'youngsters', 'teens', 'guys', 'peeps',
    'folks', 'everyone', 'all', 'kid', 'child', 'boy', 'girl', 'lad', 'lass'].map((term) => ({ term, note: 'children or a vocative' })),
];

/** Words that show "kids", "guys" or "you" are pupils: their schoolwork. */
export const PUPIL_TOPICS: Term[] = [
  ...['coursework', 'homework', 'revision', 'revising', 'revise', 'mocks', 'mock', 'exams', 'exam', 'gcse', 'gcses',
    'a level', 'a levels', 'a-level', 'btec', 'nea', 'options', 'detention', 'in class', 'lesson', 'lessons',
    'controlled assessment', 'your teacher', 'sats', 'your grades', 'your predicted', 'year 11', 'year 13',
    'your essay', 'your assignment', 'tutor time', 'form time', 'study leave', 'results day', 'prom'].map((term) => ({ term, note: 'pupils\' schoolwork' })),
];

/** The writer's own family: "my son added me on Snapchat". */
export const OWN_NOUNS: Term[] = [
  ...['son', 'sons', 'daughter', 'daughters', 'kids', 'children', 'boys', 'girls', 'family', 'husband', 'wife',
    'partner', 'nephew', 'niece', 'nieces', 'nephews', 'cousin', 'cousins', 'mum', 'dad', 'sister', 'brother',
    'grandchildren', 'grandson', 'granddaughter', 'friend', 'friends', 'mates', 'godson', 'goddaughter', 'stepson',
    'stepdaughter', 'teenager', 'teen', 'eldest', 'youngest'].map((term) => ({ term, note: 'own family or friends' })),
];

/** Adults the writer may contact freely: colleagues, parents, fellow teachers. */
export const ADULT_NOUNS: Term[] = [
  ...['parents', 'parent', 'mums', 'dads', 'carers', 'families', 'colleagues', 'colleague', 'teachers', 'teacher',
    'staff', 'tas', 'ta', 'team', 'leads', 'leaders', 'governors', 'heads', 'head', 'senco', 'sencos', 'ects', 'ect',
    'trainees', 'trainee', 'tutors', 'hoys', 'hods', 'managers', 'slt', 'friends', 'pta', 'network', 'recruiters',
    'employers', 'alumni'].map((term) => ({ term, note: 'adults' })),
];

/** After a group word, these make it a modifier of something else: "Year 11 revision slides", "Year 6 parents". */
export const THINGS: Term[] = [
  ...['revision', 'slides', 'resources', 'resource', 'pack', 'packs', 'papers', 'paper', 'results', 'data',
    'planning', 'scheme', 'sow', 'assessment', 'assessments', 'reports', 'report', 'booklet', 'booklets', 'work',
    'notes', 'worksheets', 'worksheet', 'display', 'exam', 'exams', 'curriculum', 'timetable', 'trip', 'trips',
    'residential', 'marking', 'moderation', 'lesson', 'lessons', 'ppt', 'powerpoint', 'quiz', 'homework',
    'coursework', 'nea', 'options', 'mocks', 'mock', 'content', 'team', 'teachers', 'teacher', 'parents', 'parent',
    'mums', 'dads', 'tutors', 'leads', 'staff', 'pastoral', 'hoy', 'assembly', 'books', 'intervention',
    'interventions', 'group', 'groups', 'unit', 'topic', 'texts', 'text', 'play', 'sats', 'stuff', 'materials',
    'ideas', 'questions', 'english', 'maths', 'science', 'history', 'geography', 'class', 'classes', 'teaching',
    'room', 'classroom', 'bubble', 'photo', 'photos', 'pics', 'results'].map((term) => ({ term, note: 'a thing or adults, not the pupils' })),
];

// ---- Sentences that talk about contact without making it ------------------------------------------------------------

/** Before the contact words in the same clause: a rule or refusal. */
export const NEGATIONS: Term[] = [
  ...['never', "don't", 'dont', 'do not', "didn't", 'did not', 'not', 'no', "mustn't", 'must not', "shouldn't",
    'should not', "can't", 'cant', 'cannot', "won't", 'wont', "wouldn't", 'would not', 'refuse', 'refused',
    'decline', 'declined', 'declining', 'block', 'blocked', 'report', 'reported', 'ignore', 'ignored', 'delete',
    'deleted', 'remove', 'removed', 'avoid', 'against', 'not allowed', 'nobody', 'rather than', 'instead of', 'stop',
    'reject', 'rejected', 'unfollow', 'unfollowed', 'warned', 'warning', 'tried to', 'trying to', 'attempted to'].map((term) => ({ term, note: 'a rule, refusal or warning' })),
];

/** Anywhere in the sentence: the post is about the rule, not breaking it. */
export const RULES: Term[] = [
  ...['policy', 'policies', 'reminder', 'rule', 'rules', 'safeguarding', 'training', 'guidance', 'boundaries',
    'professional boundaries', 'under no circumstances', 'dsl', 'lado', 'inappropriate', 'allegation', 'allegations',
    'code of conduct', 'kcsie', 'keeping children safe', 'online safety', 'e-safety', 'esafety', 'cpd',
    'red flag', 'grooming'].map((term) => ({ term, note: 'talk about the rule or its risks' })),
];

/** After the contact (in the sentence or the next): the writer refused it. */
export const REFUSALS: Term[] = [
  ...['declined', 'decline', 'blocked', 'block', 'reported', 'report', 'deleted', 'ignored', 'ignore', 'refused',
    'said no', 'rejected', 'removed', 'told the dsl', 'passed it on', 'logged it', 'logged on cpoms', 'cpoms',
    'nope', 'absolutely not', 'hell no', 'no chance', 'not a chance', 'obviously not', 'of course not'].map((term) => ({ term, note: 'the writer refused the contact' })),
];

/** Asking, not doing: "Should I accept a friend request from an ex-pupil?". */
export const ASKING: Term[] = [
  ...['should i', 'should we', 'can i', 'can we', 'could i', 'is it ok', 'is it okay', 'is it alright', 'are we allowed',
    'am i allowed', 'do you', 'does anyone', 'would you', 'anyone else', 'how do', 'what do', 'what would', 'is it wrong',
    'is it against', 'thoughts on', 'what are your'].map((term) => ({ term })),
];

/** The post is for adults: fellow teachers, job seekers, a professional network. */
export const ADULT_AUDIENCE: Term[] = [
  ...['teachers', 'colleagues', 'fellow', 'edutwitter', '#edutwitter', 'any teachers', 'anyone teaching', 'if you teach',
    'other schools', 'teacher friends', 'senco', 'sencos', 'ects', 'ect', 'trainee', 'trainees', 'pgce', 'nqt', 'nqts',
    'hods', 'heads of', 'school leaders', 'headteachers', 'recruiters', 'job', 'vacancy', 'vacancies', 'role',
    'network', 'networking', 'parents', 'mums', 'dads', 'carers', 'families', 'governors', 'my team', 'the team',
    'slides', 'resources', 'planning', 'scheme of work', 'cpd', 'webinar', 'mentor', 'mentoring', 'subject leads',
    'department', 'dept', 'trust', 'npq', 'npqs', 'masters', 'dissertation', 'phd', 'union', 'rep'].map((term) => ({ term, note: 'addressed to adults' })),
];
