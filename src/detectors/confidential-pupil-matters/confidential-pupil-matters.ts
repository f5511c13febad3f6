import { NAME_WORDS } from '../../engine/name-words.ts';
import { isEverydayWord } from '../../engine/nlp.ts';
import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { TermList, type TermMatch, termSet } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  CHILD_NOUNS,
  FRAMES,
  FRAMES_BEFORE,
  FREE_LINKS,
  GROUP_NOUNS,
  LINK_AFTER_WORDS,
  LINK_WORDS,
  NOT_NAMES,
  OWN_FAMILY,
  PATTERN_TOPICS,
  PUPIL_SIGNALS,
  RELATIVES,
  SELF_WORDS,
  SUBJECT_PRONOUNS,
  TITLES,
  TOPICS,
  type PupilSignal,
  type TopicTerm,
} from './data.ts';

// One pass over the post finds every topic word; everything else looks only at the sentence around a hit.
const TOPIC_LIST = new TermList(TOPICS);
const setOf = termSet;
const LINK = setOf(LINK_WORDS);
const LINK_AFTER = setOf(LINK_AFTER_WORDS);
const PRONOUNS = setOf(SUBJECT_PRONOUNS);
const SELF = setOf(SELF_WORDS);
const TITLE = setOf(TITLES);
const GROUP = setOf(GROUP_NOUNS);
const FRAME = setOf(FRAMES);
const FRAME_BEFORE = setOf(FRAMES_BEFORE);
const NOT_NAME = new Set([...setOf(NOT_NAMES), ...GROUP]);
const FAMILY = new TermList(OWN_FAMILY);
const CHILD = setOf(CHILD_NOUNS);
const FREE = setOf(FREE_LINKS);
const RELATIVE = setOf(RELATIVES);
/** Frames a child can own: "Kai's pupil premium funding", "his EHCP review" are about that child, not a policy. */
const OWNABLE_FRAMES = new Set([
  'funding', 'grant', 'allocation', 'money', 'spend', 'spending', 'review', 'report', 'meeting', 'assessment',
  'application', 'applications', 'records', 'statement', 'paperwork', 'form', 'forms', 'register', 'vouchers',
  'voucher', 'eligibility', 'budget', 'log', 'entries', 'information', 'info', 'session', 'sessions', 'unit',
]);
const POINTS_AT = new Set(['for', 'about', 'with', 'regarding', 're', 'concerning', 'involving', 'against', 'visited', 'saw', 'called', 'contacted', 'collected', 'took', 'brought']);

/** How far a person may sit from the topic, counted in linking words ("she has now been put on a …"). */
const MAX_LINKS_BEFORE = 6;
const MAX_LINKS_AFTER = 4;
/** Characters either side of a hit searched for school or pupil words (Purview's keyword window is 300). */
const CONTEXT_WINDOW = 300;

const CHILD_NOUN = '(?:child|pupil|student|boy|girl|kid|lad|lass|young person|learner|tutee|little one|toddler|teenager)';
const YEAR = "(?:year|yr|y)\\s?(?:\\d{1,2}|r)";

