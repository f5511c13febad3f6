import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { isFiniteVerb } from '../../engine/nlp.ts';
import { TermList, type Term, type TermMatch } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  BODY_PARTS,
  CONTESTS,
  DISTANCING,
  INSULTS,
  type InsultTerm,
  NEEDS_DETERMINER,
  PEOPLE_WORDS,
  PERSON_OBJECTS,
  QUALIFIED,
  TARGETS,
  type TargetKind,
  THREAT_PHRASES,
  THREAT_VERBS,
  type ThreatPhraseTerm,
  type ThreatVerbTerm,
  BEATING_QUALIFIERS,
  WANTING,
} from './data.ts';

type Cue = InsultTerm | ThreatVerbTerm | ThreatPhraseTerm;
const CUES = new TermList([...INSULTS, ...THREAT_VERBS, ...THREAT_PHRASES] as Term[]);
const CONTEST = new TermList(CONTESTS);
const DISTANCE = new TermList(DISTANCING);

const asSet = (xs: readonly string[]) => new Set(xs);
const KIND_OF = new Map<string, TargetKind>();
for (const [kind, words] of Object.entries(TARGETS) as [TargetKind, readonly string[]][]) for (const w of words) KIND_OF.set(w, kind);
const NEEDS_DET = asSet(NEEDS_DETERMINER);
const PERSON_OBJECT = asSet(PERSON_OBJECTS);
const PEOPLE = asSet(PEOPLE_WORDS);
const BODY = asSet(BODY_PARTS);

