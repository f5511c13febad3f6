import { findPhrases, phraseIndex } from '../../engine/phrases.ts';
import type { Detector, DetectorInput } from '../../engine/detector.ts';
import type { Span } from '../../engine/nlp.ts';
import { TermList, termSet } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  ADULT_AUDIENCE,
  ADULT_NOUNS,
  ADULT_NOW,
  ASKING,
  CHANNELS,
  CHILD_NOUNS,
  CONTACT_VERBS,
  EX_PUPILS,
  GROUP_CHATS,
  INBOUND_VERBS,
  INVITE_VERBS,
  NEEDS_CHANNEL,
  NEGATIONS,
  OWN_NOUNS,
  PERSONAL_VERBS,
  PUPIL_NOUNS,
  PUPIL_TOPICS,
  REFUSALS,
  RULES,
  SETUP_VERBS,
  THINGS,
  UNDER_18,
  type ChannelKind,
  type ChannelTerm,
} from './data.ts';

const setOf = termSet;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CHANNEL = new TermList(CHANNELS);
const CONTACT = phraseIndex(CONTACT_VERBS);
const CHATS = phraseIndex(GROUP_CHATS);
const SETUP = new TermList(SETUP_VERBS);
const NEGATION = new TermList(NEGATIONS);
const RULE = new TermList(RULES);
const REFUSAL = new TermList(REFUSALS);
const ASK = new TermList(ASKING);
const FOR_ADULTS = new TermList(ADULT_AUDIENCE);
const TOPIC = new TermList(PUPIL_TOPICS);
const YOUNG = new TermList(UNDER_18);
const GROWN = new TermList(ADULT_NOW);
const NEEDS = setOf(NEEDS_CHANNEL);
const PERSONAL = setOf(PERSONAL_VERBS);
const PUPIL = setOf(PUPIL_NOUNS);
const EX = setOf(EX_PUPILS);
const CHILD = setOf(CHILD_NOUNS);
const OWN = setOf(OWN_NOUNS);
const ADULT = setOf(ADULT_NOUNS);
const THING = setOf(THINGS);

