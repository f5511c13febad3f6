import type { Detector, DetectorInput } from '../../engine/detector.ts';
import type { TermMatch } from '../../engine/terms.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  AUTHORITIES,
  AUTHORITIES_BARE,
  AUTHORITY_SERVICES,
  BODIES,
  CLAIM_DETERMINERS,
  COLLECTIVE_ADVERBS,
  COLLECTIVE_VERBS,
  COMPANY_TAILS,
  NOT_COMPANY_WORDS,
  NOT_WORKPLACES,
  OPINIONS,
  PRIVATE_LINKS,
  PROVIDERS,
  SCHOOL_LINKS,
  SCHOOL_TYPE_WORDS,
  SPEAK_VERBS,
  VERDICTS,
  VIEW_FOLLOWERS,
  VIEW_NOUNS,
  type OpinionKind,
  type OpinionTerm,
  type ProviderTerm,
  type VerdictTerm,
} from './data.ts';
import { TermList, termAlternation, termSet, WORD_END, wordMatches, within } from '../../engine/terms.ts';

// ---- Building blocks ----------------------------------------------------------------------------------------------

const A = WORD_END;
const alt = termAlternation;
const setOf = termSet;


const BODY = alt(BODIES);
const DET = alt(CLAIM_DETERMINERS);
const TYPE = alt(SCHOOL_TYPE_WORDS);

type ClaimKind = 'speak' | 'official' | 'behalf' | 'as' | 'collective' | 'view' | 'named';
/** Strong claims say outright that the writer speaks for the school; the rest need an opinion to matter. */
const STRONG: ReadonlySet<ClaimKind> = new Set(['speak', 'official']);

/** "speaking for the school", "I speak on behalf of all staff". */
const SPEAK_RE = new RegExp(`(?:${alt(SPEAK_VERBS)})\\s+(?:(?:${DET})\\s+)?(?:${BODY})${A}`, 'gu');
/** "on behalf of the school", "on behalf of all the staff". */
const BEHALF_RE = new RegExp(`on\\s+behalf\\s+of\\s+(?:(?:${DET})\\s+)?(?:${BODY})${A}`, 'gu');
/** "as a school we", "we as a staff", "as a whole school community, we". */
const AS_RE = new RegExp(
  `(?:as\\s+(?:a|an|the)\\s+(?:whole\\s+)?(?:${BODY})\\s*,?\\s+(?:i\\s+(?:think|know|can\\s+say)\\s+)?we|we\\s*,?\\s+as\\s+(?:a|an|the)\\s+(?:whole\\s+)?(?:${BODY}))${A}`,
  'gu',
);
/** "the school believes", "all the staff are against", "the governors unanimously reject". */
const COLLECTIVE_RE = new RegExp(
  `(?:the|our|this|my|every|all\\s+the|all\\s+our|all\\s+my|all\\s+of\\s+the|all\\s+of\\s+our|all\\s+of\\s+my|every\\s+member\\s+of\\s+(?:the|our))\\s+(?:whole\\s+|entire\\s+)?(?:${BODY})` +
    `(?:\\s+(?:here|at\\s+(?:the|our|this)\\s+school))?\\s+(?:(?:${alt(COLLECTIVE_ADVERBS)})\\s+)?(?<verb>${alt(COLLECTIVE_VERBS)})${A}`,
  'gu',
);
/** "the school's official position", "Oakwood Primary's view", "our official stance", "officially, the school". */
const VIEW_RE = new RegExp(
  `(?:(?:(?:the|our|my|this)\\s+(?:${BODY})|(?:${TYPE}))'s?\\s+(?<official>(?:official|formal|agreed|collective)\\s+)?|our\\s+(?<official2>official|formal)\\s+)` +
    `(?<noun>${alt(VIEW_NOUNS)})${A}|officially\\s*,?\\s+(?<official3>(?:the|our)\\s+(?:school|academy|trust|federation))${A}` +
    `|(?<official4>official|formal)\\s+(?:${alt(VIEW_NOUNS)})\\s+(?:from|of)\\s+(?:the\\s+|our\\s+)?(?:school|academy|trust|federation|governors|slt|head)${A}`,
  'gu',
);
const VIEW_FOLLOW = new RegExp(`^\\s*(?::|-|(?:${alt(VIEW_FOLLOWERS)})${A})`, 'u');
/** Nouns that are an opinion whatever follows; the others ("view", "position") might be scenery or a place. */
const ALWAYS_VIEW = new Set(['stance', 'opinion', 'verdict', 'views']);

