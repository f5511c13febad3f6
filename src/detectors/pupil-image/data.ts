// Word lists for pupil-image: the words for photos and videos, the words for groups of pupils, and the words that
// say a photo is of something else (a display, the staff, the writer's own family) or is only being talked about
// (a consent notice, a rule, the school photographer). Each entry says what it is and why it is there.
import type { Term } from '../../engine/terms.ts';

const SOURCE_POLICY = 'School social media policies: "Photographs or videos of pupils or their homes must not be posted"';

/** Nouns for a photo or a video. "Film" is left out: "watched a film with my class" is a film, not footage. */
export const MEDIA_NOUNS: Term[] = [
  { term: 'photo', note: 'a photograph', source: SOURCE_POLICY },
  { term: 'photos' },
  { term: 'photograph' },
  { term: 'photographs' },
  { term: 'pic', note: 'informal for picture' },
  { term: 'pics' },
  { term: 'piccy' },
  { term: 'piccies' },
  { term: 'pix' },
  { term: 'picture', note: '"the big picture" and "picture book" never reach a group of pupils after "of"' },
  { term: 'pictures' },
  { term: 'image' },
  { term: 'images' },
  { term: 'snap', note: 'a quick photo ("a snap of the class"); the verb "snapped at" is not a photo' },
  { term: 'snaps' },
  { term: 'selfie' },
  { term: 'selfies' },
  { term: 'groupie', note: 'a group selfie' },
  { term: 'video', source: SOURCE_POLICY },
  { term: 'videos' },
  { term: 'vid' },
  { term: 'vids' },
  { term: 'clip', note: 'a short video' },
  { term: 'clips' },
  { term: 'footage' },
  { term: 'reel', note: 'an Instagram or Facebook short video' },
  { term: 'reels' },
  { term: 'tiktok', note: 'a TikTok video made with pupils' },
  { term: 'tiktoks' },
  { term: 'boomerang', note: 'an Instagram looping video' },
  { term: 'livestream' },
  { term: 'slideshow' },
  { term: 'montage' },
  { term: 'shot', note: 'only "a shot of <pupils>": "flu shot" and "great shot by" never have "of" and a group' },
  { term: 'shots' },
];

/** Media nouns that "with" can join to people: "a selfie with my form" is a photo of them. "Watched a video with
 * my class" is not, so videos need "made/filmed … with". */
export const WITH_NOUNS: Term[] = [
  { term: 'photo' }, { term: 'photos' }, { term: 'pic' }, { term: 'pics' }, { term: 'picture' }, { term: 'pictures' },
  { term: 'selfie', note: 'a selfie with someone is a photo of them' }, { term: 'selfies' }, { term: 'snap' },
  { term: 'snaps' }, { term: 'groupie' }, { term: 'photograph' }, { term: 'photographs' },
];

/** Verbs that say a photo or video was taken of what follows. */
export const MEDIA_VERBS: Term[] = [
  { term: 'snapped', note: 'only with "this/a pic … of" or a group straight after ("snapped at the kids" is temper)' },
  { term: 'snapping' },
  { term: 'filmed', note: 'filmed the class, filmed the leavers\' assembly' },
  { term: 'filming' },
  { term: 'videoed' },
  { term: 'videoing' },
  { term: 'photographed' },
  { term: 'photographing' },
];

/** "Made a video with my Year 9s": the verbs that let "with" join a video to pupils. */
export const MADE_VERBS: Term[] = [
  { term: 'made' }, { term: 'making' }, { term: 'make' }, { term: 'did' }, { term: 'doing' }, { term: 'filmed' },
  { term: 'recorded' }, { term: 'shot', note: '"shot a video with the class"' }, { term: 'took' }, { term: 'taking' },
];

/** Words that may sit between a media noun and "of": "pics from today of the class", "a quick photo of…". */
export const MEDIA_FILLERS: Term[] = [
  { term: 'today' }, { term: 'yesterday' }, { term: 'earlier' }, { term: 'tonight' }, { term: 'this' },
  { term: 'morning' }, { term: 'afternoon' }, { term: 'last' }, { term: 'week' }, { term: 'night' },
  { term: 'again' }, { term: 'here' }, { term: 'below' }, { term: 'just' }, { term: 'quick' }, { term: 'lovely' },
];