/** Verbs before "me": "add me", "DM me", "follow me", and the inbound "added me", "follows me". */
const ME_VERBS = setOf([...INVITE_VERBS, ...INBOUND_VERBS]);
/** "keeps messaging me". */
const KEEP_VERBS = new Set(['messaging', 'adding', 'dming', 'texting', 'snapping', 'following']);
const INBOUND = setOf(INBOUND_VERBS);
/** "drop me a DM", "send me a snap", "slide into my DMs", "my DMs are open", "hit me up". */
const OPEN_DOOR =
  /(?<![\p{L}\p{N}])(?:(?:drop|send|shoot|give)\s+me\s+an?\s+(?:dm|message|msg|text|snap|line|pm|call|ring|bell)|slide\s+into\s+my\s+dms|my\s+dms\s+(?:are\s+)?(?:always\s+)?open|dms\s+(?:are\s+)?(?:always\s+)?open|hit\s+me\s+up|give\s+me\s+a\s+follow|send\s+me\s+an?\s+(?:friend\s+|follow\s+)?request|send\s+me\s+your\s+(?:snap(?:chat)?|insta(?:gram)?|tiktok|whatsapp|discord|numbers?|mobiles?|phone\s+numbers?|usernames?|handles?|user\s+names?)(?:\s+(?:usernames?|handles?|names?|numbers?))?|i'?ll\s+add\s+you(?:\s+all)?|(?:want|wanna|like)\s+to\s+be\s+(?:my\s+)?friends)(?![\p{L}\p{N}])/gu;
/** "my personal number", "here's my snap", "my insta is", "my mobile: 07…". Work and school numbers are not here. */
const DETAILS =
  /(?<![\p{L}\p{N}])my\s+(?:(personal|private|own|home)\s+)?(mobile(?:\s+number)?|phone(?:\s+number)?|number|cell|snap(?:chat)?(?:\s+(?:name|username|handle))?|insta(?:gram)?(?:\s+(?:name|handle))?|tiktok|whatsapp(?:\s+number)?|e-?mail(?:\s+address)?|gmail|hotmail|discord|gamertag|psn|xbox(?:\s+tag)?|handle|username)(?![\p{L}\p{N}])/gu;
/** After a detail phrase without "personal/private…": what shows it is being given ("my insta is…", "my number: 07…"). */
const GIVEN = /^\s*(?:is\b|'s\b|:|-|=|for\b|to\b|👉|@|\d|\(|,|$)/;
/** A friend request, and the writer accepting or sending it. */
const FRIEND_REQUEST = /(?<![\p{L}\p{N}])friend[\s-]?requests?(?![\p{L}\p{N}])/gu;
const ACCEPTED = /(?<![\p{L}\p{N}])(?:accept(?:ed|ing|s)?|approv(?:ed|ing)|said\s+yes\s+to|confirm(?:ed|ing)|sent|send|sending)(?![\p{L}\p{N}])/gu;
const YEAR_WORD = /^(?:year|yr|y)$/;
const YEAR_NUMBER = /^(?:[1-9]|1[0-3])s?$/;
const YEAR_JOINED = /^(?:year|yr|y)-?(?:[1-9]|1[0-3])s?$/;
const FORM_NAME = /^(?:[1-9]|1[0-3])[A-Z]{1,2}\d?s?$/;
const EXAM = new Set(['gcse', 'gcses', 'igcse', 'btec', 'alevel', 'a-level', 'ks4', 'ks5', 'level']);
const QUANTIFIERS = new Set(['any', 'some', 'all', 'one', 'two', 'three', 'few', 'couple', 'half', 'most', 'loads', 'lots', 'several', 'none', 'each', 'both', 'many']);
const DETERMINERS = new Set(['the', 'my', 'our', 'all', 'any', 'a', 'an', 'your', 'his', 'her', 'their', 'this', 'these', 'those', 'current', 'lovely', 'wonderful', 'amazing', 'gorgeous', 'fab', 'new', 'whole']);
const GREETINGS = new Set(['hey', 'hi', 'hiya', 'dear', 'attention', 'calling', 'right', 'ok', 'okay', 'oi', 'yo', 'so', 'and', 'all', 'message', 'to', 'reminder']);
/** After a group, words that show it is addressed or given leave: "students can DM me", "Year 11 who need help…". */
const ADDRESS_NEXT = new Set(['can', 'could', 'should', 'may', 'might', 'feel', 'who', 'if', 'please', 'need', 'needing', 'want', 'wanting', 'just', 'that', 'remember', 'don\'t', 'dont', 'do', 'go', 'get', 'make', 'you', 'welcome', 'free', 'is']);
const TAILS = new Set(['kids', 'children', 'pupils', 'students', 'lot', 'class', 'form', 'group', 'set', 'girls', 'boys', 'lads', 'tutees', 'leavers', 'formers', 'crew', 'gang', 'bunch', 'learners']);
const VOCATIVE = new Set(['guys', 'everyone', 'all', 'folks', 'peeps', 'ladies', 'lads', 'people', 'fam', 'gang']);
/** "if you're in my form", "if you're in Year 11": the reader is a pupil. */
const MEMBER = /\bif\s+(?:you're|youre|you\s+are|ur|you)\s+(?:in|from)\s+(?:(?:my|our)\s+(?:class|form|set|tutor\s+group|classes|sets)\b|(?:year|yr|y)\s?(?:[1-9]|1[0-3])\b)/;
/** How far either side of a phrase a sentence is read. */
const WINDOW = 150;
/** Words before "kids" that make them the writer's own: "my own kids", "my two boys". */
const OWN_MODIFIERS = new Set(['own', 'little', 'two', 'three', 'four', 'eldest', 'youngest', 'baby', 'step', 'grown', 'teenage', 'wee', 'darling', 'beautiful', 'gorgeous']);
/** "my Year 6s keep asking for my Insta": pupils asking for contact. */
const ASKING_FOR = /^\s+(?:(?:keep|keeps|kept|have\s+been|are|were|always|all)\s+)?(?:ask(?:ing|ed)?|begg(?:ing|ed)|want(?:ed|ing)?|request(?:ing|ed))\b/;
/** "told my Year 5s they can…": permission passed on. */
const TOLD_BEFORE = new Set(['told', 'tell', 'telling', 'tells', 'reminded', 'remind', 'let', 'letting', 'informed']);
/** A pupil's family members. */
const PARENT_WORDS = new Set(['mum', 'mam', 'mom', 'dad', 'parents', 'parent', 'mother', 'father', 'carer', 'carers', 'nan', 'grandma', 'grandad', 'family', 'stepmum', 'stepdad', 'auntie', 'uncle']);
/** "from the high school", "at the local secondary": a child at a school now ("my mate from high school" is an old friend). */
const AT_A_SCHOOL = /^\s+(?:from|at|in)\s+(?:the|our)\s+(?:local\s+)?(?:high|secondary|primary|junior|middle|grammar|comp|academy)(?:\s+school)?\b/;
const OFFLINE_AFTER = /^\s+(?:to|into|in|through|around|round|out|as|onto|back|down|up\s+(?:the|a)|for\s+(?:a|the)\s+(?:walk|run|drink|coffee))\b/;

type Kind = 'pupils' | 'ex' | 'children' | 'vocative' | 'own' | 'adults';

interface Audience {
  first: number;
  last: number;
  kind: Kind;
  det: string;
  detail: string;
}

const isPossessive = (t: Token) => t.bareEnd !== t.end;
const spaceOnly = (text: string, a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));

/** A group of people starting at token i: "any of my students", "Year 11", "one of my Year 10s", "my son". */
function parseAudience(text: string, tokens: Token[], i: number, stop: number): Audience | undefined {
  let j = i;
  let det = '';
  for (let n = 0; n < 6 && j < stop; n++) {
    const k = tokens[j]!.key;
    if (QUANTIFIERS.has(k) && tokens[j + 1]?.key === 'of' && j + 1 < stop) {
      j += 2;
      continue;
    }
    if (k === 'a' && (tokens[j + 1]?.key === 'few' || tokens[j + 1]?.key === 'couple') && tokens[j + 2]?.key === 'of') {
      j += 3;
      continue;
    }
    if (k === 'half' && tokens[j + 1]?.key === 'my') {
      j++;
      continue;
    }
    // "my nephew's mate": a possessive before another word works as a determiner.
    if (isPossessive(tokens[j]!) && j + 1 < stop && !isPossessive(tokens[j + 1]!) && spaceOnly(text, tokens[j]!, tokens[j + 1]!) && /^\p{Ll}/u.test(tokens[j + 1]!.text)) {
      det = 'of';
      j++;
      continue;
    }
    if (DETERMINERS.has(k) && !(k === 'a' && tokens[j + 1]?.key === 'level')) {
      if (['the', 'my', 'our', 'your', 'his', 'her', 'their', 'a', 'an', 'any'].includes(k)) det = k;
      j++;
      continue;
    }
    break;
  }
  if (tokens[j]?.key === 'a' && tokens[j + 1]?.key === 'level') j++; // "my A level students"
  if (j >= stop) return undefined;
  const t = tokens[j]!;
  const k = t.key;
  const next = j + 1 < stop ? tokens[j + 1] : undefined;
  let last = j;
  let kind: Kind;
  let detail: string;
  if (YEAR_WORD.test(k) && !isPossessive(t) && next && YEAR_NUMBER.test(next.key)) {
    last = j + 1;
    kind = 'pupils';
    detail = 'a year group';
  } else if (YEAR_JOINED.test(k)) {
    kind = 'pupils';
    detail = 'a year group';
  } else if (FORM_NAME.test(t.text)) {
    kind = 'pupils';
    detail = 'a form or class name';
  } else if (EXAM.has(k) && next && (TAILS.has(next.key) || PUPIL.has(next.key))) {
    last = j + 1;
    kind = 'pupils';
    detail = 'an exam class';
  } else if ((k === 'class' || k === 'form' || k === 'set') && (det === 'my' || det === 'our' || det === 'the')) {
    kind = 'pupils';
    detail = 'a class or form';
  } else if ((k === 'tutor' || k === 'form') && next?.key === 'group') {
    last = j + 1;
    kind = 'pupils';
    detail = 'a tutor group';
  } else if (k === 'sixth' && next && (next.key === 'formers' || next.key === 'former')) {
    last = j + 1;
    kind = 'pupils';
    detail = 'sixth formers';
  } else if (['ex', 'former', 'old', 'past'].includes(k) && next && !EX.has(`${k} ${next.key}`) && j + 1 < stop) {
    // "my old Year 6s", "my old form group": a group of pupils the writer used to teach.
    const rest = parseAudience(text, tokens, j + 1, stop);
    if (!rest || rest.kind !== 'pupils') return undefined;
    return { ...rest, first: i, kind: 'ex', det, detail: 'former pupils' };
  } else if (EX.has(k) || (['ex', 'former', 'old', 'past'].includes(k) && next && (EX.has(`${k} ${next.key}`) || EX.has(`${k}-${next.key}`)))) {
    if (!EX.has(k)) last = j + 1;
    kind = 'ex';
    detail = 'former pupils';
  } else if (PUPIL.has(k) && !['class', 'form', 'set', 'leavers'].includes(k)) {
    kind = 'pupils';
    detail = 'pupils';
  } else if (AT_A_SCHOOL.test(text.slice(t.end, t.end + 40).toLowerCase()) && (CHILD.has(k) || /^(?:mates?|friends?|pal|pals|one)$/.test(k))) {
    // "my nephew's mate from the high school", "a lad from the local secondary": a pupil, if not the writer's.
    const m = AT_A_SCHOOL.exec(text.slice(t.end, t.end + 40).toLowerCase())!;
    const endAt = t.end + m[0].length;
    let l = j;
    while (l + 1 < stop && tokens[l + 1]!.end <= endAt) l++;
    return { first: i, last: l, kind: 'pupils', det, detail: 'a pupil at a local school' };
  } else if (det === 'my' && OWN.has(k)) {
    return { first: i, last: j, kind: 'own', det, detail: 'own family' };
  } else if (CHILD.has(k) && !VOCATIVE.has(k)) {
    kind = det === 'your' || det === 'his' || det === 'her' || det === 'their' ? 'own' : 'children';
    detail = 'children';
  } else if (VOCATIVE.has(k)) {
    kind = 'vocative';
    detail = 'a group addressed';
  } else if (OWN.has(k)) {
    return { first: i, last: j, kind: 'own', det, detail: 'own family' };
  } else if (ADULT.has(k)) {
    return { first: i, last: j, kind: 'adults', det, detail: 'adults' };
  } else if (det && j > i) {
    // "my coding club kids", "the maths students": up to two describing words before a word for pupils.
    for (let h = j + 1; h <= j + 2 && h < stop; h++) {
      const w = tokens[h]!.key;
      if (!PUPIL.has(w) && !CHILD.has(w)) continue;
      if (tokens.slice(j, h).some((m) => OWN_MODIFIERS.has(m.key) || OWN.has(m.key) || ADULT.has(m.key))) return undefined;
      if (w === 'class' || w === 'form' || w === 'set' || VOCATIVE.has(w)) return undefined;
      return { first: i, last: h, kind: PUPIL.has(w) ? 'pupils' : 'children', det, detail: PUPIL.has(w) ? 'pupils' : 'a group of children' };
    }
    return undefined;
  } else {
    return undefined;
  }
  while (kind === 'pupils' && last + 1 < stop && TAILS.has(tokens[last + 1]!.key) && spaceOnly(text, tokens[last]!, tokens[last + 1]!)) last++;
  // "a girl in my Year 5 class", "kids in my form", "the lads I teach".
  if ((kind === 'children' || kind === 'vocative') && last + 2 < stop) {
    const a = tokens[last + 1]!.key;
    const b = tokens[last + 2]!;
    if ((a === 'in' || a === 'from') && (b.key === 'my' || b.key === 'our')) {
      const g = parseAudience(text, tokens, last + 2, stop);
      if (g && g.kind === 'pupils') return { first: i, last: g.last, kind: 'pupils', det, detail: `children in ${g.detail}` };
    }
    if ((a === 'i' || a === 'we') && /^(?:teach|taught|tutor)$/.test(b.key)) return { first: i, last: last + 2, kind: 'pupils', det, detail: 'children the writer teaches' };
  }
  const n = last + 1 < stop ? tokens[last + 1] : undefined;
  if (n && spaceOnly(text, tokens[last]!, n)) {
    if (ADULT.has(n.key) && (kind === 'pupils' || kind === 'ex')) return { first: i, last: last + 1, kind: 'adults', det, detail: 'adults' };
    // "Year 11 revision slides", "the class rabbit": a group word describing something else.
    if (THING.has(n.key) || isPossessive(tokens[last]!)) return undefined;
  }
  return { first: i, last, kind, det, detail };
}

/** "add me", "keeps messaging me", "hit me up": a verb straight before "me". */
function meVerbs(text: string, tokens: Token[]): { index: number; end: number; verb: string }[] {
  const out: { index: number; end: number; verb: string }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const me = tokens[i]!;
    if (me.key !== 'me') continue;
    const v = tokens[i - 1]!;
    if (!/^\s+$/.test(text.slice(v.end, me.start))) continue;
    let index = v.start;
    let verb = v.key;
    const keep = tokens[i - 2];
    if (KEEP_VERBS.has(v.key) && keep && /^keeps?$/.test(keep.key)) {
      index = keep.start;
      verb = `${keep.key} ${v.key}`;
    } else if (!ME_VERBS.has(v.key)) continue;
    const up = tokens[i + 1];
    const end = up && up.key === 'up' && /^\s+$/.test(text.slice(me.end, up.start)) ? up.end : me.end;
    out.push({ index, end, verb });
  }
  return out;
}

/** "Grace's mum", "a pupil's dad", "one of my Year 6s' parents": a pupil's family, straight after a contact verb. */
function familyOf(input: DetectorInput, i: number, stop: number): { last: number; confidence: number; detail: string; roster: boolean } | undefined {
  const { tokens } = input;
  let j = i;
  while (j < stop && j - i < 4 && /^(?:a|the|one|of|my|our)$/.test(tokens[j]!.key)) j++;
  if (YEAR_WORD.test(tokens[j]?.key ?? '') && tokens[j + 1] && YEAR_NUMBER.test(tokens[j + 1]!.key)) j++; // "my Year 6s' parents"
  const owner = tokens[j];
  const relative = tokens[j + 1];
  if (!owner || !relative || j + 1 >= stop || !isPossessive(owner) || !PARENT_WORDS.has(relative.key)) return undefined;
  if (PUPIL.has(owner.key) || YEAR_JOINED.test(owner.key) || (YEAR_NUMBER.test(owner.key) && YEAR_WORD.test(tokens[j - 1]?.key ?? ''))) {
    return { last: j + 1, confidence: 0.7, detail: "a pupil's parent or carer", roster: false };
  }
  const roster = input.context.roster;
  if (owner.capitalised && roster?.first.has(owner.key)) return { last: j + 1, confidence: 0.7, detail: "the parent of a child on the school's roster", roster: true };
  return undefined;
}

interface Sentence extends Span {
  from: number;
  stop: number;
}

const RANK: Record<Kind, number> = { pupils: 4, ex: 3, children: 2, vocative: 1, own: 0, adults: 0 };

/** The pupils a contact phrase is addressed to: a vocative ("Year 11, …", "… kids!") or a group given leave
 * ("any of my students can DM me"). Groups that are only talked about ("my Year 11s are brilliant") do not count. */
function addressee(input: DetectorInput, sent: Sentence, anchorFirst: number, anchorLast: number, prevVocative: Sentence | undefined): Audience | undefined {
  const { tokens } = input;
  const text = input.norm.text;
  let best: Audience | undefined;
  const consider = (a: Audience | undefined) => {
    if (a && (!best || RANK[a.kind] > RANK[best.kind])) best = a;
  };
  let start = sent.from;
  while (start < anchorFirst && GREETINGS.has(tokens[start]!.key)) start++;
  for (let s = sent.from; s < sent.stop; s++) {
    if (s >= anchorFirst && s <= anchorLast) continue;
    const a = parseAudience(text, tokens, s, s < anchorFirst ? anchorFirst : sent.stop);
    if (!a) continue;
    const next = tokens[a.last + 1];
    const gapAfter = next ? text.slice(tokens[a.last]!.end, next.start) : '';
    // "If you teach Year 11, DM me", "teachers of Year 6": the group is a colleague's class, not the audience.
    if (s > 0 && /^(?:teach|teaches|taught|teaching|of|with)$/.test(tokens[s - 1]!.key) && !TOLD_BEFORE.has(tokens[s - 1]!.key)) {
      s = Math.max(s, a.last);
      continue;
    }
    if (a.last < anchorFirst) {
      const vocativeStart = s === start && (/[,!:;\-—]/.test(gapAfter) || a.last + 1 === anchorFirst);
      const leave = next && (ADDRESS_NEXT.has(next.key) || (next.key === 'are' && /^(?:welcome|free|more)$/.test(tokens[a.last + 2]?.key ?? '')));
      const givenLeave = next && leave && a.last + 1 < anchorFirst && spaceOnly(text, tokens[a.last]!, next);
      // "… my Year 6s, message me on Insta", "Loads of my Year 6s keep asking for my Insta", "Told my Year 5s they can…".
      const vocativeBefore = a.last + 1 === anchorFirst && /[,!:;\-—]/.test(gapAfter);
      const asking = ASKING_FOR.test(text.slice(tokens[a.last]!.end, tokens[a.last]!.end + 40).toLowerCase());
      const told = s > 0 && TOLD_BEFORE.has(tokens[s - 1]!.key) && next && /^(?:they|that|you)$/.test(next.key);
      if (vocativeStart || givenLeave || vocativeBefore || asking || told) consider(a);
    } else if (a.first > anchorLast) {
      const prev = tokens[s - 1]!;
      const gapBefore = text.slice(prev.end, tokens[s]!.start);
      const atEnd = a.last + 1 >= sent.stop || /[,!.?:;)]/.test(gapAfter);
      if (atEnd && (/[,!:;\-—]/.test(gapBefore) || s === anchorLast + 1 || CHANNEL.find(prev.key).length > 0)) consider(a);
      if (['for', 'to', 'with'].includes(prev.key) && (s - 1 === anchorLast + 1 || s - 1 === anchorLast)) consider(a);
    }
    if (a) s = Math.max(s, a.last);
  }
  // "Year 11!" on its own line, then "Add me on Snapchat".
  if (prevVocative && (!best || RANK[best.kind] < 4)) {
    const a = parseAudience(text, tokens, prevVocative.from + (GREETINGS.has(tokens[prevVocative.from]!.key) ? 1 : 0), prevVocative.stop);
    if (a && a.last === prevVocative.stop - 1) consider(a);
  }
  return best;
}

