// Word lists for the personal-data detector. Each entry says why it is there; facts about UK formats name a source.
import type { Term } from '../../engine/terms.ts';

// ── Phone numbers ────────────────────────────────────────────────────────────────────────────────────────────────

/** Words just before a number that say it belongs to a person. */
export const PHONE_PERSONAL_CUES: Term[] = [
  { term: 'my number', note: 'the writer giving out their own number' },
  { term: 'my mobile', note: 'own mobile' },
  { term: 'my phone', note: 'own phone' },
  { term: 'my mob', note: 'short for mobile' },
  { term: 'personal number', note: 'says outright it is personal' },
  { term: 'personal mobile', note: 'says outright it is personal' },
  { term: 'home number', note: 'a home landline' },
  { term: 'home phone', note: 'a home landline' },
  { term: 'her number', note: "someone else's number" },
  { term: 'his number', note: "someone else's number" },
  { term: 'their number', note: "someone else's number" },
  { term: 'mum', note: "a parent's number (\"mum's mobile\", \"mum on\")" },
  { term: 'dad', note: "a parent's number" },
  { term: 'text me', note: 'asks for private contact' },
  { term: 'ring me', note: 'asks for private contact' },
  { term: 'call me', note: 'asks for private contact' },
  { term: 'phone me', note: 'asks for private contact' },
  { term: 'message me', note: 'asks for private contact' },
  { term: 'me a ring', note: '"give me a ring on …"' },
  { term: 'me a call', note: '"give me a call on …"' },
  { term: 'me a bell', note: '"give me a bell on …" (British slang for a call)' },
  { term: 'me a text', note: '"drop me a text on …"' },
  { term: 'whatsapp', note: 'messaging on a personal phone' },
  { term: 'me on', note: '"get me on …", "reach me on …"' },
  { term: 'mobile', note: 'a mobile number; an organisational cue next to it still lowers the score' },
  { term: 'mob', note: 'short for mobile' },
];

/**
 * Words next to a number that say it is an organisation's published line. A school's office number is public, so a
 * landline with one of these beside it is not reported; a mobile beside one is reported more weakly.
 */
export const PHONE_ORGANISATION_CUES: Term[] = [
  { term: 'office', note: '"school office", "main office"' },
  { term: 'reception', note: 'front desk of a school or business' },
  { term: 'switchboard', note: 'an organisation\'s main line' },
  { term: 'enquiries', note: '"enquiries line"' },
  { term: 'enquiry line', note: 'published enquiry line' },
  { term: 'main number', note: "an organisation's main number" },
  { term: 'school', note: '"call the school on …"' },
  { term: 'academy', note: 'a school' },
  { term: 'college', note: 'a school or college' },
  { term: 'nursery', note: 'a setting\'s published number' },
  { term: 'admissions', note: 'admissions line' },
  { term: 'attendance line', note: 'published absence line' },
  { term: 'absence line', note: 'published absence line' },
  { term: 'helpline', note: 'a published helpline' },
  { term: 'front desk', note: 'reception' },
  { term: 'trip mobile', note: 'the school\'s mobile carried on trips, given to parents' },
  { term: 'trip phone', note: 'the school\'s mobile carried on trips' },
  { term: 'duty phone', note: 'a rota phone, not a person\'s' },
  { term: 'box office', note: 'ticket line' },
  { term: 'council', note: 'a local authority line' },
  { term: 'surgery', note: 'a GP surgery' },
  { term: 'club', note: 'a club\'s published number' },
];

/**
 * Ofcom's ranges reserved for TV, radio and training material, as the start of the national number (the digits after
 * the leading 0; every range is 1,000 numbers, so a full number is ten digits). libphonenumber calls some of them
 * unallocated; we count them as real numbers because a trainer's example post uses them exactly as a real one.
 */
