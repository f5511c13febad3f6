import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { lexiconTags } from '../../engine/nlp.ts';
import { TermList } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  ALLEGATIONS,
  type AllegationTerm,
  AUTHORITIES,
  CHILDREN,
  DETERMINERS,
  DRUGS,
  EXAMS,
  FAMILY,
  GENERIC_PEOPLE,
  type Harm,
  HEDGES,
  MINORS,
  MONEY,
  type ObjectRule,
  ORG_SUFFIXES,
  PEOPLE,
  POSITIONS,
  POSTMODIFIER_PREPOSITIONS,
  PROPER,
  QUALIFIED_ROLES,
  RECORDS,
  RESTRICTED,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPOUSES,
  TITLES,
  TRIVIAL,
  WRONGS,
} from './data.ts';

const ANCHORS = new TermList(ALLEGATIONS);
const PROPER_LIST = new TermList(PROPER);
const HEDGE_LIST = new TermList(HEDGES);

const set = (xs: readonly string[]) => new Set(xs);
const SETS: Record<Exclude<ObjectRule, 'taking' | 'partner' | 'restricted'>, Set<string>> = {
  money: set(MONEY),
  records: set(RECORDS),
  exams: set(EXAMS),
  spouse: set(SPOUSES),
  people: set([...PEOPLE, 'him', 'her', 'them']),
  children: set(CHILDREN),
  authorities: set(AUTHORITIES),
  wrongs: set(WRONGS),
  drugs: set(DRUGS),
  position: set([...PEOPLE, ...POSITIONS, 'him', 'her', 'them']),
};
const TRIVIAL_SET = set(TRIVIAL);
const TITLE = set(TITLES);
/** Titles that are never ordinary words, so "mr jones" in lower case still names someone ("miss" and "sir" are words). */
const LOWER_TITLES = set(['mr', 'mrs', 'ms', 'mx', 'dr']);
const ROLE = set(ROLE_WORDS);
const MODIFIER = set(ROLE_MODIFIERS);
const DET = set(DETERMINERS);
const FAMILY_SET = set(FAMILY);
const ORG_SUFFIX = set(ORG_SUFFIXES);
/** Prepositions that may join a role to the place or body that says which one: "the owner of the shop by our school". */
const TARGET_PREPS = set([...POSTMODIFIER_PREPOSITIONS, 'by', 'outside']);
const GENERIC = set(GENERIC_PEOPLE);
const GENERIC_DETS = set(['the', 'that', 'this', 'our', 'your', 'their']);
const RESTRICTED_SET = set(RESTRICTED);
const MINORS_SET = set(MINORS);
/** "was sacked for fiddling…": a sanction said to have followed the wrongdoing, between the target and the allegation. */
const SANCTIONS = set(['sacked', 'fired', 'dismissed', 'suspended', 'arrested', 'nicked', 'done', 'sued', 'booted', 'kicked', 'disciplined', 'removed', 'pushed']);
/** A pronoun standing for the target, resolved only inside the "only got the job because she…" frame. */
const PRONOUNS = set(['he', 'she', 'they', "he's", "she's", "they're", 'hes', 'shes']);
const BECAUSE = set(['because', 'cos', 'coz', 'cause', "'cause", 'cuz', 'bc']);
const GOT = set(['got', 'gets', 'get', 'landed', 'became', 'given', 'made', 'kept', 'keeps', 'promoted', 'appointed', 'hired']);
/** The writer states it as common knowledge: "everyone knows the bursar…". */
const COMMON_KNOWLEDGE = /(?:^|[^\p{L}])(?:everyone|everybody|we all|the whole (?:school|village|town|staffroom)|all the parents)\s+(?:knows?|know that|knows that)(?:[^\p{L}]|$)/u;

