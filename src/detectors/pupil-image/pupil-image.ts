import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { TermList, termSet } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  ADULT_NOUNS,
  ADULT_OWNERS,
  AFTER_PEOPLE,
  ASKING,
  BODY,
  CHILD_NOUNS,
  CHILD_OWNERS,
  EVENTS,
  FAMILY_SETTINGS,
  GROUP_ADJECTIVES,
  GROUP_TAILS,
  HOME_NOT_AFTER,
  HOMES,
  ING_THINGS,
  MADE_VERBS,
  MEDIA_FILLERS,
  MEDIA_NOUNS,
  MEDIA_VERBS,
  NEGATIONS,
  NOTICES,
  OFFICIAL,
  OWN_NOUNS,
  PUPIL_NOUNS,
  SCHOOL_EVENTS,
  SCHOOL_SETTINGS,
  SHARING,
  SPORTS,
  THINGS,
  THROWBACK,
  VERB_FILLERS,
  WITH_NOUNS,
} from './data.ts';

const setOf = termSet;
const MEDIA = new TermList([...MEDIA_NOUNS, ...MEDIA_VERBS]);
const VERB = setOf(MEDIA_VERBS);
const WITH = setOf(WITH_NOUNS);
const MADE = setOf(MADE_VERBS);
const MEDIA_FILLER = setOf(MEDIA_FILLERS);
const VERB_FILLER = setOf(VERB_FILLERS);
const PUPIL = setOf(PUPIL_NOUNS);
const CHILD = setOf(CHILD_NOUNS);
const TAIL = setOf(GROUP_TAILS);
const SPORT = setOf(SPORTS);
const OWN = setOf(OWN_NOUNS);
const ADULT = setOf(ADULT_NOUNS);
const ADJECTIVE = setOf(GROUP_ADJECTIVES);
const EVENT = setOf(EVENTS);
const THING = setOf(THINGS);
const BODY_WORD = setOf(BODY);
const HOME = setOf(HOMES);
const HOME_NOT = setOf(HOME_NOT_AFTER);
const ADULT_OWNER = setOf(ADULT_OWNERS);
const CHILD_OWNER = setOf(CHILD_OWNERS);
const ING_THING = setOf(ING_THINGS);
const AFTER_OK = setOf(AFTER_PEOPLE);
const SCHOOL = new TermList(SCHOOL_SETTINGS);
const SCHOOL_EVENT = new TermList(SCHOOL_EVENTS);
const FAMILY = new TermList(FAMILY_SETTINGS);
const NEGATION = new TermList(NEGATIONS);
const OFFICIAL_CHANNEL = new TermList(OFFICIAL);
const NOTICE = new TermList(NOTICES);
const ASK = new TermList(ASKING);
const SHARE = new TermList(SHARING);
const PAST = new TermList(THROWBACK);
/** A year last century: a photo from the writer's own schooldays. */
const OLD_YEAR = /(?<![\p{N}])19[4-9]\d(?![\p{N}])/u;