/** Words between a verb and "of": "snapped this of…", "filmed a bit of…", "snapped a quick one of…". */
export const VERB_FILLERS: Term[] = [
  { term: 'this' }, { term: 'these' }, { term: 'that' }, { term: 'a' }, { term: 'an' }, { term: 'one' },
  { term: 'some' }, { term: 'few' }, { term: 'couple' }, { term: 'quick' }, { term: 'lovely' }, { term: 'cheeky' },
  { term: 'bit' }, { term: 'lot' }, { term: 'loads' }, { term: 'pic' }, { term: 'pics' }, { term: 'photo' },
  { term: 'photos' }, { term: 'video' }, { term: 'shot' }, { term: 'today' }, { term: 'earlier' },
];

// ---- Groups of pupils ----------------------------------------------------------------------------------------------

/** Words that make a group of pupils on their own ("photo of my students"). Year groups, form names (4B, 10X2),
 * Reception, Nursery, Key Stages and age-group teams (U11s) are recognised in code. */
export const PUPIL_NOUNS: Term[] = [
  { term: 'pupils', note: 'the usual word in UK schools' },
  { term: 'students' },
  { term: 'learners' },
  { term: 'tutees', note: 'a tutor\'s pupils' },
  { term: 'leavers', note: 'Year 6 or Year 11 leavers' },
  { term: 'cohort' },
  { term: 'formers', note: '"sixth formers"' },
  { term: 'classes', note: '"photo of both classes"' },
];

/** Words for children in general: they are pupils only in a school setting, and "my kids" is the writer's own. */
export const CHILD_NOUNS: Term[] = [
  { term: 'kids' },
  { term: 'kiddies' },
  { term: 'kiddos' },
  { term: 'children' },
  { term: 'boys' },
  { term: 'girls' },
  { term: 'lads' },
  { term: 'youngsters' },
  { term: 'teens' },
  { term: 'teenagers' },
  { term: 'ones', note: '"the little ones"' },
  { term: 'squad', note: '"the squad"; a named sport\'s team ("the netball team") is recognised in code' },
  { term: 'choir' },
  { term: 'cast', note: 'the cast of the school play' },
];

/** Words that can follow a year group or a class and still name the pupils: "Year 6 kids", "the Y11 girls". */
export const GROUP_TAILS: Term[] = [
  ...['kids', 'kiddies', 'children', 'pupils', 'students', 'learners', 'class', 'classes', 'group', 'groups', 'leavers',
    'girls', 'boys', 'lot', 'squad', 'choir', 'cast', 'dancers', 'singers', 'performers', 'stars', 'superstars',
    'cherubs', 'angels', 'crew', 'gang', 'bunch', 'starters', 'formers', 'footballers', 'netballers', 'athletes',
    'musicians', 'readers', 'scientists', 'artists', 'explorers', 'historians', 'mathematicians', 'buddies',
    'monitors', 'prefects', 'councillors', 'reps', 'ambassadors', 'captains'].map((term) => ({ term })),
];

/** A sport or club before "team"/"squad": "the Year 6 netball team" is pupils, "the Year 6 team" is staff. */
export const SPORTS: Term[] = [
  ...['football', 'netball', 'rugby', 'hockey', 'cricket', 'athletics', 'rounders', 'basketball', 'swimming',
    'gymnastics', 'dance', 'cheer', 'cheerleading', 'tennis', 'badminton', 'volleyball', 'handball', 'chess',
    'quiz', 'debating', 'cross', 'country', 'sports', 'tag', 'girls', 'boys', 'mixed', 'a', 'b'].map((term) => ({ term, note: 'a sport or club team' })),
];