export const DRAMA_NUMBER_PREFIXES: Term[] = [
  ['7700900', 'mobile 07700 900000–900999'],
  ['1134960', 'Leeds 0113 496 0xxx'],
  ['1144960', 'Sheffield 0114 496 0xxx'],
  ['1154960', 'Nottingham 0115 496 0xxx'],
  ['1164960', 'Leicester 0116 496 0xxx'],
  ['1174960', 'Bristol 0117 496 0xxx'],
  ['1184960', 'Reading 0118 496 0xxx'],
  ['1214960', 'Birmingham 0121 496 0xxx'],
  ['1314960', 'Edinburgh 0131 496 0xxx'],
  ['1414960', 'Glasgow 0141 496 0xxx'],
  ['1514960', 'Liverpool 0151 496 0xxx'],
  ['1614960', 'Manchester 0161 496 0xxx'],
  ['1914980', 'Tyneside 0191 498 0xxx'],
  ['2079460', 'London 020 7946 0xxx'],
  ['2896496', 'Northern Ireland 028 9649 6xxx'],
  ['2920180', 'Cardiff 029 2018 0xxx'],
  ['1632960', 'no area: 01632 960xxx'],
].map(([term, note]) => ({ term: term!, note: `drama range: ${note}`, source: 'Ofcom, telephone numbers for TV and radio drama' }));

/** Words just before a number that say it is a reference, not a phone number (or an NHS number). */
export const REFERENCE_CUES: Term[] = [
  { term: 'isbn', note: 'book number; an ISBN-10 can start with 0' },
  { term: 'order', note: 'order number' },
  { term: 'order no', note: 'order number' },
  { term: 'ref', note: 'reference' },
  { term: 'reference', note: 'reference' },
  { term: 'invoice', note: 'invoice number' },
  { term: 'ticket', note: 'ticket number' },
  { term: 'booking', note: 'booking reference' },
  { term: 'tracking', note: 'parcel tracking number' },
  { term: 'account', note: 'account number' },
  { term: 'sort code', note: 'bank sort code' },
  { term: 'serial', note: 'serial number' },
  { term: 'case', note: 'case number' },
  { term: 'membership', note: 'membership number' },
  { term: 'policy', note: 'insurance policy number' },
  { term: 'urn', note: 'school or charity reference number' },
  { term: 'barcode', note: 'product code' },
  { term: 'product code', note: 'product code' },
  { term: 'uln', note: 'learner number: another detector' },
  { term: 'upn', note: 'pupil number: another detector' },
];

// ── Email addresses ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Mailbox names that belong to a role, not a person. At an organisation's domain they are published contact points
 * (like a school office number) and are not reported; at a free webmail domain they still are.
 */
export const ROLE_MAILBOXES: Term[] = [
  { term: 'office', note: 'school office' },
  { term: 'admin', note: 'administration' },
  { term: 'info', note: 'general enquiries' },
  { term: 'enquiries', note: 'general enquiries' },
  { term: 'enquiry', note: 'general enquiries' },
  { term: 'contact', note: 'general enquiries' },
  { term: 'hello', note: 'general enquiries' },
  { term: 'reception', note: 'front desk' },
  { term: 'head', note: 'headteacher role mailbox' },
  { term: 'headteacher', note: 'headteacher role mailbox' },
  { term: 'head.teacher', note: 'headteacher role mailbox' },
  { term: 'bursar', note: 'finance role mailbox' },
  { term: 'finance', note: 'finance role mailbox' },
  { term: 'admissions', note: 'admissions role mailbox' },
  { term: 'attendance', note: 'absence reporting' },
  { term: 'senco', note: 'SEN coordinator role mailbox' },
  { term: 'sendco', note: 'SEN coordinator role mailbox' },
  { term: 'dsl', note: 'designated safeguarding lead role mailbox' },
  { term: 'safeguarding', note: 'safeguarding role mailbox' },
  { term: 'pta', note: 'parent-teacher association' },
  { term: 'governors', note: 'governing board' },
  { term: 'clerk', note: 'clerk to governors' },
  { term: 'bookings', note: 'lettings and events' },
  { term: 'lettings', note: 'hire of school premises' },
  { term: 'events', note: 'events' },
  { term: 'news', note: 'press and news' },
  { term: 'press', note: 'press office' },
  { term: 'marketing', note: 'marketing' },
  { term: 'support', note: 'help desk' },
  { term: 'help', note: 'help desk' },
  { term: 'helpdesk', note: 'help desk' },
  { term: 'itsupport', note: 'help desk' },
  { term: 'noreply', note: 'automated sender' },
  { term: 'no-reply', note: 'automated sender' },
  { term: 'sales', note: 'business' },
  { term: 'careers', note: 'careers service' },
  { term: 'recruitment', note: 'vacancies' },
  { term: 'jobs', note: 'vacancies' },
  { term: 'hr', note: 'human resources mailbox' },
];

