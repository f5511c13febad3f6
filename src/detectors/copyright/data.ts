// Word lists for copyright: what a copyrighted work is (a textbook, a paid scheme, a film), what sharing or copying it
// looks like, and what shows it is fine (own work, free resources, a licence). Every entry says what it is and why it
// is here. The scoring that combines them is in copyright.ts; README.md explains it.
import type { Term } from '../../engine/terms.ts';

/**
 * - work: a published book or other printed work ("textbook", "revision guide").
 * - brand: a publisher or paid resource service ("CGP", "Twinkl", "Read Write Inc").
 * - paid: says the material is paid for ("premium", "paid resources", "subscription").
 * - media: a film, series or recording.
 * - piracy: ripping, pirating, torrenting: unlawful copying whatever the work.
 * - copy: scanning, photocopying, uploading, copying.
 * - download: downloading: what a licensed user does, so weak.
 * - offer: offering copies to others ("DM me", "link below", "I'll send them", "for parents").
 * - request: asking others for copies ("anyone got a PDF of…").
 * - form: a digital copy ("PDF", "Google Drive link", "the files").
 * - whole: the whole work, not an extract ("the whole book", "every page").
 * - loophole: avoiding payment or notice ("so you don't have to buy it", "before they take it down").
 * - free: "for free": a loophole only next to paid material.
 * - own: the writer's own work ("I made this worksheet").
 * - legit: free or licensed sources ("free on their website", "we have a licence").
 * - lesson: teaching about copyright or piracy.
 */
export type CopyKind =
  | 'work' | 'brand' | 'paid' | 'media' | 'piracy' | 'copy' | 'download' | 'offer' | 'request' | 'form' | 'whole'
  | 'loophole' | 'free' | 'own' | 'legit' | 'lesson';

export interface CopyTerm extends Term {
  kind: CopyKind;
  /** The text just after must not match ("ripped up the worksheet", "the full stop"). */
  notAfter?: RegExp;
  /** Counts for less: "scheme" or "music" are often not a published work. */
  weak?: boolean;
}

type Extra = Omit<CopyTerm, 'term' | 'note' | 'kind'>;
const copy = (kind: CopyKind, note: string, words: readonly string[], extra: Extra = {}): CopyTerm[] =>
  words.map((term) => ({ term, note, kind, ...extra }));