/** Phrases that point at one particular child, checked in the sentence of the hit (lower case). */
const CHILD_REFS: { re: RegExp; detail: string }[] = [
  {
    re: new RegExp(
      `\\b(?:one|two|three|both|either|another) of (?:my|our|the) (?:[\\w']+ ){0,2}?(?:kids|pupils|students|children|boys|girls|lads|lasses|tutees|learners|young people|little ones|babies|reception|nursery|class|form|tutor group|${YEAR}s|sixth formers)\\b`,
    ),
    detail: 'refers to one of the writer\'s pupils ("one of my…")',
  },
  {
    re: new RegExp(`\\b(?:a|one|this|that|the|another)\\s+(?:[\\w']+\\s+){0,2}?${CHILD_NOUN}\\s+(?:in|from)\\s+(?:my|our|the|${YEAR}|reception|nursery|class|form|set|tutor|\\d)`),
    detail: 'refers to a child in a particular class or year',
  },
  { re: new RegExp(`\\b(?:a|one|this|that|another)\\s+${YEAR}\\s+${CHILD_NOUN}\\b`), detail: 'refers to a child by year group' },
  {
    re: new RegExp(`\\bthe\\s+(?:${YEAR}|reception|nursery)\\s+${CHILD_NOUN}\\s+(?:with|who|whose|that)\\b`),
    detail: 'describes one child by year group ("the Year 2 girl with…")',
  },
  {
    re: new RegExp(`\\b(?:the|a|one)\\s+${CHILD_NOUN}\\s+(?:with|who has|who's got)\\s+(?:[\\w':-]+\\s+){1,4}?(?:in|from)\\s+(?:my|our)\\s+(?:${YEAR}|class|form|set|group|reception|nursery)\\b`),
    detail: 'describes one child in the writer\'s class ("the boy with … in my Y4")',
  },
  {
    re: new RegExp(`\\b(?:a|one|this|that|the|another)\\s+(?:[\\w']+\\s+){0,2}?${CHILD_NOUN}\\b(?:\\s+[\\w':]+){1,4}?\\s+(?:in|from|during)\\s+(?:my|our)\\s+(?:class|form|tutor group|set|group|year|lessons?)\\b`),
    detail: 'refers to a child in the writer\'s class',
  },
  {
    re: /\b(?:two|three|2|3|both)\s+(?:boys|girls|kids|pupils|students|lads|children)\s+(?:in|from)\s+(?:my|our)\s+(?:class|form|tutor group|set|group)\b/,
    detail: 'refers to a few children in the writer\'s class',
  },
  { re: new RegExp(`\\b(?:this|that|the same|said)\\s+(?:${CHILD_NOUN}|family)\\b`), detail: 'refers back to a particular child ("this pupil")' },
  { re: new RegExp(`\\bmy\\s+(?:${YEAR}\\s+)?(?:student|pupil|tutee)\\b(?!s)`), detail: 'refers to the writer\'s own pupil' },
  { re: /\bour little ones?\s+(?:in|from)\b/, detail: 'refers to a child in the writer\'s class' },
  {
    re: new RegExp(`\\b(?:i've got|i have got|i have|i've|we've got|we have|i had|we had|i teach|i taught)\\s+(?:a|one|two)\\s+(?:[\\w']+\\s+)?${CHILD_NOUN}\\b`),
    detail: 'the writer describes a child they teach',
  },
  { re: new RegExp(`\\b(?:a|one)\\s+(?:little\\s+)?(?:boy|girl|lad|lass)\\s+(?:called|named)\\b`), detail: 'refers to a named child' },
  {
    re: new RegExp(`\\b(?:the|our|my)\\s+only\\s+(?:[\\w']+\\s+){0,3}?${CHILD_NOUN}\\b`),
    detail: 'singles out the only child of a kind ("our only Reception child…")',
  },
  {
    re: new RegExp(`\\b(?:a|one|this|that|the|another)\\s+family\\s+(?:in|from)\\s+(?:my|our)\\s+(?:class|form|tutor group|set|year group|${YEAR})\\b`),
    detail: "refers to the family of a child in the writer's class",
  },
];

/** Form or class codes such as 9X2, 8G1, 10B2, or "in 7R" (case kept). Not 4G, 5G, 10K, 3D. */
const FORM_CODE = /(?<![\p{L}\p{N}])(?:[1-9]|1[0-3])(?![345]G|\dK|\dD)[A-Z]{1,3}\d(?![\p{L}\p{N}])/u;
const FORM_AFTER_PREP = /\b(?:in|from|of|form|class)\s+(?:[3-9]|1[0-3])(?!G\b|K\b|D\b)[A-Z]{1,2}(?![\p{L}\p{N}])/u;

/** One child (not a family), for medical emergencies: "called 999 for a pupil". */
const ONE_KID = new RegExp(`\\b(?:a|one|another)\\s+(?:[\\w'-]+\\s+){0,3}?${CHILD_NOUN}\\b`);

/** After a name with no auxiliary ("Kai excluded for three days"), the words that show an exclusion happened. */
const EVENT_AFTER_NAME = /^\s+(?:for|from|until|till|today|again|yesterday|this|last|over|indefinitely|permanently|pending)\b/;

/** A child mentioned without being singled out: enough only together with a verb that reports a case. */
const ONE_CHILD = new RegExp(
  `\\b(?:(?:a|one|another)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${CHILD_NOUN}|family)|the\\s+(?:[\\w'-]+\\s+){0,2}?${CHILD_NOUN}\\s+(?:who|that|i|we|whose)|(?:two|three|2|3)\\s+(?:[\\w'-]+\\s+){0,3}?(?:boys|girls|pupils|students|kids|lads|children))\\b`,
);