/** Free webmail providers: an address here is almost always one person's. */
export const WEBMAIL_DOMAINS: Term[] = [
  { term: 'gmail', note: 'Google webmail' },
  { term: 'googlemail', note: 'Google webmail (older UK name)' },
  { term: 'hotmail', note: 'Microsoft webmail' },
  { term: 'outlook', note: 'Microsoft webmail' },
  { term: 'live', note: 'Microsoft webmail' },
  { term: 'msn', note: 'Microsoft webmail' },
  { term: 'yahoo', note: 'Yahoo webmail' },
  { term: 'ymail', note: 'Yahoo webmail' },
  { term: 'icloud', note: 'Apple webmail' },
  { term: 'me', note: 'Apple webmail' },
  { term: 'aol', note: 'AOL webmail' },
  { term: 'btinternet', note: 'UK ISP mail' },
  { term: 'btopenworld', note: 'UK ISP mail' },
  { term: 'sky', note: 'UK ISP mail' },
  { term: 'virginmedia', note: 'UK ISP mail' },
  { term: 'ntlworld', note: 'UK ISP mail' },
  { term: 'talktalk', note: 'UK ISP mail' },
  { term: 'tiscali', note: 'UK ISP mail' },
  { term: 'protonmail', note: 'private webmail' },
  { term: 'proton', note: 'private webmail' },
  { term: 'gmx', note: 'webmail' },
];

/** Top-level domains accepted when an address is written out in words ("jo at gmail dot com"). */
export const SPELLED_EMAIL_TLDS: Term[] = [
  { term: 'com', note: 'generic' },
  { term: 'co uk', note: 'UK commercial' },
  { term: 'org', note: 'generic' },
  { term: 'org uk', note: 'UK organisations' },
  { term: 'net', note: 'generic' },
  { term: 'uk', note: 'UK' },
  { term: 'sch uk', note: 'UK schools' },
  { term: 'ac uk', note: 'UK universities' },
  { term: 'gov uk', note: 'UK government' },
  { term: 'ie', note: 'Ireland' },
  { term: 'io', note: 'generic' },
];

/** Words before a spelled-out " at " that make it a website or a place, not a mailbox ("find us at example dot com"). */
export const NOT_MAILBOX_NAMES: Term[] = [
  ...['us', 'me', 'you', 'them', 'him', 'her', 'it', 'this', 'that', 'here', 'there'].map((term) => ({
    term,
    note: 'a pronoun or place word: "find us at …"',
  })),
  ...['website', 'site', 'online', 'home', 'school', 'work', 'page'].map((term) => ({ term, note: '"our website at …"' })),
  ...['facebook', 'twitter', 'instagram', 'linkedin', 'tiktok'].map((term) => ({ term, note: 'a social network: "on facebook at …"' })),
];

// ── Home addresses ───────────────────────────────────────────────────────────────────────────────────────────────

/** Street types that, after a house number and a capitalised name, make an address on their own. */
export const STREET_TYPES: Term[] = [
  { term: 'road', note: 'street type' },
  { term: 'rd', note: 'abbreviation of Road' },
  { term: 'street', note: 'street type' },
  { term: 'st', note: 'abbreviation of Street (only after the name: before it, "St" is Saint)' },
  { term: 'avenue', note: 'street type' },
  { term: 'ave', note: 'abbreviation of Avenue' },
  { term: 'close', note: 'street type (cul-de-sac)' },
  { term: 'lane', note: 'street type' },
  { term: 'drive', note: 'street type' },
  { term: 'crescent', note: 'street type' },
  { term: 'way', note: 'street type' },
  { term: 'grove', note: 'street type' },
  { term: 'gardens', note: 'street type' },
  { term: 'terrace', note: 'street type' },
  { term: 'mews', note: 'street type' },
  { term: 'boulevard', note: 'street type' },
  { term: 'wynd', note: 'street type (Scotland)' },
];

