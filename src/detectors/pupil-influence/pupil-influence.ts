import { findPhrases, phraseIndex } from '../../engine/phrases.ts';
import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { TermList, type Term, termSet } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  ACTS,
  BALANCE,
  CAUSE_ACTIONS,
  MATERIAL,
  MATERIAL_OWNERS,
  NEGATIONS,
  OTHERS,
  OWN_VOTE,
  PARTIES,
  POLITICAL_EVENTS,
  RELIGIOUS_CLAIMS,
  RELIGIOUS_GROUPS,
  REPORTED,
  SCHOOL_SETTINGS,
  STANCES,
  VERDICTS,
  VERDICTS_BEFORE,
  VOTE_DIRECTIVES,
  VOTED_FOR,
  type ActTerm,
} from './data.ts';

const setOf = termSet;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (terms: readonly Term[]) => [...new Set(terms.map((t) => t.term))].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/ /g, '\\s+')).join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const ACT = phraseIndex(ACTS);
const VOTE = new TermList(VOTE_DIRECTIVES);
/** "who their parents should be voting for", "who they ought to back": a voting instruction, however it is phrased. */
const VOTE_WHO = /(?<![\p{L}\p{N}])(?:who|which\s+party|what\s+party)\s+(?:(?:they|you|their\s+(?:parents|families|mums?|dads?|carers)|your\s+(?:parents|family|mum|dad)|mum\s+and\s+dad|everyone|people)\s+)?(?:should|must|need\s+to|ought\s+to|have\s+to|has\s+to|are\s+to|to)\s+(?:be\s+)?(?:vote|voting|support|supporting|back|backing)(?:\s+for)?(?![\p{L}\p{N}])/gu;
/** "come and join my party's youth group", "I'll sign you up": recruiting whoever is addressed. */
const JOIN_MINE = /(?<![\p{L}\p{N}])(?:come\s+(?:and\s+)?)?join\s+(?:my|our)\s+(?:party(?:'s)?|local\s+party|church(?:'s)?|mosque(?:'s)?|campaign|youth\s+group|bible\s+study|prayer\s+group|branch)(?:\s+(?:youth\s+group|youth\s+wing|group|club|meeting|on\s+\w+))?/gu;
const STANCE = new TermList(STANCES);
const FAITH = new TermList(RELIGIOUS_CLAIMS);
const FAITH_GROUP = new TermList(RELIGIOUS_GROUPS);
const EVENT = new TermList(POLITICAL_EVENTS);
const PARTY = new TermList(PARTIES);
const OWN = new TermList(OWN_VOTE);
const VOTED = new TermList(VOTED_FOR);
/** Party names that are also everyday words: they count only when capitalised ("Reform", not "behaviour reform"). */
const CASED = new Set(['reform', 'labour', 'greens', 'the greens', 'plaid', 'boris', 'truss']);
/** Isms judged in the past tense are history ("communism was a disaster in Russia"), not a view pressed on pupils. */
const HISTORY = /^(?:socialism|capitalism|communism|the monarchy|the royal family|the royals)\b.*\b(?:was|were)\b/;
const SETTING = new TermList(SCHOOL_SETTINGS);
const BALANCED = new TermList(BALANCE);
const REPORT = new TermList(REPORTED);
const NEGATION = new TermList(NEGATIONS);
const OTHER = setOf(OTHERS);
const CAUSE = setOf(CAUSE_ACTIONS);
/** One distinctive word of every partisan or religious phrase: a cheap first pass over the tokens. */
const TRIGGER_WORDS = new Set(
  [...PARTIES, ...VOTE_DIRECTIVES, ...STANCES, ...RELIGIOUS_CLAIMS, ...RELIGIOUS_GROUPS, ...POLITICAL_EVENTS, ...OWN_VOTE, ...VERDICTS_BEFORE, ...MATERIAL, ...VOTED_FOR].map(
    (t) => t.term.split(' ').reduce((a, b) => (b.length >= a.length ? b : a)).replace(/'s$/, ''),
  ),
);
/** The longest word of each phrase in a list: a phrase cannot match unless that word is there. */
const keysOf = (terms: readonly Term[]) => new Set(terms.map((t) => t.term.split(/[\s-]+/).reduce((a, b) => (b.length >= a.length ? b : a)).replace(/'s$/, '')));
const VOTE_KEYS = new Set([...keysOf(VOTE_DIRECTIVES), 'vote', 'voting', 'support', 'supporting', 'back', 'backing']);
const STANCE_KEYS = keysOf(STANCES);
const FAITH_KEYS = keysOf(RELIGIOUS_CLAIMS);
const OWN_KEYS = keysOf(OWN_VOTE);
/** The first word of every party name, for finding where a verdict on a party could start. */
const PARTY_STARTS = new Set(PARTIES.map((t) => t.term.split(' ')[0]!));

/** "the Tories are evil", "Labour are the only choice", "the evil Tories". */
const FILLER = '(?:are|is|were|was|will|would|have|has|be|been|being|all|just|really|literally|truly|totally|completely|so|such|a|an|the|bunch|pack|of|absolute|complete|utter|total|not|never|always|nothing|but|only|going|to|actually|genuinely|basically|clearly|obviously|properly|definitely|honestly|lot|mob|gang|crew|cronies|government|party|policies|lies|mates)';
const CLAIM = new RegExp(`(?:(${alt(PARTIES)})(?:'s|')?(?:\\s+${FILLER}){0,4}\\s+(${alt(VERDICTS)})|(${alt(VERDICTS_BEFORE)})\\s+(${alt(PARTIES)}))${E}`, 'uy');
const VERDICT_BEFORE_WORDS = new Set(VERDICTS_BEFORE.map((t) => t.term));
/** "party leaflets", "Labour badges", "my party's flyers". */
const PARTY_MATERIAL = new RegExp(`${B}(${alt(MATERIAL_OWNERS)}|${alt(PARTIES)})(?:'s|')?\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(MATERIAL)})${E}`, 'gu');
const MATERIAL_WORD = new RegExp(`${B}(?:${alt(MATERIAL)})${E}`, 'u');

/** The writer's own children at home. */
const HOME = /\b(?:at home|my own (?:kids|children)|my (?:son|daughter|sons|daughters)|dinner table|bedtime|in the car|as a parent|as a mum|as a dad|our house)\b/;
/** Words of the lower-cased text, for the claim pass. */
const WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const YEAR_WORD = /^(?:year|yr|y)$/;
const YEAR_NUMBER = /^(?:[1-9]|1[0-3])s?$/;
const YEAR_JOINED = /^(?:year|yr|y)-?(?:[1-9]|1[0-3])s?$/;
const FORM_NAME = /^(?:[1-9]|1[0-3])[A-Z]{1,2}\d?s?$/;
const PUPIL_WORDS = new Set(['pupils', 'students', 'learners', 'tutees', 'pupil', 'student', 'formers']);
const CHILD_WORDS = new Set(['kids', 'children', 'kiddies', 'boys', 'girls', 'lot', 'youngsters', 'teens', 'teenagers']);
const TAILS = new Set(['kids', 'children', 'pupils', 'students', 'class', 'classes', 'group', 'groups', 'set', 'sets', 'lot', 'girls', 'boys', 'tutees', 'formers', 'learners']);
const DETS = new Set(['the', 'my', 'our', 'all', 'every', 'each', 'whole', 'entire', 'your', 'their', 'his', 'her', 'a', 'an', 'this', 'these', 'those', 'lovely', 'new', 'little', 'impressionable', 'young', 'poor']);
const QUANT = new Set(['all', 'some', 'one', 'each', 'every', 'most', 'half', 'many', 'few', 'couple', 'loads', 'lots', 'any']);
const FIRST = new Set(['i', 'we', "i've", 'ive', "we've", "i'm", 'im', "we're", "i'd", "we'd", "i'll", "we'll", 'me', 'us', 'myself']);
const SKIP_BEFORE = new Set([
  'always', 'just', 'literally', 'basically', 'proudly', 'finally', 'today', 'then', 'also', 'even', 'actually', 'have',
  'had', 'been', 'am', 'will', 'was', 'do', 'did', 'now', 'still', 'constantly', 'regularly', 'often', 'and', 'so',
  'really', 'definitely', 'already', 'totally', 'happily', 'openly', 'quietly', 'subtly', 'gently', 'casually',
  'once', 'again', 'secretly', 'slowly', 'deliberately', 'simply', 'honestly', 'genuinely', 'think', 'reckon',
  'may', 'might', 'could', 'would', 'should', 'must', 'can', 'love', 'like', 'enjoy', 'try', 'tried', 'want', 'to',
  'going', 'gonna', 'get', 'got', 'keep', 'kept', 'lol',
]);

type Strength = { confidence: number; detail: string };

interface Content {
  start: number;
  end: number;
  confidence: number;
  detail: string;
  religious: boolean;
}

interface Audience {
  first: number;
  last: number;
  det: string;
  ambiguous: boolean;
  detail: string;
}

/** The pupils an act is done to, straight after it: "my class", "Year 10", "all my students", "my kids". */
function audienceAt(tokens: Token[], i: number, stop: number): Audience | undefined {
  let j = i;
  let det = '';
  for (let n = 0; n < 6 && j < stop; n++) {
    const k = tokens[j]!.key;
    if (QUANT.has(k) && tokens[j + 1]?.key === 'of') {
      j += 2;
      continue;
    }
    if (k === 'single' || k === 'one' || (k === 'of' && j > i)) {
      j++;
      continue;
    }
    if (DETS.has(k) || QUANT.has(k)) {
      if (['the', 'my', 'our', 'your', 'their', 'his', 'her', 'a', 'an'].includes(k)) det = k;
      j++;
      continue;
    }
    break;
  }
  if (j >= stop || ['your', 'their', 'his', 'her'].includes(det)) return undefined;
  const t = tokens[j]!;
  const k = t.key;
  const next = j + 1 < stop ? tokens[j + 1] : undefined;
  let last = j;
  let detail = 'pupils';
  let ambiguous = false;
  if (YEAR_WORD.test(k) && next && YEAR_NUMBER.test(next.key)) {
    last = j + 1;
    detail = 'a year group';
  } else if (YEAR_JOINED.test(k)) detail = 'a year group';
  else if (FORM_NAME.test(t.text)) detail = 'a form or class';
  else if ((k === 'class' || k === 'classes' || k === 'form' || k === 'set' || k === 'sets') && (det === 'my' || det === 'our' || det === 'the')) detail = 'a class';
  else if ((k === 'tutor' || k === 'form') && next?.key === 'group') {
    last = j + 1;
    detail = 'a tutor group';
  } else if ((k === 'gcse' || k === 'btec' || k === 'level' || k === 'sixth' || k === 'ks3' || k === 'ks4') && next && TAILS.has(next.key)) {
    last = j + 1;
    detail = 'a class';
  } else if (k === 'reception' && t.capitalised) detail = 'Reception';
  else if (PUPIL_WORDS.has(k)) detail = 'pupils';
  else if (CHILD_WORDS.has(k) && det !== 'a') {
    // "teaching my kids…" is usually a teacher's class, but may be the writer's own children.
    ambiguous = det === 'my' || det === '';
    detail = det === 'my' ? '"my kids" (a class, or the writer\'s own children)' : 'the children';
  } else return undefined;
  while (last + 1 < stop && TAILS.has(tokens[last + 1]!.key)) {
    last++;
    ambiguous = false;
  }
  return { first: i, last, det, ambiguous, detail };
}

export const pupilInfluence: Detector = {
  meta: {
    id: 'pupil-influence',
    category: 'pupil',
    signals: ['pupil.influence'],
    description: "Staff telling pupils what to think about parties, votes or faith, or recruiting them to a cause.",
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const lower = input.norm.lower;
    const acts = findPhrases(input.tokens, ACT);
    const triggers = acts.length === 0 ? [] : input.tokens.filter((t) => TRIGGER_WORDS.has(t.key) || TRIGGER_WORDS.has(t.text.toLowerCase())).map((t) => t.start);
    const { tokens } = input;
    let lastEnd = -1;
    for (const m of triggers.length ? acts : []) {
      if (m.start < lastEnd) continue;
      const act = m.term as ActTerm;
      const whole = input.sentence(m.start);
      // Clamped to a window so that one endless sentence cannot make the work quadratic.
      const sent = { start: Math.max(whole.start, m.start - 200), end: Math.min(whole.end, m.end + 200) };
      // Nothing partisan or religious after the act in this sentence: nothing to check.
      if (!(firstFrom(triggers, m.end) < sent.end)) continue;
      const stop = input.tokenAt(sent.end);
      const ai = input.tokenAt(m.end - 1);
      const sentence = lower.slice(sent.start, sent.end);
      let found: { end: number; content: Content; audience?: Audience; reasons: Reason[] } | undefined;

      if (act.act === 'tell' || act.act === 'get' || act.act === 'invite') {
        let audience = audienceAt(tokens, ai + 1, stop);
        // "my Year 5s' faces when I told them…": "them" is a group of pupils named earlier in the sentence.
        if (!audience && /^(?:them|everyone|everybody)$/.test(tokens[ai + 1]?.key ?? '')) {
          const from = input.tokenAt(sent.start);
          for (let k = from; k < input.tokenAt(m.start) && !audience; k++) {
            const g = audienceAt(tokens, k, input.tokenAt(m.start));
            if (g && !g.ambiguous) audience = { ...g, first: ai + 1, last: ai + 1, detail: `${g.detail} (named earlier)` };
          }
        }
        if (!audience) continue;
        const afterAudience = tokens[audience.last]!.end;
        let from = afterAudience;
        if (act.act === 'get') {
          // "got the class to sign…", "had my form chant…".
          let k = audience.last + 1;
          if (tokens[k]?.key === 'to') k++;
          if (k >= stop || !CAUSE.has(tokens[k]!.key)) continue;
          from = tokens[k]!.start;
        }
        let content: Content | undefined;
        if (act.act === 'invite') {
          if (tokens[audience.last + 1]?.key !== 'to' && tokens[audience.last + 1]?.key !== 'along') continue;
          content = recruitment(lower, afterAudience, Math.min(sent.end, afterAudience + 60), sentence);
        } else {
          content = contentIn(input.norm.text, lower, from, Math.min(sent.end, from + 140), act.act === 'get');
          // "Christians believe Jesus is the only way": reported belief between the pupils and the claim.
          if (content && REPORT.find(lower.slice(afterAudience, content.start)).length) continue;
        }
        if (!content) continue;
        found = {
          end: content.end,
          content,
          audience,
          reasons: [{ kind: 'context', detail: `said or done to ${audience.detail}` }],
        };
      } else {
        // "handing out party leaflets in form time": partisan material close after the act, pupils in the sentence.
        PARTY_MATERIAL.lastIndex = 0;
        const window = lower.slice(m.end, Math.min(sent.end, m.end + 40));
        const pm = PARTY_MATERIAL.exec(window);
        let content: Content | undefined;
        if (pm && pm.index < 12 && cased(input.norm.text, m.end + pm.index, pm[1]!)) {
          const religious = /church|mosque|religious|bible|gospel|evangelical|jehovah|christian|muslim|islamic/.test(pm[1]!);
          content = { start: m.end + pm.index, end: m.end + pm.index + pm[0].length, confidence: 0.8, detail: religious ? 'religious material' : 'party-political material', religious };
        }
        else {
          const mw = MATERIAL_WORD.exec(window);
          const stance = STANCE.find(sentence)[0];
          if (mw && mw.index < 12 && stance && sent.start + stance.start > m.end) {
            content = { start: m.end + mw.index, end: sent.start + stance.end, confidence: 0.8, detail: `material taking a side ("${stance.term.term}")`, religious: false };
          }
        }
        if (!content) continue;
        const setting = SETTING.find(sentence)[0];
        if (!setting) continue;
        found = { end: content.end, content, reasons: [{ kind: 'context', detail: `in front of pupils ("${setting.term.term}")` }] };
      }

      // Balanced teaching, refusals, rules, and other people's conduct are not flagged.
      if (BALANCED.find(sentence).length) continue;
      const lead = lower.slice(sent.start, m.start);
      const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(' but ')) + 1);
      if (NEGATION.find(clause).length) continue;
      const who = subject(input, input.tokenAt(m.start), input.tokenAt(sent.start));
      if (who === 'other') continue;
      if (who === 'none' && found.audience && found.audience.det !== 'my' && found.audience.det !== 'our' && !isSentenceStart(input, m.start, sent.start)) continue;

      let confidence = found.content.confidence;
      if (found.audience?.ambiguous) {
        // "Told my kids at home…": the writer's own children.
        if (HOME.test(sentence)) continue;
        confidence -= 0.2;
      }
      confidence = Math.max(0.3, Math.round(confidence * 100) / 100);
      const reasons: Reason[] = [
        { kind: 'pattern', detail: act.note ?? 'acting on pupils' },
        { kind: 'wordlist', detail: found.content.detail },
        ...found.reasons,
      ];
      if (who === 'self') reasons.push({ kind: 'context', detail: 'the writer is the one doing it' });
      lastEnd = found.end;
      out.push({
        signal: 'pupil.influence',
        ...input.at(m.start, found.end),
        confidence,
        evidence: { reasons },
        message: found.content.religious
          ? 'This seems to describe pressing your own religious (or anti-religious) views on pupils. Staff must not use their position to influence pupils\' beliefs.'
          : "This seems to describe pressing your own political views on pupils. Staff must not use their position to influence pupils' politics, and political issues must be taught in a balanced way.",
        suggestion: 'Remove it. If you are describing a lesson, make clear that different views were presented and pupils made up their own minds.',
      });
    }
    // "Year 5s — come and join my party's youth group": recruiting pupils who are addressed at the start.
    for (const m of lower.matchAll(JOIN_MINE)) {
      const whole = input.sentence(m.index);
      if (lastEnd > m.index && lastEnd > whole.start) continue;
      const first = input.tokenAt(whole.start);
      const stop = input.tokenAt(m.index);
      const g = audienceAt(input.tokens, first, stop);
      if (!g || g.ambiguous) continue;
      const after = input.tokens[g.last + 1];
      if (!after || !/[,!:;\-]/.test(input.norm.text.slice(input.tokens[g.last]!.end, after.start))) continue;
      const lead = lower.slice(whole.start, m.index);
      if (NEGATION.find(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1)).length || BALANCED.find(lower.slice(whole.start, whole.end)).length) continue;
      const religious = /church|mosque|bible|prayer/.test(m[0]);
      out.push({
        signal: 'pupil.influence',
        ...input.at(m.index, m.index + m[0].length),
        confidence: 0.8,
        evidence: {
          reasons: [
            { kind: 'pattern', detail: religious ? "inviting pupils to join the writer's faith group" : "inviting pupils to join the writer's party or campaign" },
            { kind: 'context', detail: `addressed to ${g.detail}` },
          ],
        },
        message: religious
          ? 'This seems to invite pupils to join your own faith group. Staff must not use their position to recruit pupils to a religious organisation.'
          : 'This seems to invite pupils to join your own party or campaign. Staff must not use their position to recruit pupils to a political organisation.',
        suggestion: 'Remove it.',
      });
    }
    return out;
  },
};

/** The first value in a sorted list that is at least `min` (Infinity if none). */
function firstFrom(sorted: number[], min: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : Infinity;
}

/** The strongest partisan or proselytising content in lower[from, to). */
function contentIn(text: string, lower: string, from: number, to: number, material = false): Content | undefined {
  const slice = lower.slice(from, to);
  const options: Content[] = [];
  const add = (start: number, end: number, s: Strength, religious = false) => options.push({ start: from + start, end: from + end, ...s, religious });
  // Each list runs only when one of its key words is in the slice: most sentences have none.
  const words = new Set(Array.from(slice.matchAll(WORD), (w) => w[0].replace(/'s$/, '')));
  const has = (keys: Set<string>) => {
    for (const w of words) if (keys.has(w)) return true;
    return false;
  };
  if (has(VOTE_KEYS)) {
    for (const x of VOTE.find(slice)) add(x.start, x.end, { confidence: 0.85, detail: 'telling pupils how to vote' });
    VOTE_WHO.lastIndex = 0;
    for (const x of slice.matchAll(VOTE_WHO)) add(x.index, x.index + x[0].length, { confidence: 0.85, detail: 'telling pupils how to vote' });
  }
  if (has(STANCE_KEYS)) for (const x of STANCE.find(slice)) add(x.start, x.end, { confidence: 0.85, detail: `taking a political side ("${x.term.term}")` });
  if (has(FAITH_KEYS)) for (const x of FAITH.find(slice)) add(x.start, x.end, { confidence: 0.85, detail: 'asserting or rejecting a faith' }, true);
  // A verdict can only start at a party name or a verdict word: try the claim pattern there and nowhere else.
  for (const w of slice.matchAll(WORD)) {
    const key = w[0].replace(/'s$/, '');
    if (!PARTY_STARTS.has(key) && !VERDICT_BEFORE_WORDS.has(key)) continue;
    CLAIM.lastIndex = w.index;
    const x = CLAIM.exec(slice);
    if (!x) continue;
    const party = (x[1] ?? x[4])!.replace(/\s+/g, ' ');
    const at = from + x.index + (x[1] ? 0 : x[0].length - x[4]!.length);
    if (!cased(text, at, party)) continue;
    if (HISTORY.test(x[0])) continue;
    add(x.index, x.index + x[0].length, { confidence: 0.8, detail: `a verdict on ${party}` });
  }
  // "got my form to wear Reform badges": party material counts when pupils are made to carry it.
  PARTY_MATERIAL.lastIndex = 0;
  if (material) for (const x of slice.matchAll(PARTY_MATERIAL)) if (cased(text, from + x.index, x[1]!)) add(x.index, x.index + x[0].length, { confidence: 0.8, detail: 'party-political material' });
  for (const x of has(OWN_KEYS) ? OWN.find(slice) : []) {
    // "I'm voting Green", "who I'm voting for": the writer's own politics; "I vote we have pizza" is not.
    const rest = slice.slice(x.end, x.end + 30);
    if (/^\s+(?:we|that|for\s+(?:pizza|a|the\s+(?:film|class))|yes|no)\b/.test(rest)) continue;
    if (/voting$|vote$|voted$|support$/.test(x.term.term) && !/for$/.test(x.term.term) && !VOTED.find(rest).some((p) => p.start <= 6)) continue;
    add(x.start, x.end, { confidence: 0.6, detail: "the writer's own politics" });
  }
  if (options.length === 0) return undefined;
  options.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  const best = options[0]!;
  // The marked span runs to the end of the claim; a vote like "I'm voting" takes the party after it.
  if (best.detail === "the writer's own politics") {
    const p = VOTED.find(lower.slice(best.end, best.end + 30)).find((q) => q.start <= 6);
    if (p) best.end += p.end;
  }
  return best;
}

/** "…to my church youth group", "…to a rally for Reform". */
function recruitment(lower: string, from: number, to: number, sentence: string): Content | undefined {
  const slice = lower.slice(from, to);
  const groups = FAITH_GROUP.find(slice);
  const g = groups[0];
  // "my church youth group": run on to the last faith-group word that follows straight after.
  let gEnd = g?.end ?? 0;
  for (const h of groups.slice(1)) if (h.start - gEnd <= 1) gEnd = h.end;
  if (g && g.start < 20) return { start: from + g.start, end: from + gEnd, confidence: 0.8, detail: 'recruiting pupils to the writer\'s faith group', religious: true };
  const e = EVENT.find(slice)[0];
  if (e && e.start < 20 && (STANCE.find(sentence).length || PARTY.find(sentence).length)) {
    const s = STANCE.find(slice)[0] ?? PARTY.find(slice)[0];
    return { start: from + e.start, end: from + Math.max(e.end, s?.end ?? 0), confidence: 0.8, detail: 'taking pupils to a political event', religious: false };
  }
  return undefined;
}

/** A party name that is also an everyday word must be written with a capital: "Reform", not "behaviour reform". */
function cased(text: string, at: number, name: string): boolean {
  const key = name.replace(/\s+/g, ' ');
  if (!CASED.has(key)) return true;
  return /\p{Lu}/u.test(text.slice(at, at + name.length).replace(/^the\s+/i, '').charAt(0));
}

/** Who does the act: the writer ("I told…", or no subject), someone else ("Mr Jones told…"), or unclear. */
function subject(input: DetectorInput, ai: number, sentenceFrom: number): 'self' | 'other' | 'none' {
  const { tokens } = input;
  for (let j = ai - 1; j >= Math.max(sentenceFrom, ai - 5); j--) {
    const t = tokens[j]!;
    if (SKIP_BEFORE.has(t.key)) continue;
    if (FIRST.has(t.key)) return 'self';
    if (OTHER.has(t.key) || (t.capitalised && !t.sentenceStart && j !== sentenceFrom)) return 'other';
    return 'none';
  }
  return 'self';
}

const isSentenceStart = (input: DetectorInput, offset: number, sentenceStart: number) => !/[\p{L}\p{N}]/u.test(input.norm.text.slice(sentenceStart, offset));