const DETERMINERS = asSet([
  'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'whole', 'entire', 'new', 'old',
  'bottom', 'top', 'middle', 'lower', 'higher', 'them', 'tutor', 'form', 'some', 'a', 'an', 'acting', 'interim', 'exec',
  'executive', 'deputy', 'assistant', 'associate', 'current', 'last', 'previous', 'next', 'every', 'whose', 'what',
]);
const OWN_FAMILY = asSet(['mum', 'dad', 'mother', 'father', 'family', 'parents', 'mums', 'dads', 'mothers', 'fathers', 'carers', 'carer']);
const MAYBE_OWN = asSet(['kids', 'kid', 'children', 'child', 'boys', 'boy', 'girls', 'girl', 'kiddies', 'kiddos', 'lot']);
const YEAR = /^(?:y|yr|year)\d{1,2}s?$/;
const NUMBER = /^\d{1,2}s?$/;
const FORM = /^\d{1,2}[a-z]{1,3}\d?$/;
const NOT_FORMS = /^\d+(?:st|nd|rd|th|am|pm|kg|km|cm|mm|ml|g|m|s|k|x|p|mb|gb)$/;
const PREPOSITIONS = asSet(['of', 'in', 'at', 'from', 'on', 'round', 'around', 'near', 'outside', 'with', 'by', 'for', 'across', 'over', 'during', 'since']);
const QUANTIFIERS = asSet(['some', 'most', 'many', 'all', 'half', 'few', 'several', 'lots', 'loads', 'one', 'two', 'three', 'none', 'majority', 'minority', 'any', 'couple', 'both', 'each', 'rest', 'number', 'bunch', 'load', 'lot', 'members']);
const SUBJECT_FILLERS = asSet([
  'can', 'could', 'will', 'would', 'must', 'might', 'may', 'have', 'has', 'had', 'sometimes', 'always', 'often', 'just',
  'really', 'all', 'honestly', 'literally', 'actually', 'still', 'genuinely', 'frankly', 'seriously', 'definitely',
  'clearly', 'obviously', 'today', 'again', 'now', 'lately', 'recently', 'basically', 'truly', 'both', 'here',
  'nowadays', 'tonight', 'themselves', 'collectively', 'officially', 'also', 'too', 'ever', 'never',
]);
const TIME_WORDS = asSet(['week', 'term', 'year', 'morning', 'afternoon', 'evening', 'lesson', 'period', 'day', 'time', 'half', 'month']);
const COPULAS = asSet(['are', 'is', 'were', 'was', 'be', 'been', 'being', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'become', 'became', 'remain', 'remains', 'sound', 'sounds', 'get', 'gets', 'getting', 'got']);
const PRED_FILLERS = asSet([
  'a', 'an', 'the', 'such', 'so', 'really', 'absolutely', 'absolute', 'complete', 'completely', 'total', 'totally', 'utter',
  'utterly', 'bunch', 'load', 'pack', 'set', 'gang', 'of', 'right', 'proper', 'properly', 'real', 'actual', 'actually',
  'literal', 'literally', 'just', 'all', 'bloody', 'flipping', 'flaming', 'fucking', 'effing', 'frigging', 'freaking',
  'sodding', 'little', 'like', 'pure', 'genuinely', 'honestly', 'basically', 'most', 'more', 'nothing', 'but', 'bit',
  'quite', 'pretty', 'very', 'too', 'incredibly', 'ridiculously', 'unbelievably', 'beyond', 'massively', 'seriously',
  'horribly', 'utterly', 'clearly', 'obviously', 'officially', 'and', 'thick', 'old', 'big', 'fat', 'smug', 'arrogant',
  'still', 'always', 'being', 'getting', 'becoming', 'stupidly', 'entirely', 'wholly', 'shockingly', 'spectacularly',
]);
const ATTR_MODS = asSet([
  'little', 'new', 'old', 'young', 'supply', 'cover', 'class', 'pe', 'maths', 'english', 'science', 'music', 'art', 'form',
  'deputy', 'assistant', 'exec', 'executive', 'acting', 'interim', 'lead', 'senior', 'bloody', 'fucking', 'and', 'year',
  'sixth', 'primary', 'secondary', 'local', 'trust', 'school', 'ofsted', 'agency', 'office', 'dinner', 'lunchtime',
  'most', 'more', 'teaching', 'support', 'middle', 'whole', 'line', 'business', 'site', 'finance', 'data', 'exams',
]);
/** After a noun phrase: words that show it has ended ("useless head has…", "worst class ever"). */
const FOLLOW_OK = asSet([
  'ever', 'today', 'tonight', 'again', 'this', 'that', 'these', 'those', 'in', 'at', 'of', 'on', 'and', 'or', 'but', 'who',
  'which', 'i', "i've", "i'm", 'im', 'ive', 'we', "we've", 'you', 'they', 'are', 'is', 'were', 'was', 'have', 'has', 'had',
  'will', 'would', 'can', 'could', 'should', 'do', 'did', "don't", "didn't", "can't", "won't", 'ever', 'lol', 'all',
  'around', 'here', 'there', 'now', 'yet', 'still', 'like', 'so', 'such', 'to', 'for', 'from', 'with', 'by', 'as',
  'than', 'then', 'out', 'round', 'about', 'going', 'keep', 'keeps', 'think', 'thinks', 'just', 'never', 'always',
  'seriously', 'honestly', 'literally', 'tbh', 'smh', 'ffs', 'again', 'every', 'whose', 'when', 'where', 'what', 'how',
  'got', 'get', 'gets', 'made', 'make', 'makes', 'need', 'needs', 'want', 'wants', 'again', 'right', 'ive', 'known',
]);
const COMPOUND_AFTER = asSet(['menu', 'menus', 'club', 'clubs', 'party', 'parties', 'meal', 'meals', 'evening', 'evenings', 'meeting', 'meetings', 'association', 'page', 'section', 'toys', 'tv', 'zone', 'area', 'corner', 'room', 'trip', 'trips', 'photo', 'photos', 'council', 'rep', 'reps', 'voice', 'premium', 'loan', 'loans', 'portal', 'app', 'survey', 'consultation', 'consultations', 'newsletter', 'feedback', 'questionnaire', 'helpers']);
const NEGATIONS = asSet(['not', 'never', 'no', "isn't", "aren't", "wasn't", "weren't", 'hardly', 'nor', 'neither', 'nothing', 'without', 'anti']);
const SELF = /(?:^| )(?:i'm|im|i am|i was|i feel|i felt|feel like|felt like|feeling like|i must be|i'd be|id be|makes me|made me|i've been|ive been|we're|we are|we were|i become|i'll be|i will be|am i|was i|i'm such|i m)(?: |$)/;
const F_WORD = /^f[a-z*@#!]*k[a-z*]*(?:ing|in)$/;

// ---- Tokens and targets ---------------------------------------------------------------------------------------------

interface Target {
  first: number;
  last: number;
  kind: TargetKind;
  own: boolean;
}

/** Index of the token before i in the same sentence, or -1. */
const before = (tokens: Token[], i: number) => (i > 0 && i < tokens.length && !tokens[i]!.sentenceStart ? i - 1 : -1);
/** Index of the token after i in the same sentence, or -1. */
const after = (tokens: Token[], i: number) => (i + 1 < tokens.length && !tokens[i + 1]!.sentenceStart ? i + 1 : -1);

function isCensored(input: DetectorInput, t: Token): boolean {
  const text = input.norm.text;
  return text[t.start - 1] === '*' || text[t.end] === '*' || t.text.includes('*') || F_WORD.test(t.key);
}

function kindOf(t: Token): TargetKind | undefined {
  const kind = KIND_OF.get(t.key);
  if (!kind) return undefined;
  // LA and MAT only as capitalised abbreviations.
  if ((t.key === 'la' || t.key === 'mat') && t.text !== t.text.toUpperCase()) return undefined;
  if (t.key === 'council') return undefined;
  return kind;
}

/** The target word(s) that end at token i: "parents", "Year 9", "the head", "dinner lady". */
function targetEndingAt(tokens: Token[], i: number, viaOf = false): Target | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const p = before(tokens, i);
  const prev = p >= 0 ? tokens[p]!.key : '';
  if (NUMBER.test(t.key) && (prev === 'year' || prev === 'yr' || prev === 'y')) return { first: p, last: i, kind: 'pupils', own: false };
  if (YEAR.test(t.key)) return { first: i, last: i, kind: 'pupils', own: false };
  if (FORM.test(t.key) && !NOT_FORMS.test(t.key) && /\p{Lu}/u.test(t.text)) return { first: i, last: i, kind: 'pupils', own: false };
  const kind = kindOf(t);
  if (!kind) return undefined;
  const qualifiers = QUALIFIED[t.key];
  if (qualifiers) {
    if (qualifiers.includes(prev)) return { first: p, last: i, kind, own: false };
    if (!['management', 'department'].includes(t.key)) return undefined;
  }
  if (t.key === 'teacher' && prev === 'head') return { first: p, last: i, kind, own: false };
  if (t.key === 'group' && (prev === 'tutor' || prev === 'year' || prev === 'form')) return { first: p, last: i, kind, own: false };
  if (prev === 'my' && OWN_FAMILY.has(t.key)) return undefined;
  if (t.key === 'head' || t.key === 'heads') {
    // "my head is pounding": the writer's own head, unless it is "my head of department".
    if (prev === 'my' && !viaOf) return undefined;
    if (!DETERMINERS.has(prev) && prev !== 'deputy' && !viaOf) return undefined;
    if (prev === 'deputy' || prev === 'assistant' || prev === 'exec' || prev === 'executive') return { first: p, last: i, kind, own: false };
  } else if (NEEDS_DET.has(t.key) && !DETERMINERS.has(prev) && !NUMBER.test(prev) && !viaOf) {
    if (!(t.key === 'reception' && t.capitalised) && !(t.key === 'staff' && prev !== '')) return undefined;
  }
  if (t.key === 'lot' && !['this', 'that', 'them', 'whole'].includes(prev)) return undefined;
  return { first: i, last: i, kind, own: prev === 'my' && MAYBE_OWN.has(t.key) };
}

