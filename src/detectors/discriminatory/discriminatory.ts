import { sentenceAround } from '../sentence-around.ts';
import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { isEverydayWord, lexiconTags } from '../../engine/nlp.ts';
import { TermList, type Term, type TermMatch } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  ARTICLE_LEADS,
  CALLING,
  type Characteristic,
  COPULAS,
  DEHUMANISING,
  type DehumanisingTerm,
  DISTANCING,
  FILLERS,
  GROUP_PLACES,
  GROUP_VERB_PHRASES,
  GROUPS,
  type GroupTerm,
  INTENSIFIERS,
  LANGUAGE_JUDGEMENTS,
  LANGUAGE_SUBJECTS,
  PEOPLE_NOUNS,
  PHRASES,
  PREDICATES,
  type PredicateTerm,
  SLURS,
  type SlurTerm,
  STEREOTYPES,
  type StereotypeTerm,
  TARGETS,
  VOCATIVES,
} from './data.ts';

// ---- Slurs: one compiled pattern, tolerant of repeated letters, look-alike digits and masked letters ----------------

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** "spaz" → s+ [p*]+ [a*]+ z+ : letters may repeat, inner letters may be masked with *, words may run together. */
function slurUnits(term: string): string[] {
  const units: string[] = [];
  term.split(' ').forEach((word, w) => {
    if (w > 0) units.push('[\\s\\-]*');
    const chars = [...word];
    chars.forEach((c, i) => {
      if (c === '-') units.push('-');
      else {
        const inner = i > 0 && i < chars.length - 1 && chars[i - 1] !== '-' && chars[i + 1] !== '-';
        units.push(inner ? `[${escape(c)}*]+` : `${escape(c)}+`);
      }
    });
  });
  return units;
}

interface Trie {
  children: Map<string, Trie>;
  end: boolean;
}