/** Between the target and the allegation: "the head *has been secretly* fiddling…", "Mr Jones *is* a thief". */
const SUBJECT_FILLERS = set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'keeps', 'kept', 'always', 'definitely', 'clearly', 'obviously',
  'literally', 'actually', 'basically', 'openly', 'secretly', 'still', 'now', 'just', 'also', 'regularly', 'constantly', 'blatantly',
  'totally', 'absolutely', 'completely', 'caught', 'seen', 'got', 'gets', 'getting', 'then', 'even', 'really', 'properly', 'known', 'well',
  'officially', 'utterly', 'massively', 'routinely', 'systematically', 'quietly', 'did', 'does', 'used', 'to', 'tried', 'trying', 'going',
  'gonna', 'allegedly', 'apparently', 'reportedly', 'supposedly', 'probably', 'deffo', 'def', 'honestly', 'frankly', 'such', 'complete',
  'total', 'real', 'proper', 'massive', 'huge', 'serial', 'known', 'notorious', 'absolute', 'bloody', 'fucking', 'both', 'all', 'a', 'an',
  'self-confessed', 'convicted', 'raging', 'nasty', 'dirty', 'filthy', 'sneaky', 'lying', 'thieving',
]);
const COPULAS = set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const SOFT = set(['allegedly', 'apparently', 'reportedly', 'supposedly', 'probably']);
/** Words that may come before an object: "the", "his", "all", "off" (siphoning off). */
const OBJECT_FILL = set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'all', 'some', 'any', 'of', 'these', 'those', 'that', 'this', 'off', 'on', 'in', 'at', 'another', 'one', 'two', 'three', 'several', 'loads', 'lots', 'thousands', 'hundreds', 'more', 'little', 'poor', 'vulnerable', 'young', 'own', 'whole', 'entire']);
/** Objects after these are figurative: "hit us with another initiative", "beat them at rounders", "kicked him out". */
const FIGURATIVE_AFTER = set(['with', 'at', 'out', 'off', 'to', 'back', 'in', 'on', 'by', 'into', 'over', 'round', 'around', 'up']);
const LITERAL_WITH = set(['kids', 'kid', 'children', 'child', 'pupils', 'pupil', 'students', 'student', 'boy', 'boys', 'girl', 'girls', 'him', 'her', 'them', 'wife', 'husband', 'son', 'daughter']);
const ASSAULT = set(['hits', 'hit', 'hitting', 'slaps', 'slapped', 'slapping', 'punched', 'punches', 'punching', 'kicked', 'kicks', 'kicking', 'smacked', 'smacks', 'smacking', 'shoved', 'beats', 'beat', 'beating', 'manhandled', 'manhandles', 'manhandling', 'assaulted', 'assaults', 'assaulting']);
const POISON = set(['poison', 'poisons', 'poisoning', 'poisoned']);
const PARTNER_PRONOUNS = set(['him', 'her', 'someone', 'somebody', 'them']);
const THEFT_END = set(['for', 'again', 'constantly', 'regularly', 'openly', 'every', 'since', 'daily', 'weekly', 'now', 'too', 'lol']);
const STOP = set(['and', 'but', 'so', 'or', 'because', 'when', 'while', 'whilst', 'since', 'then', 'to', 'for', 'again', 'every', 'lol', 'who', 'which', 'that', 'as', 'and', 'with', 'like', 'right', 'under', 'in', 'at', 'on', 'by', 'while']);
/** Capitalised words that are never a person to defame: pronouns, and public bodies (which cannot sue for defamation). */
const NOT_PEOPLE = set(['i', "i'm", 'im', 'it', 'this', 'that', 'what', 'who', 'he', 'she', 'they', 'we', 'you', 'ofsted', 'dfe', 'hmi', 'government', 'parliament', 'tories', 'labour', 'westminster', 'whitehall', 'god', 'santa']);

/** After a predicate, words that show it has ended: "a thief and a liar", not "a thief of hearts" or "a criminal lawyer". */
const PREDICATE_FOLLOW = set([
  'and', 'but', 'or', 'who', 'too', 'as', 'at', 'in', 'from', 'since', 'for', 'now', 'again', 'lol', 'lmao', 'everyone', 'everybody',
  'i', 'we', 'you', 'he', 'she', 'they', 'it', 'that', 'this', 'with', 'like', 'then', 'so', 'because', 'if', 'to', 'tbh', 'honestly',
  'imo', 'frankly', 'mate', 'though', 'innit', 'by', 'on', 'all', 'through', 'really', 'basically', 'just', 'plain', 'pure', 'no', 'not',
  'end', 'full', 'period', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'never', 'always',
  'still', 'even', 'apparently', 'allegedly', 'anyway', 'here', 'there', 'when', 'where', 'while', 'whilst', 'after', 'before', 'until',
]);
/** After "him", "her", "them": words that show it was a pronoun, not "her dog". */
const PRONOUN_FOLLOW = set(['and', 'but', 'or', 'for', 'at', 'in', 'on', 'with', 'again', 'every', 'since', 'to', 'lol', 'too', 'behind', 'after', 'before', 'when', 'while', 'whilst', 'in', 'so', 'because', 'now', 'then', 'daily', 'regularly']);