/** Verbs that report a particular case happening, not a topic in general. */
const DISCLOSURE = new RegExp(
  [
    "\\b(?:disclosed|discloses|disclosing|confided|opened up|told (?:me|us|a member of staff|staff|the dsl|(?:his|her|their) teacher))\\b",
    // "social services were round again", "the social worker came round": a visit to one family.
    "\\b(?:were|was|came|come|comes|coming|been|popped)\\s+(?:back\\s+)?round\\b",
    "\\b(?:i|we|i've|we've|i have|we have|i had|we had|had to|have had to|just|has|have|had|was|were|been|got)\\s+(?:just\\s+|now\\s+|finally\\s+|officially\\s+|already\\s+)?(?:referred|made a referral|make a referral|put in a referral|submit(?:ted)? a referral|do a referral|did a referral|done a referral|refer|ring|rang|call|called|phone|phoned|contact|contacted)\\b",
    "\\b(?:has|have|had|was|were|been|got|is being|being)\\s+(?:just\\s+|now\\s+|finally\\s+|officially\\s+|recently\\s+)?(?:put on|placed on|placed in|placed with|moved to|taken into|diagnosed|excluded|expelled|arrested|sectioned|admitted)\\b",
    "\\breported (?:it |this |him |her |them )?to (?:the )?(?:police|dsl|social services|children's services|mash)\\b",
    "\\b(?:came|went|taken) into care\\b",
  ].join('|'),
);