/** Camera, video camera, movie camera, selfie hand, film frames: a photo or video is attached. */
const CAMERA = /[\u{1F4F8}\u{1F4F7}\u{1F3A5}\u{1F4F9}\u{1F933}\u{1F39E}\u{1F4FD}]/gu;
const CAMERA_ONE = /[\u{1F4F8}\u{1F4F7}\u{1F3A5}\u{1F4F9}\u{1F933}\u{1F39E}\u{1F4FD}]/u;
const YEAR_WORD = /^(?:year|yr|y)$/;
const YEAR_NUMBER = /^(?:[1-9]|1[0-3])s?$/;
const YEAR_JOINED = /^(?:year|yr|y)-?(?:[1-9]|1[0-3])s?$/;
/** Form names are written with capitals: 4B, 10X2, 8G1 ("5pm" and "3rd" are not forms). */
const FORM_NAME = /^(?:[1-9]|1[0-3])[A-Z]{1,2}\d?s?$/;
const KEY_STAGE = /^(?:ks[1-5]|eyfs)$/;
const AGE_TEAM = /^u-?(?:[6-9]|1[0-8])s?$/;
const AGE_NUMBER = /^(?:[6-9]|1[0-8])s$/;
/** Exam courses that name a class: "my GCSE students". */
const EXAM = new Set(['gcse', 'gcses', 'igcse', 'btec', 'alevel', 'a-level', 'ks3', 'ks4', 'ks5']);
/** After a group beside a camera emoji: words that keep the group the subject of the photo. */
const EMOJI_NEXT = new Set(['on', 'at', 'when', 'as', 'in', 'during', 'with', 'today', 'tonight', 'yesterday', 'this', 'from', 'after', 'before', 'x', 'xx', 'lol', 'again', 'together', 'all', 'looking', 'enjoying', 'ready', 'dressed', 'out', 'off', 'outside', 'inside', 'up', 'last', 'first']);
/** How far either side of a word a sentence is read. */
const WINDOW = 240;
const CONNECTORS = new Set(['of', 'from', 'with', 'featuring', 'showing', 'starring']);
const QUANTIFIERS = new Set(['some', 'all', 'one', 'two', 'three', 'four', 'five', 'half', 'most', 'both', 'lots', 'loads', 'several', 'any', 'each', 'rest', 'few', 'couple', 'bunch', 'many', 'group', 'handful']);
const DETERMINERS = new Set(['the', 'my', 'our', 'this', 'these', 'those', 'your', 'their', 'his', 'her', 'all', 'a', 'an', "year's"]);
/** Determiners that make the group someone else's: "photos of your child", "their children". */
const OTHERS = new Set(['your', 'their', 'his', 'her']);
/** Clause breaks: a negation before one of these belongs to another clause. */
const CLAUSE_BREAK = /[,;:()]|\bbut\b|\band\b(?=\s+(?:here|this|look|check))/g;

type Kind = 'pupils' | 'children' | 'own' | 'adults';
type Form = 'describes' | 'verb' | 'modifier' | 'emoji';

interface Group {
  first: number;
  last: number;
  kind: Kind;
  det: string;
  possessive: boolean;
  detail: string;
}

const isPossessive = (t: Token) => t.bareEnd !== t.end;