const NAME_TAGS = set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

const QUESTION = /\?\s*$/;
const CONDITION = /(?:^|[^\p{L}])(?:if|whether|unless|imagine|as if|what if|wonder|wondering|would|could|might|may)(?:[^\p{L}]|$)/u;
/** Before the target: the writer says it is not so ("I'm not saying the head…", "nobody thinks…"). */
const DENIED = /(?:don't|do not|doesn't|didn't|never)\s+(?:think|believe|say|said|suggest|claim|accuse)|not\s+saying|i'm\s+not|(?:no one|nobody|noone)\s+(?:is|thinks|believes|said|says)|not\s+that/u;
const JOKE = /(?:😂|🤣|😆|😜|😉|🙃|😅|(?:^|[^\p{L}])(?:lol|lmao|haha\w*|jk|joking|only joking)(?:[^\p{L}]|$))/u;

const HARM_WORDS: Record<Harm, string> = {
  crime: 'a crime',
  dishonesty: 'dishonesty',
  sexual: 'sexual misconduct',
  abuse: 'abuse or assault',
  misconduct: 'serious misconduct',
};

interface Target {
  first: number;
  last: number;
  factor: number;
  how: string;
}

const sameSentence = (tokens: Token[], from: number, to: number) => {
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.sentenceStart) return false;
  return true;
};
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
const isPossessive = (t: Token) => /['’]s?$/.test(t.text) && t.text.length > 2 && t.key !== t.text.toLowerCase();
const isNumber = (t: Token) => /^\d{1,2}[a-z]?$/.test(t.key);

/** A capitalised word that is a known name ("Dave", "Jones"), or an unknown word capitalised mid-sentence ("Priya"). */
function isName(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || NOT_PEOPLE.has(t.key) || ROLE.has(t.key) || TITLE.has(t.key)) return false;
  const tags = lexiconTags(t.key);
  if (tags.some((g) => NAME_TAGS.has(g))) return true;
  return tags.length === 0 && !t.sentenceStart;
}

/** Punctuation between two tokens that ends a clause. */
function brokenBetween(input: DetectorInput, a: Token, b: Token): boolean {
  return /[.,;:!?()\n–]|\s-\s/.test(input.norm.text.slice(a.end, b.start));
}

function roleAt(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (ROLE.has(t.key)) return true;
  const q = QUALIFIED_ROLES[t.key];
  return !!q && j > 0 && !t.sentenceStart && q.includes(tokens[j - 1]!.key);
}