/** The target word(s) starting at token i, for "useless head", "thick kids", "idiotic Year 9 parents". */
function targetStartingAt(tokens: Token[], i: number, det: string): Target | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const n = after(tokens, i);
  const next = n >= 0 ? tokens[n]! : undefined;
  if ((t.key === 'year' || t.key === 'yr') && next && NUMBER.test(next.key)) return { first: i, last: n, kind: 'pupils', own: false };
  if (YEAR.test(t.key) || (FORM.test(t.key) && !NOT_FORMS.test(t.key) && /\p{Lu}/u.test(t.text))) return { first: i, last: i, kind: 'pupils', own: false };
  if (next && QUALIFIED[next.key]?.includes(t.key) && t.key !== 'the' && t.key !== 'whole') return { first: i, last: n, kind: kindOf(next) ?? 'staff', own: false };
  const kind = kindOf(t);
  if (!kind || QUALIFIED[t.key]) return undefined;
  if (t.key === 'head') {
    if (det === 'my' && next?.key !== 'of') return undefined;
    if (next?.key === 'teacher') return { first: i, last: n, kind, own: false };
    if (next?.key === 'of') {
      const o = after(tokens, n);
      return o >= 0 ? { first: i, last: o, kind, own: false } : undefined;
    }
  }
  if (det === 'my' && OWN_FAMILY.has(t.key)) return undefined;
  if (t.key === 'lot' && !['this', 'that', 'them', 'whole'].includes(det)) return undefined;
  return { first: i, last: i, kind, own: det === 'my' && MAYBE_OWN.has(t.key) };
}

/** The subject of the verb at token `verb` when it is a target: "the parents of 4B are…", not "the printer in my class is…". */
function subjectOf(tokens: Token[], verb: number): Target | undefined {
  let j = before(tokens, verb);
  let viaOf = false;
  for (let hop = 0; hop < 4 && j >= 0; hop++) {
    while (j >= 0 && (SUBJECT_FILLERS.has(tokens[j]!.key) || (TIME_WORDS.has(tokens[j]!.key) && ['this', 'last', 'all'].includes(tokens[j - 1]?.key ?? '')))) {
      j = TIME_WORDS.has(tokens[j]!.key) ? before(tokens, before(tokens, j)) : before(tokens, j);
    }
    if (j < 0) return undefined;
    const target = targetEndingAt(tokens, j, viaOf);
    viaOf = false;
    if (target) {
      let d = before(tokens, target.first);
      while (d >= 0 && DETERMINERS.has(tokens[d]!.key) && !PREPOSITIONS.has(tokens[d]!.key)) d = before(tokens, d);
      if (d < 0 || !PREPOSITIONS.has(tokens[d]!.key)) return target;
      const head = before(tokens, d);
      if (tokens[d]!.key === 'of' && head >= 0 && QUANTIFIERS.has(tokens[head]!.key)) return target;
      j = head;
      viaOf = tokens[d]!.key === 'of';
      continue;
    }
    let p = -1;
    for (let s = 0, q = j; s < 4 && q >= 0; s++, q = before(tokens, q)) {
      if (PREPOSITIONS.has(tokens[q]!.key)) {
        p = q;
        break;
      }
    }
    if (p < 0) return undefined;
    viaOf = tokens[p]!.key === 'of';
    j = before(tokens, p);
  }
  return undefined;
}

