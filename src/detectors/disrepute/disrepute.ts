import type { Detector, DetectorInput } from '../../engine/detector.ts';
import type { TermMatch } from '../../engine/terms.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  AFTER_ADJECTIVE,
  AT_WORK,
  BAKING,
  CUES,
  DRINK_WORDS,
  FIRST_PERSON,
  LEISURE,
  NOT_SUBJECT_BEFORE,
  OTHER_PEOPLE,
  OTHER_SCHOOL_AFTER,
  PRONOUNS,
  REPORTED,
  SCHOOL_COPULAS,
  SCHOOL_EVENTS,
  SCHOOL_PEOPLE,
  SCHOOL_TARGETS,
  SCHOOL_VERDICTS,
  STANDARDS_VERDICTS,
  SUBJECT_VERBS,
  TEACHING_ABOUT,
  TRIVIAL_TAKINGS,
  VAGUE_TARGETS,
  VERDICT_FILLERS,
  WORK_WORDS,
  type CueKind,
  type CueTerm,
  type VerdictTerm,
} from './data.ts';
import { TermList, termAlternation, termSet, WORD_END, wordMatches } from '../../engine/terms.ts';

const A = WORD_END;
const alt = termAlternation;
const setOf = termSet;

const CUE_LIST = new TermList(CUES);
const FIRST = setOf(FIRST_PERSON);
const OTHER = setOf(OTHER_PEOPLE);
const SUBJECT_VERB = setOf(SUBJECT_VERBS);
const PRONOUN = new Set(PRONOUNS);
const WORK = new TermList(WORK_WORDS);
const AT_WORK_LIST = new TermList(AT_WORK);
const EVENTS = new TermList(SCHOOL_EVENTS);
const PEOPLE = new TermList(SCHOOL_PEOPLE);
const DRINK = new TermList(DRINK_WORDS);
const TEACHING = new TermList(TEACHING_ABOUT);
const LEISURE_LIST = new TermList(LEISURE);
const OTHER_SCHOOL = new TermList(OTHER_SCHOOL_AFTER);
const NOT_SUBJECT = setOf(NOT_SUBJECT_BEFORE);
const TRIVIAL = new TermList(TRIVIAL_TAKINGS);
const AFTER_ADJ = setOf(AFTER_ADJECTIVE);
/** "drunk on success", "still drunk on the production high": drunk in a figure of speech. */
const FIGURATIVE = /^\s+(?:on|with)\s+(?:[\p{L}\p{N}']+\s+){0,4}?(?:success|power|love|happiness|joy|high|excitement|adrenaline|pride|sugar|life|sunshine|results?|glory|victory|win|praise|nostalgia|moment|atmosphere|buzz|feeling|vibes)(?![\p{L}])/u;
const BAKING_LIST = new TermList(BAKING);
const VAGUE = new Set(VAGUE_TARGETS);

/** Year groups and forms: "Year 6", "Y10", "yr 3". */
const YEAR_GROUP = /(?:year|yr|y)\s?\d{1,2}s?(?![\p{L}\p{N}])/gu;
/** Cue terms that need "I" or "we" before them, not just no one else: a bare "cocaine" is a topic, not a confession. */
const NEEDS_SELF = new Set([
  'cocaine', 'ketamine', 'ecstasy', 'mdma', 'drink driving', 'drink drive', 'arrested for', 'police caution', 'in the cells',
  'punch up', 'bar fight', 'pub fight', 'one night stand', 'high as a kite', 'hip flask', 'magic mushrooms', 'shrooms',
  'edibles', 'bong', 'spliff', 'spliffs', 'over the limit',
]);
const SLEPT_WITH_THING = /^\s+(?:the\s+(?:window|door|light|lights|heating|tv|telly|radio|fan|curtains)|my\s+(?:phone|glasses|contacts|make\s?up|socks|earplugs|teddy|hot\s+water\s+bottle|lanyard)|earplugs|one\s+eye\s+open|a\s+(?:hot\s+water\s+bottle|teddy|fan))\b/;

// ---- Who did it --------------------------------------------------------------------------------------------------

type Who = 'self' | 'other' | 'none';

/**
 * Who the words before `start` (in the same sentence) say did it: "I", someone else ("a parent", "my husband",
 * "Dave was…"), or nobody ("Still drunk, teaching in an hour" — the writer, by ellipsis).
 */
function whoBefore(input: DetectorInput, start: number, adjective: boolean): Who {
  const tokens = input.tokens;
  const k = input.tokenAt(start);
  if (k >= tokens.length || tokens[k]!.sentenceStart) return 'none';
  if (adjective && ['a', 'an', 'the', 'that', 'this', 'those', 'these', 'some'].includes(tokens[k - 1]!.key)) return 'other';
  // Across a comma the subject may be elided ("Staff do was carnage, absolutely wankered"): there, only a pronoun or a
  // word straight before a verb ("Dave came in, still drunk") names someone else.
  let crossed = false;
  for (let i = k - 1, n = 0; i >= 0 && n < 10; i--, n++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (/[,;:()\u2013\u2014]|\s-\s/.test(input.norm.text.slice(t.end, next.start))) crossed = true;
    if (FIRST.has(t.key)) return 'self';
    const beforeVerb = i + 1 < k && SUBJECT_VERB.has(next.key);
    if (OTHER.has(t.key) && (!crossed || PRONOUN.has(t.key) || beforeVerb)) return 'other';
    // "Dave was drunk", "Sarah came in hungover": a capitalised word before a subject's verb.
    if (t.capitalised && beforeVerb && !/ly$/.test(t.key) && t.key !== 'i') return 'other';
    if (t.sentenceStart) break;
  }
  return 'none';
}

/**
 * True when an adjective describes the word after it ("drunk parent", "drunk porters", "hungover teenagers"), not the
 * writer ("drunk from last night", "drunk, teaching in an hour").
 */
function describesNext(input: DetectorInput, end: number): boolean {
  const t = input.tokens[input.tokenAt(end)];
  if (!t || t.sentenceStart || !/^\s+$/.test(input.norm.text.slice(end, t.start))) return false;
  if (OTHER.has(t.key)) return true;
  return /^\p{L}+$/u.test(t.key) && !AFTER_ADJ.has(t.key) && !/(?:ly|ing)$/.test(t.key);
}

/** Normalised bounds of the sentence around `offset` and its neighbours either side. */
function around(input: DetectorInput, offset: number, reach: 0 | 1): { start: number; end: number } {
  const s = input.sentence(offset);
  if (reach === 0) return s;
  const before = s.start > 0 ? input.sentence(s.start - 1) : s;
  const after = s.end < input.norm.text.length ? input.sentence(s.end) : s;
  return { start: before.start, end: after.end };
}

/**
 * Finds list matches inside a span of the post. Each list is run once over the whole post and its matches looked up
 * by binary search, so the cost does not grow with the number of cues times the length of the post.
 */
class Lookup {
  private readonly cache = new Map<TermList | RegExp, { start: number; end: number; text: string }[]>();
  private readonly lower: string;
  constructor(lower: string) {
    this.lower = lower;
  }

  private all(list: TermList | RegExp) {
    let found = this.cache.get(list);
    if (!found) {
      found = list instanceof RegExp
        ? Array.from(wordMatches(list, this.lower), (m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
        : list.find(this.lower).map((m) => ({ start: m.start, end: m.end, text: m.term.term }));
      this.cache.set(list, found);
    }
    return found;
  }

  /** The first match of `list` lying wholly inside `span`, or undefined. */
  first(list: TermList | RegExp, span: { start: number; end: number }): string | undefined {
    const found = this.all(list);
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < found.length && found[i]!.start < span.end; i++) if (found[i]!.end <= span.end) return found[i]!.text;
    return undefined;
  }
}

// ---- Remarks about the school ------------------------------------------------------------------------------------

/** "this school is", "my academy has become", "this school's": the subject and its verb; the verdict is read after it. */
const MOCK_RE = new RegExp(
  `(?<target>${alt(SCHOOL_TARGETS)})(?:\\s+(?:here|now|honestly|really|seriously|literally|genuinely|actually|officially|just|still|truly|frankly))*` +
    `(?:\\s+(?:${alt(SCHOOL_COPULAS)})|'s)${A}`,
  'gu',
);
const SCHOOL_VERDICT_LIST = new TermList(SCHOOL_VERDICTS);
const STANDARDS_VERDICT_LIST = new TermList(STANDARDS_VERDICTS);
const FILLER = setOf(VERDICT_FILLERS);
const NEXT_WORD = /\s+([\p{L}\p{N}][\p{L}\p{N}'-]*)/uy;
/** How many filler words may stand between the verb and the verdict. */
const MAX_FILLERS = 8;
const WORST_RE = /worst\s+(?:school|academy|primary|secondary|employer|trust|place\s+to\s+work|place\s+i've\s+ever\s+worked|school\s+i've\s+ever\s+worked\s+(?:at|in))(?:\s+(?:in\s+the\s+(?:county|country|area|borough|city|region|trust|world|uk|universe|north|south|east|west|midlands|land)|ever|going|i've\s+(?:ever\s+)?(?:worked\s+(?:at|in)|seen|known)|i\s+have\s+ever\s+worked\s+(?:at|in)|around|on\s+earth|anywhere|in\s+[\p{L}]+)|[.!]|$)/gu;
const DONT_SEND_RE = /(?:don't|dont|do\s+not|never|wouldn't|wouldnt|would\s+not|would\s+never|i'd\s+never|not\s+sending)\s+(?:ever\s+)?send\s+(?:your|my|our|any)\s+(?:own\s+)?(?:kids?|children|child|son|daughter|little\s+ones?|dog|cat|worst\s+enemy(?:'s\s+(?:kids?|children))?)\s+(?:here|to\s+(?:my|our|this|the)\s+(?:school|academy|place|dump)|to\s+us|to\s+where\s+i\s+work)(?![\p{L}\p{N}])|(?:avoid\s+(?:my|our|this)\s+school|keep\s+your\s+(?:kids|children|child)\s+(?:away\s+from|out\s+of)\s+(?:my|our|this)\s+school|pull\s+your\s+(?:kids|children|child)\s+out\s+of\s+(?:my|our|this)\s+school)(?![\p{L}\p{N}])/gu;
/** "our safeguarding is", "the standards here are": the subject and its verb; the verdict is read after it. */
const STANDARDS_RE = new RegExp(
  `(?:(?:our|(?:the|my|this)\\s+school's|(?:the|my|this)\\s+academy's)\\s+(?:safeguarding|standards|behaviour\\s+policy|behaviour\\s+system|behaviour\\s+management|discipline|governance|results|data|attendance\\s+figures|exam\\s+results)` +
    `|the\\s+(?:safeguarding|standards|behaviour\\s+policy|behaviour\\s+management|discipline|teaching|leadership|management)\\s+(?:here|at\\s+(?:my|our|this)\\s+school|in\\s+(?:my|our|this)\\s+school))` +
    `\\s+(?:is|are|was|were)${A}`,
  'gu',
);

/**
 * The verdict after a subject and its verb, past any filler words ("is honestly such a bit of a joke"). Read word by
 * word against the verdict list's matches, so no regex has to try every way of splitting the fillers.
 */
function verdictAfter(lower: string, from: number, verdicts: ReadonlyMap<number, TermMatch>): TermMatch | undefined {
  let pos = from;
  for (let n = 0; n <= MAX_FILLERS; n++) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(lower);
    if (!m) return undefined;
    const wordStart = pos + m[0].length - m[1]!.length;
    const verdict = verdicts.get(wordStart);
    if (verdict) return verdict;
    if (!FILLER.has(m[1]!)) return undefined;
    pos = wordStart + m[1]!.length;
  }
  return undefined;
}

// ---- Misconduct at work ------------------------------------------------------------------------------------------

const FIDDLE_VERBS = 'fiddle|fiddled|fiddles|fiddling|fudge|fudged|fudges|fudging|massage|massaged|massages|massaging|doctor|doctored|doctoring|falsify|falsified|falsifies|falsifying|fabricate|fabricated|fabricating|inflate|inflated|inflating|bump\\s+up|bumped\\s+up|bumping\\s+up|rig|rigged|rigging|cook|cooked|cooking|make\\s+up|made\\s+up|making\\s+up|fake|faked|faking|invent|invented|inventing';
const FIDDLE_OBJECTS = 'attendance(?:\\s+(?:figures|data|numbers|stats|registers?|codes))?|exclusion\\s+(?:figures|data|numbers)|results|data|figures|marks|grades|predictions|registers?|the\\s+books|books|sats(?:\\s+(?:results|scores|marks))?|progress\\s+data|assessment\\s+data|assessments|statistics|stats|test\\s+scores|scores|moderation|coursework\\s+marks|teacher\\s+assessments?|evidence|observations?|minutes|safeguarding\\s+records|records|reading\\s+ages|reading\\s+scores|scaled\\s+scores|phonics\\s+scores|levels|writing\\s+levels|targets';
const FIDDLE_RE = new RegExp(
  `(?<verb>${FIDDLE_VERBS})\\s+(?<det>the\\s+|our\\s+|their\\s+|my\\s+|half\\s+the\\s+|half\\s+our\\s+|most\\s+of\\s+the\\s+|all\\s+the\\s+|all\\s+our\\s+|all\\s+their\\s+|some\\s+of\\s+the\\s+|some\\s+of\\s+our\\s+|a\\s+few\\s+of\\s+the\\s+)?(?<object>${FIDDLE_OBJECTS})(?:\\s+(?:predictions|results|scores|marks|data|figures|numbers))?${A}`,
  'gu',
);
const CHEAT_RE =
  /(?:(?:helped|let|helping|letting)\s+(?:them|the\s+kids|the\s+class|my\s+class|the\s+children|(?:year|y)\s?\d{1,2}s?)\s+cheat|(?:gave|told|whispered|showed|mouthed|pointed\s+out)\s+(?:them|the\s+kids|the\s+class|my\s+class|the\s+children|(?:year|y)\s?\d{1,2}s?)\s+(?:all\s+)?the\s+answers\s+(?:during|in|in\s+the\s+middle\s+of|halfway\s+through)\s+(?:the\s+)?(?:sats|exam|exams|test|phonics\s+check|multiplication\s+check|mocks?|gcses?|paper)|did\s+(?:their|his|her|the\s+kids'|most\s+of\s+their)\s+(?:coursework|sats|test|exam|writing\s+assessment|assessment|moderation\s+pieces?)\s+for\s+them|(?:changed|rubbed\s+out|altered|tweaked)\s+(?:their|some\s+of\s+their|a\s+few\s+of\s+their|the\s+kids')\s+(?:answers|sats\s+papers|test\s+papers|scripts)|opened\s+the\s+(?:sats|exam|test)\s+papers\s+(?:early|before)|off\s*-?\s*roll(?:ed|ing)\s+(?:him|her|them|kids|pupils|students|\d+))(?![\p{L}\p{N}])/gu;
const THEFT_RE = /(?:nicked|pinched|stole|swiped|half\s+inched|liberated|helped\s+myself\s+to|nicking|pinching|stealing|swiping|nick|pinch|steal)(?![\p{L}\p{N}])[^.!?\n]{0,50}?(?<![\p{L}\p{N}])(?:from|out\s+of|off)\s+(?:the\s+|our\s+|my\s+|work's\s+|school's\s+)?(?:school|work|stock\s+cupboard|stationery\s+cupboard|art\s+cupboard|supply\s+cupboard|resources?\s+cupboard|resource\s+room|staffroom|staff\s+room|classroom|school\s+office|office|pta|school\s+fund|trip\s+money|tuck\s+shop|reprographics|canteen|lost\s+property|prize\s+box|tombola|raffle)(?![\p{L}\p{N}])|helped\s+myself\s+to\s+(?:the\s+)?(?:pta|school|trip|raffle|tuck\s+shop|dinner|charity|class)(?:\s+(?:raffle|fund|money|cash|float|tin|takings|kitty|budget))+(?![\p{L}\p{N}])/gu;
/** "drove home after four pints", "drove to school after a bottle of wine". */
const DRINK_DRIVE_RE = /(?:drove|driving|drive|driven)\s+(?:(?:home|back|in|to\s+(?:school|work)|the\s+kids\s+to\s+school|to\s+the\s+(?:pub|party|do))\s+)?(?:(?:absolutely|completely|totally|a\s+bit|slightly|still|so|well|properly)\s+)?(?:drunk|pissed|hammered|smashed|wasted|plastered|steaming|trollied|tipsy|over\s+the\s+limit|under\s+the\s+influence|after\s+(?:a\s+few|a\s+couple(?:\s+of)?|several|\d+|two|three|four|five|six|seven|eight|nine|ten|loads\s+of|too\s+many|a\s+bottle\s+of|half\s+a\s+bottle\s+of|a\s+skinful)\s*(?:pints|drinks|beers|glasses(?:\s+of\s+wine)?|wines|gins|shots|bottles(?:\s+of\s+wine)?|cans|vodkas|proseccos|bevvies|wine|prosecco|gin|vodka)?)(?![\p{L}\p{N}])/gu;
const CALLED_SICK_RE = /(?:called|phoned|rang|rung|texted|emailed|calling|phoning|ringing)\s+in\s+(?:sick|ill)(?![\p{L}\p{N}])/gu;
const SCHOOL_SUBJECT = /(?:^|\s)(?:our|the|my|this)\s+(?:school|academy|trust|head|headteacher|slt|management|leadership|senior\s+team)\s+(?:\w+\s+){0,3}$/;

// ---- Messages ----------------------------------------------------------------------------------------------------

type Group = CueKind | 'mock' | 'fiddle' | 'theft';
const MESSAGES: Record<Group, { message: string; suggestion: string; detail: string }> = {
  intox: {
    message: 'This describes being drunk, hungover or high around work. Posted publicly, it could bring the school into disrepute.',
    suggestion: 'Leave this out: parents, pupils and your employer may see it.',
    detail: 'the writer drunk, hungover or high, with work mentioned',
  },
  drug: {
    message: 'This describes taking illegal drugs. Posted by a member of staff, it could bring the school into disrepute.',
    suggestion: 'Leave this out: parents, pupils and your employer may see it.',
    detail: "the writer's own drug use",
  },
  illegal: {
    message: 'This describes illegal or reckless behaviour. Posted by a member of staff, it could bring the school into disrepute.',
    suggestion: 'Leave this out: parents, pupils and your employer may see it.',
    detail: 'an illegal or reckless act by the writer',
  },
  sickie: {
    message: 'This suggests taking a sick day without being ill. That is a conduct matter, and public posts about it reflect on the school.',
    suggestion: 'Leave this out.',
    detail: 'a faked sick day',
  },
  sexual: {
    message: 'This describes sexual conduct with a colleague or parent, or at a school event. It could bring the school into disrepute.',
    suggestion: 'Leave this out: it involves people from school.',
    detail: 'a sexual encounter involving school',
  },
  mishap: {
    message: 'This describes drunken behaviour at a school event, which could bring the school into disrepute.',
    suggestion: 'Leave this out: parents, pupils and your employer may see it.',
    detail: 'drunken behaviour at a school event',
  },
  mock: {
    message: 'This runs the school down in public, which could bring it into disrepute.',
    suggestion: 'Raise concerns with your line manager, or through the grievance or whistleblowing procedures, rather than online.',
    detail: 'a public remark ridiculing the school',
  },
  fiddle: {
    message: "This says the school's figures, marks or tests are falsified. Posted publicly it brings the school into disrepute; if it is true, report it through whistleblowing.",
    suggestion: 'Report concerns about malpractice through the whistleblowing procedure, not social media.',
    detail: 'falsified figures or exam malpractice',
  },
  theft: {
    message: 'This describes taking things from school without permission. Posted publicly, it could bring the school into disrepute.',
    suggestion: 'Leave this out.',
    detail: 'taking things from school',
  },
};

// ---- The detector ------------------------------------------------------------------------------------------------

export const disrepute: Detector = {
  meta: {
    id: 'disrepute',
    category: 'school',
    signals: ['school.disrepute'],
    description: "Staff conduct or remarks that could bring the school into disrepute: drunk or high around work, illegal acts, faked sick days, fiddled figures, and running the school down.",
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const { lower } = input.norm;
    const look = new Lookup(lower);
    const push = (group: Group, start: number, end: number, confidence: number, extra: Reason[] = []) => {
      const m = MESSAGES[group];
      out.push({
        signal: 'school.disrepute',
        ...input.at(start, end),
        confidence,
        evidence: { reasons: [{ kind: 'pattern', detail: m.detail }, ...extra] },
        message: m.message,
        suggestion: m.suggestion,
      });
    };

    // The writer's own conduct.
    for (const m of CUE_LIST.find(lower)) {
      const t = m.term as CueTerm;
      const before = lower.slice(Math.max(0, m.start - 40), m.start);
      const after = lower.slice(m.end, m.end + 40);
      if (t.needBefore && !t.needBefore.test(before)) continue;
      if (t.notBefore?.test(before)) continue;
      if (t.notAfter?.test(after)) continue;
      if (t.kind === 'intox' && FIGURATIVE.test(after)) continue;
      if (t.term === 'slept with' && SLEPT_WITH_THING.test(after)) continue;
      const who = whoBefore(input, m.start, Boolean(t.adjective));
      if (who === 'other' || (who === 'none' && NEEDS_SELF.has(t.term))) continue;
      if (t.adjective && describesNext(input, m.end)) continue;
      const sentence = around(input, m.start, 0);
      const nearby = around(input, m.start, 1);
      if (t.kind === 'intox') {
        const work = look.first(WORK, nearby) ?? (look.first(YEAR_GROUP, nearby) ? 'a year group' : undefined);
        if (!work) continue;
        // "Hungover today, back at school tomorrow": the hangover is not at work.
        if (t.morningAfter && /(?<![\p{L}])tomorrow(?![\p{L}])/u.test(lower.slice(sentence.start, sentence.end))) continue;
        const atWork = t.strong || look.first(AT_WORK_LIST, nearby) !== undefined;
        push('intox', m.start, m.end, atWork ? 0.85 : 0.7, [{ kind: 'context', detail: `work nearby ("${work}")` }]);
      } else if (t.kind === 'drug' || t.kind === 'illegal') {
        if (look.first(TEACHING, sentence)) continue;
        const work = look.first(WORK, sentence);
        push(t.kind, m.start, m.end, work ? 0.85 : 0.75, work ? [{ kind: 'context', detail: `work nearby ("${work}")` }] : []);
      } else if (t.kind === 'sickie') {
        push('sickie', m.start, m.end, 0.75);
      } else if (t.kind === 'sexual') {
        const who = look.first(PEOPLE, sentence);
        const event = look.first(EVENTS, sentence);
        if (!who && !event) continue;
        push('sexual', m.start, m.end, who ? 0.75 : 0.7, [{ kind: 'context', detail: who ? 'someone from school involved' : 'at a school event' }]);
      } else if (t.kind === 'mishap') {
        const event = look.first(EVENTS, nearby);
        const drink = look.first(DRINK, nearby);
        if (!event || !drink) continue;
        push('mishap', m.start, m.end, 0.65, [{ kind: 'context', detail: 'at a school event, with drink mentioned' }]);
      }
    }
    for (const m of wordMatches(DRINK_DRIVE_RE, lower)) {
      // "after a few" needs a drink after it ("after a few minutes" is not drink-driving).
      if (/after\s+(?:a\s+few|a\s+couple(?:\s+of)?|several|\d+|two|three|four|five|six|seven|eight|nine|ten|loads\s+of|too\s+many)$/.test(m[0]) && !/^\s*(?:[.!,]|lol|$)/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
      if (whoBefore(input, m.index, false) === 'other') continue;
      if (look.first(TEACHING, around(input, m.index, 0))) continue;
      push('illegal', m.index, m.index + m[0].length, 0.8, [{ kind: 'context', detail: 'driving after drinking' }]);
    }
    for (const m of wordMatches(CALLED_SICK_RE, lower)) {
      const end = m.index + m[0].length;
      if (whoBefore(input, m.index, false) === 'other') continue;
      const nearby = around(input, m.index, 1);
      const leisure = look.first(LEISURE_LIST, nearby) ?? (/[\u{1F609}\u{1F61C}\u{1F92B}\u{1F602}\u{1F923}\u{1F3D6}\u{1F379}\u{1F37A}\u{1F377}]/u.test(input.norm.text.slice(nearby.start, nearby.end)) ? 'an emoji' : undefined);
      if (!leisure) continue;
      push('sickie', m.index, end, 0.7, [{ kind: 'context', detail: 'leisure, or a wink, nearby' }]);
    }

    // Remarks that run the school down.
    let schoolPost: boolean | undefined;
    const byStart = (list: TermList) => new Map(list.find(lower).map((v) => [v.start, v] as const));
    let schoolVerdicts: Map<number, TermMatch> | undefined;
    for (const m of wordMatches(MOCK_RE, lower)) {
      const target = m.groups!.target!;
      schoolVerdicts ??= byStart(SCHOOL_VERDICT_LIST);
      const found = verdictAfter(lower, m.index + m[0].length, schoolVerdicts);
      if (!found) continue;
      const end = found.end;
      if ((found.term as VerdictTerm).notAfter?.test(lower.slice(end, end + 30))) continue;
      const prev = input.tokens[input.tokenAt(m.index) - 1];
      if (prev && !input.tokens[input.tokenAt(m.index)]!.sentenceStart && NOT_SUBJECT.has(prev.key)) continue;
      const targetEnd = m.index + target.length;
      if (target === 'the school' || target === 'the academy' || target === 'the trust') {
        if (OTHER_SCHOOL.find(lower.slice(targetEnd, targetEnd + 30))[0]?.start === 1) continue;
        if (/(?:^|\s)other\s+$/.test(lower.slice(Math.max(0, m.index - 8), m.index))) continue;
      }
      if (VAGUE.has(target)) {
        schoolPost ??= look.first(WORK, { start: 0, end: lower.length }) !== undefined;
        if (!schoolPost) continue;
      }
      if (REPORTED.test(lower.slice(Math.max(0, m.index - 50), m.index))) continue;
      push('mock', m.index, end, 0.75, [{ kind: 'context', detail: 'said of the school as a whole' }]);
    }
    let standardsVerdicts: Map<number, TermMatch> | undefined;
    for (const m of wordMatches(STANDARDS_RE, lower)) {
      standardsVerdicts ??= byStart(STANDARDS_VERDICT_LIST);
      const found = verdictAfter(lower, m.index + m[0].length, standardsVerdicts);
      if (!found) continue;
      if (/(?:^|\s)(?:not|never|isn't|wasn't|far\s+from)\s+(?:the\s+|a\s+)?$/.test(lower.slice(Math.max(0, m.index - 15), m.index))) continue;
      if (REPORTED.test(lower.slice(Math.max(0, m.index - 50), m.index))) continue;
      push('mock', m.index, found.end, 0.7);
    }
    for (const re of [WORST_RE, DONT_SEND_RE]) {
      for (const m of wordMatches(re, lower)) {
        let end = m.index + m[0].length;
        while (end > m.index && /[\s.!]/.test(lower[end - 1]!)) end--;
        if (/(?:^|\s)(?:not|never|isn't|wasn't|far\s+from)\s+(?:the\s+|a\s+)?$/.test(lower.slice(Math.max(0, m.index - 15), m.index))) continue;
        if (REPORTED.test(lower.slice(Math.max(0, m.index - 50), m.index))) continue;
        push('mock', m.index, end, re === DONT_SEND_RE ? 0.85 : 0.7);
      }
    }

    // Misconduct at work: fiddled figures, exam malpractice, theft.
    for (const re of [FIDDLE_RE, CHEAT_RE]) {
      for (const m of wordMatches(re, lower)) {
        const end = m.index + m[0].length;
        // "cook" is malpractice only of the books, and not on World Book Day.
        if (re === FIDDLE_RE && /^cook/.test(m.groups!.verb!) && (!/books/.test(m.groups!.object!) || look.first(BAKING_LIST, around(input, m.index, 1)))) continue;
        const sentence = around(input, m.index, 0);
        if (look.first(TEACHING, sentence) && !/\b(?:we|i)\b/.test(lower.slice(sentence.start, m.index))) continue;
        const who = whoBefore(input, m.index, false);
        const schoolDidIt = SCHOOL_SUBJECT.test(lower.slice(sentence.start, m.index));
        if (who === 'other' && !schoolDidIt) continue;
        // "inflated grades" with no determiner is as often the national debate as a confession: then only with "I"/"we".
        if (re === FIDDLE_RE && !m.groups!.det && who !== 'self' && !schoolDidIt) continue;
        if (/(?:^|\s)(?:not|never|don't|dont|didn't|didnt|won't|wont|wouldn't|refuse\s+to|refused\s+to|asked\s+(?:me|us)\s+to|told\s+(?:me|us)\s+to|pressure\s+to|pressured\s+to|pressured\s+into)\s+(?:\w+\s+)?$/.test(lower.slice(Math.max(0, m.index - 30), m.index))) continue;
        push('fiddle', m.index, end, 0.8);
      }
    }
    for (const m of wordMatches(THEFT_RE, lower)) {
      if (whoBefore(input, m.index, false) === 'other') continue;
      if (TRIVIAL.find(m[0]).length) continue;
      push('theft', m.index, m.index + m[0].length, 0.8);
    }
    return out;
  },
};