/** The identifiable person or body whose name or role ends at token j, if any. */
function targetEndingAt(input: DetectorInput, j: number): Target | undefined {
  const tokens = input.tokens;
  const t = tokens[j];
  if (!t) return undefined;

  // "Mr Jones", "Mrs Smith-Patel", "Mr J", "Dr Aisha Khan"; "mr jones" typed in lower case.
  if (!TITLE.has(t.key) && /^\p{L}/u.test(t.text)) {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      if (!sameSentence(tokens, k, j)) break;
      const title = tokens[k]!;
      if (TITLE.has(title.key) && (isCap(title) || LOWER_TITLES.has(title.key)) && (isCap(t) || k === j - 1)) return { first: k, last: j, factor: 1, how: 'a named person (title and name)' };
      if (!isCap(tokens[k]!)) break;
    }
  }

  // "Oakfield Academy", "St Mary's Primary School", "Acme Catering Ltd".
  if (ORG_SUFFIX.has(t.key) && (isCap(t) || t.key === 'ltd' || t.key === 'plc')) {
    let k = j;
    let named = false;
    while (k - 1 >= 0 && sameSentence(tokens, k - 1, k) && j - k < 5) {
      const p = tokens[k - 1]!;
      if (DET.has(p.key)) break;
      if (isCap(p) && !ORG_SUFFIX.has(p.key)) named = true;
      else if (!ORG_SUFFIX.has(p.key) && !['of', 'and', 'st', 'saint'].includes(p.key)) break;
      k--;
    }
    if (named) return { first: k, last: j, factor: 1, how: 'a named organisation' };
  }

  // "the head", "our SENCO", "that parent", "the chair of governors", "the school business manager", "SLT".
  if (roleAt(tokens, j)) {
    let k = j;
    while (k - 1 >= 0 && sameSentence(tokens, k - 1, k) && j - k < 5) {
      const p = tokens[k - 1]!;
      if (MODIFIER.has(p.key) || ROLE.has(p.key) || isNumber(p)) k--;
      else break;
    }
    const d = k - 1 >= 0 && sameSentence(tokens, k - 1, k) ? tokens[k - 1]! : undefined;
    const phrase = tokens.slice(k, j + 1).map((x) => x.key);
    if (d && DET.has(d.key)) {
      if (d.key === 'my' && phrase.length === 1 && (FAMILY_SET.has(t.key) || t.key === 'head')) return undefined; // the writer's own family, or head
      if (d.key === 'my' && FAMILY_SET.has(phrase[0]!)) return undefined;
      const factor = ['his', 'her', 'their', 'your'].includes(d.key) ? 0.85 : 0.95;
      return { first: k - 1, last: j, factor, how: 'a particular person or body, by role' };
    }
    if (d && isPossessive(d) && d.key !== 'my') return { first: k - 1, last: j, factor: 0.9, how: "someone's relative or staff, by role" };
    // Capitalised initials stand alone: "SLT", "PTA", "SENCO".
    if (k === j && t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text)) return { first: j, last: j, factor: 0.9, how: 'a particular body, by its initials' };
    return undefined;
  }

  // A person's name: "Dave", "Sarah Jones", "Priya". A dictionary lookup, not full NLP: it must stay cheap.
  if (isName(t)) {
    let k = j;
    while (k - 1 >= 0 && j - k < 2 && sameSentence(tokens, k - 1, k) && isName(tokens[k - 1]!)) k--;
    return { first: k, last: j, factor: 0.9, how: 'a named person' };
  }
  return undefined;
}

/** "the bloke", "that woman": an ordinary word for a person, identifiable only with a phrase after it saying which one. */
function genericAt(tokens: Token[], j: number): Target | undefined {
  const t = tokens[j];
  if (!t || !GENERIC.has(t.key)) return undefined;
  let k = j;
  while (k - 1 >= 0 && j - k < 2 && sameSentence(tokens, k - 1, k) && MODIFIER.has(tokens[k - 1]!.key)) k--;
  const d = k - 1 >= 0 && sameSentence(tokens, k - 1, k) ? tokens[k - 1]! : undefined;
  return d && GENERIC_DETS.has(d.key) ? { first: k - 1, last: j, factor: 0.85, how: 'a particular person, described' } : undefined;
}

/**
 * The target whose phrase ends at token j, allowing phrases after it that say which one: "Dave from finance", "the
 * school down the road", "the treasurer of the PTA", "the owner of the Spar by our school", "the bloke at number 12".
 */
function subjectAt(input: DetectorInput, j: number): Target | undefined {
  const tokens = input.tokens;
  let target = targetEndingAt(input, j);
  if (!target) {
    for (let p = j - 1; p >= Math.max(1, j - 5); p--) {
      if (!sameSentence(tokens, p, j) || brokenBetween(input, tokens[p]!, tokens[p + 1]!)) break;
      if (TARGET_PREPS.has(tokens[p]!.key)) {
        const t = targetEndingAt(input, p - 1) ?? genericAt(tokens, p - 1);
        if (t) {
          target = { ...t, last: j };
          break;
        }
      }
    }
  }
  // Extend back to the role that owns the phrase: "the treasurer of [the PTA]", "the owner of the Spar by [our school]".
  for (let hop = 0; target && hop < 3; hop++) {
    let q = target.first - 1;
    if (q >= 0 && DET.has(tokens[q]!.key)) q--;
    if (q < 1 || !TARGET_PREPS.has(tokens[q]!.key) || !sameSentence(tokens, q - 1, target.first) || brokenBetween(input, tokens[q - 1]!, tokens[q]!) || brokenBetween(input, tokens[q]!, tokens[q + 1]!)) break;
    const owner = targetEndingAt(input, q - 1) ?? genericAt(tokens, q - 1);
    if (!owner) break;
    target = { ...owner, last: target.last };
  }
  return target;
}