/** True when the noun phrase ending at token `last` really ends there (punctuation, the end, or a function word). */
function phraseEnds(input: DetectorInput, tokens: Token[], last: number, plural: boolean): boolean {
  const t = tokens[last]!;
  const n = after(tokens, last);
  if (n < 0) return true;
  const gap = input.norm.text.slice(t.end, tokens[n]!.start);
  if (/[.,!?;:()\-–"]/.test(gap)) return true;
  const key = tokens[n]!.key;
  if (FOLLOW_OK.has(key) || PAST.has(key)) return true;
  // A verb straight after: "my useless line manager lost…", "the idiot head decided…" (not plural nouns like "reports").
  if ((key.length > 4 && key.endsWith('ed')) || (isFiniteVerb(key) && !key.endsWith('s'))) return true;
  return plural && !COMPOUND_AFTER.has(key);
}

const PAST = asSet(['lost', 'left', 'put', 'sent', 'kept', 'forgot', 'gave', 'took', 'set', 'cut', 'let', 'shut', 'spent', 'lent', 'thought', 'bought', 'brought', 'caught', 'taught', 'won', 'sat', 'stood', 'hid', 'wrote', 'spoke', 'ran']);

const PLURAL_PEOPLE = asSet(['kids', 'children', 'pupils', 'students', 'learners', 'boys', 'girls', 'lads', 'lasses', 'teenagers', 'teens', 'youngsters', 'parents', 'mums', 'dads', 'mothers', 'fathers', 'carers', 'families', 'staff', 'colleagues', 'teachers', 'tas', 'lsas', 'hltas', 'governors', 'trustees', 'inspectors', 'nqts', 'ects', 'trainees', 'cleaners', 'ladies', 'deputies', 'headteachers', 'kiddies', 'kiddos']);

const WHO: Record<TargetKind, string> = {
  pupils: 'pupils',
  parents: 'parents or families',
  staff: 'colleagues',
  school: 'the school or trust',
  inspectors: 'inspectors',
};

/** Bounds (normalised offsets) of the sentence around `offset`: cheaper than the whole-text scan. */
function sentenceAround(text: string, offset: number): { start: number; end: number } {
  // A sentence ends at a line break, or at . ! ? followed by a space and a capital ("Year 3 were… in the play" runs on).
  const endsAt = (i: number) => text[i] === '\n' || (/[.!?]/.test(text[i]!) && /^[.!?'")]*\s+(?:\p{Lu}|$)/u.test(text.slice(i + 1, i + 8)));
  // At most 300 characters either way, so a post with no full stops costs no more than a short one.
  let start = offset;
  while (start > 0 && offset - start < 300 && !endsAt(start - 1)) start--;
  let end = offset;
  while (end < text.length && end - offset < 300 && !endsAt(end)) end++;
  return { start, end };
}

function sentenceHas(input: DetectorInput, offset: number, list: TermList): string | undefined {
  const s = sentenceAround(input.norm.text, offset);
  return list.find(input.norm.lower.slice(s.start, s.end))[0]?.term.term;
}

const COSTUME = new TermList(
  ['play', 'nativity', 'show', 'assembly', 'production', 'costume', 'costumes', 'dressed', 'dress up', 'dressing up', 'panto', 'pantomime', 'musical', 'performance', 'circus', 'parade', 'book day', 'drama', 'role', 'roles', 'characters', 'part', 'parts', 'red nose', 'comic relief', 'workshop', 'face paint'].map((term) => ({ term })),
);

// ---- The detector ---------------------------------------------------------------------------------------------------

export const derogatory: Detector = {
  meta: {
    id: 'derogatory',
    category: 'abuse',
    signals: ['abuse.derogatory', 'abuse.threat'],
    description:
      'Insults aimed at pupils, parents, colleagues, the school or inspectors ("idiotic parents", "the head is a moron"), and threats of violence ("I\'ll knock him out"), but not idioms, self-deprecation or criticism of things.',
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const matches = CUES.find(input.norm.lower);
    if (matches.length === 0) return out;
    const predicates = new Map<number, { start: number; end: number; target: Target; confidence: number; reasons: Reason[]; contraction: boolean }>();
    for (const m of matches) {
      const cue = m.term as Cue;
      if (cue.kind === 'insult') insultAt(input, m, cue, out, predicates);
      else if (cue.kind === 'threat-verb') {
        const f = threatVerb(input, m, cue) ?? (BEATING_VERBS.has(cue.term) ? threatPhrase(input, m, BEATING) : undefined);
        if (f) out.push(f);
      } else {
        const f = threatPhrase(input, m, cue);
        if (f) out.push(f);
      }
    }
    for (const p of predicates.values()) {
      out.push(derogatoryFinding(input, p.start, p.end, p.target, p.confidence, p.reasons));
    }
    return out;
  },
};

function derogatoryFinding(input: DetectorInput, start: number, end: number, target: Target, confidence: number, reasons: Reason[]): DetectorFinding {
  return {
    signal: 'abuse.derogatory',
    ...input.at(start, end),
    confidence: target.own ? Math.min(confidence, 0.5) : confidence,
    evidence: { reasons },
    message: `This is a derogatory remark about ${WHO[target.kind]}. Policies ask staff not to post insulting or undermining comments about ${WHO[target.kind]}, even in jest.`,
    suggestion: target.kind === 'pupils' || target.kind === 'parents' ? 'Leave it out, or describe the situation without judging the people in it.' : 'Raise concerns through the proper channels rather than in a public post.',
  };
}

function insultAt(
  input: DetectorInput,
  m: TermMatch,
  cue: InsultTerm,
  out: DetectorFinding[],
  predicates: Map<number, { start: number; end: number; target: Target; confidence: number; reasons: Reason[]; contraction: boolean }>,
): void {
  const { lower } = input.norm;
  const tokens = input.tokens;
  const rest = lower.slice(m.end, m.end + 30).trimStart();
  if (cue.notBefore?.some((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest[w.length] ?? ''))) return;
  if (cue.costume && sentenceHas(input, m.start, COSTUME)) return;
  if (sentenceHas(input, m.start, DISTANCE)) return;
  const first = input.tokenAt(m.start);
  const last = input.tokenAt(m.end - 1);
  if (cue.notAfter?.includes(tokens[before(tokens, first)]?.key ?? '')) return;
  const reasons: Reason[] = [{ kind: 'wordlist', detail: cue.note ?? 'insult' }];

  // Determiner and negation before the insult: "our useless head", "not lazy kids".
  let b = before(tokens, first);
  while (b >= 0 && ['the', 'a', 'an', 'most', 'more', 'so', 'such', 'really', 'absolutely', 'utterly', 'completely', 'totally', 'bloody'].includes(tokens[b]!.key)) b = before(tokens, b);
  if (b >= 0 && NEGATIONS.has(tokens[b]!.key)) return;
  let d = before(tokens, first);
  while (d >= 0 && (['most', 'more', 'so', 'such', 'really', 'absolutely', 'utterly', 'completely', 'totally', 'bloody'].includes(tokens[d]!.key) || KIND_INSULT.has(tokens[d]!.key))) d = before(tokens, d);
  const det = d >= 0 ? tokens[d]!.key : '';

  // 1. Before its target: "idiotic parents", "the dumbest kids", "our useless head", "lazy, useless TAs".
  let k = after(tokens, last);
  let skipped = 0;
  while (k >= 0 && skipped < 3 && (ATTR_MODS.has(tokens[k]!.key) || KIND_INSULT.has(tokens[k]!.key) || isCensored(input, tokens[k]!)) && !targetStartingAt(tokens, k, det)) {
    k = after(tokens, k);
    skipped++;
  }
  if (k >= 0) {
    let target = targetStartingAt(tokens, k, det);
    // "useless class teacher": when the phrase runs on into another target word, that one is the head.
    while (target && after(tokens, target.last) >= 0 && !phraseEnds(input, tokens, target.last, false)) {
      const next = targetStartingAt(tokens, target.last + 1, det);
      if (!next) break;
      target = { ...next, first: target.first };
    }
    const t = target ? tokens[target.last]! : undefined;
    const possessive = t !== undefined && /'s?$/.test(t.text) && t.key !== t.text.toLowerCase();
    if (target && t && !possessive && phraseEnds(input, tokens, target.last, PLURAL_PEOPLE.has(t.key))) {
      const lead = lower.slice(Math.max(0, m.start - 40), m.start).split(/[.!?\n]/).pop() ?? '';
      if (!SELF.test(` ${lead.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `)) {
        out.push(derogatoryFinding(input, m.start, t.end, target, cue.confidence, [...reasons, { kind: 'context', detail: `describes ${WHO[target.kind]}` }]));
        return;
      }
    }
  }

  // 2. "moron of a parent", "idiot of a head".
  if (cue.form === 'noun') {
    const o = after(tokens, last);
    const a = o >= 0 ? after(tokens, o) : -1;
    if (o >= 0 && tokens[o]!.key === 'of' && a >= 0 && (tokens[a]!.key === 'a' || tokens[a]!.key === 'an')) {
      let q = after(tokens, a);
      while (q >= 0 && ATTR_MODS.has(tokens[q]!.key) && !targetStartingAt(tokens, q, 'a')) q = after(tokens, q);
      const target = q >= 0 ? targetStartingAt(tokens, q, 'a') : undefined;
      if (target) {
        out.push(derogatoryFinding(input, m.start, tokens[target.last]!.end, target, cue.confidence, [...reasons, { kind: 'context', detail: `names one of the ${WHO[target.kind]}` }]));
        return;
      }
    }
  }

  // 3. After a verb: "the head is a moron", "parents of 4B are a nightmare", "the head's useless".
  let j = before(tokens, first);
  let n = 0;
  while (j >= 0 && n < 8 && (PRED_FILLERS.has(tokens[j]!.key) || KIND_INSULT.has(tokens[j]!.key) || isCensored(input, tokens[j]!)) && !COPULAS.has(tokens[j]!.key)) {
    j = before(tokens, j);
    n++;
  }
  if (j < 0) return;
  let target: Target | undefined;
  let contraction = false;
  if (COPULAS.has(tokens[j]!.key)) target = subjectOf(tokens, j);
  else if (/'s$/.test(tokens[j]!.text)) {
    // "the head's a moron": a contraction of "is", but not a possessive ("the head's useless secretary").
    target = targetEndingAt(tokens, j);
    contraction = true;
  }
  if (!target) return;
  const existing = predicates.get(j);
  if (existing) {
    existing.end = Math.max(existing.end, m.end);
    existing.confidence = Math.max(existing.confidence, cue.confidence);
    return;
  }
  if (contraction && !phraseEnds(input, tokens, last, false)) return;
  predicates.set(j, {
    start: m.start,
    end: m.end,
    target,
    confidence: cue.confidence,
    contraction,
    reasons: [...reasons, { kind: 'context', detail: `said of ${WHO[target.kind]}` }],
  });
}

/** Insult words as single tokens ("jumped-up" is one token), for chains like "a jumped-up little jobsworth". */
const KIND_INSULT = asSet(INSULTS.map((t) => t.term.replace(/ /g, '-')));

// ---- Threats --------------------------------------------------------------------------------------------------------

const CLAUSE_BREAK = /[.!?;:,\n()"]/;
const WORDS = /[\p{L}\p{N}'*]+/gu;

function wordsBefore(lower: string, pos: number, n: number): string[] {
  let from = Math.max(0, pos - 80);
  for (let i = pos - 1; i >= from; i--) {
    if (CLAUSE_BREAK.test(lower[i]!)) {
      from = i + 1;
      break;
    }
  }
  return (lower.slice(from, pos).match(WORDS) ?? []).slice(-n).reverse();
}

const INTENT_ADVERBS = asSet(['just', 'actually', 'literally', 'honestly', 'seriously', 'really', 'genuinely', 'personally', 'happily', 'gladly', 'cheerfully', 'probably', 'definitely', 'totally', 'so', 'and', 'go', 'come', 'physically', 'absolutely', 'quite', 'easily', 'then', 'soon', 'swear']);
const WILL = asSet(["i'll", 'ill', "we'll", 'gonna', 'wanna', 'imma', "i'ma", 'ima', 'gunna', 'gotta']);
const MODAL = asSet(['will', 'would', 'could', 'might', 'shall', "i'd", 'id']);
const FIRST = asSet(['i', 'we', 'someone', 'somebody', "someone's", 'someones', "i'm", 'im', 'am', "we're", "i'd", "i'll", 'i’ll']);
const TO_VERBS = asSet(['going', 'want', 'wanted', 'like', 'love', 'about', 'tempted', 'ready', 'have', 'need', 'needs', 'ought', 'got', 'trying', 'try', 'wants']);

/** "I'll", "I'm going to", "I could", "someone should", or a bare command: the writer means to do it. */
function intends(words: string[]): string | undefined {
  let i = 0;
  while (i < words.length && INTENT_ADVERBS.has(words[i]!)) i++;
  const w = words[i];
  if (w === undefined) return 'a command';
  if (WILL.has(w)) return `"${w}"`;
  const w1 = words[i + 1] ?? '';
  if (MODAL.has(w) && (FIRST.has(w1) || w === "i'd" || w === 'id')) return 'a first-person intention';
  if ((w === 'should' || w === 'must') && FIRST.has(w1)) return `"${w1} ${w}"`;
  if (w === 'to' && TO_VERBS.has(w1)) {
    for (let k = i + 2; k < Math.min(words.length, i + 6); k++) if (FIRST.has(words[k]!)) return 'a first-person intention';
  }
  return undefined;
}

const COMMON_CAPITALS = asSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'god', 'lord', 'jesus', 'christ', 'i']);
const OBJECT_MODS = asSet(['little', 'stupid', 'bloody', 'fucking', 'new', 'next', 'whole', 'entire', 'other', 'same', 'useless', 'lazy', 'idiot', 'smug', 'annoying', 'last']);
const OBJECT_DETS = asSet(['the', 'that', 'this', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'some', 'every', 'all', 'a', 'any']);

/** Token index where a person object starting at token o ends, or -1. */
function personObject(input: DetectorInput, tokens: Token[], o: number): number {
  const t = tokens[o];
  if (!t) return -1;
  if (PERSON_OBJECT.has(t.key)) {
    const n = after(tokens, o);
    // "her homework": a possessive, not a person.
    if (t.key === 'her' && n >= 0 && !FOLLOW_OK.has(tokens[n]!.key) && !/[.,!?;:]/.test(input.norm.text.slice(t.end, tokens[n]!.start))) return -1;
    return o;
  }
  if (['one', 'all', 'each', 'both', 'some', 'any'].includes(t.key) && tokens[o + 1]?.key === 'of' && ['them', 'em', 'you', 'those', 'these', 'the'].includes(tokens[o + 2]?.key ?? '')) {
    return tokens[o + 2]!.key === 'the' ? personObject(input, tokens, o + 2) : o + 2;
  }
  let k = o;
  let det = '';
  if (OBJECT_DETS.has(t.key)) {
    det = t.key;
    k = after(tokens, o);
  }
  let skipped = 0;
  while (k >= 0 && skipped < 3 && OBJECT_MODS.has(tokens[k]!.key) && !targetStartingAt(tokens, k, det)) {
    k = after(tokens, k);
    skipped++;
  }
  if (k < 0) return -1;
  const target = targetStartingAt(tokens, k, det || 'the');
  if (target) return target.last;
  if (PEOPLE.has(tokens[k]!.key) && (det !== '' || skipped > 0)) return k;
  // A name: capitalised, not the first word of a sentence ("I'll kill Dave").
  if (!det && tokens[k]!.capitalised && !tokens[k]!.sentenceStart && !COMMON_CAPITALS.has(tokens[k]!.key) && k === o) {
    const n = after(tokens, k);
    return n >= 0 && tokens[n]!.capitalised ? n : k;
  }
  return -1;
}

const POSSESSIVES = asSet(['his', 'her', 'their', 'your', 'ur', 'yer', 'yo']);
const OUT_OF = /^\s+(?:the (?:living daylights|hell|crap|shit|life|stuffing|snot)|seven bells|ten bells)(?: out)? of\s+/;

function threatVerb(input: DetectorInput, m: TermMatch, cue: ThreatVerbTerm): DetectorFinding | undefined {
  const { lower } = input.norm;
  const tokens = input.tokens;
  const v = input.tokenAt(m.start);
  const lead = intends(wordsBefore(lower, m.start, 8));
  if (!lead) return undefined;
  let o = after(tokens, v);
  // "I swear I'm going to punch.": intention and a violent verb with nobody named still reads as a threat.
  const clauseEnds = o < 0 || /[.,!?;:]/.test(input.norm.text.slice(tokens[v]!.end, tokens[o]!.start));
  if (clauseEnds) {
    if (!cue.uses.includes('person') || lead === 'a command' || jokeIn(input)) return undefined;
    return {
      signal: 'abuse.threat',
      ...input.at(m.start, m.end),
      confidence: 0.65,
      evidence: { reasons: [{ kind: 'wordlist', detail: cue.note ?? 'violent verb' }, { kind: 'pattern', detail: `intention (${lead}) to commit a violent act` }] },
      message: THREAT_MESSAGE,
      suggestion: THREAT_SUGGESTION,
    };
  }
  const outOf = OUT_OF.exec(lower.slice(m.end, m.end + 50));
  if (outOf) o = input.tokenAt(m.end + outOf[0].length);
  let end = -1;
  let how = '';
  // "wring his neck", "smash her face in"
  if (cue.uses.includes('body') && POSSESSIVES.has(tokens[o]!.key)) {
    const part = after(tokens, o);
    if (part >= 0 && BODY.has(tokens[part]!.key)) {
      end = part;
      const p = after(tokens, part);
      if (p >= 0 && ['in', 'out', 'off'].includes(tokens[p]!.key)) end = p;
      how = 'against a part of someone\'s body';
    }
  }
  if (end < 0 && (cue.uses.includes('person') || cue.uses.includes('after') || outOf)) {
    const obj = personObject(input, tokens, o);
    if (obj >= 0) {
      const tail0 = lower.slice(tokens[obj]!.end, tokens[obj]!.end + 40);
      const tail = tail0.trimStart();
      const starts = (w: string) => tail.startsWith(w) && !/[\p{L}\p{N}]/u.test(tail[w.length] ?? '');
      if (outOf) {
        end = obj;
        how = 'against a person';
      } else if (cue.uses.includes('after') && cue.needsAfter?.some(starts)) {
        const w = cue.needsAfter.find(starts)!;
        const gap = tail0.length - tail0.trimStart().length;
        end = input.tokenAt(tokens[obj]!.end + gap + w.length - 1);
        how = 'against a person';
      } else if (cue.uses.includes('person') && !cue.notAfterObject?.some(starts)) {
        end = obj;
        how = 'against a person';
      }
    }
  }
  if (end < 0) return undefined;
  // "we'll kill them at netball": winning, not hurting.
  const s = sentenceAround(input.norm.text, m.start);
  if (CONTEST.find(lower.slice(tokens[end]!.end, Math.max(s.end, tokens[end]!.end))).length > 0) return undefined;
  const joke = jokeIn(input);
  return {
    signal: 'abuse.threat',
    ...input.at(m.start, tokens[end]!.end),
    confidence: joke ? Math.round(cue.confidence * 70) / 100 : cue.confidence,
    evidence: {
      reasons: [
        { kind: 'wordlist', detail: cue.note ?? 'violent verb' },
        { kind: 'pattern', detail: `intention (${lead}) and a violent act ${how}` },
        ...(joke ? [{ kind: 'context' as const, detail: 'marked as a joke, which lowers the confidence but not the risk' }] : []),
      ],
    },
    message: 'This reads as a threat of violence against someone. Even meant as a joke, a post like this can be reported to the police and to your employer.',
    suggestion: 'Delete it. If you are frustrated with someone, talk to a colleague or your line manager instead.',
  };
}

/** "lol", "(joking)", 😂: the writer means it as a joke. Still flagged, less surely. */
const JOKING = /(?<![\p{L}])(?:lol|lmao|haha+|jk|joking|kidding)(?![\p{L}])|[\u{1F602}\u{1F923}\u{1F61C}\u{1F609}\u{1F643}\u{1F606}]/u;
const jokes = new WeakMap<DetectorInput, boolean>();
function jokeIn(input: DetectorInput): boolean {
  let found = jokes.get(input);
  if (found === undefined) {
    found = JOKING.test(input.norm.lower);
    jokes.set(input, found);
  }
  return found;
}
const GIVE = asSet(['give', 'gave', 'giving', 'gives']);
const GIVE_OBJECT = asSet([...PERSON_OBJECTS, ...Object.values(TARGETS).flat(), ...PEOPLE_WORDS]);
const THREAT_MESSAGE = 'This reads as a threat, or as wishing violence on someone. Even meant as a joke, a post like this can be reported to the police and to your employer.';
const THREAT_SUGGESTION = 'Delete it. If someone is making your job hard, raise it with your line manager.';

/** Verbs that are also nouns for a blow: "needs a good slap". */
const BEATING_VERBS = asSet(['slap', 'smack', 'punch', 'thump', 'whack', 'wallop']);
const BEATING: ThreatPhraseTerm = { term: 'slap', kind: 'threat-phrase', rule: 'beating', confidence: 0.75, note: 'says a person should be hit' };
const SUBJECT_PRONOUNS = asSet(['he', 'she', 'they', 'someone', 'somebody', "he's", "she's", 'you']);

function threatPhrase(input: DetectorInput, m: TermMatch, cue: ThreatPhraseTerm): DetectorFinding | undefined {
  const { lower } = input.norm;
  const tokens = input.tokens;
  const first = input.tokenAt(m.start);
  let start = m.start;
  let end = m.end;
  let detail = cue.note ?? 'threatening phrase';
  if (cue.rule === 'subject' || cue.rule === 'beating') {
    // "that child needs a good slap", "he wants shooting", "the parent in the car park should be shot".
    let from = first;
    if (cue.rule === 'beating') {
      const words = wordsBefore(lower, m.start, 5);
      let i = 0;
      while (BEATING_QUALIFIERS.includes(words[i] ?? '')) i++;
      if (words[i] !== 'a') return undefined;
      i++;
      // "I'll give him a slap", "someone needs to give that kid a good slap"
      const give = words.slice(i, i + 4).findIndex((x) => GIVE.has(x));
      if (give > 0 && GIVE_OBJECT.has(words[i]!)) {
        const lead = intends(wordsBefore(lower, lower.lastIndexOf(words[i + give]!, m.start), 8));
        if (!lead) return undefined;
        start = lower.lastIndexOf(words[i + give]!, m.start);
        return {
          signal: 'abuse.threat',
          ...input.at(start, end),
          confidence: cue.confidence,
          evidence: { reasons: [{ kind: 'wordlist', detail }, { kind: 'pattern', detail: `intention (${lead}) to hit a person` }] },
          message: THREAT_MESSAGE,
          suggestion: THREAT_SUGGESTION,
        };
      }
      const two = `${words[i + 1] ?? ''} ${words[i] ?? ''}`;
      const w = WANTING.includes(words[i] ?? '') ? words[i]! : WANTING.includes(two) ? two : undefined;
      if (!w) return undefined;
      // Re-anchor on the wanting verb: "needs a good slap".
      const at = lower.lastIndexOf(w, m.start);
      if (at < 0) return undefined;
      start = at;
      from = input.tokenAt(at);
      if (/^\s*(?:place|places|spot|spots|bowl|bowls)\b/.test(lower.slice(m.end, m.end + 12))) return undefined; // "a good hiding place"
    }
    const p = before(tokens, from);
    const prev = p >= 0 ? tokens[p]! : undefined;
    const person =
      (prev && SUBJECT_PRONOUNS.has(prev.key)) ||
      subjectOf(tokens, from) ||
      (prev && prev.capitalised && !prev.sentenceStart && !COMMON_CAPITALS.has(prev.key));
    if (!person) return undefined;
    detail += ', said of a person';
  } else if (cue.rule === 'know-where') {
    // "I know where you live", "we know exactly where that parent lives"
    const words = wordsBefore(lower, m.start, 3);
    const w0 = words[0] ?? '';
    const firstPerson = w0 === 'i' || w0 === 'we' || (['still', 'also', 'already', 'all', 'do'].includes(w0) && ['i', 'we'].includes(words[1] ?? ''));
    if (!firstPerson) return undefined;
    const live = /^\s+(?:[\p{L}']+\s+){1,3}?(?:lives?|living)\b/u.exec(lower.slice(m.end, m.end + 60));
    if (!live) return undefined;
    end = m.end + live[0].length;
  } else if (cue.rule === 'coming') {
    const words = wordsBefore(lower, m.start, 2);
    const w = words[0] ?? '';
    if (cue.term === 'it coming' ? !['got', 'has', 'have', 'had', "'s"].includes(w) : !['get', 'gets', 'got', 'getting', 'gonna'].includes(w)) return undefined;
    if (cue.term !== 'it coming' && !['ll', "they'll", "he'll", "she'll", "you'll", 'will', 'gonna', 'soon', 'and'].some((x) => (words[1] ?? '').endsWith(x))) return undefined;
    const to = /^\s+to\s+(?:him|her|them|you|em)\b/.exec(lower.slice(m.end, m.end + 20));
    if (to) end = m.end + to[0].length;
    start = lower.lastIndexOf(w, m.start);
  }
  const joke = jokeIn(input);
  return {
    signal: 'abuse.threat',
    ...input.at(start, end),
    confidence: joke ? Math.round(cue.confidence * 70) / 100 : cue.confidence,
    evidence: { reasons: [{ kind: 'wordlist', detail }, ...(joke ? [{ kind: 'context' as const, detail: 'marked as a joke' }] : [])] },
    message: THREAT_MESSAGE,
    suggestion: THREAT_SUGGESTION,
  };
}