/** One alternation factored by shared beginnings (a trie), which the regex engine runs far faster than a flat list. */
function trieSource(terms: readonly string[]): string {
  const root: Trie = { children: new Map(), end: false };
  for (const t of terms) {
    let node = root;
    for (const u of slurUnits(t)) {
      let next = node.children.get(u);
      if (!next) node.children.set(u, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const alts = [...node.children].map(([u, child]) => u + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const SLUR_REGEX = new RegExp(`(?<![\\p{L}\\p{N}*])${trieSource(SLURS.map((t) => t.term))}(?![\\p{L}\\p{N}*])`, 'gu');
/** Which slur a match is: each term's own anchored pattern, tried only for terms with the same first letter. */
const SLUR_BY_LETTER = new Map<string, { term: SlurTerm; regex: RegExp }[]>();
for (const term of SLURS) {
  const list = SLUR_BY_LETTER.get(term.term[0]!) ?? [];
  list.push({ term, regex: new RegExp(`^${slurUnits(term.term).join('')}$`, 'u') });
  SLUR_BY_LETTER.set(term.term[0]!, list);
}
const NOT_NEAR = new Map<SlurTerm, TermList>();
for (const t of SLURS) if (t.notNear) NOT_NEAR.set(t, new TermList(t.notNear.map((term) => ({ term }))));

// Digits and symbols read as letters when they sit in a word: "sp4z", "n1gger", "c00n". Same length as the input.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' };
const LETTER = /\p{L}/u;
// Only characters with a letter reading: a digit such as 6 or 8 next to a word must stay as it is (and keep offsets).
const HAS_LEET = /[013457@$!|]/;
const LEET_CHARS = /[013457@$!|]/g;

function skeleton(lower: string): string {
  if (!HAS_LEET.test(lower)) return lower;
  return lower.replace(LEET_CHARS, (c, i: number) => {
    const before = i > 0 && LETTER.test(lower[i - 1]!);
    const after = i + 1 < lower.length && LETTER.test(lower[i + 1]!);
    // "!" and "|" end sentences and draw lines: only inside a word. Digits may end one ("p4k1").
    const strict = c === '!' || c === '|';
    const chained = i > 0 && LEET[lower[i - 1]!] !== undefined && i > 1 && LETTER.test(lower[i - 2]!);
    return (strict ? before && after : before || after || chained) ? LEET[c]! : c;
  });
}

// ---- Shared word lists ------------------------------------------------------------------------------------------

const asSet = (xs: readonly string[]) => new Set(xs);
const INTENSIFIER = asSet(INTENSIFIERS);
const VOCATIVE = asSet(VOCATIVES);
const ARTICLE_LEAD = asSet(ARTICLE_LEADS);
const CALL = asSet(CALLING);
const COPULA = asSet(COPULAS);
const FILLER = asSet(FILLERS);
const PEOPLE = asSet(PEOPLE_NOUNS);
const TARGET = asSet(TARGETS);
const DISTANCE = new TermList(DISTANCING);

type Cue = DehumanisingTerm | GroupTerm | PredicateTerm | StereotypeTerm;
const CUES = new TermList([...DEHUMANISING, ...GROUPS, ...PREDICATES, ...PHRASES] as Term[]);
/** Run only when a group is named: most posts name none, so most posts never pay for this list. */
const STEREOTYPE_CUES = new TermList(STEREOTYPES);
const VERB_PHRASES = new TermList(GROUP_VERB_PHRASES);
const PHRASE_SET = new Set<Term>(PHRASES);

const CHARACTERISTIC_WORDS: Record<Characteristic, string> = {
  age: 'age',
  disability: 'disability',
  'gender reassignment': 'gender identity (gender reassignment)',
  'marriage and civil partnership': 'marriage or civil partnership',
  'pregnancy and maternity': 'pregnancy or maternity',
  race: 'race, ethnicity or nationality',
  'religion or belief': 'religion or belief',
  sex: 'sex',
  'sexual orientation': 'sexual orientation',
};

// ---- Words around a match -----------------------------------------------------------------------------------------

const WORDS = /[\p{L}\p{N}'*]+/gu;
const CLAUSE_BREAK = /[.!?;:,\n()"]/;

/** Up to `n` words before `pos` in the same clause, nearest first. */
function wordsBefore(lower: string, pos: number, n: number): string[] {
  let from = Math.max(0, pos - 80);
  for (let i = pos - 1; i >= from; i--) {
    if (CLAUSE_BREAK.test(lower[i]!)) {
      from = i + 1;
      break;
    }
  }
  const words = lower.slice(from, pos).match(WORDS) ?? [];
  return words.slice(-n).reverse();
}

/** The word straight after `pos` (spaces and hyphens skipped), or ''. */
function wordAfter(lower: string, pos: number): string {
  const m = /^[\s-]*([\p{L}\p{N}']+)/u.exec(lower.slice(pos, pos + 40));
  return m?.[1] ?? '';
}

/** "you …", "he's a …", "is a bit of a …", "called her a …": the word names a person. */
function namesAPerson(before: string[]): boolean {
  let i = 0;
  const skip = () => {
    while (i < before.length && (INTENSIFIER.has(before[i]!) || /^f[\w*]*(ing|in)$/.test(before[i]!))) i++;
  };
  skip();
  if (VOCATIVE.has(before[i] ?? '')) return true;
  if (before[i] !== 'a' && before[i] !== 'an') return false;
  i++;
  skip();
  // "a bit of a …"
  if (before[i] === 'of' && before[i + 1] === 'bit' && (before[i + 2] === 'a' || before[i + 2] === 'an')) {
    i += 3;
    skip();
  }
  const lead = before[i] ?? '';
  if (ARTICLE_LEAD.has(lead)) return true;
  return ['him', 'her', 'them', 'me', 'you', 'us'].includes(lead) && CALL.has(before[i + 1] ?? '');
}

function isQuoted(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  const close = text[end];
  return (open === "'" || open === '"') && (close === "'" || close === '"');
}

// ---- Targets of dehumanising words ---------------------------------------------------------------------------------

type TargetKind = 'pupils' | 'parents' | 'people';
interface Target {
  first: number;
  last: number;
  kind: TargetKind;
  /** "my kids": perhaps the writer's own children, so less sure. */
  own: boolean;
  /** "he", "she", "they": a pronoun could be anyone, so less sure. */
  pointed?: boolean;
}

const PARENT_WORDS = asSet(['parents', 'parent', 'mums', 'mum', 'moms', 'mothers', 'mother', 'dads', 'dad', 'fathers', 'father', 'carers', 'families', 'family']);
const PEOPLE_WORDS = asSet(['people', 'folk', 'locals', 'residents', 'lot']);
/** Singular or collective words that are only a group of people after a determiner: "my class", "this lot". */
const NEEDS_DETERMINER = asSet(['class', 'form', 'group', 'set', 'lot', 'intake', 'cohort', 'nursery', 'estate']);
const DETERMINERS = asSet([
  'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'whole', 'entire', 'new', 'bottom',
  'top', 'middle', 'lower', 'higher', 'them', 'tutor', 'year', 'form', 'some', 'all',
]);
/** "my kids" may be the writer's own children rather than a class. */
const MAYBE_OWN = asSet(['kids', 'kid', 'children', 'child', 'boys', 'boy', 'girls', 'girl', 'lot', 'kiddies', 'kiddos']);
const OWN_FAMILY = asSet(['mum', 'dad', 'mother', 'father', 'family', 'parents', 'mums', 'dads']);
const YEAR = /^(?:y|yr|year)\d{1,2}s?$/;
const NUMBER = /^\d{1,2}s?$/;
const FORM = /^\d{1,2}[a-z]{1,3}\d?$/;
const NOT_FORMS = /^\d+(?:st|nd|rd|th|am|pm|kg|km|cm|mm|ml|g|m|s|k|x|p|mb|gb)$/;
const PREPOSITIONS = asSet(['of', 'in', 'at', 'from', 'on', 'round', 'around', 'near', 'outside', 'with', 'by', 'for', 'down', 'up', 'across', 'over']);
const SUBJECT_FILLERS = asSet([
  'can', 'could', 'will', 'would', 'must', 'might', 'may', 'have', 'has', 'had', 'sometimes', 'always', 'often', 'just',
  'really', 'all', 'honestly', 'literally', 'actually', 'still', 'genuinely', 'frankly', 'seriously', 'definitely',
  'clearly', 'obviously', 'today', 'again', 'now', 'lately', 'recently', 'basically', 'truly', 'both', 'here',
  'nowadays', 'tonight', 'completely', 'totally', 'absolutely', 'properly', 'so',
]);
const QUANTIFIERS = asSet(['some', 'most', 'many', 'all', 'half', 'few', 'several', 'lots', 'loads', 'one', 'two', 'three', 'none', 'majority', 'minority', 'any', 'couple', 'both', 'each', 'rest', 'number', 'bunch', 'load', 'lot']);
const TIME_WORDS = asSet(['week', 'term', 'year', 'morning', 'afternoon', 'evening', 'lesson', 'period', 'day', 'time', 'half']);

/** The target word(s) that end at token i, if any. */
function targetEndingAt(tokens: Token[], i: number): Target | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const key = t.key;
  const prev = i > 0 && !t.sentenceStart ? tokens[i - 1]!.key : '';
  if (NUMBER.test(key) && (prev === 'year' || prev === 'yr' || prev === 'y')) return { first: i - 1, last: i, kind: 'pupils', own: false };
  if (YEAR.test(key)) return { first: i, last: i, kind: 'pupils', own: false };
  if (FORM.test(key) && !NOT_FORMS.test(key) && /\p{Lu}/u.test(t.text)) return { first: i, last: i, kind: 'pupils', own: false };
  if (!TARGET.has(key) && !(key === 'group' && (prev === 'tutor' || prev === 'year'))) return undefined;
  if (NEEDS_DETERMINER.has(key) && !DETERMINERS.has(prev) && !NUMBER.test(prev)) return undefined;
  if (key === 'reception' && !t.capitalised && !DETERMINERS.has(prev)) return undefined;
  if (prev === 'my' && OWN_FAMILY.has(key)) return undefined;
  const kind: TargetKind = PARENT_WORDS.has(key) ? 'parents' : PEOPLE_WORDS.has(key) ? 'people' : 'pupils';
  return { first: i, last: i, kind, own: prev === 'my' && MAYBE_OWN.has(key) };
}

/** The target word(s) that start at token i ("Year 9", "kids"), if any. */
function targetStartingAt(tokens: Token[], i: number): Target | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const next = tokens[i + 1];
  if ((t.key === 'year' || t.key === 'yr') && next && NUMBER.test(next.key)) return { first: i, last: i + 1, kind: 'pupils', own: false };
  if (YEAR.test(t.key) || (FORM.test(t.key) && !NOT_FORMS.test(t.key) && /\p{Lu}/u.test(t.text))) return { first: i, last: i, kind: 'pupils', own: false };
  if (!TARGET.has(t.key) || NEEDS_DETERMINER.has(t.key)) return undefined;
  const kind: TargetKind = PARENT_WORDS.has(t.key) ? 'parents' : PEOPLE_WORDS.has(t.key) ? 'people' : 'pupils';
  return { first: i, last: i, kind, own: false };
}

/** Index of the token before i in the same sentence, or -1. */
const before = (tokens: Token[], i: number) => (i > 0 && !tokens[i]!.sentenceStart ? i - 1 : -1);

/**
 * The subject of the verb at token `verb`, when it is a target: "the parents at pick-up are …", "kids from that end of
 * the village are …", but not "the printer in my class is …".
 */
function subjectOf(tokens: Token[], verb: number): Target | undefined {
  let j = before(tokens, verb);
  for (let hop = 0; hop < 4 && j >= 0; hop++) {
    while (j >= 0 && (SUBJECT_FILLERS.has(tokens[j]!.key) || (TIME_WORDS.has(tokens[j]!.key) && ['this', 'last', 'all'].includes(tokens[j - 1]?.key ?? '')))) {
      j = TIME_WORDS.has(tokens[j]!.key) ? before(tokens, before(tokens, j)) : before(tokens, j);
    }
    if (j < 0) return undefined;
    const target = targetEndingAt(tokens, j);
    let k = target ? target.first : j;
    if (target) {
      // Is the target itself the object of a preposition ("… in my class")? Then the subject is further back.
      let d = before(tokens, k);
      while (d >= 0 && DETERMINERS.has(tokens[d]!.key) && !PREPOSITIONS.has(tokens[d]!.key)) d = before(tokens, d);
      if (d < 0 || !PREPOSITIONS.has(tokens[d]!.key)) return target;
      // "some of the parents", "half of Year 9": the quantifier's group is the subject.
      const head = before(tokens, d);
      if (tokens[d]!.key === 'of' && head >= 0 && QUANTIFIERS.has(tokens[head]!.key)) return target;
      j = head;
      continue;
    }
    // Not a target: skip back over a short prepositional phrase, else the subject is something else.
    let p = -1;
    for (let s = 0, q = k; s < 4 && q >= 0; s++, q = before(tokens, q)) {
      if (PREPOSITIONS.has(tokens[q]!.key)) {
        p = q;
        break;
      }
    }
    if (p < 0) return undefined;
    j = before(tokens, p);
  }
  return undefined;
}

const COSTUME = new TermList(
  [
    'play', 'nativity', 'show', 'assembly', 'production', 'costume', 'costumes', 'dressed', 'dress up', 'dressing up',
    'panto', 'pantomime', 'musical', 'performance', 'dance', 'song', 'role', 'roles', 'characters', 'parts', 'mask',
    'masks', 'face paint', 'facepaint', 'parade', 'book day', 'drama', 'story', 'circus', 'pretending', 'workshop',
    'zoo trip', 'farm trip', 'safari park', 'wildlife park', 'acting', 'pretend', 'playing', 'topic', 'learning about', 'learnt about', 'learned about', 'pet',
    'pets', 'science', 'habitat', 'habitats',
  ].map((term) => ({ term })),
);
const SCHOOL_CUES = new TermList(
  [
    'class', 'school', 'lesson', 'lessons', 'period', 'year', 'pupils', 'students', 'teaching', 'taught', 'classroom',
    'playground', 'assembly', 'break time', 'breaktime', 'lunchtime', 'detention', 'register', 'form', 'tutor',
    'corridor', 'corridors', 'hall', 'staff', 'staffroom', 'slt', 'cover', 'supply', 'trip', 'marking', 'homework',
    'sats', 'gcse', 'gcses', 'mocks', 'ofsted', 'head', 'headteacher', 'ta', 'tas',
  ].map((term) => ({ term })),
);
const THE_LOT = /^[\s,]*(?:-\s*)?(?:the (?:whole )?lot of (?:them|em)|all of (?:them|em)|every (?:last )?one of (?:them|em)|the lot)\b/;
const TEACH = asSet(['teach', 'teaching', 'taught', 'teaches']);
const POINTING = asSet(['these', 'those', 'bunch', 'load', 'pack', 'such']);
const TEACH_FILLERS = asSet(['these', 'those', 'the', 'a', 'bunch', 'load', 'pack', 'of', 'such', 'little', 'absolute', 'complete', 'feral', 'wild']);
const COMPOUND_AFTER = asSet(['menu', 'menus', 'club', 'clubs', 'party', 'parties', 'meal', 'meals', 'evening', 'evenings', 'meeting', 'association', 'page', 'section', 'toys', 'tv', 'zone', 'area', 'corner', 'room']);

function message(kind: TargetKind): string {
  const who = kind === 'parents' ? 'parents or families' : kind === 'pupils' ? 'pupils' : 'people';
  return `This describes ${who} as animals, pests or dirt. Dehumanising language about pupils or families breaches the staff code of conduct.`;
}

// ---- The detector ---------------------------------------------------------------------------------------------------

export const discriminatory: Detector = {
  meta: {
    id: 'discriminatory',
    category: 'abuse',
    signals: ['abuse.discriminatory', 'abuse.dehumanising'],
    description:
      'Slurs, negative generalisations and stereotypes (with or without a slur) about characteristics protected by the Equality Act 2010, and dehumanising words (feral, vermin, animals) aimed at pupils, parents or people.',
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    findSlurs(input, out);
    findCues(input, out);
    languageJibe(input, out);
    return out;
  },
};


function distanced(input: DetectorInput, offset: number): string | undefined {
  const s = sentenceAround(input.norm.text, offset);
  return DISTANCE.find(input.norm.lower.slice(s.start, s.end))[0]?.term.term;
}

function findSlurs(input: DetectorInput, out: DetectorFinding[]): void {
  const { lower, text } = input.norm;
  const skel = skeleton(lower);
  for (const m of skel.matchAll(SLUR_REGEX)) {
    const term = SLUR_BY_LETTER.get(m[0][0]!)?.find((c) => c.regex.test(m[0]))?.term;
    if (!term) continue;
    const start = m.index;
    const end = start + m[0].length;
    const stars = m[0].split('*').length - 1;
    if (stars > 0 && stars * 2 > m[0].length - 2) continue;
    if (term.notBefore?.includes(wordAfter(lower, end))) continue;
    const prevWords = wordsBefore(lower, start, 8);
    if (term.notAfter?.includes(prevWords[0] ?? '')) continue;
    const notNear = NOT_NEAR.get(term);
    if (notNear && input.near(start, end, notNear, 6)) continue;
    if (term.properNoun) {
      const tok = input.tokens[input.tokenAt(start)];
      if (tok && tok.start === start && tok.capitalised && !tok.sentenceStart) continue;
    }
    if (term.frame === 'noun' && !namesAPerson(prevWords)) continue;
    if (term.after && !term.after.includes(prevWords[0] ?? '')) continue;
    // "so gay-friendly": part of a longer compound. (Real slurs in compounds, "paki-bashing", still count.)
    if ((term.after || term.frame) && /^-\p{L}/u.test(lower.slice(end, end + 2))) continue;

    const reasons: Reason[] = [{ kind: 'wordlist', detail: `${term.note} (${term.source})` }];
    if (m[0] !== lower.slice(start, end)) reasons.push({ kind: 'pattern', detail: 'digits or symbols in place of letters' });
    else if (stars > 0) reasons.push({ kind: 'pattern', detail: 'letters masked with asterisks' });
    if (term.frame === 'noun') reasons.push({ kind: 'context', detail: 'used as a name for a person' });
    let confidence = term.confidence;
    let caveat = '';
    const cue = distanced(input, start);
    if (cue) {
      // "we talked about why words like … hurt": mild or ambiguous words are then left alone; real slurs still count.
      if (term.frame || term.after || term.confidence < 0.85) continue;
      confidence = Math.min(confidence, 0.6);
      caveat = ' Even quoted or discussed, a slur in a public post can be read as abuse.';
      reasons.push({ kind: 'context', detail: `"${cue}" nearby: the post may be discussing the word` });
    } else if (isQuoted(text, start, end)) {
      confidence = Math.min(confidence, 0.7);
      caveat = ' Even quoted, a slur in a public post can be read as abuse.';
      reasons.push({ kind: 'context', detail: 'in quotation marks' });
    }
    out.push({
      signal: 'abuse.discriminatory',
      ...input.at(start, end),
      confidence,
      evidence: { reasons },
      message: `This is a slur about ${CHARACTERISTIC_WORDS[term.characteristic]}, a characteristic protected by the Equality Act 2010.${caveat}`,
      suggestion: 'Remove the word. If you are describing an incident, say "a discriminatory remark" instead.',
    });
  }
}

function findCues(input: DetectorInput, out: DetectorFinding[]): void {
  const { lower } = input.norm;
  const tokens = input.tokens;
  const matches = CUES.find(lower);
  if (matches.length === 0) return;
  // What starts at each token, for the predicate look-ups.
  const startsAt = new Map<number, TermMatch>();
  for (const m of matches) startsAt.set(m.start, m);
  const generalised: { start: number; end: number }[] = [];

  for (const m of matches) {
    const cue = m.term as Cue;
    if (PHRASE_SET.has(m.term)) {
      if (distanced(input, m.start)) continue;
      out.push(generalisation(input, m.start, m.end, (cue as PredicateTerm).confidence, 'race', [
        { kind: 'wordlist', detail: cue.note ?? 'xenophobic phrase' },
      ]));
      generalised.push(m);
    } else if (cue.kind === 'group') {
      const found = groupClaim(input, m, startsAt);
      if (found) {
        out.push(found.finding);
        generalised.push(found.span);
      }
    }
  }
  const groups = matches.filter((m) => (m.term as Cue).kind === 'group' && groupMention(input, m));
  for (const m of stereotypeCues(input, groups)) {
    const cue = m.term as StereotypeTerm;
    if (generalised.some((g) => g.start < m.end && m.start < g.end)) continue;
    const found = stereotype(input, m, cue, groups);
    if (found) {
      out.push(found.finding);
      generalised.push(found.span);
    }
  }
  for (const m of matches) {
    const cue = m.term as Cue;
    if (cue.kind !== 'dehumanising') continue;
    if (generalised.some((g) => g.start <= m.start && m.end <= g.end)) continue;
    const f = dehumanising(input, m, cue, tokens);
    if (f) out.push(f);
  }
}

function generalisation(input: DetectorInput, start: number, end: number, confidence: number, characteristic: Characteristic, reasons: Reason[]): DetectorFinding {
  return {
    signal: 'abuse.discriminatory',
    ...input.at(start, end),
    confidence,
    evidence: { reasons: [...reasons, { kind: 'context', detail: `protected characteristic: ${characteristic}` }] },
    message: `This makes a negative generalisation about a group defined by ${CHARACTERISTIC_WORDS[characteristic]}, which the Equality Act 2010 protects.`,
    suggestion: 'Remove the generalisation. If something specific happened, describe that without reference to the group.',
  };
}

const GEN_ADVERBS = asSet(['all', 'just', 'always', 'really', 'honestly', 'basically', 'literally', 'genuinely', 'mostly', 'generally', 'usually', 'clearly', 'obviously', 'so', 'such', 'bloody', 'fucking', 'complete', 'total', 'absolute', 'utter', 'nothing', 'but', 'bunch', 'load', 'lot', 'of', 'pack', 'frankly', 'simply', 'inherently', 'naturally', 'quite', 'very', 'pretty', 'too']);
const MODALS = asSet(['should', 'must', 'need', 'needs', 'ought', 'to', 'all', 'just', 'really', 'frankly', 'honestly', 'probably', 'simply']);
const BE = asSet(['are', 'is', 'were', 'was', "they're", 'be']);
const HATE = asSet(['hate', 'hates', 'despise', 'despises', 'detest', 'detests', 'loathe', 'loathes']);
const HATE_FILLERS = asSet(['all', 'bloody', 'fucking', 'the', 'those', 'these', 'effing', 'flipping', 'sodding', 'really', 'just', 'absolutely', 'fcking']);
const SPECIFIC = asSet(['the', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'two', 'three', 'both', 'some']);
const AGE_OF = asSet(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** "Muslims are terrorists", "disabled kids should be…", "I hate gays": a group, then what is said of it. */
function groupClaim(input: DetectorInput, m: TermMatch, startsAt: Map<number, TermMatch>): { finding: DetectorFinding; span: { start: number; end: number } } | undefined {
  const tokens = input.tokens;
  const group = m.term as GroupTerm;
  const text = input.norm.text;
  if (group.capital && !/\p{Lu}/u.test(text[m.start]!)) return undefined;
  const first = input.tokenAt(m.start);
  let last = input.tokenAt(m.end - 1);
  const prevKey = before(tokens, first) >= 0 ? tokens[first - 1]!.key : '';
  if (group.adjective) {
    const next = tokens[last + 1];
    if (next && PEOPLE.has(next.key) && !tokens[last + 1]!.sentenceStart) last += 1;
    else if (!(prevKey === 'the' && next && BE.has(next.key))) return undefined;
    if (AGE_OF.has(prevKey)) return undefined; // "ten year old kids"
  }
  // Sex and age: "the women in my office" is a particular group of people, not women in general.
  if ((group.characteristic === 'sex' || group.characteristic === 'age') && SPECIFIC.has(prevKey) && group.term !== 'the elderly') return undefined;
  if (PEOPLE.has(tokens[last + 1]?.key ?? '') && !tokens[last + 1]!.sentenceStart) last += 1;

  let start = tokens[first]!.start;
  const reasons: Reason[] = [{ kind: 'wordlist', detail: `${group.note} (${group.source})` }];

  // "I hate …"
  let h = before(tokens, first);
  while (h >= 0 && HATE_FILLERS.has(tokens[h]!.key)) h = before(tokens, h);
  const stand = h >= 1 && tokens[h]!.key === 'stand' && /^(?:can't|cant|cannot)$/.test(tokens[h - 1]!.key);
  if (h >= 0 && (HATE.has(tokens[h]!.key) || stand)) {
    if (distanced(input, m.start)) return undefined;
    const s = stand ? tokens[h - 1]!.start : tokens[h]!.start;
    const end = tokens[last]!.end;
    const finding = generalisation(input, s, end, 0.85, group.characteristic, [...reasons, { kind: 'pattern', detail: 'hatred expressed towards the whole group' }]);
    return { finding, span: { start: s, end } };
  }

  // Quantifier in front: "all Muslims …", "typical women …".
  const q = before(tokens, first);
  if (q >= 0 && ['all', 'most', 'typical', 'bloody', 'fucking'].includes(tokens[q]!.key)) start = tokens[q]!.start;

  let j = last + 1;
  if (j >= tokens.length || tokens[j]!.sentenceStart) return undefined;
  // A short phrase after the group: "Muslims in this country are …".
  if (PREPOSITIONS.has(tokens[j]!.key)) {
    let k = j + 1;
    while (k < tokens.length && k <= j + 4 && !tokens[k]!.sentenceStart && !BE.has(tokens[k]!.key) && !MODALS.has(tokens[k]!.key)) k++;
    if (k > j + 4 || k >= tokens.length || tokens[k]!.sentenceStart) return undefined;
    j = k;
  }
  while (j < tokens.length && !tokens[j]!.sentenceStart && ['all', 'just', 'always', 'really', 'honestly', 'basically', 'literally', 'generally', 'mostly'].includes(tokens[j]!.key)) j++;
  const verb = tokens[j];
  if (!verb || verb.sentenceStart) return undefined;

  let hit: TermMatch | undefined;
  if (BE.has(verb.key) && verb.key !== 'be') {
    let k = j + 1;
    for (let n = 0; n < 6 && k < tokens.length && !tokens[k]!.sentenceStart; n++) {
      const at = startsAt.get(tokens[k]!.start);
      const t = at?.term as Cue | undefined;
      if (at && t && (t.kind === 'predicate' || (t.kind === 'dehumanising' && t.form !== 'adj') || (t.kind === 'dehumanising' && t.term === 'feral'))) {
        if (!PHRASE_SET.has(at.term)) hit = at;
        break;
      }
      if (!GEN_ADVERBS.has(tokens[k]!.key) && tokens[k]!.key !== 'a' && tokens[k]!.key !== 'an') break;
      k++;
    }
  } else {
    // "… should all be deported", "… can't drive", "… don't belong here".
    const from = verb.start;
    const phrases = VERB_PHRASES.find(input.norm.lower.slice(from, Math.min(input.norm.lower.length, from + 60)));
    let k = j;
    while (k < tokens.length && k < j + 4 && MODALS.has(tokens[k]!.key)) k++;
    const allowed = new Set([from, tokens[k]?.start ?? -1]);
    const p = phrases.find((x) => allowed.has(x.start + from));
    if (p && (p.start === 0 || MODALS.has(verb.key))) hit = { term: p.term, start: p.start + from, end: p.end + from };
  }
  if (!hit) return undefined;
  if (distanced(input, m.start)) return undefined;
  const term = hit.term as PredicateTerm | DehumanisingTerm;
  reasons.push({ kind: 'pattern', detail: `a whole group said to be or do something negative (${term.note ?? 'negative claim'})` });
  const finding = generalisation(input, start, hit.end, term.confidence, group.characteristic, reasons);
  return { finding, span: { start, end: hit.end } };
}

/** "feral kids", "the parents are animals", "teaching these savages", "scum, the lot of them". */
function dehumanising(input: DetectorInput, m: TermMatch, cue: DehumanisingTerm, tokens: Token[]): DetectorFinding | undefined {
  const first = input.tokenAt(m.start);
  const last = input.tokenAt(m.end - 1);
  let target: Target | undefined;
  const start = m.start;
  let end = m.end;
  let how = '';

  // Before the target: "feral kids", "chav mums", "inbred families".
  if (cue.form !== 'noun') {
    let k = last + 1;
    while (k < tokens.length && k <= last + 2 && !tokens[k]!.sentenceStart && ['little', 'young', 'bloody', 'fucking', 'wee', 'scummy', 'feral', 'chav', 'inbred'].includes(tokens[k]!.key)) k++;
    const t = k < tokens.length && !tokens[k]!.sentenceStart ? targetStartingAt(tokens, k) : undefined;
    if (t && !COMPOUND_AFTER.has(tokens[t.last + 1]?.key ?? '')) {
      target = t;
      end = tokens[t.last]!.end;
      how = 'describes the people it is attached to';
    }
  } else {
    // "scum parents": only the words English uses as modifiers this way.
    const t = ['scum', 'vermin', 'trash'].includes(cue.term) ? targetStartingAt(tokens, last + 1) : undefined;
    if (t && !tokens[last + 1]!.sentenceStart && !COMPOUND_AFTER.has(tokens[t.last + 1]?.key ?? '')) {
      target = t;
      end = tokens[t.last]!.end;
      how = 'describes the people it is attached to';
    }
  }

  // After a verb: "the parents are animals", "Year 9 went feral", "kids behaving like animals".
  if (!target) {
    let k = before(tokens, first);
    let fillers = 0;
    while (k >= 0 && fillers < 6 && FILLER.has(tokens[k]!.key) && !COPULA.has(tokens[k]!.key)) {
      k = before(tokens, k);
      fillers++;
    }
    if (k >= 0 && COPULA.has(tokens[k]!.key)) {
      const verb = tokens[k]!.key;
      const motion = ['go', 'goes', 'went', 'gone', 'going', 'turned', 'turn', 'run', 'ran', 'running'].includes(verb);
      if (!motion || cue.form !== 'noun') {
        const t = subjectOf(tokens, k);
        if (t) {
          target = t;
          how = 'said of the people it is about';
        }
      }
    }
    // "Connor is an animal", "he's an animal", "they're vermin": a person named or pointed at.
    if (!target && k >= 0 && !['go', 'goes', 'went', 'gone', 'going', 'turned', 'turn', 'run', 'ran', 'running'].includes(tokens[k]!.key)) {
      const p = personSubject(input, tokens, k, cue);
      // "He's an animal lover", "she's a real animal person": the word is the first half of a longer noun.
      const next = tokens[last + 1];
      const compound = next && !next.sentenceStart && !/[.,!?;:()]/.test(input.norm.text.slice(tokens[last]!.end, next.start)) && !FOLLOWERS.has(next.key);
      if (p && !compound && !input.near(m.start, m.end, PERSON_INNOCENT, 12) && !input.near(m.start, m.end, COSTUME, 12)) {
        target = p;
        how = 'said of a person named or pointed at';
      }
    }
    // "teaching these savages"
    if (!target && k >= 0) {
      let q = before(tokens, first);
      let pointed = false;
      while (q >= 0 && TEACH_FILLERS.has(tokens[q]!.key)) {
        pointed ||= POINTING.has(tokens[q]!.key);
        q = before(tokens, q);
      }
      // "teaching these savages", not "I teach animals to Year 1" (a topic).
      if (q >= 0 && pointed && TEACH.has(tokens[q]!.key) && cue.form !== 'adj') {
        target = { first: q, last: q, kind: 'pupils', own: false };
        how = 'said of the pupils being taught';
      }
    }
  }
  // "Scum, the lot of them."
  if (!target && cue.form !== 'adj' && THE_LOT.test(input.norm.lower.slice(m.end, m.end + 40))) {
    target = { first, last, kind: 'people', own: false };
    how = 'said of a group of people ("the lot of them")';
  }
  if (!target) return undefined;
  if (cue.costume) {
    const s = sentenceAround(input.norm.text, m.start);
    if (COSTUME.find(input.norm.lower.slice(s.start, s.end)).length > 0) return undefined;
  }
  // "My kids went feral at the party" is family life unless the post is about school.
  if (target.own && !input.near(m.start, m.end, SCHOOL_CUES, 12)) return undefined;
  const confidence = target.own ? Math.min(cue.confidence, 0.6) : target.pointed ? Math.min(cue.confidence, 0.65) : cue.confidence;
  return {
    signal: 'abuse.dehumanising',
    ...input.at(start, end),
    confidence,
    evidence: {
      reasons: [
        { kind: 'wordlist', detail: cue.note ?? 'dehumanising word' },
        { kind: 'context', detail: `${how}: ${target.kind}` },
      ],
    },
    message: message(target.kind),
    suggestion: 'Describe the behaviour that worried you, not the people: for example "a very unsettled afternoon".',
  };
}

// ---- Stereotypes and veiled threats without a slur ------------------------------------------------------------------

const PLACES = asSet(GROUP_PLACES);

/** A protected group really named at this match: "Muslim parents", "the Traveller site", "refugees" (not "tent poles"). */
function groupMention(input: DetectorInput, m: TermMatch): { start: number; end: number; group: GroupTerm } | undefined {
  const group = m.term as GroupTerm;
  const tokens = input.tokens;
  if (group.capital && !/\p{Lu}/u.test(input.norm.text[m.start]!)) return undefined;
  const first = input.tokenAt(m.start);
  let last = input.tokenAt(m.end - 1);
  const prevKey = before(tokens, first) >= 0 ? tokens[first - 1]!.key : '';
  if (group.adjective) {
    const next = tokens[last + 1];
    if (!next || next.sentenceStart || !(PEOPLE.has(next.key) || PLACES.has(next.key))) return undefined;
    if (AGE_OF.has(prevKey)) return undefined;
    last += 1;
  }
  // "the women in my office" is a particular group of people, not women in general.
  if ((group.characteristic === 'sex' || group.characteristic === 'age') && SPECIFIC.has(prevKey)) return undefined;
  return { start: tokens[first]!.start, end: tokens[last]!.end, group };
}

/** Stereotype phrases in the sentence of each group named and the sentence after it: the only places they can count. */
function stereotypeCues(input: DetectorInput, groups: TermMatch[]): TermMatch[] {
  const { text, lower } = input.norm;
  const out: TermMatch[] = [];
  let searched = -1;
  for (const g of groups) {
    const here = sentenceAround(text, g.start);
    const from = Math.max(here.start, searched);
    const to = here.end < text.length ? sentenceAround(text, Math.min(text.length - 1, here.end + 1)).end : here.end;
    if (to <= from) continue;
    for (const m of STEREOTYPE_CUES.find(lower.slice(from, to))) out.push({ term: m.term, start: m.start + from, end: m.end + from });
    searched = to;
  }
  return out;
}

/** Start (normalised offset) of the sentence before the one around `offset`. */
function previousSentenceStart(text: string, offset: number): number {
  const here = sentenceAround(text, offset);
  if (here.start === 0) return 0;
  let i = here.start - 1;
  while (i > 0 && /\s/.test(text[i]!)) i--;
  return sentenceAround(text, Math.max(0, i - 1)).start;
}

/**
 * "These Romanian families never even try…", "half of these refugees need to remember where they are",
 * "Travellers on the field again. Lock up your bikes.": a stereotype or veiled threat with a group named in the same
 * sentence or the one before. The whole stretch from the group to the phrase is marked.
 */
function stereotype(input: DetectorInput, m: TermMatch, cue: StereotypeTerm, matches: TermMatch[]): { finding: DetectorFinding; span: { start: number; end: number } } | undefined {
  const text = input.norm.text;
  if (distanced(input, m.start)) return undefined;
  const from = previousSentenceStart(text, m.start);
  const to = sentenceAround(text, m.start).end;
  let mention: ReturnType<typeof groupMention>;
  for (const g of matches) {
    if (g.start < from || g.end > to || (g.term as Cue).kind !== 'group') continue;
    const found = groupMention(input, g);
    if (!found) continue;
    // The nearest group before the phrase wins; one after it in the same sentence will do ("Lock up your bikes, the Travellers are back").
    if (found.end <= m.start || !mention) mention = found;
  }
  if (!mention || distanced(input, mention.start)) return undefined;
  const start = Math.min(mention.start, m.start);
  const end = Math.max(mention.end, m.end);
  const finding = generalisation(input, start, end, cue.confidence, mention.group.characteristic, [
    { kind: 'wordlist', detail: `${mention.group.note} (${mention.group.source})` },
    { kind: 'pattern', detail: `${cue.note ?? 'a stereotype'}, said of the group` },
  ]);
  return { finding, span: { start, end } };
}

// ---- The English-language jibe ----------------------------------------------------------------------------------

const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const LANGUAGE = String.raw`(?:some\s+|any\s+|a\s+bit\s+of\s+|proper\s+|more\s+)?(?:english|the\s+language)(?![\p{L}])(?!\s+yet)`;
const SUBJECT = String.raw`(?<![\p{L}'])(?:${alt(LANGUAGE_SUBJECTS)})`;
const LANGUAGE_JIBE = new RegExp(
  [
    // "if only his parents learnt some English", "perhaps if the family made an effort to learn the language"
    String.raw`(?<![\p{L}])(?:maybe|perhaps|if\s+only)\s+(?:if\s+)?(?:${alt(LANGUAGE_SUBJECTS)})\s+(?:actually\s+|just\s+|even\s+|ever\s+)?(?:spoke|speak|learnt|learned|learn|bothered\s+to\s+(?:learn|speak)|tried\s+to\s+(?:learn|speak)|made\s+an\s+effort\s+to\s+(?:learn|speak))\s+${LANGUAGE}`,
    // "the parents can't even speak English", "they can't be bothered to learn the language"
    String.raw`${SUBJECT}\s+(?:still\s+|just\s+|really\s+)?(?:${alt(LANGUAGE_JUDGEMENTS)})\s+(?:bother\s+to\s+|try\s+to\s+|attempt\s+to\s+|make\s+an\s+effort\s+to\s+)?(?:speak|learn)\s+${LANGUAGE}`,
  ].join('|'),
  'giu',
);

const LANGUAGE_SUPPORT = new TermList(
  [
    'support', 'supporting', 'supported', 'help', 'helping', 'helped', 'translate', 'translated', 'translation',
    'translations', 'translator', 'translators', 'interpreter', 'interpreters', 'dual language', 'dual-language',
    'home language', 'home languages', 'first language', 'eal', 'welcome', 'welcoming', 'bilingual', 'so we', 'we provide',
    'we offer', 'we send', 'we use', 'resources', 'classes for', 'class for', 'esol', 'learning english', 'picture cards',
  ].map((term) => ({ term, note: 'the post meets a language need rather than mocking it' })),
);

/** "If only they learnt some English…": mocking families for their language, a proxy for national origin. */
function languageJibe(input: DetectorInput, out: DetectorFinding[]): void {
  const { lower, text } = input.norm;
  // Only the sentences that mention the language are searched.
  let searched = -1;
  for (const w of lower.matchAll(/english|the language/g)) {
    if (w.index < searched) continue;
    const s = sentenceAround(text, w.index);
    searched = s.end;
    const sentence = lower.slice(s.start, s.end);
    // "Some parents don't even speak English at home, so we send dual-language books": describing a need, and meeting it.
    if (LANGUAGE_SUPPORT.find(sentence).length > 0 || distanced(input, w.index)) continue;
    LANGUAGE_JIBE.lastIndex = 0;
    for (const m of sentence.matchAll(LANGUAGE_JIBE)) {
      out.push(generalisation(input, s.start + m.index, s.start + m.index + m[0].length, 0.7, 'race', [
        { kind: 'pattern', detail: 'mocks a family for not speaking English, which targets national or ethnic origin' },
      ]));
    }
  }
}

// ---- People named or pointed at ---------------------------------------------------------------------------------

/** Sport (where "an animal" is praise), pets and the writer's own family: a dehumanising word said of them is not flagged. */
const PERSON_INNOCENT = new TermList(
  [
    'pitch', 'match', 'game', 'rugby', 'football', 'netball', 'hockey', 'gym', 'training', 'tackle', 'tackles', 'tackling',
    'scrum', 'goal', 'goals', 'goalie', 'keeper', 'defence', 'defender', 'sports day', 'race', 'athletics', 'dog', 'dogs',
    'puppy', 'cat', 'kitten', 'pet', 'hamster', 'rabbit', 'horse', 'pony', 'guinea pig', 'husband', 'hubby', 'wife',
    'partner', 'boyfriend', 'girlfriend', 'my son', 'my daughter', 'my brother', 'my sister', 'my dad', 'my mum', 'toddler',
    'baby', 'party animal', 'farm', 'farms', 'zoo', 'safari', 'wildlife', 'vet', 'vets',
  ].map((term) => ({ term, note: 'sport, pets or family: "an animal" there is praise or literal' })),
);
/** Words that may follow "he's an animal" without making it a longer noun ("animal lover"). */
const FOLLOWERS = asSet(['and', 'but', 'or', 'in', 'at', 'on', 'with', 'from', 'of', 'today', 'again', 'sometimes', 'honestly', 'tbh', 'lol', 'who', 'that', 'when', 'this', 'all', 'every', 'these', 'like', 'to', 'towards', 'seriously', 'frankly', 'genuinely', 'literally', 'now', 'as', 'since', 'after', 'before', 'during', 'than']);
const NAME_TAGS = asSet(['FirstName', 'MaleName', 'FemaleName', 'LastName']);
const TITLES = asSet(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr']);
const NOT_NAMES = asSet(['i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'god']);

function isNameWord(input: DetectorInput, t: Token): boolean {
  if (!t.capitalised || t.key.length < 2 || NOT_NAMES.has(t.key)) return false;
  const roster = input.context.roster;
  if (roster && (roster.first.has(t.key) || roster.last.has(t.key)) && !roster.everyday.has(t.key)) return true;
  return lexiconTags(t.key).some((tag) => NAME_TAGS.has(tag)) && !isEverydayWord(t.key);
}

/** "Connor", "Tyler Ward", "Amir K", "Mrs Hill" ending at token k. */
function isNameAt(input: DetectorInput, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.capitalised) return false;
  const p = before(tokens, k);
  const prev = p >= 0 ? tokens[p]! : undefined;
  if (prev && TITLES.has(prev.key)) return true;
  if (t.text.length === 1) return !!prev && isNameWord(input, prev);
  return isNameWord(input, t) || (!!prev && isNameWord(input, prev));
}

/**
 * The subject at token k (the verb, or a contraction such as "he's"): a pronoun or a person's name, perhaps with a short
 * phrase after it ("Tyler Ward from the estate is …"). "They" only with a noun ("they're animals").
 */
function personSubject(input: DetectorInput, tokens: Token[], k: number, cue: DehumanisingTerm): Target | undefined {
  const t = tokens[k]!;
  const lowerText = t.text.toLowerCase();
  let s = k;
  if (/^(?:he|she)(?:'s|s)$/.test(lowerText) || /^they(?:'re|re)$/.test(lowerText)) {
    if (lowerText.startsWith('they') && cue.form === 'adj') return undefined;
    return { first: k, last: k, kind: 'people', own: false, pointed: true };
  }
  if (/'s$/.test(t.text) && t.capitalised) return isNameAt(input, tokens, k) ? { first: k, last: k, kind: 'people', own: false } : undefined;
  if (!COPULA.has(t.key)) return undefined;
  s = before(tokens, k);
  while (s >= 0 && SUBJECT_FILLERS.has(tokens[s]!.key)) s = before(tokens, s);
  if (s < 0) return undefined;
  const key = tokens[s]!.text.toLowerCase();
  if (key === 'he' || key === 'she') return { first: s, last: s, kind: 'people', own: false, pointed: true };
  if (key === 'they' && cue.form !== 'adj') return { first: s, last: s, kind: 'people', own: false, pointed: true };
  if (isNameAt(input, tokens, s)) return { first: s, last: s, kind: 'people', own: false };
  for (let q = before(tokens, s), n = 0; q >= 0 && n < 4; q = before(tokens, q), n++) {
    if (['from', 'in', 'at', 'of'].includes(tokens[q]!.key)) {
      const name = before(tokens, q);
      return name >= 0 && isNameAt(input, tokens, name) ? { first: name, last: name, kind: 'people', own: false } : undefined;
    }
  }
  return undefined;
}