/**
 * Street types that are also everyday words ("a 5 Mile Walk", "3 Star Court"): an address only with a home cue
 * ("lives at") or a postcode after it.
 */
export const WEAK_STREET_TYPES: Term[] = [
  { term: 'place', note: 'street type and everyday word' },
  { term: 'court', note: 'street type; also tennis/netball court' },
  { term: 'walk', note: 'street type; also a sponsored walk' },
  { term: 'row', note: 'street type and everyday word' },
  { term: 'rise', note: 'street type and everyday word' },
  { term: 'hill', note: 'street type and place name' },
  { term: 'park', note: 'street type; usually a park or business park' },
  { term: 'green', note: 'street type; usually a village green' },
  { term: 'view', note: 'street type and everyday word' },
  { term: 'vale', note: 'street type and place name' },
  { term: 'gate', note: 'street type and everyday word' },
  { term: 'square', note: 'street type; often a public square' },
  { term: 'parade', note: 'street type; often a row of shops' },
  { term: 'chase', note: 'street type and everyday word' },
  { term: 'croft', note: 'street type' },
  { term: 'fold', note: 'street type (northern England)' },
  { term: 'brow', note: 'street type (northern England)' },
  { term: 'dr', note: 'abbreviation of Drive; also Doctor' },
];

/** Words that say someone's home is being given. */
export const HOME_CUES: Term[] = [
  { term: 'lives', note: '"lives at / on / in"' },
  { term: 'live', note: '"I live at …"' },
  { term: 'living', note: '"living at …"' },
  { term: 'address', note: '"her address is …", "home address"' },
  { term: 'home', note: '"his home is …"' },
  { term: 'house', note: '"their house on …"' },
  { term: 'postcode', note: 'a postcode being given' },
  { term: 'post code', note: 'a postcode being given' },
  { term: 'moved to', note: '"they have moved to …"' },
  { term: 'staying at', note: 'where someone is staying' },
  { term: 'flat', note: 'a flat' },
];

/**
 * Stricter cues for a street named without a house number ("… from me on Station Road"): "home" and "house" alone are
 * school words too ("home match", "house points"), so only phrases about where someone lives count.
 */
export const RESIDENCE_CUES: Term[] = [
  { term: 'lives', note: '"lives round the corner on …"' },
  { term: 'i live', note: '"I live on …" ("live" alone is also "live music")' },
  { term: 'we live', note: '"we live in …"' },
  { term: 'they live', note: '"they live on …"' },
  { term: 'you live', note: '"you live on …"' },
  { term: 'who live', note: '"the family who live on …"' },
  { term: 'used to live', note: 'a past home' },
  { term: 'living', note: '"living on …"' },
  { term: 'lived', note: '"lived on …"' },
  { term: 'address', note: '"her address is in …"' },
  { term: 'moved', note: '"moved house to …"' },
  { term: 'staying', note: '"staying with her nan on …"' },
  { term: 'my house', note: 'own home' },
  { term: 'our house', note: 'own home' },
  { term: 'her house', note: "someone's home" },
  { term: 'his house', note: "someone's home" },
  { term: 'their house', note: "someone's home" },
  { term: 'my home', note: 'own home' },
  { term: 'their home', note: "someone's home" },
  { term: 'her home', note: "someone's home" },
  { term: 'his home', note: "someone's home" },
];