/** A group of people starting at token i ("my lovely Year 4s", "the kids in my class", "some of the Y6 girls"). */
function parseGroup(text: string, tokens: Token[], i: number, stop: number, bare = false): Group | undefined {
  let j = i;
  let det = '';
  for (let n = 0; n < 6 && j < stop; n++) {
    const k = tokens[j]!.key;
    if (QUANTIFIERS.has(k) && tokens[j + 1]?.key === 'of' && j + 1 < stop) {
      j += 2;
      continue;
    }
    if ((k === 'a' || k === 'the') && QUANTIFIERS.has(tokens[j + 1]?.key ?? '') && tokens[j + 2]?.key === 'of' && j + 2 < stop) {
      j += 3;
      continue;
    }
    if (DETERMINERS.has(k)) {
      det = k;
      j++;
      continue;
    }
    if (ADJECTIVE.has(k)) {
      j++;
      continue;
    }
    break;
  }
  if (j >= stop) return undefined;
  const t = tokens[j]!;
  const k = t.key;
  const next = j + 1 < stop ? tokens[j + 1] : undefined;
  let last = j;
  let kind: Kind;
  let detail: string;
  let yearSingular = false;
  if (YEAR_WORD.test(k) && !isPossessive(t) && next && YEAR_NUMBER.test(next.key)) {
    last = j + 1;
    kind = 'pupils';
    detail = 'a year group';
    yearSingular = !next.key.endsWith('s');
  } else if (YEAR_JOINED.test(k)) {
    kind = 'pupils';
    detail = 'a year group';
    yearSingular = !k.endsWith('s');
  } else if (FORM_NAME.test(t.text)) {
    kind = 'pupils';
    detail = 'a form or class name';
  } else if (KEY_STAGE.test(k)) {
    kind = 'pupils';
    detail = 'a key stage';
  } else if ((k === 'reception' || k === 'nursery') && (t.capitalised || det === 'my' || det === 'our') && det !== 'a') {
    // "the Reception class" and "Reception" are pupils; "the reception" is a wedding.
    if (det === 'the' && !(next && TAIL.has(next.key))) return undefined;
    kind = 'pupils';
    detail = 'Reception or Nursery';
  } else if (k === 'class') {
    if (next && (/^\d{1,2}$/.test(next.key) || FORM_NAME.test(next.text) || /^[A-Z]$/.test(next.text))) last = j + 1;
    else if (!det && !bare) return undefined;
    kind = 'pupils';
    detail = 'a class';
  } else if ((k === 'form' || k === 'set') && (det === 'my' || det === 'our')) {
    kind = 'pupils';
    detail = 'a form';
  } else if ((k === 'tutor' || k === 'form' || k === 'year') && next?.key === 'group') {
    last = j + 1;
    kind = 'pupils';
    detail = 'a tutor group';
  } else if (k === 'sixth' && (next?.key === 'form' || next?.key === 'formers')) {
    last = j + 1;
    kind = 'pupils';
    detail = 'the sixth form';
  } else if (AGE_TEAM.test(k) || (k === 'under' && next && AGE_NUMBER.test(next.key))) {
    if (k === 'under') last = j + 1;
    kind = 'pupils';
    detail = 'an age-group team';
  } else if ((EXAM.has(k) || (k === 'level' && tokens[j - 1]?.key === 'a')) && next && (TAIL.has(next.key) || PUPIL.has(next.key) || next.key === 'set')) {
    // "my GCSE students", "my A level class", "the BTEC group".
    last = j + 1;
    kind = 'pupils';
    detail = 'an exam class';
  } else if (PUPIL.has(k)) {
    kind = 'pupils';
    detail = 'pupils';
  } else if (SPORT.has(k) && k.length > 1 && (next?.key === 'team' || next?.key === 'squad')) {
    last = j + 1;
    kind = 'children';
    detail = "a sports team";
  } else if (CHILD.has(k)) {
    kind = det === 'my' ? 'own' : 'children';
    detail = 'children';
  } else if (OWN.has(k)) {
    return { first: i, last: j, kind: 'own', det, possessive: isPossessive(t), detail: 'own family' };
  } else if (ADULT.has(k)) {
    return { first: i, last: j, kind: 'adults', det, possessive: isPossessive(t), detail: 'adults' };
  } else {
    return undefined;
  }

  // "Year 6 kids", "the Y11 netball team", "Year 6 leavers'"; then "Year 6 parents" and "the Year 6 team" are adults.
  if (kind === 'pupils') {
    let absorbed = false;
    while (!isPossessive(tokens[last]!) && last + 1 < stop) {
      const n = tokens[last + 1]!;
      if (TAIL.has(n.key)) {
        last++;
        absorbed = true;
      } else if (SPORT.has(n.key) && ['team', 'squad', 'club'].includes(tokens[last + 2]?.key ?? '') && last + 2 < stop) {
        last += 2;
        absorbed = true;
      } else break;
    }
    const n = last + 1 < stop ? tokens[last + 1] : undefined;
    if (n && !isPossessive(tokens[last]!) && ADULT.has(n.key) && /^\s+$/.test(text.slice(tokens[last]!.end, n.start))) {
      return { first: i, last: last + 1, kind: 'adults', det, possessive: isPossessive(n), detail: 'adults' };
    }
    // "my Year 4" on its own may be the writer's own child; "my Year 4s" and "my Year 4 class" are a class.
    if (det === 'my' && yearSingular && !absorbed) kind = 'children';
  }
  // "the kids in my class", "the children I teach", "the boys in Year 9".
  if ((kind === 'children' || (kind === 'own' && CHILD.has(k))) && !isPossessive(tokens[last]!) && taught(tokens, last + 1, stop)) kind = 'pupils';
  return { first: i, last, kind, det, possessive: isPossessive(tokens[last]!), detail };
}