interface Verdict {
  confidence: number;
  reasons: Reason[];
}

const MESSAGES = {
  invite: {
    message: 'This seems to invite pupils to contact you, or to connect with you, on a personal account or channel. Staff must not do that.',
    suggestion: "Remove it; talk to pupils only through the school's own systems (school email, Teams, Google Classroom).",
  },
  details: {
    message: 'This seems to give pupils your personal contact details. Staff must not share personal numbers, emails or social media accounts with pupils.',
    suggestion: "Remove the details; pupils should reach you through the school's own systems.",
  },
  befriend: {
    message: 'This seems to describe contacting or befriending pupils on a personal channel, which staff must not do.',
    suggestion: "Remove it, and speak to your designated safeguarding lead if pupils have been in touch on a personal account.",
  },
  family: {
    message: "This seems to describe contacting a pupil's family on a personal account. Contact with families should go through the school's own channels.",
    suggestion: "Remove it, and use the school's official channels (the office, school email, the school app) to contact families.",
  },
  inbound: {
    message: 'This seems to describe pupils contacting or following you on a personal account. That should be declined and reported, not posted about.',
    suggestion: 'Remove it, decline or block the contact, and tell your designated safeguarding lead.',
  },
} as const;

export const pupilContact: Detector = {
  meta: {
    id: 'pupil-contact',
    category: 'pupil',
    signals: ['pupil.contact'],
    description: 'Inviting, contacting or befriending pupils (or ex-pupils under 18) on personal channels, or giving them personal contact details.',
  },
  detect(input) {
    const { tokens } = input;
    const lower = input.norm.lower;
    const text = input.norm.text;
    const out: DetectorFinding[] = [];
    // Characters already marked, so one phrase is reported once (a flag per character keeps this linear).
    const taken = new Uint8Array(text.length + 1);

    // A sentence, clamped to a window around the offset so that one endless sentence cannot make the work quadratic.
    const sentenceAt = (offset: number): Sentence => {
      const s = input.sentence(offset);
      const start = Math.max(s.start, offset - WINDOW);
      const end = Math.min(s.end, offset + WINDOW);
      return { start, end, from: input.tokenAt(start), stop: input.tokenAt(end) };
    };
    /** The sentence before, when it is only a short greeting to a group ("Year 11!"). */
    const vocativeBefore = (sent: Sentence): Sentence | undefined => {
      if (sent.start === 0) return undefined;
      const prev = sentenceAt(sent.start - 1);
      return prev.stop - prev.from > 0 && prev.stop - prev.from <= 4 && prev.end <= sent.start ? prev : undefined;
    };
    const push = (start: number, end: number, what: keyof typeof MESSAGES, verdict: Verdict) => {
      for (let k = start; k < end; k++) if (taken[k]) return;
      taken.fill(1, start, end);
      out.push({ signal: 'pupil.contact', ...input.at(start, end), confidence: Math.min(0.95, Math.round(verdict.confidence * 100) / 100), evidence: { reasons: verdict.reasons }, message: MESSAGES[what].message, suggestion: MESSAGES[what].suggestion });
    };
    const asked = new Map<number, boolean>();
    /** A question about the rule ("should I accept…?"), once per sentence. */
    const question = (sent: Sentence) => {
      let r = asked.get(sent.start);
      if (r === undefined) {
        const sentence = lower.slice(sent.start, sent.end);
        r = sentence.includes('?') && ASK.find(sentence).length > 0;
        asked.set(sent.start, r);
      }
      return r;
    };
    /** Rules, refusals and questions before (and refusals after) the phrase. Pupil-initiated contact may be asked about. */
    const blocked = (sent: Sentence, anchorStart: number, refusalsToo: boolean, questionsToo = true): boolean => {
      const lead = lower.slice(sent.start, anchorStart);
      const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(' but ')) + 1);
      if (NEGATION.find(clause).length || RULE.find(lead).length) return true;
      if (questionsToo && question(sent)) return true;
      if (refusalsToo) {
        const after = lower.slice(anchorStart, Math.min(lower.length, sent.end + 80));
        if (REFUSAL.find(after).length) return true;
      }
      return false;
    };
    /** How sure the audience makes it, or undefined when it is not pupils. */
    const audienceVerdict = (a: Audience | undefined, sent: Sentence, base: number): Verdict | undefined => {
      const sentence = lower.slice(sent.start, sent.end);
      const around = lower.slice(Math.max(0, sent.start - 200), Math.min(lower.length, sent.end + 200));
      const member = MEMBER.exec(sentence);
      if ((!a || a.kind === 'vocative' || a.kind === 'children') && member) {
        return { confidence: base, reasons: [{ kind: 'context', detail: 'addressed to pupils ("if you\'re in my class")' }] };
      }
      if (!a || a.kind === 'vocative' || a.kind === 'children') {
        // "message me if you're stuck on your coursework, guys": the schoolwork says who "you" are.
        const topic = TOPIC.find(sentence)[0];
        if (a?.kind === 'children' && !FOR_ADULTS.find(sentence).length) {
          return { confidence: base - 0.2, reasons: [{ kind: 'context', detail: 'addressed to children' }, ...(topic ? [{ kind: 'context' as const, detail: `about schoolwork ("${topic.term.term}")` }] : [])] };
        }
        const yours = topic && (a?.kind === 'vocative' || new RegExp(`\\b(?:your|ur)\\s+(?:\\w+\\s+)?${escape(topic.term.term)}`).test(sentence));
        if (yours && !FOR_ADULTS.find(sentence).length) {
          return { confidence: base - 0.2, reasons: [{ kind: 'context', detail: `addressed to "you" about schoolwork ("${topic.term.term}")` }] };
        }
        return undefined;
      }
      if (a.kind === 'ex') {
        if (GROWN.find(around).length) return undefined;
        const young = YOUNG.find(around)[0];
        if (!young && base < 0.6) return undefined; // an ex-pupil getting in touch, age unknown: not enough
        return young
          ? { confidence: base - 0.1, reasons: [{ kind: 'context', detail: `former pupils who are still under 18 ("${young.term.term}")` }] }
          : { confidence: base - 0.3, reasons: [{ kind: 'context', detail: 'former pupils, who may still be under 18' }] };
      }
      if (a.kind !== 'pupils') return undefined;
      return { confidence: base, reasons: [{ kind: 'context', detail: `addressed to or about ${a.detail}` }] };
    };
    /** The channel named right after `offset` ("on Snapchat", "at school"), if any. */
    const channelAfter = (offset: number): { kind: ChannelKind; term: string } | undefined => {
      const slice = lower.slice(offset, offset + 40);
      const lead = /^\s+(?:(?:up|too|please|pls|asap)\s+)?(?:on|at|via|over|through|in|to|using|with)\s+(?:my\s+|the\s+|a\s+)?/.exec(slice);
      if (!lead) return undefined;
      const rest = slice.slice(lead[0].length);
      const hit = CHANNEL.find(rest)[0];
      if (!hit || hit.start !== 0) {
        // "text me on 07700 900123": a number is a personal channel.
        return /^\+?\d/.test(rest) ? { kind: 'personal', term: 'a phone number' } : undefined;
      }
      const channel = hit.term as ChannelTerm;
      // "on my school account" is the school's, whatever word follows "my".
      if (/^(?:school|work)\b/.test(rest)) return { kind: 'official', term: 'school' };
      return { kind: channel.kind, term: channel.term };
    };
    /** "…one of my pupils from my last school on Facebook": a channel a few words on, in the same clause. */
    const channelNear = (offset: number): { kind: ChannelKind; term: string } | undefined => {
      const slice = lower.slice(offset, offset + 50);
      const clause = slice.slice(0, slice.search(/[.,;!?]|$/));
      const on = /\s(?:on|via|over|through)\s+(?:my\s+|the\s+|a\s+)?/.exec(clause);
      if (!on) return undefined;
      const hit = CHANNEL.find(clause.slice(on.index + on[0].length))[0];
      if (!hit || hit.start !== 0) return undefined;
      const channel = hit.term as ChannelTerm;
      return { kind: channel.kind, term: channel.term };
    };
    const channelIn = (from: number, to: number): ChannelTerm | undefined => {
      const m = CHANNEL.find(lower.slice(from, to));
      return (m.find((x) => (x.term as ChannelTerm).kind === 'official') ?? m[0])?.term as ChannelTerm | undefined;
    };

    // 1. "add me on Snapchat", "DM me", "follow me on Insta kids!"; and "one of my Year 10s added me on Snapchat".
    for (const m of meVerbs(text, tokens)) {
      const { verb, end } = m;
      const sent = sentenceAt(m.index);
      const first = input.tokenAt(m.index);
      const last = input.tokenAt(end - 1);
      const channel = channelAfter(end);
      if (channel?.kind === 'official') continue;
      if (!channel && OFFLINE_AFTER.test(lower.slice(end, end + 30))) continue; // "follow me to the hall"
      if (!channel && NEEDS.has(verb)) continue; // "email me", "call me": school channels unless said otherwise
      const channelEnd = channel && channel.term !== 'a phone number' ? end + lower.slice(end).indexOf(channel.term) + channel.term.length : end;
      // Who is the subject? "my Year 9s follow me" (inbound), "Year 11, add me" (invited).
      let subject: Audience | undefined;
      for (let s = Math.max(sent.from, first - 9); s < first; s++) {
        const a = parseAudience(text, tokens, s, first);
        if (!a) continue;
        let k = a.last + 1;
        while (k < first && /^(?:all|both|just|also|now|still|even|finally|has|have|had|always|constantly|keep|keeps|kept|literally|actually|apparently)$/.test(tokens[k]!.key)) k++;
        if (k === first && spaceOnly(text, tokens[a.last]!, tokens[a.last + 1]!)) {
          subject = a;
          break;
        }
      }
      const past = INBOUND.has(verb) && !/^(?:follow|message|dm|text|add)$/.test(verb);
      const inbound = subject && (past || verb.startsWith('keep') || subject.det !== '' || /s$/.test(verb));
      if (inbound) {
        if (subject!.kind !== 'pupils' && subject!.kind !== 'ex') continue;
        if (blocked(sent, tokens[subject!.first]!.start, true)) continue;
        const v = audienceVerdict(subject, sent, 0.55);
        if (!v) continue;
        v.reasons.unshift({ kind: 'pattern', detail: 'pupils contacting or following the writer' });
        if (channel) v.reasons.push({ kind: 'wordlist', detail: `on a personal channel (${channel.term})` });
        push(tokens[subject!.first]!.start, channelEnd, 'inbound', v);
        continue;
      }
      if (past) continue; // "my son added me on Snapchat", "she followed me": not pupils
      if (blocked(sent, m.index, false)) continue;
      const a = subject && (subject.kind === 'own' || subject.kind === 'adults') ? subject : addressee(input, sent, first, last, vocativeBefore(sent));
      if (a && (a.kind === 'own' || a.kind === 'adults')) continue;
      const v = audienceVerdict(a, sent, channel?.kind === 'professional' ? 0.5 : 0.85);
      if (!v) continue;
      v.reasons.unshift({ kind: 'pattern', detail: 'an invitation to contact the writer' });
      if (channel) v.reasons.push({ kind: 'wordlist', detail: `on a personal channel (${channel.term})` });
      push(m.index, channelEnd, 'invite', v);
    }

    // 2. "drop me a DM", "my DMs are open".
    for (const m of lower.matchAll(OPEN_DOOR)) {
      const sent = sentenceAt(m.index);
      const end = m.index + m[0].length;
      if (channelAfter(end)?.kind === 'official' || blocked(sent, m.index, false)) continue;
      const a = addressee(input, sent, input.tokenAt(m.index), input.tokenAt(end - 1), vocativeBefore(sent));
      if (a && (a.kind === 'own' || a.kind === 'adults')) continue;
      const v = audienceVerdict(a, sent, 0.8);
      if (!v) continue;
      v.reasons.unshift({ kind: 'pattern', detail: 'an invitation to message the writer privately' });
      push(m.index, end, 'invite', v);
    }

    // 3. "my personal number for my tutor group is …", "here's my snap".
    for (const m of lower.matchAll(DETAILS)) {
      const sent = sentenceAt(m.index);
      const end = m.index + m[0].length;
      const what = m[2]!;
      if (!m[1] && !GIVEN.test(lower.slice(end, end + 4))) continue;
      // "my email" and "my number" alone may be the school's: personal only when said, or when a handle or number follows.
      const value = /^\s*(?:is|'s|:|-|=|👉)?\s*(?:@|\+?\d|[\w.]+@)/.test(lower.slice(end, end + 30));
      if (!m[1] && /^(?:e-?mail|number|handle|username)/.test(what) && !value) continue;
      if (blocked(sent, m.index, false)) continue;
      const first = input.tokenAt(m.index);
      const last = input.tokenAt(end - 1);
      const a = addressee(input, sent, first, last, vocativeBefore(sent));
      if (a && (a.kind === 'own' || a.kind === 'adults')) continue;
      const v = audienceVerdict(a, sent, value ? 0.9 : 0.85);
      if (!v) continue;
      v.reasons.unshift({ kind: 'pattern', detail: 'the writer\'s personal contact details' });
      if (value) v.reasons.push({ kind: 'pattern', detail: 'a number or handle follows' });
      push(m.index, end, 'details', v);
    }

    // 4. "accepted a friend request from one of my Year 10s", "sent a friend request to a Year 9".
    for (const m of lower.matchAll(FRIEND_REQUEST)) {
      const sent = sentenceAt(m.index);
      const end = m.index + m[0].length;
      const ri = input.tokenAt(end - 1);
      const via = tokens[ri + 1]?.key;
      if (via !== 'from' && via !== 'to') continue;
      const a = parseAudience(text, tokens, ri + 2, sent.stop);
      if (!a || (a.kind !== 'pupils' && a.kind !== 'ex')) continue;
      // The writer's acceptance just before ("accepted a friend request from…") or after ("…and accepted it").
      const tail = lower.slice(Math.max(sent.start, m.index - 40), m.index);
      const before = [...tail.matchAll(ACCEPTED)].at(-1);
      const afterAccept = via === 'from' && /^[^]{0,60}?\b(?:accepted|accept(?:ed)? it|said yes|added (?:him|her|them))\b/.test(lower.slice(end, Math.min(lower.length, sent.end + 40)));
      if (blocked(sent, m.index, true, false)) continue;
      // "Should I accept a friend request from an ex-pupil?" asks about the rule; "Got one from a Year 5 — should I accept?" reports one.
      if (lower.slice(sent.start, sent.end).includes('?') && ASK.find(lower.slice(sent.start, m.index)).length) continue;
      if (!before && !afterAccept) {
        // A request from pupils that the writer has not refused: it should be declined and reported, not posted.
        if (via !== 'from') continue;
        const v = audienceVerdict(a, sent, 0.5);
        if (!v) continue;
        v.reasons.unshift({ kind: 'pattern', detail: 'a friend request from pupils, not refused' });
        push(m.index, tokens[a.last]!.end, 'inbound', v);
        continue;
      }
      const v = audienceVerdict(a, sent, 0.85);
      if (!v) continue;
      v.reasons.unshift({ kind: 'pattern', detail: via === 'to' ? 'a friend request sent to pupils' : 'a friend request from pupils, accepted' });
      const start = before ? m.index - tail.length + before.index : m.index;
      push(start, tokens[a.last]!.end, 'befriend', v);
    }

    // 5. "texted my Year 11s", "added one of my Year 10s on Insta", "I'm friends with some of my Year 11s on Facebook",
    //    "one of my Year 5 girls followed our class account so I followed her back", "messaged Grace's mum on Facebook".
    for (const m of findPhrases(tokens, CONTACT)) {
      const sent = sentenceAt(m.start);
      const vi = input.tokenAt(m.end - 1);
      const family = familyOf(input, vi + 1, sent.stop);
      let a = family ? undefined : parseAudience(text, tokens, vi + 1, sent.stop);
      let back = false;
      const object = tokens[vi + 1];
      if (!a && object && vi + 1 < sent.stop && /^(?:him|her|them)$/.test(object.key)) {
        // A pronoun for pupils named earlier in the sentence.
        for (let k = sent.from; k < input.tokenAt(m.start) && !a; k++) {
          const g = parseAudience(text, tokens, k, input.tokenAt(m.start));
          if (g && (g.kind === 'pupils' || g.kind === 'ex')) a = { ...g, first: vi + 1, last: vi + 1, detail: `${g.detail} (named earlier)` };
        }
        back = tokens[vi + 2]?.key === 'back';
        if (a && back) a = { ...a, last: vi + 2 };
      }
      if (!family && (!a || (a.kind !== 'pupils' && a.kind !== 'ex'))) continue;
      const last = family ? family.last : a!.last;
      const channel = channelAfter(tokens[last]!.end) ?? channelNear(tokens[last]!.end) ?? (back || /^\s+from\s+my\s+(?:own|personal|private)\b/.test(lower.slice(tokens[last]!.end, tokens[last]!.end + 30)) ? { kind: 'personal' as const, term: 'a personal account' } : undefined);
      const personal = PERSONAL.has(m.term.term);
      if (channel?.kind === 'official') continue;
      if (!personal && !channel) continue;
      if (blocked(sent, m.start, m.term.term.startsWith('accept'))) continue;
      const v: Verdict | undefined = family
        ? { confidence: family.confidence, reasons: [{ kind: family.roster ? 'roster' : 'context', detail: family.detail }] }
        : audienceVerdict(a, sent, channel?.kind === 'professional' ? 0.5 : back ? 0.75 : 0.85);
      if (!v) continue;
      v.reasons.unshift({ kind: 'pattern', detail: family ? "the writer contacting a pupil's family on a personal channel" : 'the writer contacting or befriending pupils' });
      if (channel) v.reasons.push({ kind: 'wordlist', detail: `on a personal channel (${channel.term})` });
      const at = lower.slice(tokens[last]!.end).indexOf(channel?.term ?? '\u0000');
      const end = channel && at >= 0 && at < 50 ? tokens[last]!.end + at + channel.term.length : tokens[last]!.end;
      push(m.start, end, family ? 'family' : 'befriend', v);
    }

    // 6. "I've set up a private group chat with my GCSE class".
    for (const m of findPhrases(tokens, CHATS)) {
      const sent = sentenceAt(m.start);
      const ci = input.tokenAt(m.start);
      const cj = input.tokenAt(m.end - 1);
      const setup = SETUP.find(lower.slice(tokens[Math.max(sent.from, ci - 6)]!.start, m.start)).at(-1);
      if (!setup) continue;
      const setupStart = tokens[Math.max(sent.from, ci - 6)]!.start + setup.start;
      const official = channelIn(sent.start, sent.end);
      if (official?.kind === 'official') continue;
      let a: Audience | undefined;
      const after = tokens[cj + 1]?.key;
      if ((after === 'with' || after === 'for') && cj + 2 < sent.stop) a = parseAudience(text, tokens, cj + 2, sent.stop);
      // "set up a Year 11 group chat".
      for (let s = input.tokenAt(setupStart) + 1; !a && s < ci; s++) {
        const g = parseAudience(text, tokens, s, ci);
        if (g && g.last === ci - 1) a = g;
      }
      if (!a || (a.kind !== 'pupils' && a.kind !== 'ex' && a.kind !== 'children')) continue;
      if (blocked(sent, setupStart, false)) continue;
      const v = audienceVerdict(a, sent, 0.85);
      if (!v) continue;
      v.reasons.unshift({ kind: 'pattern', detail: 'a private group chat with pupils' });
      push(setupStart, Math.max(m.end, tokens[a.last]!.end), 'befriend', v);
    }
    return out;
  },
};