/** "the bloke who runs the after-school club [is pocketing…]": the target before a relative clause ending at token j. */
function relativeSubjectAt(input: DetectorInput, j: number): Target | undefined {
  const tokens = input.tokens;
  for (let r = j; r >= Math.max(1, j - 8); r--) {
    if (!sameSentence(tokens, r, j) || (r < j && brokenBetween(input, tokens[r]!, tokens[r + 1]!))) return undefined;
    const key = tokens[r]!.key;
    if (key !== 'who' && key !== 'that') continue;
    if (r === j || brokenBetween(input, tokens[r - 1]!, tokens[r]!)) return undefined;
    const target = subjectAt(input, r - 1) ?? genericAt(tokens, r - 1);
    return target ? { ...target, last: j } : undefined;
  }
  return undefined;
}

/** "[Mr X] only got the job because she…": the target of the frame, when the allegation's subject is a pronoun at j. */
function becauseFrameAt(input: DetectorInput, j: number): Target | undefined {
  const tokens = input.tokens;
  if (!PRONOUNS.has(tokens[j]!.key) || j < 3 || !BECAUSE.has(tokens[j - 1]!.key) || !sameSentence(tokens, j - 1, j)) return undefined;
  for (let g = j - 2; g >= Math.max(1, j - 7); g--) {
    if (!sameSentence(tokens, g, j) || brokenBetween(input, tokens[g]!, tokens[g + 1]!)) return undefined;
    if (!GOT.has(tokens[g]!.key)) continue;
    let o = g - 1;
    while (o >= 0 && ['was', 'were', 'has', 'have', 'had', 'is', 'been', 'get', 'got'].includes(tokens[o]!.key) && sameSentence(tokens, o, g)) o--;
    if (o < 1 || !['only', 'just', 'solely'].includes(tokens[o]!.key) || !sameSentence(tokens, o, g)) continue;
    let t = o - 1;
    while (t >= 0 && ['has', 'have', 'had', 'is', 'was', 'really', 'clearly', 'obviously', 'literally'].includes(tokens[t]!.key) && sameSentence(tokens, t, o)) t--;
    if (t < 0 || !sameSentence(tokens, t, o) || brokenBetween(input, tokens[t]!, tokens[t + 1]!)) return undefined;
    return subjectAt(input, t) ?? relativeSubjectAt(input, t);
  }
  return undefined;
}