/** The writer's own family and pets: "photo of my son", "pics of the dog". */
export const OWN_NOUNS: Term[] = [
  ...['son', 'sons', 'daughter', 'daughters', 'family', 'husband', 'hubby', 'wife', 'partner', 'nephew', 'nephews',
    'niece', 'nieces', 'grandchildren', 'grandkids', 'grandson', 'granddaughter', 'twins', 'baby', 'babies',
    'toddler', 'dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'mum', 'dad', 'parents', 'nan', 'grandma', 'grandad',
    'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'friends', 'mates', 'self', 'me', 'us', 'myself'].map((term) => ({ term, note: 'own family, friends or pets' })),
];

/** Adults: a photo of them is not a photo of pupils ("pic of the staff", "the Year 6 team", "Year 6 parents"). */
export const ADULT_NOUNS: Term[] = [
  ...['staff', 'colleagues', 'teachers', 'teacher', 'tas', 'ta', 'department', 'dept', 'slt', 'smt', 'governors',
    'pta', 'head', 'headteacher', 'deputy', 'office', 'team', 'leads', 'leaders', 'parents', 'mums', 'dads', 'carers',
    'families', 'grandparents', 'volunteers', 'helpers', 'tutors', 'inspectors', 'visitors', 'adults'].map((term) => ({ term, note: 'adults, not pupils' })),
];

/** Describing words allowed inside a group: "my lovely Year 4s", "the little ones". */
export const GROUP_ADJECTIVES: Term[] = [
  ...['lovely', 'amazing', 'gorgeous', 'brilliant', 'fab', 'fabulous', 'wonderful', 'little', 'wee', 'beautiful',
    'happy', 'new', 'super', 'awesome', 'fantastic', 'incredible', 'favourite', 'whole', 'entire', 'cheeky', 'proud',
    'smiley', 'excited', 'wonderful', 'marvellous', 'magnificent', 'talented', 'clever', 'sweet', 'cute', 'mighty',
    'young', 'older', 'younger', 'current', 'final', 'last', 'first', 'same'].map((term) => ({ term })),
];

// ---- What follows a group ------------------------------------------------------------------------------------------

/** Events pupils take part in: "pics from the Year 6 trip", "video of the Reception nativity". */
export const EVENTS: Term[] = [
  ...['trip', 'trips', 'residential', 'visit', 'outing', 'assembly', 'assemblies', 'nativity', 'play', 'performance',
    'show', 'concert', 'production', 'panto', 'musical', 'disco', 'prom', 'party', 'match', 'fixture', 'tournament',
    'festival', 'gala', 'race', 'dance', 'camp', 'celebration', 'graduation', 'ceremony', 'parade', 'service',
    'presentation', 'sports', 'leavers', 'leavers\'', 'day', 'week', 'workshop', 'club',
    'photoshoot', 'sleepover', 'walk', 'swim', 'picnic', 'breakfast', 'christmas', 'harvest', 'forest', 'school',
    'morning', 'afternoon', 'session', 'outing', 'adventure', 'expedition', 'residentials'].map((term) => ({ term, note: 'something pupils take part in, photographed with them' })),
];

/** Things a photo can be of that are not the pupils: "photo of the Year 3 display", "pics of the class's work". */
export const THINGS: Term[] = [
  ...['display', 'displays', 'work', 'artwork', 'art', 'artworks', 'project', 'projects', 'model', 'models', 'board',
    'boards', 'wall', 'walls', 'classroom', 'room', 'corner', 'area', 'garden', 'books', 'book', 'writing', 'poster',
    'posters', 'paintings', 'painting', 'drawings', 'drawing', 'collage', 'sculpture', 'sculptures', 'pots',
    'cakes', 'bakes', 'results', 'data', 'scores', 'timetable', 'pet', 'hamster', 'rabbit', 'fish', 'chicks', 'eggs',
    'caterpillars', 'butterflies', 'tadpoles', 'plants', 'sunflowers', 'allotment', 'masks', 'crowns', 'hats',
    'creations', 'designs', 'homework', 'letters', 'cards', 'certificates', 'trophy', 'trophies', 'medals', 'shirts',
    'uniform', 'kit', 'shoes', 'bags', 'trays', 'pegs', 'lockers', 'tables', 'desks', 'seating', 'plan', 'rota',
    'list', 'reports', 'menu', 'lunch', 'lunches', 'dinner', 'food', 'recipes', 'poems', 'stories', 'diaries',
    'journals', 'sketchbooks', 'worksheets', 'photos', 'pics', 'pictures', 'photo', 'pic', 'picture', 'video',
    'videos', 'selfie', 'shapes', 'graph', 'graphs', 'map', 'maps', 'timeline', 'tree', 'maths', 'science',
    'english', 'history', 'geography', 'topic', 'printer', 'register', 'targets', 'marks', 'grades'].map((term) => ({ term, note: 'a thing or room, not the children' })),
];

/** Body words after a possessive group still mean the children: "the kids' faces when…". */
export const BODY: Term[] = [
  ...['faces', 'face', 'smiles', 'smile', 'reactions', 'reaction', 'expressions', 'hands', 'feet'].map((term) => ({ term, note: 'the children themselves' })),
];

/** Homes: "photo of Grace's house", "pics of a pupil's home". */
export const HOMES: Term[] = [
  ...['house', 'home', 'flat', 'bedroom', 'street', 'road', 'caravan', 'door', 'doorstep', 'estate', 'garden', 'place'].map((term) => ({ term, note: 'where a child lives', source: SOURCE_POLICY })),
];

/** "Grace's house party", "Sam's housewarming": an event at someone's home, not the home. */
export const HOME_NOT_AFTER: Term[] = [
  ...['party', 'warming', 'parties', 'move', 'renovation', 'tour', 'office'].map((term) => ({ term })),
];

/** Titles and family words before a possessive name: "Mrs Hill's house", "Nan's house" are adults' homes. */
export const ADULT_OWNERS: Term[] = [
  ...['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'nan', 'nanny', 'nana', 'grandma', 'grandad', 'granny', 'gran',
    'mum', 'mums', 'mam', 'mom', 'dad', 'dads', 'auntie', 'aunty', 'aunt', 'uncle', 'my', 'our', 'friend', 'friends',
    'colleague', 'neighbour', 'neighbours', 'boss', 'sister', 'brother', 'cousin', 'parents', 'in-laws', 'god'].map((term) => ({ term, note: 'an adult or the writer\'s family' })),
];

/** Words a child's home can be named by: "a pupil's house", "one of my tutee's homes". */
export const CHILD_OWNERS: Term[] = [
  ...['pupil', 'pupils', 'student', 'students', 'child', 'kid', 'boy', 'girl', 'tutee', 'learner', 'family', 'families'].map((term) => ({ term })),
];

// ---- Settings that make "the kids" pupils ---------------------------------------------------------------------------

/** School events and places: "snapped this of the kids at sports day". Parents' words ("at the beach") are not here. */
export const SCHOOL_SETTINGS: Term[] = [
  { term: 'sports day', note: 'a school event' },
  { term: 'school trip' }, { term: 'class trip' }, { term: 'residential' }, { term: 'nativity' }, { term: 'assembly' },
  { term: 'classroom' }, { term: 'in class' }, { term: 'lesson' }, { term: 'lessons' }, { term: 'playground' }, { term: 'playtime' },
  { term: 'forest school' }, { term: 'world book day' }, { term: 'book day' }, { term: 'jumper day' },
  { term: 'school disco' }, { term: 'school play' }, { term: 'school concert' }, { term: 'leavers' },
  { term: 'prom' }, { term: 'carol service' }, { term: 'harvest festival' }, { term: 'fixture' },
  { term: 'swimming gala' }, { term: 'pe lesson' }, { term: 'form time' }, { term: 'registration' },
  { term: 'tutor time' }, { term: 'my class' }, { term: 'my form' }, { term: 'my tutor group' }, { term: 'my pupils' },
  { term: 'my students' }, { term: 'i teach' }, { term: 'we teach' }, { term: 'at work' }, { term: 'enrichment' },
  { term: 'school council' }, { term: 'science week' }, { term: 'maths week' }, { term: 'dt day' },
  { term: 'school sports' }, { term: 'inter-school' }, { term: 'interschool' }, { term: 'on the coach' },
];

/** The writer's own children: with these in the sentence, "the kids" are theirs. */
export const FAMILY_SETTINGS: Term[] = [
  ...['my son', 'my sons', 'my daughter', 'my daughters', 'my kids', 'my children', 'my boys', 'my girls',
    'my little ones', 'my little one', 'my boy', 'my girl', 'my eldest', 'my youngest', 'my babies', 'my grandchildren', 'my grandkids', 'my nephew', 'my niece', 'our son',
    'our daughter', 'our little ones', 'the family',
    'family day', 'family holiday', 'half term with', 'daddy', 'mummy', 'hubby'].map((term) => ({ term, note: 'the writer\'s own family' })),
];

/** After a word ending in -ing, these make it a thing: "the class reading corner", not "the class reading". */
export const ING_THINGS: Term[] = [
  ...['corner', 'area', 'wall', 'display', 'books', 'book', 'table', 'tables', 'records', 'ages', 'scores', 'data',
    'list', 'journal', 'journals', 'den', 'zone', 'space', 'shed', 'tray', 'trays', 'folder', 'folders', 'frame',
    'frames', 'pool', 'room', 'kit', 'pack', 'packs', 'sheet', 'sheets', 'boards', 'board', 'tools'].map((term) => ({ term })),
];

/** Words that can follow a group of people in a description: "photo of the class on the trip / doing / today". */
export const AFTER_PEOPLE: Term[] = [
  ...['in', 'on', 'at', 'during', 'with', 'from', 'for', 'after', 'before', 'outside', 'inside', 'around', 'by',
    'near', 'under', 'over', 'into', 'onto', 'up', 'down', 'out', 'off', 'through', 'across', 'to', 'while', 'when',
    'and', 'or', 'but', 'who', 'that', 'as', 'so', 'today', 'yesterday', 'tonight', 'this', 'last', 'earlier',
    'again', 'together', 'all', 'now', 'then', 'finally', 'ever', 'were', 'are', 'was', 'is', 'had', 'have', 'got',
    'get', 'look', 'looks', 'did', 'made', 'i', 'we', 'you', 'he', 'she', 'they', 'just', 'absolutely', 'lol', 'haha',
    'xx', 'x', 'mid', 'aged', 'back', 'here', 'there', 'their', 'being', 'so', 'too', 'having', 'singing', 'can',
    'could', 'will', 'would', 'be', 'been', 'showing', 'these', 'those', 'first', 'ready', 'proudly', 'happily',
    'performing', 'enjoying', 'dancing', 'loving', 'smiling', 'playing', 'doing', 'making', 'learning', 'celebrating',
    'taking', 'reading', 'writing', 'painting', 'drawing', 'building', 'baking', 'cooking'].map((term) => ({ term })),
];

// ---- Sentences that talk about photos without sharing them ---------------------------------------------------------

/** Before the photo words in the same sentence: a rule, a refusal or a photo that was never taken. */
export const NEGATIONS: Term[] = [
  ...['no', 'not', 'never', "don't", 'dont', 'do not', "didn't", 'didnt', 'did not', "can't", 'cant', 'cannot',
    'can not', "won't", 'wont', "mustn't", 'must not', "shouldn't", 'should not', 'without', 'avoid', 'refrain',
    'stop', 'banned', 'forbidden', 'delete', 'deleted', 'remove', 'removed', 'take down', 'taken down', 'forgot to',
    'forgot', 'none', 'nobody', 'zero', 'forgetting'].map((term) => ({ term, note: 'a rule, refusal or absence' })),
];

/** Official channels: pointing to the school's own page or app is not sharing on a personal account. */
export const OFFICIAL: Term[] = [
  ...['school website', "school's website", 'school page', "school's page", 'school facebook', "school's facebook",
    'school twitter', "school's twitter", 'school instagram', "school's instagram", 'school app', "school's app",
    'school blog', 'class blog', 'newsletter', 'class dojo', 'classdojo', 'dojo', 'tapestry', 'seesaw',
    'evidence me', 'parentmail', 'arbor', 'google classroom', 'on teams', 'the website', 'our website', 'the app',
    'our app', 'school account', 'official account', 'school channel', 'yearbook', 'prospectus', 'school x account',
    'learning journey', 'learning journeys', 'school ipad', 'school ipads', 'school camera', 'school device',
    'leavers book', "leavers' book", 'memory book', 'display board', 'iris', 'iris connect', 'appraisal',
    'observation', 'moderation', 'evidence'].map((term) => ({ term, note: 'an official school channel or use' })),
];

/** Notices about photography: consent, the school photographer, ordering, photos to be taken. */
export const NOTICES: Term[] = [
  { term: 'consent', note: 'photo consent forms and notices' },
  { term: 'permission' },
  { term: 'opt out' },
  { term: 'opted out' },
  { term: 'gdpr' },
  { term: 'data protection' },
  { term: 'photographer', note: 'the school photographer\'s visit' },
  { term: 'photography' },
  { term: 'photo day' },
  { term: 'photos day' },
  { term: 'picture day' },
  { term: 'school photo' },
  { term: 'school photos' },
  { term: 'order form' },
  { term: 'order forms' },
  { term: 'order online' },
  { term: 'to order' },
  { term: 'proofs' },
  { term: 'will be taken', note: 'an announcement, not a shared photo' },
  { term: 'will be taking' },
  { term: 'will be filmed' },
  { term: 'will be filming' },
  { term: 'will be photographed' },
  { term: 'being taken' },
  { term: 'to be taken' },
  { term: 'are allowed' },
  { term: 'is allowed' },
  { term: 'policy' },
  { term: 'safeguarding' },
  { term: 'reminder' },
  { term: 'training', note: 'CPD about images of pupils online' },
  { term: 'cpd' },
  { term: 'guidance' },
  { term: 'online safety' },
  { term: 'e-safety' },
  { term: 'esafety' },
  { term: 'safe use' },
];

/** The writer's own schooldays: "photo of my class from 1987, spot me!". */
export const THROWBACK: Term[] = [
  ...['throwback', 'tbt', 'when i was at school', 'when i was in', 'back in the day', 'back in my day', 'spot me',
    'which one is me', "that's me", 'thats me', 'me on the', 'me in the', 'my old school', 'my primary school',
    'my secondary school', 'reunion', 'years ago', 'in the 80s', 'in the 90s', 'in the 70s', 'in the 2000s'].map((term) => ({ term, note: 'the writer as a pupil, years ago' })),
];

/** Asking, not sharing: "can I post photos of my class?". Only at the start of a question. */
export const ASKING: Term[] = [
  ...['can i', 'can we', 'could i', 'could we', 'may i', 'is it ok', 'is it okay', 'is it alright', 'are we allowed',
    'am i allowed', 'are teachers allowed', 'should i', 'should we', 'do you', 'does your school', 'does anyone',
    'do we', 'how do', 'what is', "what's", 'anyone know', 'would you', 'is it against', 'any', 'anyone got',
    'has anyone', 'did anyone', 'does anyone have', 'who has', "who's got", 'where are'].map((term) => ({ term })),
];

/** Words that show a photo is being shown: "here's", "look at", the camera emoji. */
export const SHARING: Term[] = [
  ...["here's", 'heres', 'here is', 'here are', 'this is', 'these are', 'look at', 'check out', 'sharing', 'posting',
    'posted', 'uploaded', 'attached', 'below', 'love this', 'got this', 'took this', 'snapped this', 'captured',
    'caught', 'how cute', 'too cute', 'so cute', 'couldn\'t resist', 'had to share', 'have to share', 'this one',
    'the best photo', 'best pic', 'best photo'].map((term) => ({ term, note: 'the photo is being shown' })),
];

/** School events that are photographed with pupils in them even when no group is named: "photos from sports day". */
export const SCHOOL_EVENTS: Term[] = [
  ...['sports day', 'school trip', 'class trip', 'the residential', 'our residential', 'residential', 'the nativity',
    'our nativity', 'nativity', 'forest school', 'the school disco', 'school disco', "leavers' assembly",
    'leavers assembly', 'class assembly', 'world book day', 'book day',
    'christmas jumper day', 'the school play', 'school play', 'the carol service', 'swimming gala', 'harvest festival',
    'sports week', 'the school concert', 'school concert', 'the christmas show', 'the summer show', 'the school production',
    'egg and spoon race', 'forest school morning', 'forest school afternoon', 'wow day', 'dt day', 'science day'].map((term) => ({ term, note: 'a school event with pupils in every photo' })),
];