/** "in my class", "from 4B", "in Year 9", "I teach", "we taught". */
function taught(tokens: Token[], i: number, stop: number): boolean {
  const a = tokens[i]?.key;
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  if (i + 1 >= stop || !a || !b) return false;
  if ((a === 'i' || a === 'we') && /^(?:teach|taught|tutor|mentor)$/.test(b.key)) return true;
  if (a !== 'in' && a !== 'from') return false;
  if ((b.key === 'my' || b.key === 'our') && c && /^(?:class|form|set|tutor|group|lessons?)$/.test(c.key)) return true;
  return YEAR_JOINED.test(b.key) || (YEAR_WORD.test(b.key) && !!c && YEAR_NUMBER.test(c.key)) || FORM_NAME.test(b.text);
}

type After = 'end' | 'people' | 'event' | 'thing';

/** What follows a group: the people themselves ("…on the trip"), an event ("…trip"), or a thing ("…display"). */
function afterGroup(text: string, tokens: Token[], g: Group, stop: number): { what: After; last: number } {
  const n = g.last + 1;
  if (n >= stop) return { what: 'end', last: g.last };
  if (/[^\s]/.test(text.slice(tokens[g.last]!.end, tokens[n]!.start))) return { what: 'end', last: g.last };
  const t = tokens[n]!;
  const k = t.key;
  const isEvent = EVENT.has(k) || (k === 'sports' && tokens[n + 1]?.key === 'day');
  if (isEvent) {
    let last = n;
    while (last + 1 < stop && EVENT.has(tokens[last + 1]!.key) && /^\s+$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
    // "the Year 6 school uniform": the run of event words describes a thing.
    const after = tokens[last + 1];
    if (after && last + 1 < stop && THING.has(after.key) && /^\s+$/.test(text.slice(tokens[last]!.end, after.start))) return { what: 'thing', last: last + 1 };
    return { what: 'event', last };
  }
  if (g.possessive) return BODY_WORD.has(k) ? { what: 'people', last: n } : { what: 'thing', last: n };
  if (ADULT.has(k) || THING.has(k)) return { what: 'thing', last: n };
  if (k.endsWith('ing') && n + 1 < stop && ING_THING.has(tokens[n + 1]!.key)) return { what: 'thing', last: n };
  if (AFTER_OK.has(k) || /^[\p{L}]+(?:ing|ed)$/u.test(k)) return { what: 'people', last: g.last };
  return { what: 'thing', last: n };
}

interface Candidate {
  first: number;
  last: number;
  group: Group;
  what: After;
  form: Form;
  anchor: number;
  /** A school event with no group named: pupils are implied. */
  schoolEvent?: boolean;
}

export const pupilImage: Detector = {
  meta: {
    id: 'pupil-image',
    category: 'pupil',
    signals: ['pupil.image'],
    description: "Words that share or describe photos or videos of pupils or of a pupil's home.",
  },
  detect(input) {
    const { tokens } = input;
    const lower = input.norm.lower;
    const text = input.norm.text;
    const out: DetectorFinding[] = [];
    /** Sentences (by start) that already have a finding: the camera emoji adds nothing there. */
    const covered = new Set<number>();
    const mediaMatches = MEDIA.find(lower);
    const cameras = [...text.matchAll(CAMERA)];
    if (mediaMatches.length === 0 && cameras.length === 0) return out;

    // A sentence, clamped to a window around the offset so that one endless sentence cannot make the work quadratic.
    const bounds = (offset: number) => {
      const s = input.sentence(offset);
      const start = Math.max(s.start, offset - WINDOW);
      const end = Math.min(s.end, offset + WINDOW);
      return { start, end, from: input.tokenAt(start), stop: input.tokenAt(end) };
    };
    const facts = new Map<string, SentenceFacts>();
    const factsOf = (sent: { start: number; end: number }) => {
      const key = `${sent.start}:${sent.end}`;
      let f = facts.get(key);
      if (!f) {
        f = sentenceFacts(input, sent);
        facts.set(key, f);
      }
      return f;
    };
    const push = (c: Candidate, sent: { start: number; end: number }) => {
      const start = tokens[c.first]!.start;
      const end = c.form === 'emoji' || c.what !== 'people' || c.group.possessive ? tokens[c.last]!.end : tokens[c.last]!.bareEnd;
      const verdict = judge(input, c, sent, start, factsOf(sent));
      if (!verdict) return;
      covered.add(input.sentence(start).start);
      out.push({
        signal: 'pupil.image',
        ...input.at(start, end),
        confidence: verdict.confidence,
        evidence: { reasons: verdict.reasons },
        message: 'This seems to share or describe a photo or video of pupils. Images of pupils must not be posted on personal social media.',
        suggestion: "Remove the photo or video and the words about it; pupils' images belong only on the school's official channels, with consent.",
      });
    };

    for (const m of mediaMatches) {
      const ti = input.tokenAt(m.start);
      const token = tokens[ti];
      if (!token || token.start !== m.start) continue;
      const sent = bounds(m.start);
      const isVerb = VERB.has(m.term.term);
      // 1. After the photo word: "pics of my Year 4s", "snapped this of the kids", "filmed the Year 6 leavers' assembly".
      let k = ti + 1;
      const fillers = isVerb ? VERB_FILLER : MEDIA_FILLER;
      while (k < sent.stop && k - ti <= 4 && fillers.has(tokens[k]!.key) && !CONNECTORS.has(tokens[k]!.key)) k++;
      const connector = k < sent.stop ? tokens[k]!.key : '';
      let groupAt = -1;
      if (CONNECTORS.has(connector) && !/[^\s]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
        const withOk = connector !== 'with' || WITH.has(m.term.term) || tokens.slice(Math.max(sent.from, ti - 3), ti).some((t) => MADE.has(t.key));
        if (withOk) groupAt = k + 1;
      } else if (isVerb && k === ti + 1 && k < sent.stop && /^\s+$/.test(text.slice(token.end, tokens[k]!.start))) {
        groupAt = k;
      }
      if (groupAt >= 0 && groupAt < sent.stop) {
        const home = homeAt(input, groupAt, sent.stop);
        if (home) {
          pushHome(input, out, covered, ti, home, sent);
          continue;
        }
        const named = namedPupil(input, groupAt, sent.stop);
        if (named && connector !== 'from') {
          if (!factsOf(sent).quiet && !NEGATION.find(lower.slice(sent.start, m.start)).length) {
            covered.add(input.sentence(m.start).start);
            out.push({
              signal: 'pupil.image',
              ...input.at(m.start, tokens[named.last]!.end),
              confidence: named.confidence,
              evidence: { reasons: [{ kind: 'pattern', detail: 'a photo or video of a named child' }, { kind: named.roster ? 'roster' : 'context', detail: named.detail }] },
              message: 'This seems to share or describe a photo or video of a pupil. Images of pupils must not be posted on personal social media.',
              suggestion: "Remove the photo or video and the words about it; pupils' images belong only on the school's official channels, with consent.",
            });
          }
          continue;
        }
        const g = parseGroup(text, tokens, groupAt, sent.stop);
        if (!g && (connector === 'from' || connector === 'of')) {
          // "Some photos from sports day": a school event photographed with pupils in it, no group named.
          const ev = SCHOOL_EVENT.find(lower.slice(tokens[groupAt]!.start, Math.min(sent.end, tokens[groupAt]!.start + 40)))[0];
          const lead = lower.slice(tokens[groupAt]!.start, tokens[groupAt]!.start + (ev?.start ?? 0));
          if (ev && /^(?:(?:the|our|this|today's|yesterday's|this year's|last week's|friday's|monday's|tuesday's|wednesday's|thursday's|this morning's|this afternoon's|year \d+'s)\s+)?$/.test(lead)) {
            push({ first: ti, last: input.tokenAt(tokens[groupAt]!.start + ev.end - 1), group: { first: groupAt, last: groupAt, kind: 'children', det: '', possessive: false, detail: `people at ${ev.term.term}` }, what: 'event', form: isVerb ? 'verb' : 'describes', anchor: ti, schoolEvent: true }, sent);
          }
          continue;
        }
        if (g && (g.kind === 'pupils' || g.kind === 'children')) {
          const after = afterGroup(text, tokens, g, sent.stop);
          // "from" is where photos came from: only an event says they are of the pupils ("pics from the Y6 trip").
          if (after.what !== 'thing' && (connector !== 'from' || after.what === 'event')) {
            push({ first: ti, last: after.what === 'event' ? after.last : after.what === 'people' && after.last > g.last ? after.last : g.last, group: g, what: after.what, form: isVerb ? 'verb' : 'describes', anchor: ti }, sent);
          }
        }
        continue;
      }
      // 2. Before the photo word: "our class photo", "the Year 6 leavers' video", "Reception nativity clip".
      if (isVerb || connector === 'of') continue;
      for (let s = Math.max(sent.from, ti - 6); s < ti; s++) {
        const g = parseGroup(text, tokens, s, ti, true);
        if (!g || (g.kind !== 'pupils' && g.kind !== 'children')) continue;
        let what: After = 'people';
        if (g.last !== ti - 1) {
          const after = afterGroup(text, tokens, g, ti);
          if (after.what !== 'event' || after.last !== ti - 1) continue;
          what = 'event';
        }
        push({ first: s, last: ti, group: g, what, form: 'modifier', anchor: ti }, sent);
        break;
      }
    }

    // 3. A camera emoji with a group of pupils in the same sentence: "My Year 4s on the trip 📸".
    for (const c of cameras) {
      let sent = bounds(c.index);
      // "Zoo trip with Year 3! 📸": an emoji opening its own sentence belongs to the one before.
      if (sent.start > 0 && !/[\p{L}\p{N}]/u.test(text.slice(sent.start, c.index))) {
        const prev = bounds(sent.start - 1);
        sent = { start: prev.start, end: sent.end, from: prev.from, stop: sent.stop };
      }
      if (covered.has(input.sentence(sent.start).start) || covered.has(input.sentence(Math.max(0, sent.end - 1)).start)) continue;
      for (let s = sent.from; s < sent.stop; s++) {
        const g = parseGroup(text, tokens, s, sent.stop);
        if (!g || (g.kind !== 'pupils' && g.kind !== 'children')) continue;
        const after = afterGroup(text, tokens, g, sent.stop);
        if (after.what === 'thing') continue;
        // The group must be what the photo shows ("my Year 4s on the trip 📸", "proud of my class today 📸"), not
        // the maker of something else in it ("Year 5 made amazing longships 📸").
        const n = tokens[after.last + 1];
        if (n && after.last + 1 < sent.stop && after.what !== 'event' && !/[.,!?;:()]/.test(text.slice(tokens[after.last]!.end, n.start)) && !EMOJI_NEXT.has(n.key)) continue;
        const before = out.length;
        push({ first: s, last: Math.max(g.last, after.last), group: g, what: after.what, form: 'emoji', anchor: s }, sent);
        if (out.length > before) break;
        s = g.last;
      }
    }
    return out;
  },
};

const BASE: Record<Form, number> = { describes: 0.85, verb: 0.85, modifier: 0.75, emoji: 0.75 };

interface SentenceFacts {
  /** A notice, an official channel or the writer's own schooldays: nothing in the sentence is a shared photo. */
  quiet: boolean;
  sharing: boolean;
  family: boolean;
  school?: string;
  question: boolean;
}

/** What a sentence says about the photos in it, worked out once per sentence. */
function sentenceFacts(input: DetectorInput, sent: { start: number; end: number }): SentenceFacts {
  const lower = input.norm.lower;
  const sentence = lower.slice(sent.start, sent.end);
  const quiet = NOTICE.find(sentence).length > 0 || OFFICIAL_CHANNEL.find(sentence).length > 0 || PAST.find(sentence).length > 0 || OLD_YEAR.test(sentence);
  if (quiet) return { quiet, sharing: false, family: false, question: false };
  const around = lower.slice(Math.max(0, sent.start - 120), Math.min(lower.length, sent.end + 120));
  return {
    quiet,
    sharing: SHARE.find(sentence).length > 0 || CAMERA_ONE.test(input.norm.text.slice(sent.start, sent.end)),
    family: FAMILY.find(sentence).length > 0,
    school: SCHOOL.find(around)[0]?.term.term,
    question: sentence.includes('?'),
  };
}

/** Whether a candidate is a shared photo of pupils, and how sure that is. */
function judge(input: DetectorInput, c: Candidate, sent: { start: number; end: number }, start: number, facts: SentenceFacts): { confidence: number; reasons: Reason[] } | undefined {
  const lower = input.norm.lower;
  const g = c.group;
  if (OTHERS.has(g.det) || facts.quiet) return undefined;
  // A rule or refusal in the same clause before it: "please don't post photos of the children".
  const anchorStart = Math.min(start, input.tokens[c.anchor]!.start);
  const lead = lower.slice(sent.start, anchorStart);
  const breaks = [...lead.matchAll(CLAUSE_BREAK)];
  const clause = breaks.length ? lead.slice(breaks[breaks.length - 1]!.index + breaks[breaks.length - 1]![0].length) : lead;
  if (NEGATION.find(clause).length) return undefined;
  if (facts.question && ASK.find(lead).length) return undefined;
  const sharing = facts.sharing || lower.slice(Math.max(sent.start, start - 6), start).endsWith('this ');
  const reasons: Reason[] = [];
  let confidence = BASE[c.form];
  if (c.form === 'modifier' && !sharing) return undefined;
  if (c.schoolEvent) {
    if (facts.family) return undefined;
    reasons.push({ kind: 'context', detail: 'every photo of this school event has pupils in it' });
    confidence = 0.55;
  } else if (g.kind === 'children') {
    // "The kids" are the writer's pupils only at a school event or place, and never beside "my son".
    if (!facts.school || facts.family) return undefined;
    confidence = 0.6;
    reasons.push({ kind: 'context', detail: `a school setting ("${facts.school}") makes the children pupils` });
  } else if (c.what === 'event') {
    confidence -= 0.1;
  }
  if (sharing) confidence += 0.05;
  reasons.unshift(
    {
      kind: 'pattern',
      detail: c.schoolEvent
        ? 'a photo or video of a school event'
        : c.form === 'emoji'
          ? 'a camera emoji beside a group of pupils'
          : c.form === 'modifier'
            ? 'a photo or video named after a group of pupils, being shown'
            : c.what === 'event'
              ? 'a photo or video of an event pupils took part in'
              : 'a photo or video of a group of pupils',
    },
    ...(c.schoolEvent ? [] : [{ kind: 'wordlist' as const, detail: `the group is ${g.detail}` }]),
  );
  if (sharing) reasons.push({ kind: 'context', detail: 'words or an emoji that show the photo is being shared' });
  return { confidence: Math.min(0.9, Math.round(confidence * 100) / 100), reasons };
}

/** "photo of Will asleep on the coach": a capitalised name straight after "of", that is on the roster or beside a pupil word. */
function namedPupil(input: DetectorInput, i: number, stop: number): { last: number; confidence: number; detail: string; roster: boolean } | undefined {
  const { tokens } = input;
  const t = tokens[i];
  if (!t || i >= stop || !t.capitalised || t.sentenceStart || isPossessive(t) || t.text === t.text.toUpperCase()) return undefined;
  if (ADULT_OWNER.has(t.key) || OWN.has(t.key) || ADULT.has(t.key) || /^(?:year|reception|nursery|class|the|my|our|this|these|a|an|all|some|i|it)$/.test(t.key)) return undefined;
  const next = tokens[i + 1];
  const fullName = next && i + 1 < stop && next.capitalised && !isPossessive(next);
  // "Anne Frank", "Paris Hilton": a full name needs the roster.
  const roster = input.context.roster;
  if (roster && (fullName ? roster.pairs.has(`${t.key}|${next!.key}`) : roster.first.has(t.key))) {
    return { last: fullName ? i + 1 : i, confidence: 0.85, detail: "a name on the school's pupil roster", roster: true };
  }
  if (fullName) return undefined;
  const sent = input.sentence(t.start);
  const sentence = input.norm.lower.slice(sent.start, sent.end);
  if (/\b(?:pupils?|students?|tutees?|in my (?:class|form|set)|from my (?:class|form)|one of mine|in (?:year|yr|y) ?(?:[1-9]|1[0-3])\b|from (?:year|yr|y) ?(?:[1-9]|1[0-3])\b)/.test(sentence)) {
    return { last: i, confidence: 0.7, detail: 'a name beside a pupil word', roster: false };
  }
  return undefined;
}

interface Home {
  first: number;
  last: number;
  confidence: number;
  detail: string;
}

/** "a pupil's house", "Grace's home" (a roster name, or a name with pupils mentioned), "his house" on a home visit. */
function homeAt(input: DetectorInput, i: number, stop: number): Home | undefined {
  const { tokens } = input;
  let j = i;
  while (j < stop && j - i < 4 && /^(?:a|the|one|of|my|our|another|this|that|these|those)$/.test(tokens[j]!.key)) j++;
  const owner = tokens[j];
  const home = tokens[j + 1];
  if (!owner || !home || j + 1 >= stop || !HOME.has(home.key)) return undefined;
  if (j + 2 < stop && HOME_NOT.has(tokens[j + 2]!.key)) return undefined;
  const det = j > i ? tokens[j - 1]!.key : '';
  const sent = input.sentence(owner.start);
  const sentence = input.norm.lower.slice(sent.start, sent.end);
  if (CHILD_OWNER.has(owner.key) && isPossessive(owner)) {
    if ((det === 'my' || det === 'our') && !/^(?:pupils?|students?|tutees?|learners?)$/.test(owner.key)) return undefined;
    return { first: j, last: j + 1, confidence: 0.85, detail: "a child's home" };
  }
  if ((owner.key === 'his' || owner.key === 'her' || owner.key === 'their') && /\bhome visits?\b|\b(?:pupil|student|tutee)s?\b|\bin my (?:class|form)\b/.test(sentence)) {
    return { first: j, last: j + 1, confidence: 0.6, detail: 'a home named beside a pupil or a home visit' };
  }
  if (!owner.capitalised || !isPossessive(owner) || ADULT_OWNER.has(owner.key)) return undefined;
  const prev = tokens[j - 1];
  if (prev && j > i && ADULT_OWNER.has(prev.key)) return undefined;
  const roster = input.context.roster;
  const fullName = prev && prev.capitalised && j - 1 >= i;
  if (roster && (fullName ? roster.pairs.has(`${prev.key}|${owner.key}`) : roster.first.has(owner.key))) {
    return { first: fullName ? j - 1 : j, last: j + 1, confidence: 0.85, detail: "a name on the school's pupil roster" };
  }
  // Without a roster, a name alone could be anyone's (a friend's, a famous person's): it needs a pupil nearby.
  if (!fullName && /\b(?:pupils?|students?|tutees?|in my (?:class|form|set)|my (?:class|form)|home visits?|year ?(?:[1-9]|1[0-3])\b|one of mine)/.test(sentence)) {
    return { first: j, last: j + 1, confidence: 0.7, detail: 'a name beside a pupil cue' };
  }
  return undefined;
}

function pushHome(input: DetectorInput, out: DetectorFinding[], covered: Set<number>, anchor: number, home: Home, sent: { start: number; end: number }) {
  const lead = input.norm.lower.slice(sent.start, input.tokens[anchor]!.start);
  if (NEGATION.find(lead).length || NOTICE.find(input.norm.lower.slice(sent.start, sent.end)).length) return;
  const start = input.tokens[anchor]!.start;
  const end = input.tokens[home.last]!.end;
  covered.add(input.sentence(start).start);
  out.push({
    signal: 'pupil.image',
    ...input.at(start, end),
    confidence: home.confidence,
    evidence: {
      reasons: [
        { kind: 'pattern', detail: "a photo or video of someone's home" },
        { kind: home.detail.includes('roster') ? 'roster' : 'context', detail: `the home is ${home.detail}` },
      ],
    },
    message: "This seems to share or describe a photo or video of a pupil's home, which can show where a child lives.",
    suggestion: 'Remove the photo or video and the words about it.',
  });
}
