import { sentenceAround } from '../sentence-around.ts';
import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { isEverydayWord, isFiniteVerb, lexiconTags } from '../../engine/nlp.ts';
import { TermList, type Term, type TermMatch } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  BODY_PARTS,
  COMPARISONS,
  type ComparisonTerm,
  CONTESTS,
  FRAGMENT_INTENSIFIERS,
  FRAGMENT_LEADS,
  FRAGMENT_MODIFIERS,
  FRAGMENT_TAILS,
  MILD_MODIFIERS,
  NUDGE_EMOJI,
  OWN_PEOPLE,
  AFFECTION,
  PERSON_NOUNS,
  PETS,
  SEXUAL,
  type SexualTerm,
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

type Cue = InsultTerm | ThreatVerbTerm | ThreatPhraseTerm | ComparisonTerm | SexualTerm;
// Sexual words that count only beside a nudge ("gorgeous", "I'd") are looked for only around one.
const NUDGED_ONLY = (t: SexualTerm) => t.rule === 'desire' || (t.rule === 'attraction' && !t.adult);
const CUES = new TermList([...INSULTS, ...THREAT_VERBS, ...THREAT_PHRASES, ...COMPARISONS, ...SEXUAL.filter((t) => !NUDGED_ONLY(t))] as Term[]);
const NUDGED = new TermList(SEXUAL.filter((t) => t.rule === 'desire' || t.rule === 'attraction'));
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
  'business', 'site', 'office', 'finance', 'line', 'data', 'estates', 'hr',
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

/** Who a remark is about: one of the policy's targets, or any other person named or pointed at ("she", "Dave"). */
type Who = TargetKind | 'person';