export const COPY_TERMS: readonly CopyTerm[] = [
  // ---- What is copyrighted ----
  ...copy('work', 'a published book or printed work', [
    'textbook', 'textbooks', 'text book', 'text books', 'revision guide', 'revision guides', 'revision book', 'revision books',
    'book', 'books', 'workbook', 'workbooks', 'work book', 'practice book', 'practice books', 'study guide', 'study guides', 'the book',
    'the whole book', 'the entire book', 'chapter', 'chapters', 'novel', 'class novel', 'class text', "teacher's guide",
    'teacher guide', "teachers' guide", 'teacher book', 'handbook', 'answer book', 'answer books', 'sheet music',
    'songbook', 'song book', 'musical score', 'play script', 'playscript', 'nativity script', 'musical script',
    'the script', 'ebook', 'e-book', 'e book', 'audiobook', 'reading books', 'decodable books', 'book band books',
    'home reading books', 'guided reading books', 'past paper book', 'exam practice book', 'coursebook', 'course book',
    'student book', 'pupil book', 'pupil books', 'textbook pages', 'the cgp book', 'the cgp books',
  ]),
  ...copy('work', 'a scheme or set of resources: often, but not always, a published work', [
    'scheme', 'scheme of work', 'schemes of work', 'the scheme', 'unit plans', 'lesson packs', 'resource packs', 'packs',
    'pack', 'resources',
  ], { weak: true }),
  ...copy('brand', 'a publisher or paid resource service for schools', [
    'cgp', 'collins', 'pearson', 'oxford reading tree', 'hodder', 'rising stars', 'read write inc', 'rwi', 'little wandle',
    'ruth miskin', 'twinkl', 'white rose', 'white rose maths', 'kapow', 'charanga', 'jigsaw pshe', 'literacy shed plus',
    'classroom secrets', 'third space', 'testbase', 'schofield and sims', 'schofield & sims', 'power maths',
    'maths no problem', 'nelson handwriting', 'headstart', 'no nonsense spelling', 'bug club', 'accelerated reader',
    'mathletics', 'doodle maths', 'purple mash', 'discovery education', 'sing up', 'out of the ark', 'cornerstones',
    'focus education', 'letter join', 'letter-join', 'the write stuff', 'pathways to write', 'literacy tree',
    'language angels', 'kerboodle', 'gcsepod', 'tassomai', 'exampro', 'collins connect', 'twinkl plus', 'mymaths',
    'my maths', 'times tables rock stars', 'ttrs', 'numbots', 'spag.com', 'reading eggs', 'nessy', 'lexia', 'plazoom',
    'grammarsaurus', 'deepening understanding', 'primary stars', 'get epic', 'epic books', 'scholastic',
    'oxford university press', 'cambridge university press', 'bloomsbury', 'usborne', 'penguin', 'hachette',
  ]),
  ...copy('paid', 'says the material is paid for', [
    'paid', 'paid for', 'paid resources', 'paid resource', 'paid for resources', 'premium', 'premium resources',
    'premium files', 'premium membership', 'subscription', 'subscription only', 'members only', 'member only',
    'licensed', 'paid scheme', 'paid version', 'full version', 'paid download', 'paid downloads', 'paid content',
    'costs a fortune', 'cost a fortune', 'expensive', 'pricey', 'the paid ones', 'unlocked',
  ]),
  ...copy('media', 'a film, series or recording', [
    'film', 'films', 'movie', 'movies', 'dvd', 'dvds', 'blu ray', 'bluray', 'box set', 'boxset', 'whole series',
    'full series', 'series', 'episode', 'episodes', 'season', 'documentary', 'album', 'albums', 'soundtrack', 'cd', 'song',
    'songs', 'netflix', 'disney plus', 'disney+', 'iplayer', 'sky cinema', 'amazon prime', 'prime video', 'spotify',
    'the musical', 'panto', 'pantomime', 'concert recording', 'recording', 'recordings', 'audio',
  ]),
  // ---- What is done with it ----
  ...copy('piracy', 'unlawful copying of a film, music or book', [
    'pirated', 'pirate copy', 'pirate site', 'pirate stream', 'pirating', 'torrent', 'torrents', 'torrented', 'torrenting',
    'bootleg', 'bootlegged', 'cracked copy', 'cracked version', 'illegally downloaded', 'illegal download',
    'illegal downloads', 'dodgy download', 'dodgy stream', 'dodgy site', 'dodgy website', 'dodgy link', 'free streaming site',
    'putlocker', '123movies', 'camrip', 'z library', 'zlibrary', 'z-lib', 'libgen', 'library genesis', "anna's archive",
    'youtube downloader', 'youtube to mp3', 'yt to mp3', 'screen recorded', 'screen recording of',
  ]),
  ...copy('piracy', 'ripping a disc or stream (not "ripped up the worksheet")', [
    'ripped', 'rip', 'ripping', 'ripped off',
  ], {
    source: 'Copyright, Designs and Patents Act 1988; the private-copying exception (s.28B) was quashed by the High Court in 2015',
    notAfter: /^\s+(?:up|out|apart|open|into|through|in\s+half|to\s+shreds|my|his|her|their|your|our|me|him|them|us|the\s+(?:paper|page|pages|sheet|worksheet|display|poster|wrapping|tape|plaster|bandage|label)|off\s+(?:the\s+)?(?:bandage|plaster))\b/ }),
  ...copy('copy', 'copying or putting a copy online', [
    'scanned', 'scan', 'scanning', 'photocopied', 'photocopy', 'photocopying', 'copied', 'copying', 'screenshotted',
    'screenshot every page', 'screenshots of every page', 'uploaded', 'uploading', 'upload', 'converted to pdf',
    'converted it to a pdf', 'typed up', 'put it on google drive', 'put them on google drive', 'put it on my drive',
    'put them on my drive', 'saved as a pdf', 'saved them as pdfs', 'made a pdf', 'made pdfs',
  ], { notAfter: /^\s+(?:the\s+qr|the\s+register|in\s+(?:the\s+)?(?:office|head)|me\s+in)\b/ }),
  ...copy('download', 'downloading: what a licensed user does', ['downloaded', 'download', 'downloading', 'downloads']),
  ...copy('offer', 'offers copies to others', [
    "i'll send", 'i will send', 'i can send', 'can send', 'happy to share', 'happy to send', 'happy to email',
    'happy to pass on', 'dm me', 'pm me', 'message me', 'inbox me', 'drop me a message', 'drop me a dm', 'comment below',
    'comment pdf', 'link below', 'link in comments', 'link in the comments', 'link in bio', "here's the link",
    "here's the", 'here is the', 'here is every', "here's every", 'here are the', "here's all", 'here is all', 'here you go', 'help yourselves', 'help yourself', 'shared here', 'sharing it here',
    'sharing them here', 'free download', 'download here', 'download it here', 'for anyone who wants', 'anyone want',
    'anyone who wants', 'who wants', 'want a copy', 'drop your email', 'leave your email', 'for you all', 'for you',
    'for everyone', 'for parents', 'to parents', 'with parents', 'for the parents', 'to all parents', 'on the class page',
    'in the group', 'on this group', 'in this group', 'posting it here', 'posted it here', 'see attached', 'attached',
    'sharing the', 'sharing all', 'sharing every', 'shared the whole', 'shared the full', 'send it over', 'send them over',
    'pass it on', 'pass them on', 'emailed it to', 'emailed them to', 'on the school website', 'on our website',
    'on the class blog', 'on facebook', 'on here', 'everyone can have', "i'll email", 'i will email', 'anyone can have',
  ]),
  ...copy('request', 'asks others for copies', [
    'anyone got', 'anyone have', 'does anyone have', 'has anyone got', 'can anyone send', 'could anyone send',
    'can someone send', 'could someone send', 'looking for a pdf', 'need a pdf', 'anyone got a copy',
    'any chance anyone has', 'anyone willing to share', 'can anyone share', 'could anyone share', 'does anybody have',
  ]),
  ...copy('form', 'a digital copy or a place to fetch one', [
    'pdf', 'pdfs', 'digital copy', 'digital copies', 'digital version', 'scans', 'scanned copy', 'scanned copies',
    'e copy', 'soft copy', 'electronic copy', 'google drive', 'gdrive', 'drive link', 'dropbox', 'onedrive', 'wetransfer',
    'zip', 'zip file', 'zipped', 'zipped up', 'mega link', 'the files', 'files', 'download link', 'link', 'copies', 'a copy', 'copy',
  ]),
  ...copy('whole', 'the whole work, not an extract: schools\' copying licence covers an extract', [
    'whole', 'entire', 'full', 'complete', 'every page', 'all the pages', 'cover to cover', 'all of it', 'every chapter',
    'every unit', 'all the units', 'the lot', 'every pack', 'all the packs', 'every resource', 'all the resources',
    'whole set', 'every single', 'all of them', 'every one of',
  ], {
    source: 'CLA Education Licence: up to 5% or one chapter of a book',
    notAfter: /^\s+(?:stop|marks|of\s+(?:beans|energy|fun|life|cold|questions|ideas))\b/,
  }),
  ...copy('loophole', 'avoids paying or being noticed', [
    "so you don't have to buy", "so you don't have to pay", "don't have to buy", "don't have to pay", 'no need to buy',
    'no need to pay', 'without paying', 'save yourself', 'save yourselves', 'saves you', 'save you', 'instead of paying',
    'rather than paying', 'instead of buying', 'rather than buying', 'before they take it down', 'before it gets taken down',
    "before it's taken down", "don't tell", 'shh', 'cancel your subscription', 'no subscription needed',
    "don't need a subscription", 'without a subscription', 'without a licence', 'without the licence',
    'not strictly allowed', 'probably not allowed', 'technically not allowed', 'naughty', 'sneaky', 'on the quiet',
    "they'll never know", 'nobody will know', 'no one will know', 'our little secret', 'between us', 'probably illegal',
    'technically illegal', 'not strictly legal', 'probably not legal', 'strictly speaking',
  ]),
  ...copy('free', '"for free": a loophole only next to paid material', ['for free', 'free of charge', 'free', 'freebie', 'gratis']),
  ...copy('own', 'the writer\'s own work', [
    'i made', "i've made", 'made this', 'made these', 'my own', 'i created', "i've created", 'created this',
    'created these', 'i wrote', "i've written", 'wrote this', 'written by me', 'designed this', 'i designed',
    "i've designed", 'my planning', 'homemade', 'home made', 'made by me', 'all my own work', 'own resources',
    'free to use', 'feel free to use', 'i put together', "i've put together", 'we made', "we've made", 'our own',
    'made by our', 'created by our',
  ]),
  ...copy('legit', 'a free or licensed source', [
    'official site', 'official website', 'from their website', 'on their website', 'publisher website',
    "publisher's website", 'free on', 'free from', 'freely available', 'free resources', 'free resource', 'is free',
    "they're free", 'are free', "it's free", 'free trial', 'free sample', 'free samples', 'sample pages', 'with permission',
    'permission from', 'licence allows', 'we have a licence', 'cla licence', 'under our licence', 'pvsl', 'filmbank',
    'film licence', 'movie licence', 'screening licence', "we're licensed", 'public domain', 'creative commons',
    'open licence', 'oak national', 'bbc bitesize', 'bbc teach', 'free version', 'free account', 'free pack',
    'free packs', 'the free one', 'the free ones', 'for our school only', 'school login', 'your school login',
    'your login', 'log in with', 'performance licence',
  ]),
  ...copy('lesson', 'teaching or talking about copyright, not breaking it', [
    'about piracy', 'about copyright', 'copyright lesson', 'lesson on copyright', 'e safety', 'esafety', 'online safety',
    'digital citizenship', 'digital literacy', 'taught them', 'explained why', 'why piracy', 'dangers of',
    'breach of copyright', 'breaches copyright', 'copyright law', 'reminder', 'please do not', "please don't",
    'never share', "don't share", 'do not share', 'not allowed to share', 'not allowed to copy', 'must not share',
    'must not copy', 'can we share', 'are we allowed', 'am i allowed', 'is it ok to', 'is it legal', 'can i share',
  ]),
];