/** Words just before an address that say it is a public venue rather than a home. */
export const VENUE_CUES: Term[] = [
  { term: 'held at', note: 'event venue' },
  { term: 'takes place at', note: 'event venue' },
  { term: 'venue', note: 'event venue' },
  { term: 'hall', note: 'village, church or sports hall' },
  { term: 'centre', note: 'community or leisure centre' },
  { term: 'center', note: 'American spelling' },
  { term: 'church', note: 'a church' },
  { term: 'chapel', note: 'a chapel' },
  { term: 'library', note: 'a library' },
  { term: 'school', note: 'the school\'s own (public) address' },
  { term: 'academy', note: 'a school\'s own address' },
  { term: 'college', note: 'a college' },
  { term: 'club', note: 'a club' },
  { term: 'pub', note: 'a pub' },
  { term: 'cafe', note: 'a cafe' },
  { term: 'restaurant', note: 'a restaurant' },
  { term: 'hotel', note: 'a hotel' },
  { term: 'museum', note: 'a museum' },
  { term: 'theatre', note: 'a theatre' },
  { term: 'stadium', note: 'a stadium' },
  { term: 'offices', note: 'business premises' },
  { term: 'surgery', note: 'a GP surgery' },
  { term: 'shop', note: 'a shop' },
  { term: 'office', note: 'business premises' },
  { term: 'entrance', note: '"Oak Avenue entrance" of a school or site' },
  { term: 'car park', note: 'a car park' },
];