/** The target before an allegation starting at token a, and whether a copula ("is", "was") joins them. */
function subjectBefore(input: DetectorInput, a: number): { target: Target; copula: boolean; soft: boolean } | undefined {
  const tokens = input.tokens;
  if (a === 0 || tokens[a]!.sentenceStart) return undefined;
  let j = a - 1;
  let copula = false;
  let soft = false;
  while (j >= 0 && a - j <= 10 && !tokens[j + 1]!.sentenceStart) {
    const key = tokens[j]!.key;
    if (SUBJECT_FILLERS.has(key)) {
      if (COPULAS.has(key)) copula = true;
      if (SOFT.has(key)) soft = true;
      j--;
    } else if (key === 'for' && j >= 1 && SANCTIONS.has(tokens[j - 1]!.key) && !tokens[j]!.sentenceStart) {
      j -= 2; // "was sacked for", "got arrested for"
    } else break;
  }
  if (j < 0 || tokens[j + 1]!.sentenceStart) return undefined;
  // "the head's a thief", "the bursar's been stealing": the contracted "is"/"has".
  if (/'s$/i.test(tokens[j]!.text)) copula = true;
  if (brokenBetween(input, tokens[j]!, tokens[j + 1]!)) return undefined;
  const target = subjectAt(input, j) ?? relativeSubjectAt(input, j) ?? becauseFrameAt(input, j);
  return target ? { target, copula, soft } : undefined;
}

/** Where an acceptable object ends (normalised offset), or undefined when there is none. */
function objectAfter(input: DetectorInput, z: number, rule: ObjectRule, term: AllegationTerm): { end: number; factor: number; detail: string } | undefined {
  const tokens = input.tokens;
  const text = input.norm.text;
  const next = (k: number) => (k < tokens.length && !tokens[k]!.sentenceStart && !brokenBetween(input, tokens[k - 1]!, tokens[k]!) ? tokens[k] : undefined);
  const first = next(z + 1);

  if (rule === 'taking') {
    const fromPhrase = (f: number) => {
      let k = f + 1;
      while (next(k) && (OBJECT_FILL.has(tokens[k]!.key) || isPossessive(tokens[k]!))) k++;
      if (!next(k) || STOP.has(tokens[k]!.key)) return undefined;
      let end = k;
      while (end - k < 2 && next(end + 1) && !STOP.has(tokens[end + 1]!.key) && (isCap(tokens[end + 1]!) || MONEY.includes(tokens[end + 1]!.key) || ROLE.has(tokens[end + 1]!.key) || ['shop', 'box', 'tin', 'jar', 'fund', 'tuck', 'pot'].includes(tokens[end + 1]!.key))) end++;
      return tokens[end]!.end;
    };
    if (!first || THEFT_END.has(first.key)) {
      const last = tokens[z]!;
      return { end: last.end, factor: 0.8, detail: 'theft, with nothing more said' };
    }
    if (term.term === 'robbing') {
      for (let k = z + 1; k < z + 5 && next(k); k++) if (tokens[k]!.key === 'of' || tokens[k]!.key === 'peter') return undefined;
    }
    if (first.key === 'from') {
      const end = fromPhrase(z + 1);
      return end ? { end, factor: 1, detail: 'stealing from someone' } : undefined;
    }
    for (let k = z + 1, others = 0; k < z + 7 && next(k); k++) {
      const tk = tokens[k]!;
      if (TRIVIAL_SET.has(tk.key)) return undefined;
      if (tk.key === 'from') {
        const end = fromPhrase(k);
        return end ? { end, factor: 1, detail: 'taking something from someone' } : undefined;
      }
      const money = MONEY.includes(tk.key) || (/^\d/.test(tk.key) && /[£$€]/.test(text[tk.start - 1] ?? ''));
      if (money) {
        let end = k;
        while (next(end + 1) && MONEY.includes(tokens[end + 1]!.key)) end++;
        if (next(end + 1)?.key === 'from') {
          const e = fromPhrase(end + 1);
          if (e) return { end: e, factor: 1, detail: 'taking money from someone' };
        }
        return { end: tokens[end]!.end, factor: 1, detail: 'taking money' };
      }
      if (OBJECT_FILL.has(tk.key) || isPossessive(tk)) continue;
      if (term.term === 'robbing' && (ROLE.has(tk.key) || isCap(tk) || CHILDREN.includes(tk.key))) {
        // "robbing us blind with these uniform prices" is a complaint about prices, not theft.
        if (next(k + 1)?.key === 'with' || next(k + 2)?.key === 'with') return undefined;
        return { end: tk.end, factor: 1, detail: 'robbing someone' };
      }
      if (++others > 2 || STOP.has(tk.key)) return undefined;
    }
    return undefined;
  }

  if (rule === 'restricted') {
    // "sells vapes to Year 6 kids", "serves alcohol to under-age kids": goods that may not be sold to children, and children.
    for (let k = z + 1, others = 0; k < z + 5 && next(k); k++) {
      const tk = tokens[k]!;
      if (RESTRICTED_SET.has(tk.key)) {
        for (let q = k + 1; q < k + 4 && next(q); q++) {
          if (tokens[q]!.key !== 'to') continue;
          for (let r = q + 1; r < q + 4 && next(r); r++) {
            if (MINORS_SET.has(tokens[r]!.key)) {
              let end = r;
              while (next(end + 1) && end - r < 3 && (MINORS_SET.has(tokens[end + 1]!.key) || isNumber(tokens[end + 1]!) || /^\d{1,2}s$/.test(tokens[end + 1]!.key))) end++;
              return { end: tokens[end]!.end, factor: 1, detail: 'selling or giving age-restricted goods to children' };
            }
            if (!OBJECT_FILL.has(tokens[r]!.key)) return undefined;
          }
          return undefined;
        }
        return undefined;
      }
      if (OBJECT_FILL.has(tk.key) || isNumber(tk)) continue;
      if (++others > 1) return undefined;
    }
    return undefined;
  }

  if (rule === 'partner') {
    for (let k = z + 1; k < z + 5 && next(k); k++) {
      const tk = tokens[k]!;
      const after = next(k + 1);
      if (PARTNER_PRONOUNS.has(tk.key) && !(after && (roleAt(tokens, k + 1) || MODIFIER.has(after.key)))) return { end: tk.end, factor: 0.9, detail: 'with someone' };
      if (OBJECT_FILL.has(tk.key) || isPossessive(tk) || (MODIFIER.has(tk.key) && !roleAt(tokens, k))) {
        if (TITLE.has(tk.key)) break;
        continue;
      }
      if (roleAt(tokens, k) || PEOPLE.includes(tk.key)) {
        let end = k;
        while (next(end + 1) && (ROLE.has(tokens[end + 1]!.key) || tokens[end + 1]!.key === 'of') && end - k < 2) end++;
        if (tokens[end]!.key === 'of') end--;
        return { end: tokens[end]!.end, factor: 1, detail: 'with a particular person' };
      }
      if (TITLE.has(tk.key) || isCap(tk)) {
        let end = k;
        while (next(end + 1) && isCap(tokens[end + 1]!) && end - k < 2) end++;
        return { end: tokens[end]!.end, factor: 1, detail: 'with a named person' };
      }
      return undefined;
    }
    return undefined;
  }

  const wanted = SETS[rule];
  const only = term.only ? set(term.only) : undefined;
  for (let k = z + 1, others = 0; k < z + 7 && next(k); k++) {
    const tk = tokens[k]!;
    let hit = only ? only.has(tk.key) : wanted.has(tk.key);
    // "grooming her" is a person; "grooming her dog" is not.
    if (hit && ['her', 'him', 'them', 'us', 'me'].includes(tk.key)) {
      const after = next(k + 1);
      if (after && !PRONOUN_FOLLOW.has(after.key)) {
        if (tk.key !== 'her') return undefined;
        hit = false;
      }
    }
    // "a Year 7", "Year 10 girls": a year group is children.
    let end = k;
    const person = rule === 'people' || rule === 'children' || rule === 'position';
    if (!hit && person && tk.key === 'year' && next(k + 1) && isNumber(tokens[k + 1]!)) {
      // "a Year 7", "Year 10 girls": a year group is children.
      hit = true;
      end = next(k + 2) && wanted.has(tokens[k + 2]!.key) ? k + 2 : k + 1;
    } else if (!hit && (rule === 'people' || rule === 'position') && isCap(tk) && !ROLE.has(tk.key) && others === 0) {
      hit = true; // a name: "slapped Jake"
    }
    if (hit) {
      if (term.except?.includes(tk.key)) return undefined;
      while (next(end + 1) && wanted.has(tokens[end + 1]!.key) && (!only || only.has(tokens[end + 1]!.key))) end++;
      const after = next(end + 1);
      const literal = LITERAL_WITH.has(tokens[end]!.key);
      if (ASSAULT.has(term.term) && after && FIGURATIVE_AFTER.has(after.key) && !(after.key === 'with' && literal)) return undefined;
      // "poisoning us with her kombucha" is a joke about cooking; "poisoning the kids with that slop" a weaker allegation.
      if (POISON.has(term.term) && after?.key === 'with') return literal ? { end: tokens[end]!.end, factor: 0.7, detail: 'aimed at children, about food' } : undefined;
      return { end: tokens[end]!.end, factor: 1, detail: person ? 'aimed at people' : `about ${rule}` };
    }
    if (OBJECT_FILL.has(tk.key) || isPossessive(tk) || isNumber(tk) || (rule === 'exams' && ['ks2', 'ks1', 'year', 'key', 'stage'].includes(tk.key))) continue;
    if (k === z + 1 && (STOP.has(tk.key) || ['with', 'about', 'around', 'into', 'over'].includes(tk.key))) return undefined;
    if (only || ++others > 2 || STOP.has(tk.key)) return undefined;
  }
  return undefined;
}

export const defamation: Detector = {
  meta: {
    id: 'defamation',
    category: 'abuse',
    signals: ['abuse.defamatory'],
    description:
      'Allegations of crime, dishonesty, sexual misconduct or serious wrongdoing stated as fact about an identifiable person or organisation (a named person, a role such as "the head", a named school or supplier).',
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const lower = input.norm.lower;
    for (const m of ANCHORS.find(lower)) {
      const t = m.term as AllegationTerm;
      const a = input.tokenAt(m.start);
      const z = input.tokenAt(m.end - 1);
      // Part of a hyphenated word: "take-home", "anti-bullying".
      if (input.tokens[a]!.start < m.start || input.tokens[z]!.end > m.end) continue;
      if (t.form === 'predicate') {
        const n = input.tokens[z + 1];
        if (n && !n.sentenceStart && !brokenBetween(input, input.tokens[z]!, n) && !PREDICATE_FOLLOW.has(n.key)) continue;
      }
      let end = m.end;
      let harm = t.harm;
      let confidence = t.confidence;
      const reasons: Reason[] = [{ kind: 'wordlist', detail: t.note ?? 'an allegation' }];
      if (t.form === 'verb' && t.object) {
        let obj = objectAfter(input, z, t.object, t);
        if (!obj && t.alt) {
          obj = objectAfter(input, z, t.alt.object, t);
          if (obj) {
            harm = t.alt.harm;
            confidence = t.alt.confidence;
          }
        }
        if (!obj) continue;
        end = obj.end;
        confidence *= obj.factor;
        reasons.push({ kind: 'pattern', detail: obj.detail });
      }
      const subject = subjectBefore(input, a);
      if (!subject) continue;
      if (t.form === 'predicate' && !subject.copula) continue;
      const tokens = input.tokens;
      const start = tokens[subject.target.first]!.start;
      // The sentence around the allegation, at most 300 characters either side: a post with no full stops costs no more.
      const whole = input.sentence(m.start);
      const sentence = { start: Math.max(whole.start, start - 300), end: Math.min(whole.end, m.end + 300) };
      const sentenceText = lower.slice(sentence.start, sentence.end);
      if (QUESTION.test(sentenceText)) continue;
      const lead = lower.slice(sentence.start, start);
      if (CONDITION.test(lead) || DENIED.test(lead)) continue;
      if (PROPER_LIST.find(sentenceText).length) continue;
      reasons.push({ kind: 'context', detail: `said of ${subject.target.how}` });
      confidence *= subject.target.factor;
      if (COMMON_KNOWLEDGE.test(lead)) reasons.push({ kind: 'context', detail: 'stated as common knowledge ("everyone knows")' });
      const hedge = subject.soft || HEDGE_LIST.find(sentenceText).length > 0;
      if (hedge) {
        confidence *= 0.75;
        reasons.push({ kind: 'context', detail: 'hedged ("allegedly", "I think"), but still public' });
      }
      if (JOKE.test(sentenceText)) {
        confidence *= 0.7;
        reasons.push({ kind: 'context', detail: 'marked as a joke' });
      }
      out.push({
        signal: 'abuse.defamatory',
        ...input.at(start, end),
        confidence: Math.round(confidence * 100) / 100,
        evidence: { reasons },
        message: `This states as fact that an identifiable person or organisation is guilty of ${HARM_WORDS[harm]}. If it is untrue or cannot be proved it may be defamatory, and your policy forbids such remarks.`,
        suggestion: 'Remove it. If you have a genuine concern, raise it through your school\'s whistleblowing or safeguarding procedure, not on social media.',
      });
    }
    return out;
  },
};