/** "speaking for Oakwood Primary", "on behalf of St Mary's C of E Academy": a school's name ending in a type word. */
const NAMED_SPEAK_RE = new RegExp(
  `(?:(?<speak>${alt(SPEAK_VERBS)})|on\\s+behalf\\s+of)\\s+(?<name>(?:[\\p{L}'.&-]+\\s+){1,4}?)(?:${TYPE})(?:\\s+(?:school|academy))?${A}`,
  'gu',
);

/** "we at Oakwood", "everyone at St Mary's", "on behalf of everyone at Oakwood", "here at the school" (case kept). */
const NAMED_RE =
  /(?:(?:(?:[Ww]e|[Aa]ll of us|[Ee]veryone|[Ee]verybody|[Hh]ere|[Oo]n behalf of (?:everyone|everybody|all of us|all the staff|the staff|all staff))(?: all)? (?:here )?at|(?:[Ss]peaking as |[Aa]s )?(?:a |the )?representatives? of) (?:(?:the|our|this) (?:school|academy)|(?<name>[A-Z][\p{L}'-]*(?: (?:[A-Z][\p{L}'-]*|of|and|&))*(?: [A-Z][\p{L}'-]*)?)))(?![\p{L}\p{N}])/gu;
const NOT_WORKPLACE = setOf(NOT_WORKPLACES);

const NEGATION = /(?:^|\s)(?:not|never|no|cannot|can't|cant|won't|wont|don't|dont|doesn't|isn't|aren't|wasn't|am\s+not|no\s+longer|rather\s+than|instead\s+of)\s*$/;
/** A belief verb straight after the claim: "as a school we believe…". */
const BELIEF_AFTER = /^\s*,?\s*(?:we\s+)?(?:all\s+|firmly\s+|strongly\s+|really\s+|genuinely\s+|truly\s+|fully\s+)?(?:believes?|thinks?|feels?|are\s+of\s+the\s+view|is\s+of\s+the\s+view|are\s+clear|knows?|agrees?)\b/;
const BELIEF_VERBS = new Set(['believes', 'believe', 'thinks', 'think', 'feels', 'feel', 'agrees', 'agree']);

const OPINION_LIST = new TermList(OPINIONS);
/** How far (in characters) from a claim an opinion in the same sentence may be. */
const OPINION_REACH = 300;

interface Claim {
  kind: ClaimKind;
  start: number;
  end: number;
  belief: boolean;
}

function findClaims(input: DetectorInput): Claim[] {
  const { lower, text } = input.norm;
  const claims: Claim[] = [];
  const covered = new Uint8Array(lower.length);
  const add = (kind: ClaimKind, start: number, end: number, belief = false) => {
    // A stronger or earlier claim over the same words wins ("speaking on behalf of the school" is one claim).
    if (covered.subarray(start, end).includes(1)) return;
    covered.fill(1, start, end);
    claims.push({ kind, start, end, belief: belief || BELIEF_AFTER.test(lower.slice(end, end + 40)) });
  };
  for (const m of wordMatches(VIEW_RE, lower)) {
    const end = m.index + m[0].length;
    const official = Boolean(m.groups!.official || m.groups!.official2 || m.groups!.official3 || m.groups!.official4);
    const noun = m.groups!.noun;
    if (!official && noun && !ALWAYS_VIEW.has(noun) && !VIEW_FOLLOW.test(lower.slice(end, end + 20))) continue;
    // "Oakwood Primary's official position": take the capitalised name before the type word into the mark.
    let start = m.index;
    const first = input.tokenAt(m.index);
    const named = !/^(?:the|our|my|this|officially)\b/.test(m[0]);
    for (let i = first - 1, n = 0; named && i >= 0 && n < 4 && !input.tokens[i + 1]!.sentenceStart; i--, n++) {
      const t = input.tokens[i]!;
      if (!t.capitalised || !/^\s+$/.test(text.slice(t.end, input.tokens[i + 1]!.start))) break;
      start = t.start;
    }
    add(official ? 'official' : 'view', start, end);
  }
  for (const m of wordMatches(SPEAK_RE, lower)) add('speak', m.index, m.index + m[0].length);
  for (const m of wordMatches(COLLECTIVE_RE, lower)) add('collective', m.index, m.index + m[0].length, BELIEF_VERBS.has(m.groups!.verb!));
  for (const m of wordMatches(NAMED_SPEAK_RE, lower)) {
    // The name must be written with capitals: "on behalf of Oakwood Primary", not "on behalf of every primary".
    const nameStart = m.index + m[0].indexOf(m.groups!.name!);
    const words = text.slice(nameStart, nameStart + m.groups!.name!.length).trim().split(/\s+/);
    if (!words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|and|the)$/.test(w))) continue;
    add(m.groups!.speak ? 'speak' : 'behalf', m.index, m.index + m[0].length);
  }
  for (const m of wordMatches(AS_RE, lower)) add('as', m.index, m.index + m[0].length);
  for (const m of wordMatches(BEHALF_RE, lower)) add('behalf', m.index, m.index + m[0].length);
  for (const m of wordMatches(NAMED_RE, text)) {
    if (/^here/i.test(m[0]) && !/^\s*,?\s*we\b/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    const name = m.groups!.name;
    if (name !== undefined) {
      const firstWord = name.split(' ')[0]!.toLowerCase().replace(/'s?$/, '');
      if (NOT_WORKPLACE.has(firstWord)) continue;
    }
    add(/^on/i.test(m[0]) ? 'behalf' : /representative/i.test(m[0]) ? 'speak' : 'named', m.index, m.index + m[0].length);
  }
  // Drop negated claims: "I'm not speaking for the school", "I can't speak for the staff".
  return claims.filter((c) => !NEGATION.test(lower.slice(Math.max(0, c.start - 20), c.start)));
}

function representation(input: DetectorInput, out: DetectorFinding[]): void {
  const claims = findClaims(input);
  if (claims.length === 0) return;
  const opinions = OPINION_LIST.find(input.norm.lower) as (TermMatch & { term: OpinionTerm })[];
  const disclaimedPost = opinions.some((o) => o.term.kind === 'disclaimer');
  for (const claim of claims) {
    const s = input.sentence(claim.start);
    const kinds = new Set<OpinionKind>();
    const seen: string[] = [];
    // The claim's sentence, but no further than OPINION_REACH characters either side in a run-on post.
    for (const o of within(opinions, Math.max(s.start, claim.start - OPINION_REACH), Math.min(s.end, claim.end + OPINION_REACH))) {
      // The claim's own words are not an opinion, except a collective verb ("the school opposes…").
      if (claim.kind !== 'collective' && o.start < claim.end && claim.start < o.end) continue;
      kinds.add(o.term.kind);
      if (o.term.kind !== 'thanks' && o.term.kind !== 'disclaimer') seen.push(o.term.note ?? o.term.kind);
    }
    const strong = STRONG.has(claim.kind);
    if (kinds.has('disclaimer') || (disclaimedPost && !strong)) continue;
    const judged = kinds.has('eval') || kinds.has('stance');
    const political = kinds.has('topic') || (claim.belief && kinds.has('edu'));
    // "Our school supports the Ukraine appeal": backing a fundraiser is not taking a side.
    if (kinds.has('charity')) kinds.delete('weak');
    // What colleagues think of the coffee machine is their business: a reported collective view needs a public matter.
    if ((claim.kind === 'collective' || claim.kind === 'named') && !political && !kinds.has('stance')) continue;
    // "As a school we stand against bullying": a value every school holds, not a personal view.
    if (kinds.has('value') && !kinds.has('topic')) continue;
    // "On behalf of all staff, thank you…": thanks and greetings are what speaking for a school is for.
    if (kinds.has('thanks') && !judged) continue;
    const opinion = judged || (kinds.has('weak') && political) || (strong && political);
    if (!opinion) continue;
    let confidence = (strong ? 0.6 : 0.5) + (judged ? 0.15 : 0) + (kinds.has('topic') ? 0.1 : 0);
    if (strong && disclaimedPost) confidence -= 0.2;
    const reasons: Reason[] = [
      { kind: 'pattern', detail: CLAIM_DETAIL[claim.kind] },
      { kind: 'context', detail: `an opinion in the same sentence (${[...new Set(seen)].slice(0, 2).join('; ')})` },
    ];
    out.push({
      signal: 'school.representation',
      ...input.at(claim.start, claim.end),
      confidence: Math.min(0.85, Math.round(confidence * 100) / 100),
      evidence: { reasons },
      message: 'This presents an opinion as the view of the school or its staff. Only people the school authorises may speak for it.',
      suggestion: 'Make clear the view is your own, or leave statements on behalf of the school to the headteacher.',
    });
  }
}

const CLAIM_DETAIL: Record<ClaimKind, string> = {
  speak: 'claims to speak for the school, its staff or governors',
  official: "states the school's official position",
  behalf: 'writes on behalf of the school or its staff',
  as: 'speaks as the school ("as a school we…")',
  collective: 'reports what the whole school or staff thinks',
  view: "states the school's view",
  named: 'speaks for everyone at a named school',
};

// ---- Providers ----------------------------------------------------------------------------------------------------

const PROVIDER_LIST = new TermList(PROVIDERS);
const VERDICT_LIST = new TermList(VERDICTS);
const TAIL_LIST = new TermList(COMPANY_TAILS);
const LINK_LIST = new TermList(SCHOOL_LINKS);
const PRIVATE_LIST = new TermList(PRIVATE_LINKS);
const NOT_COMPANY = setOf(NOT_COMPANY_WORDS);
const AUTHORITY_RE = new RegExp(
  `(?:(?:${alt(AUTHORITIES)})\\s+(?:${alt(AUTHORITY_SERVICES)})|(?:${alt(AUTHORITIES_BARE)})\\s+(?:${alt(AUTHORITY_SERVICES.filter((t) => t.term.includes(' ')))}))${A}`,
  'gu',
);
/** Words that end one clause's judgement before another starts: "ParentPay is fine but the trip is awful". */
const CLAUSE_BREAK = new Set(['but', 'although', 'though', 'whereas', 'however', 'except', 'unlike']);
/** How far (in words) a verdict may sit from the supplier it judges; praise words must be closer. */
const REACH = 8;
const WEAK_REACH = 5;

interface Mention {
  start: number;
  end: number;
  schoolOnly: boolean;
  likely: boolean;
  role: boolean;
  detail: string;
}

function findMentions(input: DetectorInput): Mention[] {
  const { lower, text } = input.norm;
  const mentions: Mention[] = [];
  for (const m of PROVIDER_LIST.find(lower)) {
    const t = m.term as ProviderTerm;
    const written = text.slice(m.start, m.end);
    if (t.caps === 'all' && written !== written.toUpperCase()) continue;
    if (t.caps === 'initial' && !/^\p{Lu}/u.test(written)) continue;
    if (t.caps === 'first' && !/^\p{Lu}+(?![\p{L}])/u.test(written)) continue;
    mentions.push({ start: m.start, end: m.end, schoolOnly: Boolean(t.schoolOnly), likely: Boolean(t.likely), role: Boolean(t.role), detail: t.note ?? 'a supplier' });
  }
  for (const m of wordMatches(AUTHORITY_RE, lower)) {
    mentions.push({ start: m.index, end: m.index + m[0].length, schoolOnly: true, likely: false, role: false, detail: 'a service the local authority or trust sells to the school' });
  }
  // Trading names: capitalised words before a service word ("Fresh Plate Catering", "Smith's Coaches").
  for (const m of TAIL_LIST.find(lower)) {
    if (!/^\p{Lu}/u.test(text.slice(m.start, m.end))) continue;
    let i = input.tokenAt(m.start);
    if (input.tokens[i]?.sentenceStart) continue;
    let start = -1;
    for (let n = 0; n < 3 && i > 0; n++) {
      const prev = input.tokens[i - 1]!;
      const gap = text.slice(prev.end, input.tokens[i]!.start);
      if (!/^\s*(?:&\s*)?$/.test(gap) || !prev.capitalised || NOT_COMPANY.has(prev.key)) break;
      start = prev.start;
      i--;
      if (prev.sentenceStart) break;
    }
    if (start < 0) continue;
    mentions.push({ start, end: m.end, schoolOnly: false, likely: false, role: false, detail: 'a trading name of a service company' });
  }
  return mentions;
}

function providers(input: DetectorInput, out: DetectorFinding[]): void {
  const mentions = findMentions(input);
  if (mentions.length === 0) return;
  const { lower } = input.norm;
  const tokens = input.tokens;
  const verdicts = VERDICT_LIST.find(lower).filter((v) => {
    const t = v.term as VerdictTerm;
    return !t.notAfter?.test(lower.slice(v.end, v.end + 20));
  });
  if (verdicts.length === 0) return;
  let linked: boolean | undefined;
  const privateMatches = PRIVATE_LIST.find(lower);
  for (const mention of mentions) {
    const s = input.sentence(mention.start);
    if (!mention.schoolOnly) {
      // "the coach company" may be the writer's own holiday: the post must be about school, not home.
      if (privateMatches.some((p) => p.start >= s.start && p.end <= s.end)) continue;
      if (linked === undefined) {
        const inMention = new Uint8Array(lower.length);
        for (const x of mentions) inMention.fill(1, x.start, x.end);
        linked = LINK_LIST.find(lower).some((l) => !inMention[l.start]);
      }
      if (!linked && !mention.likely) continue;
    }
    const mi = input.tokenAt(mention.start);
    const mj = input.tokenAt(mention.end - 1);
    let best: { v: TermMatch; distance: number } | undefined;
    const from = Math.max(s.start, tokens[Math.max(0, mi - REACH - 4)]?.start ?? 0);
    const to = Math.min(s.end, tokens[Math.min(tokens.length - 1, mj + REACH + 4)]?.end ?? lower.length);
    for (const v of within(verdicts, from, to)) {
      if (v.start < mention.end && mention.start < v.end) continue;
      const t = v.term as VerdictTerm;
      const vi = input.tokenAt(v.start);
      const distance = vi > mj ? vi - mj : mi - input.tokenAt(v.end - 1);
      if (distance > (t.weak ? WEAK_REACH : REACH)) continue;
      if (t.weak && mention.role) continue;
      const [from, to] = vi > mj ? [mj + 1, vi] : [input.tokenAt(v.end - 1) + 1, mi];
      let broken = false;
      for (let k = from; k < to; k++) if (CLAUSE_BREAK.has(tokens[k]!.key)) broken = true;
      if (/;/.test(lower.slice(Math.min(v.end, mention.end), Math.max(v.start, mention.start)))) broken = true;
      if (broken) continue;
      if (!best || distance < best.distance || ((best.v.term as VerdictTerm).tone === 'endorsement' && t.tone === 'criticism')) best = { v, distance };
    }
    if (!best) continue;
    const verdict = best.v.term as VerdictTerm;
    const criticism = verdict.tone === 'criticism';
    let confidence = criticism ? 0.75 : verdict.weak ? 0.55 : 0.7;
    if (mention.schoolOnly) confidence += 0.05;
    if (mention.role) confidence -= 0.1;
    out.push({
      signal: 'school.providers',
      ...input.at(Math.min(mention.start, best.v.start), Math.max(mention.end, best.v.end)),
      confidence: Math.round(confidence * 100) / 100,
      evidence: {
        reasons: [
          { kind: 'wordlist', detail: mention.detail },
          { kind: 'context', detail: criticism ? `criticised nearby (${verdict.note})` : `endorsed nearby (${verdict.note})` },
        ],
      },
      message: criticism
        ? "This criticises a company or service the school uses. School policies ask staff not to criticise the school's suppliers in public."
        : "This endorses a company or service the school uses. School policies ask staff not to promote the school's suppliers.",
      suggestion: 'Pass feedback about suppliers to the school business manager instead of posting it.',
    });
  }
}

export const schoolVoice: Detector = {
  meta: {
    id: 'school-voice',
    category: 'school',
    signals: ['school.representation', 'school.providers'],
    description: "Personal opinions presented as the school's view, and public praise or criticism of the school's suppliers.",
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    representation(input, out);
    providers(input, out);
    return out;
  },
};