/** Words that cannot open a street name after "lives on": "lives on the same road", "lives near our school". */
export const NOT_STREET_NAME_START: Term[] = [
  ...['the', 'a', 'an', 'one', 'another'].map((term) => ({ term, note: 'determiner: "lives on the same road"' })),
  ...['my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'which', 'whose'].map((term) => ({ term, note: 'determiner or pronoun' })),
  ...['same', 'other', 'end', 'top', 'bottom', 'corner', 'near', 'next'].map((term) => ({ term, note: 'position words: "lives at the end of the road"' })),
  ...['of', 'by', 'and', 'or', 'with', 'in', 'on', 'at', 'to', 'is', 'was', 'not', 'no'].map((term) => ({ term, note: 'function word' })),
];

/** Words before a number that make it something other than a house number ("Year 6", "our 3 …", "Room 12"). */
export const NOT_HOUSE_NUMBER_BEFORE: Term[] = [
  { term: 'year', note: 'Year group' },
  { term: 'yr', note: 'Year group' },
  { term: 'y', note: '"Y6"-style year written apart' },
  { term: 'class', note: 'class number' },
  { term: 'room', note: 'room number' },
  { term: 'page', note: 'page number' },
  { term: 'chapter', note: 'chapter number' },
  { term: 'group', note: 'group number' },
  { term: 'table', note: 'table number' },
  { term: 'team', note: 'team number' },
  { term: 'set', note: 'maths set' },
  { term: 'level', note: 'level' },
  { term: 'stage', note: 'key stage' },
  { term: 'bus', note: 'bus route' },
  { term: 'route', note: 'bus route' },
  { term: 'platform', note: 'station platform' },
  { term: 'gate', note: '"gate 2, Oak Avenue entrance"' },
  { term: 'door', note: 'door number' },
  { term: 'pitch', note: 'sports pitch' },
  { term: 'block', note: 'building block' },
  { term: 'zone', note: 'zone' },
  { term: 'junction', note: 'motorway junction' },
  { term: 'exit', note: 'exit number' },
  { term: 'age', note: 'an age' },
  { term: 'aged', note: 'an age' },
  { term: 'ages', note: 'an age range' },
  { term: 'under', note: 'age group' },
  { term: 'over', note: 'a quantity' },
  { term: 'about', note: 'a quantity' },
  { term: 'around', note: 'a quantity' },
  { term: 'the', note: 'an address is not written "the 12 Oak Road"' },
  { term: 'a', note: '"a 5 Mile Walk"' },
  { term: 'an', note: 'determiner' },
  { term: 'our', note: '"our 3 Peaks Way challenge"' },
  { term: 'my', note: 'determiner' },
  { term: 'your', note: 'determiner' },
  { term: 'their', note: 'determiner' },
  { term: 'these', note: 'determiner' },
  { term: 'those', note: 'determiner' },
  { term: 'every', note: 'determiner' },
  { term: 'top', note: '"top 10 …"' },
  { term: 'first', note: '"first 3 …"' },
  { term: 'last', note: '"last 5 …"' },
  { term: 'next', note: '"next 2 …"' },
];

/** Words that, inside the "street name", show it is a quantity or an event, not a street ("5 Mile Walk"). */
export const NOT_STREET_NAME_WORDS: Term[] = [
  { term: 'mile', note: 'distance' },
  { term: 'miles', note: 'distance' },
  { term: 'km', note: 'distance' },
  { term: 'k', note: 'distance' },
  { term: 'day', note: 'duration' },
  { term: 'days', note: 'duration' },
  { term: 'week', note: 'duration' },
  { term: 'weeks', note: 'duration' },
  { term: 'hour', note: 'duration' },
  { term: 'hours', note: 'duration' },
  { term: 'minute', note: 'duration' },
  { term: 'minutes', note: 'duration' },
  { term: 'year', note: 'year group or duration' },
  { term: 'years', note: 'duration' },
  { term: 'star', note: '"5 Star …"' },
  { term: 'stars', note: '"5 Stars …"' },
  { term: 'peaks', note: '"3 Peaks …"' },
  { term: 'point', note: 'score' },
  { term: 'points', note: 'score' },
  { term: 'wheel', note: '"4 Wheel Drive"' },
  { term: 'lap', note: 'race' },
  { term: 'laps', note: 'race' },
  { term: 'step', note: '"12 Step …"' },
  { term: 'steps', note: '"5 Steps …"' },
  { term: 'goal', note: 'score' },
  { term: 'goals', note: 'score' },
  { term: 'class', note: 'class' },
  { term: 'times', note: 'a count' },
  { term: 'o\'clock', note: 'time' },
];

/** Famous public addresses that are not anyone's private home. */
export const PUBLIC_ADDRESSES: Term[] = [
  { term: '10 downing street', note: "the Prime Minister's official residence and office" },
  { term: '11 downing street', note: "the Chancellor's official residence" },
  { term: '221b baker street', note: 'Sherlock Holmes, fictional' },
];

/** Subjects that are "born" only as a figure of speech: "our school was born on 1 September 2011". */
export const NOT_PERSON_BORN: Term[] = [
  { term: 'school', note: 'a school opening' },
  { term: 'academy', note: 'an academy conversion' },
  { term: 'trust', note: 'a trust forming' },
  { term: 'club', note: 'a club founded' },
  { term: 'charity', note: 'a charity founded' },
  { term: 'company', note: 'a company founded' },
  { term: 'business', note: 'a business founded' },
  { term: 'idea', note: '"the idea was born on …"' },
  { term: 'project', note: 'a project started' },
  { term: 'website', note: 'a website launched' },
  { term: 'page', note: 'a page started' },
  { term: 'blog', note: 'a blog started' },
  { term: 'group', note: 'a group started' },
];

/** Words near a number that say it is an NHS number. */
export const NHS_CUES: Term[] = [
  { term: 'nhs', note: 'National Health Service' },
  { term: 'nhs no', note: 'NHS number' },
  { term: 'health number', note: 'NHS number' },
  { term: 'health and care number', note: 'Northern Ireland H&C number' },
  { term: 'h&c number', note: 'Northern Ireland H&C number' },
  { term: 'chi number', note: 'Scottish Community Health Index number' },
  { term: 'patient number', note: 'often the NHS number' },
];

/** Words near a code that say it is a National Insurance number. */
export const NINO_CUES: Term[] = [
  { term: 'ni', note: 'NI number' },
  { term: 'nino', note: 'HMRC abbreviation' },
  { term: 'national insurance', note: 'full name' },
  { term: 'nat ins', note: 'abbreviation' },
  { term: 'n i', note: '"N.I." after punctuation is dropped' },
];

/**
 * UK postcode areas (the letters before the first digit). A candidate whose letters are not an area is not a
 * postcode. GY, JE and IM are the Crown Dependencies, which use the same format; BF and BX are non-geographic.
 */
export const POSTCODE_AREAS: Term[] = [
  ['ab', 'Aberdeen'], ['al', 'St Albans'], ['b', 'Birmingham'], ['ba', 'Bath'], ['bb', 'Blackburn'], ['bd', 'Bradford'],
  ['bf', 'British Forces (non-geographic)'], ['bh', 'Bournemouth'], ['bl', 'Bolton'], ['bn', 'Brighton'], ['br', 'Bromley'],
  ['bs', 'Bristol'], ['bt', 'Belfast'], ['bx', 'non-geographic'], ['ca', 'Carlisle'], ['cb', 'Cambridge'], ['cf', 'Cardiff'],
  ['ch', 'Chester'], ['cm', 'Chelmsford'], ['co', 'Colchester'], ['cr', 'Croydon'], ['ct', 'Canterbury'], ['cv', 'Coventry'],
  ['cw', 'Crewe'], ['da', 'Dartford'], ['dd', 'Dundee'], ['de', 'Derby'], ['dg', 'Dumfries'], ['dh', 'Durham'],
  ['dl', 'Darlington'], ['dn', 'Doncaster'], ['dt', 'Dorchester'], ['dy', 'Dudley'], ['e', 'London East'],
  ['ec', 'London East Central'], ['eh', 'Edinburgh'], ['en', 'Enfield'], ['ex', 'Exeter'], ['fk', 'Falkirk'],
  ['fy', 'Blackpool'], ['g', 'Glasgow'], ['gl', 'Gloucester'], ['gu', 'Guildford'], ['gy', 'Guernsey'], ['ha', 'Harrow'],
  ['hd', 'Huddersfield'], ['hg', 'Harrogate'], ['hp', 'Hemel Hempstead'], ['hr', 'Hereford'], ['hs', 'Outer Hebrides'],
  ['hu', 'Hull'], ['hx', 'Halifax'], ['ig', 'Ilford'], ['im', 'Isle of Man'], ['ip', 'Ipswich'], ['iv', 'Inverness'],
  ['je', 'Jersey'], ['ka', 'Kilmarnock'], ['kt', 'Kingston upon Thames'], ['kw', 'Kirkwall'], ['ky', 'Kirkcaldy'],
  ['l', 'Liverpool'], ['la', 'Lancaster'], ['ld', 'Llandrindod Wells'], ['le', 'Leicester'], ['ll', 'Llandudno'],
  ['ln', 'Lincoln'], ['ls', 'Leeds'], ['lu', 'Luton'], ['m', 'Manchester'], ['me', 'Rochester'], ['mk', 'Milton Keynes'],
  ['ml', 'Motherwell'], ['n', 'London North'], ['ne', 'Newcastle upon Tyne'], ['ng', 'Nottingham'], ['nn', 'Northampton'],
  ['np', 'Newport'], ['nr', 'Norwich'], ['nw', 'London North West'], ['ol', 'Oldham'], ['ox', 'Oxford'], ['pa', 'Paisley'],
  ['pe', 'Peterborough'], ['ph', 'Perth'], ['pl', 'Plymouth'], ['po', 'Portsmouth'], ['pr', 'Preston'], ['rg', 'Reading'],
  ['rh', 'Redhill'], ['rm', 'Romford'], ['s', 'Sheffield'], ['sa', 'Swansea'], ['se', 'London South East'],
  ['sg', 'Stevenage'], ['sk', 'Stockport'], ['sl', 'Slough'], ['sm', 'Sutton'], ['sn', 'Swindon'], ['so', 'Southampton'],
  ['sp', 'Salisbury'], ['sr', 'Sunderland'], ['ss', 'Southend-on-Sea'], ['st', 'Stoke-on-Trent'], ['sw', 'London South West'],
  ['sy', 'Shrewsbury'], ['ta', 'Taunton'], ['td', 'Galashiels'], ['tf', 'Telford'], ['tn', 'Tonbridge'], ['tq', 'Torquay'],
  ['tr', 'Truro'], ['ts', 'Cleveland'], ['tw', 'Twickenham'], ['ub', 'Southall'], ['w', 'London West'],
  ['wa', 'Warrington'], ['wc', 'London West Central'], ['wd', 'Watford'], ['wf', 'Wakefield'], ['wn', 'Wigan'],
  ['wr', 'Worcester'], ['ws', 'Walsall'], ['wv', 'Wolverhampton'], ['yo', 'York'], ['ze', 'Lerwick (Shetland)'],
].map(([term, note]) => ({ term: term!, note: `postcode area: ${note}`, source: 'Royal Mail postcode areas' }));