/** Talk about children in general: "every child with…", "if a pupil discloses…", "no child was excluded". */
const GENERIC = /\b(?:(?:every|all|any|many|most|some|more|fewer|no|those|these|other)\s+(?:[\w']+\s+)?(?:child|children|pupils?|students?|kids?|learners?|young people|families|parents|schools)|(?:if|when|where|whether|how)\s+(?:a|your)\s+(?:child|pupil|student|young person)|nobody|no one|no-one|anyone|everyone|everybody|anybody)\b/;

/** A question framed in general turns out to be about a real case: "…when a child discloses X? It's just happened." */
const REAL_CASE = /\b(?:(?:it'?s|it has|it|this has|this|that has|that'?s)\s+(?:just\s+)?happened|happened\s+(?:today|this morning|this afternoon|in my class|in class|at school))\b/;

/** A class or year group as a place: "in Reception", "in Year 4", "in my class" (for counts of cases). */
const CLASS_PLACE = /\b(?:in|across)\s+(?:(?:my|our|the)\s+(?:class|form|tutor group|year group|nursery|reception)|reception|nursery|year\s?\d{1,2}|yr\s?\d{1,2}|y\d{1,2}|\d{1,2}[a-z]{1,2}\d?)\b/;

/** The person is plainly an adult: "diagnosed as an adult", "in his forties". */
const ADULT = /\b(?:as an adult|adult diagnosis|diagnosed (?:at|in (?:my|his|her|their)) (?:\d{2}|twenties|thirties|forties|fifties|sixties)|in (?:his|her|their) (?:twenties|thirties|forties|fifties|sixties|[2-9]0s))\b/;

/** Someone on the staff as the subject: their news is for confidential-school-matters, not this detector. */
const STAFF_TITLED = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+\p{Lu}/u;
const STAFF_ROLE = /(?:^|[^\p{L}])(?<!(?:to|told|tell|with|informed|and)\s)(?:my|our|a|the)\s+(?:(?:new|lovely|old|fave|favourite|young|temporary|current)\s+)?(?:colleague|co-?worker|workmate|head|headteacher|head teacher|headmaster|headmistress|deputy|deputy head|assistant head|principal|caretaker|site manager|business manager|bursar|line manager|boss|ta|hlta|teaching assistant|member of staff|staff member|supply teacher|cover supervisor|ect|nqt)\b/u;

/** Words that place a hit in school (for conditions adults have too, such as pregnancy or anxiety). */
const PUPIL_CONTEXT = /\b(?:[\p{L}]+'s (?:mum|dad|mam|mummy|daddy|parents)|pupils?|students?|child|children|kids?|class|form|tutor|tutees?|year\s?\d{1,2}|y\d{1,2}|yr\s?\d{1,2}|reception|nursery|school|lessons?|playground|ks[1-5]|parents?|his mum|her mum|his dad|her dad|teacher|gcses?|sats|attendance|dsl|senco|homework|phonics|assembly|(?:lunch|break|playground|gate|bus)\s+duty|on duty|(?:in|during)\s+(?:maths|english|science|history|geography|french|spanish|german|pe|art|music|drama|re|computing|phonics|registration))\b/u;

/** How staff write about a pupil's parent: "Mum says…", "Dad rang…" (capitalised, no possessive). */
const PARENT_REPORTS = /(?<![\p{L}'])(?:Mum|Dad|Mam|Nan)\s+(?:says|said|told|rang|phoned|called|emailed|thinks|reckons|came|asked|mentioned)\b/u;

/** School or pupil words within the window either side of a hit, not counting the hit ("child protection case"). */
function pupilContext(input: DetectorInput, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT_WINDOW);
  const to = end + CONTEXT_WINDOW;
  const { lower, text } = input.norm;
  return (
    PUPIL_CONTEXT.test(lower.slice(from, start)) ||
    PUPIL_CONTEXT.test(lower.slice(end, to)) ||
    PARENT_REPORTS.test(text.slice(from, start)) ||
    PARENT_REPORTS.test(text.slice(end, to))
  );
}

/** Acronyms that sit next to each other legitimately ("SEN and PP", "EHCP/SEND"); other all-caps words mean shouting. */
const KNOWN_CAPS = new Set([
  'sen', 'send', 'ehcp', 'adhd', 'asd', 'asc', 'pp', 'fsm', 'lac', 'cla', 'cp', 'cin', 'dsl', 'senco', 'odd', 'pda',
  'semh', 'camhs', 'ta', 'hlta', 'eal', 'plac', 'pep', 'mld', 'sld', 'pmld', 'salt', 'slcn', 'sgo', 'mash', 'pru', 'ap',
]);

const MESSAGES: Record<PupilSignal, { message: string; suggestion: string }> = {
  'confidential.safeguarding': {
    message: 'This seems to describe a safeguarding or child protection matter about a particular child. That information is strictly confidential.',
    suggestion: 'Remove it. If you are worried about a child, speak to your DSL rather than posting.',
  },
  'confidential.sen': {
    message: "This seems to share a particular child's special educational needs or diagnosis, which is confidential.",
    suggestion: 'Remove the detail, or talk about SEND in general terms without pointing to any child.',
  },
  'confidential.medical': {
    message: 'This seems to share health details about a particular person, which is sensitive personal information.',
    suggestion: 'Remove the health detail; it must not be shared without consent.',
  },
  'confidential.behaviour': {
    message: "This seems to share a particular pupil's behaviour sanction, such as an exclusion or suspension, which is confidential.",
    suggestion: 'Remove it; behaviour matters about individual pupils stay in school.',
  },
  'confidential.looked-after': {
    message: 'This seems to reveal that a particular child is in care, adopted, or on a child in need or child protection plan. That is highly confidential.',
    suggestion: "Remove it; a child's care status must never be shared.",
  },
  'confidential.disadvantage': {
    message:
      "This seems to reveal a particular family's circumstances, such as free school meals, pupil premium, hardship or trouble at home.",
    suggestion: 'Remove it, or talk about support in general terms without pointing to any family.',
  },
};

type PersonKind = 'pronoun' | 'name' | 'roster' | 'self' | 'group';
/** Where a walk from the topic ended: the person found, or the token it stopped at. */
interface Walk {
  kind?: PersonKind;
  /** Token index where the walk stopped (found a person or a word that breaks the link). */
  at: number;
}
interface Hit {
  start: number;
  end: number;
  person: boolean;
}

export const confidentialPupilMatters: Detector = {
  meta: {
    id: 'confidential-pupil-matters',
    category: 'confidential',
    signals: PUPIL_SIGNALS,
    description:
      'Safeguarding, SEN, medical, behaviour, care status and disadvantage details, when they are tied to a particular child.',
  },
  detect(input) {
    const lower = input.norm.lower;
    const matches = findTopics(lower);
    if (matches.length === 0) return [];
    const text = input.norm.text;
    const tokens = input.tokens;
    const sentences = sentenceStarts(text);
    const out: DetectorFinding[] = [];
    // Topics already tied to a person, so "he has ADHD and ODD" carries "he" over to the second.
    const tied: Hit[] = [];
    const sentenceCache = new Map<number, SentenceFacts>();

    for (const m of matches) {
      const term = m.term as TopicTerm;
      if (term.upper && !writtenInCapitals(input, m.start, m.end)) continue;
      const ahead = lower.slice(m.end, m.end + 60);
      const behind = lower.slice(Math.max(0, m.start - 60), m.start);
      if (term.notAfter?.test(ahead) || term.notBefore?.test(behind)) continue;
      if (term.needAfter && !term.needAfter.test(ahead)) continue;

      const sent = sentenceAround(sentences, text.length, m.start);
      const first = input.tokenAt(m.start);
      const last = input.tokenAt(m.end - 1);
      // "Kai excluded for three days": an event verb straight after a child's name needs no auxiliary.
      if (term.needBefore && !term.needBefore.test(behind)) {
        if (!term.event || !EVENT_AFTER_NAME.test(ahead) || !nameJustBefore(input, first, sent.start, m)) continue;
      }

      // "safeguarding training", "SEND team", "dyslexia-friendly": about the topic, not a child.
      // But "Kai's pupil premium funding" and "his EHCP review" belong to that child.
      const following = tokens[last + 1];
      const next = following && following.start < sent.end ? following : undefined;
      if (next && FRAME.has(next.key) && !(OWNABLE_FRAMES.has(next.key) && ownedBy(input, first, sent.start))) continue;
      const joined = /^-([\p{L}]+)/u.exec(lower.slice(m.end, m.end + 30));
      if (joined && FRAME.has(joined[1]!)) continue;

      // "Her mum has gone to prison", "his parents have split up": the family's news, so a relative must be named first.
      if (term.needFamily && !relativeBefore(input, first, sent.start)) continue;

      const facts = factsOf(input, sent, sentenceCache);
      const reasons: Reason[] = [{ kind: 'wordlist', detail: term.note ?? 'a confidential topic' }];

      // The strongest evidence: words that single out one child.
      let childRef = facts.childRef;
      if (!childRef && next && CHILD.has(next.key) && !facts.generic) childRef = 'the topic describes one child ("a PP boy")';
      if (!childRef && facts.family) continue; // "my son has ADHD": the writer's own family
      // "Three CP cases in Reception": a count of cases is only telling when it is one class's.
      if (term.caseWord === 'plural' && !childRef && !CLASS_PLACE.test(lower.slice(sent.start, sent.end))) continue;

      const before = walkBack(input, first, sent.start, !term.event);
      const after = walkForward(input, last, sent.end);
      let level: 'child' | 'person' | 'case' | 'disclosure' | undefined;
      let person: PersonKind | undefined;
      if (childRef) {
        level = 'child';
        reasons.push({ kind: 'context', detail: childRef });
      } else {
        if (before.kind === 'self' && !term.byWriter) continue; // "I was diagnosed with ADHD", "my anxiety": the writer's own matter
        if (facts.adult) continue; // "diagnosed as an adult", "in his forties"
        const inherited = !before.kind && tied.some((h) => h.person && h.start >= sent.start && tokens[before.at] !== undefined && tokens[before.at]!.start >= h.start && tokens[before.at]!.end <= h.end);
        person =
          before.kind === 'pronoun' || before.kind === 'name'
            ? before.kind
            : after.kind === 'pronoun' || after.kind === 'name'
              ? after.kind
              : inherited
                ? 'pronoun'
                : undefined;
        if (before.kind === 'roster' || after.kind === 'roster') {
          level = 'child';
          reasons.push({ kind: 'roster', detail: 'a name from the school roster is linked to it' });
        } else {
          // A pronoun after a colleague is mentioned ("Mrs Khan said she…") is their news, not a pupil's.
          if (person === 'pronoun' && staffIsSubject(text, lower, sent.start, m.start)) person = undefined;
          if (person && term.childOnly && !pupilContext(input, m.start, m.end)) person = undefined;
          if (person) {
            level = 'person';
            reasons.push({
              kind: 'context',
              detail: person === 'name' ? 'a capitalised name is linked to it' : 'a pronoun (he, she, his, her) links it to one person',
            });
          } else {
            if (term.weak) continue;
            const generic = before.kind === 'group' || (next !== undefined && GROUP.has(next.key)) || facts.generic;
            if (generic || frameBefore(input, first, sent.start)) continue;
            // A child singled out in the sentence before: "Kai has been off for weeks. A welfare check is booked."
            const carried = sent.start === 0 ? undefined : factsOf(input, sentenceAround(sentences, text.length, sent.start - 1), sentenceCache).childRef;
            if (term.childOnly) {
              // Conditions adults have too: only an event that happened to a child ("called 999 for a pupil").
              if (!term.event || !facts.oneKid) continue;
              level = 'case';
            } else if (facts.oneChild && (facts.disclosed || term.event)) level = 'case';
            else if (term.caseWord && caseFits(input, term.caseWord, m, sent, facts, carried)) level = 'case';
            else if (carried && (facts.disclosed || term.event)) level = 'case';
            else if (facts.disclosed && !term.event) level = 'disclosure';
            else continue;
            if (facts.oneChild) reasons.push({ kind: 'context', detail: 'a child is mentioned ("a pupil", "two boys")' });
            else if (carried) reasons.push({ kind: 'context', detail: 'the sentence before singles out a child' });
            else if (term.caseWord === 'plural') reasons.push({ kind: 'context', detail: 'counts live cases in one class or year group' });
            else if (term.caseWord) reasons.push({ kind: 'context', detail: 'names one particular case, in a post about school or pupils' });
          }
        }
      }
      const disclosed = facts.disclosed;
      if (disclosed) reasons.push({ kind: 'context', detail: 'a verb reports a particular case (disclosed, referred, was put on…)' });
      tied.push({ start: m.start, end: m.end, person: level === 'child' || level === 'person' });

      const base = level === 'child' ? 0.92 : level === 'person' ? (person === 'name' ? 0.9 : 0.87) : level === 'case' ? 0.7 : 0.6;
      const bonus = disclosed && (level === 'child' || level === 'person') ? 0.03 : 0;
      const confidence = Math.round(Math.min(0.95, (base + bonus) * (term.weight ?? 1)) * 100) / 100;

      const { message, suggestion } = MESSAGES[term.signal];
      out.push({ signal: term.signal, ...input.at(m.start, m.end), confidence, evidence: { reasons }, message, suggestion });
    }
    return out;
  },
};

/** What a sentence says, worked out once however many topic words it holds. */
interface SentenceFacts {
  childRef?: string;
  family: boolean;
  generic: boolean;
  adult: boolean;
  disclosed: boolean;
  oneChild: boolean;
  oneKid: boolean;
}

function factsOf(input: DetectorInput, sent: { start: number; end: number }, cache: Map<number, SentenceFacts>): SentenceFacts {
  const cached = cache.get(sent.start);
  if (cached) return cached;
  const sentLower = input.norm.lower.slice(sent.start, sent.end);
  const sentText = input.norm.text.slice(sent.start, sent.end);
  let childRef = CHILD_REFS.find((c) => c.re.test(sentLower))?.detail;
  if (!childRef && (FORM_CODE.test(sentText) || FORM_AFTER_PREP.test(sentText))) childRef = 'a class or form code nearby';
  if (!childRef && rosterNameIn(input, sent)) childRef = 'a name from the school roster nearby';
  // "Can anyone tell me what to do when a child discloses…? It's just happened." is no longer a general question.
  const realCase = REAL_CASE.test(input.norm.lower.slice(sent.start, Math.min(input.norm.lower.length, sent.end + 160)));
  const facts: SentenceFacts = {
    family: FAMILY.find(sentLower).length > 0,
    generic: GENERIC.test(sentLower) && !realCase,
    adult: ADULT.test(sentLower),
    disclosed: DISCLOSURE.test(sentLower),
    oneChild: ONE_CHILD.test(sentLower),
    oneKid: ONE_KID.test(sentLower),
  };
  if (childRef) facts.childRef = childRef;
  cache.set(sent.start, facts);
  return facts;
}

/** Sentence start offsets, computed once per post (the engine's `sentence()` rescans the text on every call). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]+(?=\s)|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceAround(starts: number[], length: number, offset: number): { start: number; end: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { start: starts[lo]!, end: starts[lo + 1] ?? length };
}

/** Capitals-only terms must be written in capitals, and not inside a line of shouting ("PLEASE SEND IT"). */
function writtenInCapitals(input: DetectorInput, start: number, end: number): boolean {
  const written = input.norm.text.slice(start, end);
  if (written !== written.toUpperCase()) return false;
  const i = input.tokenAt(start);
  for (const t of [input.tokens[i - 1], input.tokens[input.tokenAt(end - 1) + 1]]) {
    if (t && t.key.length >= 3 && /^\p{L}+$/u.test(t.text) && t.text === t.text.toUpperCase() && !KNOWN_CAPS.has(t.key)) return false;
  }
  return true;
}

const baseOf = (key: string) => key.split("'")[0]!;

function isName(input: DetectorInput, j: number): boolean {
  const t = input.tokens[j]!;
  if (!t.capitalised || t.key.length < 2 || /\d/.test(t.key)) return false;
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return false; // acronyms
  if (NOT_NAME.has(t.key) || LINK.has(t.key) || FRAME.has(t.key)) return false;
  // The first word of a sentence is capitalised anyway: an everyday word there ("Reading about…") is not a name,
  // unless it is possessive ("Finn's social worker").
  if (t.sentenceStart && t.bareEnd === t.end && isEverydayWord(t.key) && !NAME_WORDS.has(t.key)) return false;
  const prev = input.tokens[j - 1];
  return !(prev && TITLE.has(prev.key));
}

function isRosterName(input: DetectorInput, j: number): boolean {
  const roster = input.context.roster;
  if (!roster) return false;
  const t = input.tokens[j]!;
  if (!roster.first.has(t.key) && !roster.last.has(t.key)) return false;
  if (roster.everyday.has(t.key) && (!t.capitalised || t.sentenceStart)) return false;
  const prev = input.tokens[j - 1];
  if (prev && TITLE.has(prev.key)) return false;
  // "Boris Johnson" when the roster's Johnson is Ellie: a full name that is not a pupil's is someone else.
  if (t.capitalised) {
    const next = input.tokens[j + 1];
    if (roster.last.has(t.key) && prev && looksLikeName(prev) && !roster.pairs.has(`${prev.key}|${t.key}`)) return false;
    if (roster.first.has(t.key) && next && looksLikeName(next) && !roster.pairs.has(`${t.key}|${next.key}`)) return false;
  }
  return true;
}

/** A capitalised word that could be part of a person's name (not "Year", "Mrs", "The"). */
function looksLikeName(t: Token): boolean {
  return t.capitalised && t.key.length > 1 && t.text !== t.text.toUpperCase() && !/\d/.test(t.key) && !NOT_NAME.has(t.key) && !LINK.has(t.key) && !TITLE.has(t.key);
}

function relativeBefore(input: DetectorInput, first: number, sentStart: number): boolean {
  for (let j = first - 1; j >= 0 && input.tokens[j]!.start >= sentStart; j--) if (RELATIVE.has(input.tokens[j]!.key)) return true;
  return false;
}

/** A possessive owner right before the topic: "Kai's …", "his …", "her …". */
function ownedBy(input: DetectorInput, first: number, sentStart: number): boolean {
  const prev = input.tokens[first - 1];
  if (!prev || prev.start < sentStart) return false;
  if (prev.key === 'his' || prev.key === 'her') return true;
  return /'s?$/.test(prev.text) && (isRosterName(input, first - 1) || isName(input, first - 1));
}

/**
 * A child's name right before an event verb: a roster name, or a capitalised name that is not just the first word of
 * the sentence ("Trains suspended…"), in a post about school.
 */
function nameJustBefore(input: DetectorInput, first: number, sentStart: number, m: { start: number; end: number }): boolean {
  const j = first - 1;
  const t = input.tokens[j];
  if (!t || t.start < sentStart) return false;
  if (isRosterName(input, j)) return true;
  if (!isName(input, j)) return false;
  const fullName = j > 0 && input.tokens[j - 1]!.start >= sentStart && isName(input, j - 1);
  return (fullName || !t.sentenceStart) && pupilContext(input, m.start, m.end);
}

/** A case word with no person linked: one case in a post about school, or several counted in one class. */
function caseFits(
  input: DetectorInput,
  kind: 'one' | 'plural',
  m: { start: number; end: number },
  sent: { start: number; end: number },
  facts: SentenceFacts,
  carried: string | undefined,
): boolean {
  if (kind === 'plural') return CLASS_PLACE.test(input.norm.lower.slice(sent.start, sent.end));
  return !!carried || facts.oneChild || pupilContext(input, m.start, m.end);
}

/** Every topic: the word list in one pass, then the few plain-words patterns; overlaps keep the earlier hit (a pattern on a tie). */
function findTopics(lower: string): TermMatch[] {
  const found = TOPIC_LIST.find(lower);
  let extra: TermMatch[] | undefined;
  for (const p of PATTERN_TOPICS) {
    p.re.lastIndex = 0;
    for (const m of lower.matchAll(p.re)) (extra ??= []).push({ term: p.term, start: m.index, end: m.index + m[0].length });
  }
  if (!extra) return found;
  const all = [...extra, ...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  for (const m of all) if (!out.length || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

function rosterNameIn(input: DetectorInput, sent: { start: number; end: number }): boolean {
  if (!input.context.roster) return false;
  for (let j = input.tokenAt(sent.start); j < input.tokens.length && input.tokens[j]!.end <= sent.end; j++) {
    if (isRosterName(input, j)) return true;
  }
  return false;
}

/** Class or year codes written between a name and its verb: "Lily (Y3) has…", "Kai 9X2 was…". */
const YEAR_TOKEN = /^(?:y|yr|year)?\d{1,2}[a-z]{0,3}\d?$/;

/** Walks left from the topic over linking words to the person (or group) it is about. */
function walkBack(input: DetectorInput, first: number, sentStart: number, noun = false): Walk {
  let links = 0;
  for (let j = first - 1; j >= 0 && input.tokens[j]!.start >= sentStart; j--) {
    const key = baseOf(input.tokens[j]!.key);
    if (PRONOUNS.has(key)) return { kind: 'pronoun', at: j };
    if (SELF.has(key)) return { kind: 'self', at: j };
    // "her parents", "Kai's family": one child's relatives, not parents in general.
    const owned = RELATIVE.has(key) && j > 0 && /^(?:his|her|their)$|'s?$/.test(input.tokens[j - 1]!.text.toLowerCase());
    if (GROUP.has(key) && !owned) return { kind: 'group', at: j };
    if (isRosterName(input, j)) return { kind: 'roster', at: j };
    // An initial after a first name: "Maya C in 4B is…".
    if (/^\p{Lu}$/u.test(input.tokens[j]!.text) && j > 0 && isName(input, j - 1)) continue;
    if (LINK.has(key) || YEAR_TOKEN.test(key)) {
      // Relatives cost nothing ("her mum and dad are…"), nor does "and" between them.
      const free = FREE.has(key) && (key !== 'and' || FREE.has(baseOf(input.tokens[j - 1]?.key ?? '')));
      if (!free && ++links > MAX_LINKS_BEFORE) return { at: j };
      continue;
    }
    // A capitalised word right before a topic noun, not possessive, is a modifier ("Renaissance nudes"), not a child.
    if (noun && j === first - 1 && !/'s?$/.test(input.tokens[j]!.text)) return { at: j };
    return isName(input, j) ? { kind: 'name', at: j } : { at: j };
  }
  return { at: -1 };
}

/** Walks right from the topic: "a referral to social services for him", "CP conference for Lily". */
function walkForward(input: DetectorInput, last: number, sentEnd: number): Walk {
  let links = 0;
  for (let j = last + 1; j < input.tokens.length && input.tokens[j]!.end <= sentEnd; j++) {
    const key = baseOf(input.tokens[j]!.key);
    if (PRONOUNS.has(key)) return { kind: 'pronoun', at: j };
    if (isRosterName(input, j)) return { kind: 'roster', at: j };
    if (LINK_AFTER.has(key)) {
      if (++links > MAX_LINKS_AFTER) return { at: j };
      continue;
    }
    // A name after the topic only through a preposition that points at a person: "conference for Lily".
    const prev = input.tokens[j - 1]!;
    return links > 0 && POINTS_AT.has(prev.key) && isName(input, j) ? { kind: 'name', at: j } : { at: j };
  }
  return { at: -1 };
}

/** "Training on ADHD", "awareness of autism": a frame word within six words before the topic. */
function frameBefore(input: DetectorInput, first: number, sentStart: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 6) && input.tokens[j]!.start >= sentStart; j--) {
    if (FRAME_BEFORE.has(input.tokens[j]!.key)) return true;
  }
  return false;
}

/** A member of staff named or described before the topic in this sentence: "Mrs Khan is off with anxiety". */
function staffIsSubject(text: string, lower: string, sentStart: number, topicStart: number): boolean {
  return STAFF_TITLED.test(text.slice(sentStart, topicStart)) || STAFF_ROLE.test(lower.slice(sentStart, topicStart));
}