interface Target {
  first: number;
  last: number;
  kind: Who;
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

const WHO: Record<Who, string> = {
  person: 'a person',
  pupils: 'pupils',
  parents: 'parents or families',
  staff: 'colleagues',
  school: 'the school or trust',
  inspectors: 'inspectors',
};


/** Results worked out once per post: a word list's hits in a sentence, fondness and pets. */
const memos = new WeakMap<DetectorInput, Map<unknown, unknown>>();
function memo<T>(input: DetectorInput, key: unknown, make: () => T): T {
  let m = memos.get(input);
  if (!m) memos.set(input, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

/** Whether `list` has a hit in [start, end): worked out once per stretch of text and list. */
function hitIn(input: DetectorInput, list: TermList, start: number, end: number): string | undefined {
  const cache = memo(input, list, () => new Map<string, string | undefined>());
  const key = `${start}:${end}`;
  if (!cache.has(key)) cache.set(key, list.find(input.norm.lower.slice(start, end))[0]?.term.term);
  return cache.get(key);
}

function sentenceHas(input: DetectorInput, offset: number, list: TermList): string | undefined {
  const s = sentenceAround(input.norm.text, offset);
  return hitIn(input, list, s.start, s.end);
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
      'Insults aimed at pupils, parents, colleagues, the school or inspectors ("idiotic parents", "the head is a moron") or at anyone named or pointed at ("she\'s useless", "Spoilt little brat."), insulting comparisons, sexualised remarks about a colleague or parent, and threats of violence ("I\'ll knock him out"), but not idioms, self-deprecation, fond teasing or criticism of things.',
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const matches = CUES.find(input.norm.lower);
    if (matches.length === 0) return out;
    const predicates = new Map<number, { start: number; end: number; target: Target; confidence: number; reasons: Reason[]; contraction: boolean }>();
    const alone: { m: TermMatch; cue: InsultTerm }[] = [];
    const sexual: { m: TermMatch; cue: SexualTerm }[] = [];
    for (const m of matches) {
      const cue = m.term as Cue;
      if (cue.kind === 'insult') {
        if (insultAt(input, m, cue, out, predicates) === 'none') alone.push({ m, cue });
      } else if (cue.kind === 'comparison') {
        const f = comparisonAt(input, m, cue);
        if (f) out.push(f);
      } else if (cue.kind === 'sexual') sexual.push({ m, cue });
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
    // Insults that found no target: a remark of its own ("Spoilt little brat.", "read the letter, numpties") or a strong name.
    const taken = out.map((o) => [o.start, o.end] as const).sort((a, b) => a[0] - b[0]);
    const overlaps = (f: DetectorFinding) => {
      // Spans already found start in order: look at those that start before this one ends.
      let lo = 0;
      let hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid]![0] < f.end) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && lo - i <= 8; i--) if (taken[i]![1] > f.start) return true;
      return false;
    };
    let lastEnd = -1;
    for (const { m, cue } of alone) {
      const f = standaloneInsult(input, m, cue);
      if (!f || f.start < lastEnd || overlaps(f)) continue;
      lastEnd = f.end;
      out.push(f);
    }
    if (sexual.length > 0 || NUDGE_EMOJI_ANY.test(input.norm.text)) sexualRemarks(input, sexual, out);
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

/**
 * 'found': a finding was made (or joined). 'innocent': an innocent sense or a rejected insult, leave it alone.
 * 'none': no target found, so it may still be a remark of its own.
 */
type InsultResult = 'found' | 'innocent' | 'none';

function insultAt(
  input: DetectorInput,
  m: TermMatch,
  cue: InsultTerm,
  out: DetectorFinding[],
  predicates: Map<number, { start: number; end: number; target: Target; confidence: number; reasons: Reason[]; contraction: boolean }>,
): InsultResult {
  const { lower } = input.norm;
  const tokens = input.tokens;
  const rest = lower.slice(m.end, m.end + 30).trimStart();
  if (cue.notBefore?.some((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest[w.length] ?? ''))) return 'innocent';
  // The first half of a hyphenated word: "thick-skinned", "fat-free". (Listed compounds such as "two-faced" match whole.)
  if (/^-\p{L}/u.test(lower.slice(m.end, m.end + 2))) return 'innocent';
  if (cue.costume && sentenceHas(input, m.start, COSTUME)) return 'innocent';
  if (sentenceHas(input, m.start, DISTANCE)) return 'innocent';
  if (cue.notNear && sentenceHas(input, m.start, notNearList(cue))) return 'innocent';
  const first = input.tokenAt(m.start);
  const last = input.tokenAt(m.end - 1);
  if (cue.notAfter?.includes(tokens[before(tokens, first)]?.key ?? '')) return 'innocent';
  // Everyday adjectives ("miserable", "sneaky") insult only in a remark of their own.
  if (cue.fragmentOnly) return 'none';
  const reasons: Reason[] = [{ kind: 'wordlist', detail: cue.note ?? 'insult' }];

  // Determiner and negation before the insult: "our useless head", "not lazy kids".
  let b = before(tokens, first);
  while (b >= 0 && ['the', 'a', 'an', 'most', 'more', 'so', 'such', 'really', 'absolutely', 'utterly', 'completely', 'totally', 'bloody'].includes(tokens[b]!.key)) b = before(tokens, b);
  if (b >= 0 && NEGATIONS.has(tokens[b]!.key)) return 'innocent';
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
        return 'found';
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
        return 'found';
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
  if (j < 0) return 'none';
  let target: Target | undefined;
  let contraction = false;
  let confidence = cue.confidence;
  if (COPULAS.has(tokens[j]!.key)) target = subjectOf(tokens, j);
  else if (/'s$/.test(tokens[j]!.text)) {
    // "the head's a moron": a contraction of "is", but not a possessive ("the head's useless secretary").
    target = targetEndingAt(tokens, j);
    contraction = true;
  }
  // "she's useless", "they're idiots", "Tyler Smith is a spiteful little liar": a person named or pointed at.
  if (!target && !cue.notAlone) {
    const person = personSubject(input, j, cue);
    if (person && fondOrPet(input, m.start)) return 'innocent';
    if (person) {
      target = person.target;
      contraction = person.contraction;
      confidence = Math.min(confidence, person.cap);
      if (person.own) return 'innocent';
    }
  }
  if (!target) return 'none';
  const existing = predicates.get(j);
  if (existing) {
    existing.end = Math.max(existing.end, m.end);
    existing.confidence = Math.max(existing.confidence, confidence);
    return 'found';
  }
  if (contraction && !phraseEnds(input, tokens, last, false)) return 'none';
  predicates.set(j, {
    start: m.start,
    end: m.end,
    target,
    confidence,
    contraction,
    reasons: [...reasons, { kind: 'context', detail: `said of ${WHO[target.kind]}` }],
  });
  return 'found';
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
    // "Going to go and punch…" at the start of a clause: the writer, with "I'm" left out.
    if ((w1 === 'going' || w1 === 'about') && i + 2 >= words.length) return 'a first-person intention';
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
  // "going to strangle the photocopier. Or the head.": a thing first, then a person as the afterthought.
  if (end < 0 && cue.uses.includes('person') && !outOf) {
    for (let k = o + 1; k < Math.min(tokens.length - 1, o + 5); k++) {
      if (tokens[k]!.key !== 'or') continue;
      const obj = personObject(input, tokens, k + 1);
      // "… or Dad will have to": the start of a new clause, not a second object.
      const n = after(tokens, obj);
      const verbNext = n >= 0 && !/[.,!?;:]/.test(input.norm.text.slice(tokens[obj]!.end, tokens[n]!.start)) && (VERBISH.has(tokens[n]!.key) || tokens[n]!.key.endsWith("n't") || isFiniteVerb(tokens[n]!.key));
      if (obj >= 0 && !verbNext) {
        end = obj;
        how = 'against a person, added as an afterthought';
      }
      break;
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
/** Where the last whole word `w` before `pos` starts. */
function wordStart(lower: string, w: string, pos: number): number {
  for (let at = lower.lastIndexOf(w, pos); at >= 0; at = lower.lastIndexOf(w, at - 1)) {
    if (!/[\p{L}\p{N}']/u.test(lower[at - 1] ?? '') && !/[\p{L}\p{N}']/u.test(lower[at + w.length] ?? '')) return at;
    if (at === 0) break;
  }
  return Math.max(0, lower.lastIndexOf(w, pos));
}
/** Words that start a place or class phrase after a person: "that kid in 5B", "the lad from Year 9", "the boy at the back". */
const PLACE_PREPOSITIONS = asSet(['in', 'from', 'at', 'on', 'by', 'near']);
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
      const words = wordsBefore(lower, m.start, 10);
      let i = 0;
      while (BEATING_QUALIFIERS.includes(words[i] ?? '')) i++;
      if (words[i] !== 'a') return undefined;
      i++;
      // "I'll give him a slap", "someone needs to give that kid a good slap"; the person may carry a place or class
      // after it: "that kid in 5B", "the lad from Year 9", "the boy at the back".
      let o = i;
      if (!GIVE_OBJECT.has(words[o] ?? '')) {
        const p = words.slice(i, i + 4).findIndex((x) => PLACE_PREPOSITIONS.has(x));
        if (p >= 0) o = i + p + 1;
      }
      const give = words.slice(o, o + 4).findIndex((x) => GIVE.has(x));
      if (give > 0 && GIVE_OBJECT.has(words[o]!)) {
        const at = wordStart(lower, words[o + give]!, m.start);
        const lead = intends(wordsBefore(lower, at, 8));
        if (!lead) return undefined;
        start = at;
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

// ---- People named or pointed at -------------------------------------------------------------------------------------

const NOT_NEAR_LISTS = new Map<InsultTerm, TermList>();
function notNearList(cue: InsultTerm): TermList {
  let list = NOT_NEAR_LISTS.get(cue);
  if (!list) NOT_NEAR_LISTS.set(cue, (list = new TermList((cue.notNear ?? []).map((term) => ({ term })))));
  return list;
}

const NAME_TAGS = asSet(['FirstName', 'MaleName', 'FemaleName', 'LastName']);
const TITLES = asSet(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir']);
const SINGULAR_PRONOUNS = asSet(['he', 'she']);
const PLURAL_PRONOUNS = asSet(['they', "they're", 'theyre']);
const CONTRACTED = asSet(["he's", "she's", 'hes', 'shes', "they're", 'theyre']);
const OWN = asSet(OWN_PEOPLE);
const OWN_ALWAYS = asSet(['husband', 'wife', 'hubby', 'wifey', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'dog', 'cat', 'puppy', 'kitten', 'baby', 'toddler']);

/** A first name or surname: on the roster, or known to compromise's lexicon as a name and nothing else. */
function isNameWord(input: DetectorInput, t: Token): boolean {
  if (!t.capitalised || t.key.length < 2 || COMMON_CAPITALS.has(t.key)) return false;
  const roster = input.context.roster;
  if (roster && (roster.first.has(t.key) || roster.last.has(t.key)) && !roster.everyday.has(t.key)) return true;
  return lexiconTags(t.key).some((tag) => NAME_TAGS.has(tag)) && !isEverydayWord(t.key);
}

function onRoster(input: DetectorInput, t: Token): boolean {
  const roster = input.context.roster;
  return !!roster && (roster.first.has(t.key) || roster.last.has(t.key));
}

/** A person's name ending at token k: "Dave", "Tyler Smith", "Amir K", "Mrs Hill". */
function nameEndingAt(input: DetectorInput, tokens: Token[], k: number): { first: number; kind: Who } | undefined {
  const t = tokens[k];
  if (!t || !t.capitalised) return undefined;
  const p = before(tokens, k);
  const prev = p >= 0 ? tokens[p]! : undefined;
  if (prev && TITLES.has(prev.key) && t.key.length > 1) return { first: p, kind: 'staff' };
  // "Amir K": a first name and an initial.
  if (t.text.length === 1) return prev && isNameWord(input, prev) ? { first: p, kind: onRoster(input, prev) ? 'pupils' : 'person' } : undefined;
  if (prev?.capitalised && isNameWord(input, prev) && !COMMON_CAPITALS.has(t.key)) return { first: p, kind: onRoster(input, prev) ? 'pupils' : 'person' };
  if (isNameWord(input, t)) return { first: k, kind: onRoster(input, t) ? 'pupils' : 'person' };
  return undefined;
}

const FOND = new TermList(AFFECTION.map((term) => ({ term, note: 'fondness' })));
const PET = new TermList(PETS.map((term) => ({ term, note: 'a pet' })));
const FOND_EMOJI = /[\u{1F602}\u{1F923}\u{2764}\u{1F495}\u{1F970}\u{1F60D}\u{1F496}\u{1F497}]/u;

/**
 * Fondness in the sentence ("bless him", 😂), or a pet named before the remark in it or the sentence before ("The cat
 * knocked my coffee over. Absolute sod."): teasing, or about an animal. What a comparison compares to ("the brains of a
 * rocking horse") comes after the remark and is not a pet.
 */
function fondOrPet(input: DetectorInput, offset: number): boolean {
  const s = sentenceAround(input.norm.text, offset);
  const { text } = input.norm;
  // Emoji may sit just after the sentence's full stop.
  if (hitIn(input, FOND, s.start, s.end) || FOND_EMOJI.test(text.slice(s.start, Math.min(text.length, s.end + 4)))) return true;
  const prev = s.start > 0 ? sentenceAround(text, Math.max(0, s.start - 2)).start : s.start;
  return hitIn(input, PET, prev, offset) !== undefined;
}

/** The first token of the sentence before the one holding token k (0 at the start of the text). */
function previousSentenceStart(tokens: Token[], k: number): number {
  let needed = tokens[k]?.sentenceStart ? 1 : 2;
  let i = Math.min(k, tokens.length) - 1;
  for (; i > 0; i--) if (tokens[i]!.sentenceStart && --needed === 0) break;
  return Math.max(0, i);
}

/** "my husband", "my dog": the writer's own people, in the sentence so far or the one before. */
function ownPersonBefore(input: DetectorInput, tokens: Token[], k: number): boolean {
  for (let q = previousSentenceStart(tokens, k); q < k; q++) {
    const w = tokens[q]!.key;
    const next = tokens[q + 1]?.key ?? '';
    if ((w === 'my' && OWN.has(next)) || (w === 'our' && OWN_ALWAYS.has(next))) return true;
  }
  return false;
}

/**
 * The subject of the verb at token j when it is a person named or pointed at: "she is", "he's", "they're" (nouns
 * only: "they're useless" may be laptops), "Tyler Smith is", "Dave from the trust is". A pronoun is less
 * sure than a target word, so its confidence is capped.
 */
function personSubject(input: DetectorInput, j: number, cue: InsultTerm): { target: Target; contraction: boolean; cap: number; own: boolean } | undefined {
  const tokens = input.tokens;
  const t = tokens[j]!;
  let k = j;
  let contraction = false;
  if (CONTRACTED.has(t.text.toLowerCase()) || (/'s$/.test(t.text) && t.capitalised)) {
    contraction = true;
  } else if (COPULAS.has(t.key)) {
    k = before(tokens, j);
    while (k >= 0 && SUBJECT_FILLERS.has(tokens[k]!.key)) k = before(tokens, k);
    if (k < 0) return undefined;
  } else return undefined;
  const w = tokens[k]!;
  const word = w.text.toLowerCase().replace(/'s$|'re$/, '').replace(/(?<=^(?:he|she|they))(?:s|re)$/, '');
  const own = ownPersonBefore(input, tokens, k);
  if (SINGULAR_PRONOUNS.has(word)) return { target: { first: k, last: k, kind: 'person', own: false }, contraction, cap: 0.7, own };
  if (PLURAL_PRONOUNS.has(word) || word === 'they') {
    return cue.form === 'noun' ? { target: { first: k, last: k, kind: 'person', own: false }, contraction, cap: 0.7, own } : undefined;
  }
  // A name, perhaps with a short phrase after it: "Dave from the trust is …".
  let name = nameEndingAt(input, tokens, k);
  if (!name && !contraction) {
    for (let q = before(tokens, k), s = 0; q >= 0 && s < 4; q = before(tokens, q), s++) {
      if (['from', 'in', 'at', 'of'].includes(tokens[q]!.key)) {
        const n = before(tokens, q);
        name = n >= 0 ? nameEndingAt(input, tokens, n) : undefined;
        if (name) k = n;
        break;
      }
    }
  }
  if (!name) return undefined;
  // "Excel is useless": only words for people make a capitalised thing a person, unless it is surely a name.
  return { target: { first: name.first, last: k, kind: name.kind, own: false }, contraction, cap: 1, own };
}

// ---- Remarks of their own -------------------------------------------------------------------------------------------

const LEADS = asSet(FRAGMENT_LEADS);
const INTENSIFIERS = asSet(FRAGMENT_INTENSIFIERS);
const MODIFIERS = asSet([...FRAGMENT_MODIFIERS, ...FRAGMENT_INTENSIFIERS]);
const MILD = asSet(MILD_MODIFIERS);
const TAILS = asSet(FRAGMENT_TAILS);
const PERSON_NOUN = asSet(PERSON_NOUNS);
const INSULT_BY_TOKEN = new Map<string, InsultTerm>();
for (const t of INSULTS) INSULT_BY_TOKEN.set(t.term.replace(/ /g, '-'), t);
/** Inside a clause: letters, digits, spaces, apostrophes, hyphens, masks. Anything else (. , ! ? emoji) ends it. */
const IN_CLAUSE = /[\p{L}\p{N} \t'*-]/u;
const STRONG_END = /[.!?\n\u2026]/;
const THE_LOT_AFTER = /^[\s,]*(?:the (?:whole )?lot of (?:them|em)|all of (?:them|em)|every (?:last )?one of (?:them|em)|the pair of (?:them|em)|both of (?:them|em))\b/;
const THIRD_PARTY = asSet(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'theirs', 'himself', 'herself', 'themselves', 'you', 'your', 'yours', 'someone', 'somebody', 'whoever', "he's", "she's", "they're", "they've", "he'd", "she'd", "they'd"]);
const SINGULAR_THIRD = asSet(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', 'someone', 'somebody', 'whoever', "he's", "she's", "he'd", "she'd"]);
const FIRST_PERSON = asSet(['i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'me', 'my', 'myself', 'mine']);
const VERBISH = asSet(['cannot', 'can', 'could', 'will', 'would', 'is', 'was', 'has', 'had', 'does', 'did', 'never', 'always', 'just', 'still', 'even', 'keeps', 'thinks', 'wants', 'needs', 'actually', 'really', 'should', 'must', 'might']);

/**
 * The clause around a span: the stretch between punctuation, line breaks and emoji. A remark of its own is short, so
 * the search stops 120 characters either way and says so (`long`), which keeps unpunctuated text cheap.
 */
function clauseAround(text: string, start: number, end: number): { start: number; end: number; long: boolean } {
  let s = start;
  while (s > 0 && start - s < 120 && IN_CLAUSE.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 120 && IN_CLAUSE.test(text[e]!)) e++;
  return { start: s, end: e, long: (s > 0 && IN_CLAUSE.test(text[s - 1]!)) || (e < text.length && IN_CLAUSE.test(text[e]!)) };
}

/** Someone other than the writer mentioned in the sentence before, or earlier in this one: the remark is aimed at them. */
function aimedAtSomeone(input: DetectorInput, k: number, singular: boolean): boolean {
  const tokens = input.tokens;
  let third = false;
  let singularThird = false;
  let firstPerson = false;
  for (let q = previousSentenceStart(tokens, k); q < k; q++) {
    const t = tokens[q]!;
    const lowerText = t.text.toLowerCase();
    if (THIRD_PARTY.has(lowerText) || THIRD_PARTY.has(t.key)) {
      third = true;
      singularThird ||= SINGULAR_THIRD.has(lowerText) || SINGULAR_THIRD.has(t.key);
    } else if (FIRST_PERSON.has(lowerText)) firstPerson = true;
    else if (PEOPLE.has(t.key) && !['one', 'ones', 'lot', 'idiot'].includes(t.key)) {
      third = true;
      singularThird ||= !t.key.endsWith('s');
    } else {
      const target = targetEndingAt(tokens, q);
      if (target && target.kind !== 'school' && !(target.own && !t.key.endsWith('s'))) {
        third = true;
        singularThird ||= !PLURAL_PEOPLE.has(t.key) && !['slt', 'smt', 'leadership', 'management', 'staff', 'team', 'department', 'pta', 'ofsted'].includes(t.key);
      } else if (nameEndingAt(input, tokens, q)) {
        third = true;
        singularThird = true;
      }
    }
  }
  // "Left my lanyard at home. Idiot." is said of oneself: a singular insult after the writer's own doings needs a
  // singular someone else.
  if (singular && firstPerson) return singularThird;
  return third;
}

const INSULT_MESSAGE = (who: string) =>
  `This calls ${who} an insulting name. A member of staff name-calling anyone in public can breach the code of conduct, even as a throwaway remark.`;

/**
 * An insult that stands as a remark of its own: "Morons.", "Spoilt little brat.", "Sour faced old bag.", "read the
 * letter, numpties.", "Pathetic man can't even reply." Also a strong name wherever it stands ("that lowlife").
 */
function standaloneInsult(input: DetectorInput, m: TermMatch, cue: InsultTerm): DetectorFinding | undefined {
  if (cue.notAlone) return undefined;
  const { text, lower } = input.norm;
  const tokens = input.tokens;
  const first = input.tokenAt(m.start);
  const last = input.tokenAt(m.end - 1);
  const clause = clauseAround(text, m.start, m.end);
  if (clause.long && !cue.strong) return undefined;
  // Quoted ("'You idiot!' shouted the giant"): a story or a report of what someone said.
  const q0 = text.slice(clause.start, m.start).trimStart()[0];
  if (q0 === "'" || q0 === '"') return undefined;
  const lead = lower.slice(Math.max(0, m.start - 40), m.start).split(/[.!?\n]/).pop() ?? '';
  if (SELF.test(` ${lead.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `)) return undefined;

  // Words before the insult in its clause: leads, intensifiers and other insults only.
  let from = first;
  let modified = false;
  let confidence = cue.confidence;
  for (let k = first - 1; k >= 0 && tokens[k]!.start >= clause.start; k--) {
    const t = tokens[k]!;
    // Two-word insults written with a space: "sour faced", "two faced".
    const pair = k > 0 && !t.sentenceStart && tokens[k - 1]!.start >= clause.start ? INSULT_BY_TOKEN.get(`${tokens[k - 1]!.key}-${t.key}`) : undefined;
    if (pair) k--;
    const other = pair ?? INSULT_BY_TOKEN.get(t.key);
    if (other && !other.notAlone) {
      modified = true;
      confidence = Math.max(confidence, other.confidence);
      from = k;
    } else if (MODIFIERS.has(t.key) || MILD.has(t.key) || isCensored(input, t)) {
      modified ||= MILD.has(t.key) || INTENSIFIERS.has(t.key) || isCensored(input, t);
      from = k;
    } else if (!LEADS.has(t.key)) {
      if (cue.form === 'noun' && cue.strong) break;
      return undefined;
    }
    if (tokens[k]!.sentenceStart) break;
  }
  // "Entitled little brat? No, just tired.": a question, not a verdict. The cat, the dog or the writer's husband: not a colleague.
  if (text[clause.end] === '?') return undefined;
  const aside = () => fondOrPet(input, m.start) || ownPersonBefore(input, tokens, from);
  if (cue.form === 'noun' && cue.strong) {
    // "that lowlife", "the toerag in the office": a strong name for a person wherever it stands.
    const prev = before(tokens, from);
    if (prev >= 0 && (NEGATIONS.has(tokens[prev]!.key) || (tokens[prev]!.key === 'a' && NEGATIONS.has(tokens[before(tokens, prev)]?.key ?? '')))) return undefined;
    if (aside()) return undefined;
    return insultFinding(input, tokens[from]!.start, m.end, confidence, 'a strong name for a person, wherever it stands');
  }

  if (cue.form === 'adj') {
    // Only before a word for a person: "Nasty little man.", "Pathetic man can't even…". Insult nouns find their own way.
    let k = after(tokens, last);
    while (k >= 0 && (MODIFIERS.has(tokens[k]!.key) || (INSULT_BY_TOKEN.get(tokens[k]!.key)?.form === 'adj'))) k = after(tokens, k);
    // "Useless, the lot of them.": the people follow.
    if ((k < 0 || tokens[k]!.start >= clause.end) && tokens[from]!.start === firstWordAt(text, clause.start) && THE_LOT_AFTER.test(lower.slice(clause.end, clause.end + 40))) {
      if (!aimedAtSomeone(input, from, false) || aside()) return undefined;
      return insultFinding(input, tokens[from]!.start, m.end, confidence, 'an insult said of a group just mentioned ("…, the lot of them")');
    }
    if (k < 0 || !PERSON_NOUN.has(tokens[k]!.key) || tokens[k]!.end > clause.end) return undefined;
    const n = after(tokens, k);
    const atEnd = n < 0 || tokens[n]!.start >= clause.end;
    // "Pathetic man can't even reply": a remark that leaves out "that" or "the", at the start of a sentence.
    const elliptical = !atEnd && tokens[from]!.sentenceStart && (VERBISH.has(tokens[n]!.key) || tokens[n]!.key.endsWith("n't") || (isFiniteVerb(tokens[n]!.key) && tokens[n]!.key !== 'like'));
    if (!atEnd && !elliptical) return undefined;
    if (atEnd && !clauseEndsRemark(text, lower, clause)) return undefined;
    if (!aimedAtSomeone(input, from, true) || aside()) return undefined;
    return insultFinding(input, tokens[from]!.start, tokens[k]!.end, confidence, 'an insulting description standing for a person just mentioned');
  }

  // A noun: nothing but tails may follow in its clause.
  for (let k = after(tokens, last); k >= 0 && tokens[k]!.start < clause.end; k = after(tokens, k)) {
    if (!TAILS.has(tokens[k]!.key)) return undefined;
  }
  if (cue.needsModifier && !modified) return undefined;
  if (!clauseEndsRemark(text, lower, clause)) return undefined;
  if (cue.selfUse && !aimedAtSomeone(input, from, !cue.term.endsWith('s'))) return undefined;
  if (aside()) return undefined;
  return insultFinding(input, tokens[from]!.start, m.end, confidence, 'an insult standing as a remark of its own, about someone just mentioned');
}

/**
 * A remark of its own ends a sentence ("Morons.", "…, numpties.") or is followed by "the lot of them"; a clause that
 * goes on after a comma is more likely a list ("Liars, cheats and thieves: the Tudors").
 */
/** Offset of the first letter or digit at or after `pos`. */
function firstWordAt(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !/[\p{L}\p{N}]/u.test(text[i]!)) i++;
  return i;
}

function clauseEndsRemark(text: string, lower: string, clause: { start: number; end: number }): boolean {
  const next = text[clause.end];
  if (next === undefined || STRONG_END.test(next) || !/[,;:()\-–"]/.test(next)) return true;
  return THE_LOT_AFTER.test(lower.slice(clause.end, clause.end + 40));
}

function insultFinding(input: DetectorInput, start: number, end: number, confidence: number, detail: string): DetectorFinding {
  return {
    signal: 'abuse.derogatory',
    ...input.at(start, end),
    confidence,
    evidence: { reasons: [{ kind: 'wordlist', detail: 'an insult' }, { kind: 'pattern', detail }] },
    message: INSULT_MESSAGE('someone'),
    suggestion: 'Leave the name-calling out. If something happened that needs raising, raise it with the right person.',
  };
}

// ---- Insulting comparisons ------------------------------------------------------------------------------------------

const NOT_OBJECT_TAGS = asSet(['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Infinitive', 'Modal', 'Copula', 'PastTense', 'PresentTense']);
const OBJECT_STOPS = asSet(['and', 'but', 'or', 'who', 'which', 'that', 'so', 'because', 'when', 'in', 'on', 'at', 'to', 'with', 'from', 'than', 'as', 'is', 'was', 'has', 'i', 'he', 'she', 'they', 'we', 'you', 'it', 'tbh', 'lol', 'honestly']);
const HAVE = asSet(['has', 'have', 'had', 'got', 'with', "he's", "she's", "they've", 'hes', 'shes', 'theyve', 'having']);
const BE_WORDS = asSet(['is', 'are', 'was', 'were', "he's", "she's", "they're", 'hes', 'shes', 'theyre', "isn't", 'be', 'being']);

/** "her mum has the brains of a rocking horse", "the new deputy is not the sharpest tool": about someone, not the writer. */
function comparisonAt(input: DetectorInput, m: TermMatch, cue: ComparisonTerm): DetectorFinding | undefined {
  const { lower, text } = input.norm;
  const tokens = input.tokens;
  const rest = lower.slice(m.end, m.end + 20).trimStart();
  if (cue.notBefore?.some((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest[w.length] ?? ''))) return undefined;
  if (sentenceHas(input, m.start, DISTANCE)) return undefined;
  const words = wordsBefore(lower, m.start, 6).filter((w) => !['the', 'a', 'about', 'only', 'just', 'literally', 'actually', 'honestly', 'genuinely', 'basically', 'maybe', 'probably', 'definitely', 'clearly', 'all', 'of'].includes(w));
  const verbs = cue.frame === 'have' ? HAVE : BE_WORDS;
  const v = words.slice(0, 2).findIndex((w) => verbs.has(w) || (cue.frame === 'be' && /'s$|'re$/.test(w)) || (cue.frame === 'have' && /'s$|'ve$/.test(w) && words[0] === 'got'));
  if (v < 0) return undefined;
  // "a parent with the IQ of…", but not "compared the brain of a frog with the brain of a human".
  if (words[v] === 'with') {
    let w = input.tokenAt(m.start) - 1;
    for (let n = 0; n < 4 && w >= 0 && tokens[w]!.key !== 'with'; n++) w = before(tokens, w);
    const h = w >= 0 ? before(tokens, w) : -1;
    if (h < 0 || !(targetEndingAt(tokens, h) || PEOPLE.has(tokens[h]!.key) || nameEndingAt(input, tokens, h))) return undefined;
  }
  // Who: a person in the clause, and not the writer.
  const clause = sentenceAround(text, m.start);
  const first = input.tokenAt(clause.start);
  const at = input.tokenAt(m.start);
  let person: Who | undefined;
  for (let k = first; k < at; k++) {
    const t = tokens[k]!;
    const lowerText = t.text.toLowerCase();
    // "my brain has…" is the writer; "my line manager has…" is not.
    if (lowerText === 'my' || lowerText === 'our') {
      let q = after(tokens, k);
      while (q >= 0 && ATTR_MODS.has(tokens[q]!.key) && !targetStartingAt(tokens, q, 'the')) q = after(tokens, q);
      const target = q >= 0 ? targetStartingAt(tokens, q, lowerText) : undefined;
      if (!target) return undefined;
      if (target.kind !== 'school') person ??= target.kind;
      continue;
    }
    if (FIRST_PERSON.has(lowerText) || ['we', "we're", "we've", 'us'].includes(lowerText)) return undefined;
    if (person) continue;
    if (THIRD_PARTY.has(lowerText) || THIRD_PARTY.has(t.key) || (PEOPLE.has(t.key) && !['one', 'ones', 'lot'].includes(t.key))) person = 'person';
    else {
      const target = targetEndingAt(tokens, k);
      if (target && target.kind !== 'school') person = target.kind;
      else if (nameEndingAt(input, tokens, k)) person = 'person';
    }
  }
  if (!person) return undefined;
  if (ownPersonBefore(input, tokens, at) || fondOrPet(input, m.start)) return undefined;
  // Mark the comparison with the thing it compares to: "brains of a rocking horse".
  let end = m.end;
  if (cue.term.endsWith(' of a') || cue.term.endsWith(' of an')) {
    // The thing compared to: up to three words, to the first function word ("a rocking horse and…").
    const words = /^(?:\s+[\p{L}'-]+){1,3}/u.exec(text.slice(m.end, clause.end))?.[0].match(/[\p{L}'-]+/gu) ?? [];
    const kept: string[] = [];
    for (const w of words) {
      const lw = w.toLowerCase();
      if (OBJECT_STOPS.has(lw) || isFiniteVerb(lw) || lexiconTags(lw).some((t) => NOT_OBJECT_TAGS.has(t))) break;
      kept.push(w);
    }
    if (kept.length === 0 || kept.some((w) => cue.notBefore?.includes(w.toLowerCase()))) return undefined;
    end = m.end + text.slice(m.end).indexOf(kept.at(-1)!) + kept.at(-1)!.length;
  }
  return {
    signal: 'abuse.derogatory',
    ...input.at(m.start, end),
    confidence: cue.confidence,
    evidence: { reasons: [{ kind: 'wordlist', detail: cue.note ?? 'insulting comparison' }, { kind: 'context', detail: `said of ${WHO[person]}` }] },
    message: `This mocks ${person === 'person' ? 'someone' : WHO[person]} as stupid. Policies ask staff not to post insulting comments about people, even as a joke.`,
    suggestion: 'Leave it out. If there is a real concern, raise it through the proper channels.',
  };
}

// ---- Sexualised remarks about a person --------------------------------------------------------------------------

const NUDGE_EMOJI_ANY = new RegExp(NUDGE_EMOJI.source, 'u');
const ADULT_KINDS = new Set<Who>(['staff', 'parents', 'inspectors', 'person']);
const ADULT_PEOPLE = asSet(['woman', 'women', 'man', 'men', 'bloke', 'blokes', 'guy', 'guys', 'lady', 'ladies', 'fella', 'fellas', 'mummy', 'mummies', 'daddy', 'daddies', 'milf', 'dilf']);
const NOT_PEOPLE_AFTER_HOT = asSet(['dinner', 'dinners', 'lunch', 'lunches', 'meal', 'meals', 'food', 'drink', 'drinks', 'chocolate', 'water', 'day', 'days', 'weather', 'topic', 'desk', 'seat', 'potato', 'dog', 'dogs', 'cross', 'tub', 'spot', 'take', 'mess']);
const SEXUAL_MESSAGE = 'This is a sexualised comment about a real person, such as a colleague or a parent. Policies treat comments like this as harassment, even meant as banter.';
const SEXUAL_SUGGESTION = 'Delete it. Comments on a colleague\'s or parent\'s looks have no place in a post by school staff.';

/** An adult a remark can be about, in token range [from, to): a colleague, a parent, a woman or man, "her", "him". */
function adultIn(input: DetectorInput, from: number, to: number, pronouns: boolean): boolean {
  const tokens = input.tokens;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (ADULT_PEOPLE.has(t.key)) return true;
    if (pronouns && ['her', 'him', 'she', 'he', "she's", "he's"].includes(t.text.toLowerCase())) return true;
    const target = targetEndingAt(tokens, k) ?? targetStartingAt(tokens, k, 'the');
    if (target && ADULT_KINDS.has(target.kind) && target.kind !== 'person') return true;
  }
  return false;
}

function sentenceTokens(input: DetectorInput, offset: number): { from: number; to: number } {
  const s = sentenceAround(input.norm.text, offset);
  return { from: input.tokenAt(s.start), to: input.tokenAt(s.end) };
}

function sexualRemarks(input: DetectorInput, cues: { m: TermMatch; cue: SexualTerm }[], out: DetectorFinding[]): void {
  const { lower, text } = input.norm;
  const tokens = input.tokens;
  const push = (start: number, end: number, confidence: number, detail: string) => {
    if (out.some((o) => o.start < end && start < o.end)) return;
    out.push({
      signal: 'abuse.derogatory',
      ...input.at(start, end),
      confidence,
      evidence: { reasons: [{ kind: 'wordlist', detail }, { kind: 'context', detail: 'about a real person' }] },
      message: SEXUAL_MESSAGE,
      suggestion: SEXUAL_SUGGESTION,
    });
  };
  // A nudge in words ("if you know what I mean") is strong; a wink emoji is weak (it ends many harmless posts); a smirk
  // or the aubergine are in between.
  const nudges: { start: number; end: number; strength: 'words' | 'emoji' | 'wink' }[] = cues.filter((c) => c.cue.rule === 'nudge').map((c) => ({ start: c.m.start, end: c.m.end, strength: 'words' as const }));
  if (NUDGE_EMOJI_ANY.test(text)) {
    NUDGE_EMOJI.lastIndex = 0;
    for (const e of text.matchAll(NUDGE_EMOJI)) nudges.push({ start: e.index, end: e.index + e[0].length, strength: e[0] === '\u{1F609}' ? 'wink' : 'emoji' });
  }
  for (const { m, cue } of cues) {
    const at = input.tokenAt(m.start);
    if (cue.rule === 'alone') {
      const words = wordsBefore(lower, m.start, 3);
      // "I'm no yummy mummy", "not exactly eye candy": said of oneself or denied.
      if (words.some((w) => ["i'm", 'im', 'me', 'not', 'no', 'hardly', 'never', 'myself'].includes(w))) continue;
      if (ownPersonBefore(input, tokens, at)) continue;
      // "eye candy", "a bit of alright": about a person before it, and not "eye candy for the parents" (a display).
      if (cue.person && (!adultIn(input, sentenceTokens(input, m.start).from, at, true) || /^\s+for\b/.test(lower.slice(m.end, m.end + 6)))) continue;
      push(m.start, m.end, cue.confidence, cue.note ?? 'sexualised remark');
    } else if (cue.rule === 'attraction' && cue.adult) {
      // "the hot new TA", "sexy dads at pick-up": the word straight before a colleague or parent.
      let k = after(tokens, input.tokenAt(m.end - 1));
      if (k >= 0 && NOT_PEOPLE_AFTER_HOT.has(tokens[k]!.key)) continue;
      let skipped = 0;
      while (k >= 0 && skipped < 2 && ATTR_MODS.has(tokens[k]!.key) && !targetStartingAt(tokens, k, 'the')) {
        k = after(tokens, k);
        skipped++;
      }
      if (k < 0) continue;
      const target = targetStartingAt(tokens, k, 'the');
      const adult = (target && target.kind !== 'pupils' && target.kind !== 'school') || ADULT_PEOPLE.has(tokens[k]!.key);
      if (!adult || ownPersonBefore(input, tokens, at)) continue;
      push(m.start, tokens[target ? target.last : k]!.end, cue.confidence, cue.note ?? 'rates a person\'s looks');
    }
  }
  // With a nudge: a remark on an adult's looks, or the writer's wish about "her" or "him".
  const done = new Set<number>();
  for (const n of nudges) {
    const s = sentenceAround(text, n.start);
    const prev = s.start > 0 ? sentenceAround(text, Math.max(0, s.start - 2)) : s;
    const from = input.tokenAt(prev.start);
    const to = input.tokenAt(s.end);
    if (done.has(s.start)) continue;
    const inReach = NUDGED.find(lower.slice(prev.start, s.end)).map((x) => ({ m: { ...x, start: x.start + prev.start, end: x.end + prev.start }, cue: x.term as SexualTerm }));
    const adult = adultIn(input, from, to, false);
    // A wink counts only with a word that is sexual in itself ("hot", "sexy"); "super fit 😉" may be about a marathon.
    const attraction = inReach.find((c) => c.cue.rule === 'attraction' && adult && (n.strength !== 'wink' || c.cue.adult));
    const desire =
      n.strength === 'words' || attraction
        ? inReach.find((c) => c.cue.rule === 'desire' && c.m.start >= s.start && /\b(?:her|him)\b/.test(lower.slice(c.m.end, n.start)))
        : undefined;
    const hit = [attraction, desire].filter((c) => c !== undefined).sort((a, b) => a.m.start - b.m.start)[0];
    if (!hit || ownPersonBefore(input, tokens, input.tokenAt(hit.m.start))) continue;
    done.add(s.start);
    push(hit.m.start, n.end, Math.max(hit.cue.confidence, 0.7), 'a remark on someone\'s looks or the writer\'s wish about them, with a nudge ("if you know what I mean")');
  }
}
