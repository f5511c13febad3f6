import { isValidDfeNumber } from '../../engine/checksums.ts';
import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { isEverydayWord } from '../../engine/nlp.ts';
import { fold } from '../../engine/normalise.ts';
import type { SchoolProfile } from '../../engine/school-profile.ts';
import { TermList } from '../../engine/terms.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  ADJACENT_SCHOOL_WORDS,
  CUE_CONTEXT_WORDS,
  CUE_PHRASES,
  CUE_STOP_WORDS,
  DFE_CUES,
  HANDLE_TAIL_WORDS,
  HASHTAG_AFTER,
  HASHTAG_BEFORE,
  NAME_EXTENDERS,
  OTHER_PLACE_WORDS,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  PREFIX_TYPE_WORDS,
  PROMOTABLE_TAIL_WORDS,
  SAINT_WORDS,
  SCHOOL_WORDS,
  TAIL_WORDS,
  URN_CUES,
  type CueKind,
  type CueTerm,
  type Phase,
  type TailTerm,
} from './data.ts';

// ---------------------------------------------------------------------------------------------------------------
// Shared, profile-independent pieces (compiled once at load).

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

/** A name starts at a word start that is not inside a hashtag, handle, e-mail address or domain. */
const NAME_BEFORE = '(?<![\\p{L}\\p{N}_#@.])';
/** ... and ends at a word end that is not followed by more of a domain or address ("oakwood.sch.uk"). */
const NAME_AFTER = '(?![\\p{L}\\p{N}_]|[.@][\\p{L}\\p{N}])';

const SAINTS = new Set(SAINT_WORDS.map((t) => t.term));
const SAINT_RE = `(?:${SAINT_WORDS.map((t) => t.term).sort(byLength).join('|')})\\.?`;
const PREFIXES = new Set(PREFIX_TYPE_WORDS.map((t) => t.term));
const TAIL_BY_KEY = new Map<string, TailTerm>();
for (const t of [...TAIL_WORDS, ...HANDLE_TAIL_WORDS]) {
  TAIL_BY_KEY.set(t.term, t);
  TAIL_BY_KEY.set(t.term.replace(/ /g, ''), t);
}

/** Tail words squeezed for hashtags, each once (a repeated alternative makes the regex exponential). */
const TAIL_SQUEEZED = [...new Set([...TAIL_WORDS, ...HANDLE_TAIL_WORDS].map((t) => t.term.replace(/ /g, '')))].sort(byLength);

const SCHOOL_WORD_LIST = new TermList(SCHOOL_WORDS);
const CUE_CONTEXT = new TermList(CUE_CONTEXT_WORDS);
const URN_CUE_LIST = new TermList(URN_CUES);
const DFE_CUE_LIST = new TermList(DFE_CUES);
const CUE_LIST = new TermList(CUE_PHRASES);

/** Profile name or alias as comparable tokens: accents folded, lower case, "&" → "and", "C.E." → "ce". */
function canonTokens(s: string): string[] {
  const words = fold(s)
    .replace(/[&+]/g, ' and ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+/, '').replace(/(?<!s)'+$/, '').replace(/s'$/, 's'))
    .filter(Boolean);
  // Runs of single letters are one abbreviation: "c e" (from "C.E.") → "ce", "r c" → "rc".
  const out: string[] = [];
  let run = '';
  for (const w of words) {
    if (w.length === 1 && /\p{L}/u.test(w)) run += w;
    else {
      if (run) out.push(run);
      run = '';
      out.push(w);
    }
  }
  if (run) out.push(run);
  return out;
}

/** Regex source for one word of a name: optional apostrophes, "'s" optional, "St" = "Saint", "&" = "and". */
function wordPattern(w: string): string {
  if (SAINTS.has(w)) return SAINT_RE;
  if (w === 'and') return '(?:and|&|\\+)';
  if (w.length === 1) return `${esc(w)}\\.?`;
  let base = w;
  let end = '';
  if (w.endsWith("'s")) {
    base = w.slice(0, -2);
    end = "(?:'?s)?";
  } else if (/[^s']s$/.test(w) && w.length > 3) {
    base = w.slice(0, -1);
    end = "'?s";
  }
  return base.split("'").map(esc).join("'?") + end;
}

/** Regex source for a sequence of words, joined by spaces or hyphens ("Sainte-Therese"), tight after "St." or "&". */
function wordsPattern(words: string[]): string {
  let out = '';
  words.forEach((w, i) => {
    if (i > 0) {
      const prev = words[i - 1]!;
      const tight = SAINTS.has(prev) || prev === 'and' || w === 'and' || prev.length === 1 || w.length === 1;
      out += tight ? '[\\s\\-]*' : '[\\s\\-]+';
    }
    out += wordPattern(w);
  });
  return out;
}

/** Regex source for the same words squeezed together, as in a hashtag: "stmarys", "oakwoodacademy". */
function compressedPattern(words: string[]): string {
  return words
    .map((w) => {
      if (SAINTS.has(w)) return `(?:${SAINT_WORD_SOURCES})`;
      if (w === 'and') return '(?:and)?';
      if (w.endsWith("'s")) return `${esc(w.slice(0, -2).replace(/'/g, ''))}s?`;
      return esc(w.replace(/'/g, ''));
    })
    .join('');
}
const SAINT_WORD_SOURCES = SAINT_WORDS.map((t) => t.term).sort(byLength).join('|');

/** Regex source for a tail word: abbreviations with or without full stops ("C.E.", "R.C."), plural possessives ("Girls'"). */
function tailPattern(term: string): string {
  if (/^[a-z]{2,3}$/.test(term) && term !== 'and') return [...term].map((l) => `${l}\\.?`).join(' ?');
  return wordsPattern(term.split(' ')).replace(/s$/, "s'?");
}

interface TailInfo {
  /** A type word ("Academy", "Primary School"), not only a denomination or status word. */
  typed: boolean;
  /** A type word that is a school on its own anywhere, not one promoted for this profile ("High"). */
  plainlyTyped: boolean;
  denomination?: string;
  phases: Set<Phase>;
}

/** What the words after a core name say about the school, from their tokens. */
function classifyTail(tokens: string[], promoted: ReadonlySet<string>): TailInfo {
  const info: TailInfo = { typed: false, plainlyTyped: false, phases: new Set() };
  let i = 0;
  while (i < tokens.length) {
    let found: TailTerm | undefined;
    let k = Math.min(3, tokens.length - i);
    for (; k > 0; k--) {
      found = TAIL_BY_KEY.get(tokens.slice(i, i + k).join(' '));
      if (found) break;
    }
    if (!found) {
      i++;
      continue;
    }
    i += k;
    if (found.denomination) info.denomination ??= found.denomination;
    else if (found.strength === 'strong') info.typed = info.plainlyTyped = true;
    else if (promoted.has(found.term)) info.typed = true;
    for (const p of found.phases ?? []) info.phases.add(p);
  }
  return info;
}

/** A name in the post is a different school when its denomination or phase contradicts the profile's. */
function conflicts(tail: TailInfo, profile: { denomination?: string; phases: Set<Phase> }): boolean {
  if (tail.denomination && profile.denomination && tail.denomination !== profile.denomination) return true;
  if (tail.phases.size && profile.phases.size && ![...tail.phases].some((p) => profile.phases.has(p))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// The per-profile matcher: built once per profile object and cached.

interface Variant {
  kind: 'name' | 'alias';
  /** Short all-capitals alias ("SMPS"): matched only when written in capitals. */
  acronym: boolean;
  /** The core already contains a type word ("The Academy at Oakwood"). */
  typedCore: boolean;
  /** A one-word core that is also an everyday word ("Hope", "Park", "Oakwood" the timber): capitals needed. */
  everyday: boolean;
}

interface Matcher {
  names?: RegExp;
  handles?: RegExp;
  variants: Variant[];
  canonName: string;
  denomination?: string;
  phases: Set<Phase>;
  promoted: Set<string>;
  urn?: RegExp;
  dfe?: RegExp;
  email?: RegExp;
  postcode?: RegExp;
}

const matchers = new WeakMap<SchoolProfile, Matcher>();

function matcherFor(profile: SchoolProfile): Matcher {
  let m = matchers.get(profile);
  if (!m) {
    m = compile(profile);
    matchers.set(profile, m);
  }
  return m;
}

function parseName(raw: string) {
  // A place after a comma or a spaced dash qualifies the name: "St Mary's CE Primary, Thornbury".
  let tokens = canonTokens(fold(raw).split(/,|\s-\s/)[0]!);
  if (tokens.length === 0) tokens = canonTokens(raw);
  if (tokens[0] === 'the' && tokens.length > 1) tokens = tokens.slice(1);
  let prefix: string | undefined;
  if (PREFIXES.has(tokens[0]!) && tokens.length > 1) {
    prefix = tokens[0];
    tokens = tokens.slice(1);
  }
  const full = [...(prefix ? [prefix] : []), ...tokens].join(' ');
  const tail: TailTerm[] = [];
  outer: while (tokens.length > 1) {
    for (let k = Math.min(3, tokens.length - 1); k > 0; k--) {
      const t = TAIL_BY_KEY.get(tokens.slice(-k).join(' '));
      if (t) {
        tail.unshift(t);
        tokens = tokens.slice(0, -k);
        continue outer;
      }
    }
    break;
  }
  return { prefix, core: tokens, tail, full };
}

function compile(profile: SchoolProfile): Matcher {
  const name = parseName(profile.name);
  const phases = new Set<Phase>(name.tail.flatMap((t) => t.phases ?? []));
  const denomination = name.tail.find((t) => t.denomination)?.denomination;
  // "Hollins High School" makes "High" alone enough for this school: "Hollins High".
  const promoted = new Set(name.tail.flatMap((t) => t.term.split(' ')).filter((w) => PROMOTABLE_TAIL_WORDS.has(w)));

  // Variants: the name's core and every alias. Longest first, so a longer alias wins at the same place.
  const raw: { words: string[]; variant: Variant }[] = [];
  const everyday = (words: string[]) => {
    const plain = words.filter((w) => !SAINTS.has(w));
    return words.length === 1 && plain.length === 1 && isEverydayWord(plain[0]!.replace(/'s$/, ''));
  };
  const typed = (words: string[]) => words.some((w) => TAIL_BY_KEY.get(w)?.strength === 'strong' && !TAIL_BY_KEY.get(w)?.denomination);
  // A name or alias of punctuation only has no words to match: skip it rather than match everywhere.
  if (name.core.length) {
    raw.push({
      words: name.core,
      variant: { kind: 'name', acronym: false, typedCore: typed(name.core), everyday: everyday(name.core) },
    });
  }
  for (const alias of profile.aliases ?? []) {
    const words = canonTokens(alias);
    if (words.length === 0) continue;
    const letters = alias.replace(/[^\p{L}]/gu, '');
    const acronym = words.length === 1 && letters.length <= 5 && (letters === letters.toUpperCase() || !/[aeiou]/i.test(letters));
    raw.push({
      words,
      variant: { kind: 'alias', acronym, typedCore: typed(words), everyday: !acronym && everyday(words) },
    });
  }
  // Longest first; at equal length an alias first, so an alias that repeats the core ("St Aidan's") counts as the
  // alias the school declared rather than as a bare core that needs more evidence.
  raw.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length || (a.variant.kind === 'alias' ? -1 : 0) - (b.variant.kind === 'alias' ? -1 : 0));
  const variants = raw.map((r) => r.variant);

  // The tail: type, denomination and status words. A weak word only counts before a strong one.
  const strong: string[] = [];
  const weak: string[] = [];
  for (const t of TAIL_WORDS) {
    const source = tailPattern(t.term);
    if (t.strength === 'strong' || promoted.has(t.term)) strong.push(source);
    else weak.push(source);
  }
  const element = (alts: string[]) => `\\(?(?:${alts.sort(byLength).join('|')})\\)?(?![\\p{L}\\p{N}])`;
  const tail = `(?:(?:[\\s\\-]+${element(weak)})*[\\s\\-]+${element(strong)})*`;
  const pre = name.prefix ? `(?<pre>${esc(name.prefix)}[\\s\\-]+)?` : '';
  const cores = raw.map((r, i) => `(?<v${i}>${wordsPattern(r.words)})`).join('|');
  const names = new RegExp(`${NAME_BEFORE}${pre}(?:${cores})(?<tail>${tail})(?<poss>'s|')?${NAME_AFTER}`, 'gu');

  // Hashtags and handles: "#OakwoodAcademy", "@StMarysCofE", "#TeamOakwood".
  const tailC = TAIL_SQUEEZED.map(esc).join('|');
  const before = HASHTAG_BEFORE.map((t) => esc(t.term)).sort(byLength).join('|');
  const after = HASHTAG_AFTER.map((t) => esc(t.term)).sort(byLength).join('|');
  const coresC = raw.map((r, i) => `(?<v${i}>${compressedPattern(r.words)})`).join('|');
  const preC = name.prefix ? `(?<pre>${esc(name.prefix)})?` : '';
  const handles = new RegExp(`^(?<a>${before})?${preC}(?:${coresC})(?<tail>(?:${tailC})*)(?<z>${after})?(?:\\d{2,4})?$`, 'u');

  const matcher: Matcher = { variants, canonName: name.full, phases, promoted };
  if (raw.length) Object.assign(matcher, { names, handles });
  if (denomination) matcher.denomination = denomination;

  // Numbers are not part of a longer number, amount or date (a URN may end a URL: ".../provider/21/123456").
  const numBefore = '(?<![\\p{L}\\p{N}£$€.,])';
  const numAfter = '(?![\\p{L}\\p{N}]|[.,\\/]\\d)';
  if (profile.urn) matcher.urn = new RegExp(`${numBefore}${profile.urn.slice(0, 3)} ?${profile.urn.slice(3)}${numAfter}`, 'gu');
  if (profile.dfeNumber) {
    const d = profile.dfeNumber.replace('/', '');
    matcher.dfe = new RegExp(`(?<![\\p{L}\\p{N}£$€.,\\/])${d.slice(0, 3)}(?: ?[\\/\\-] ?| )?${d.slice(3)}${numAfter}`, 'gu');
  }
  if (profile.emailDomains?.length) {
    const domains = profile.emailDomains.map((d) => esc(d.toLowerCase())).sort(byLength).join('|');
    matcher.email = new RegExp(`${EMAIL_BEFORE}(?:(?<local>${LOCAL})@)?(?:[a-z0-9\\-]+\\.)*(?:${domains})${DOMAIN_AFTER}`, 'gu');
  }
  if (profile.postcode) {
    const pc = profile.postcode.replace(/\s+/g, '').toLowerCase();
    matcher.postcode = new RegExp(`(?<![\\p{L}\\p{N}])${pc.slice(0, -3)}[ \\t\\-]*${pc.slice(-3)}(?![\\p{L}\\p{N}])`, 'gu');
  }
  return matcher;
}

const EMAIL_BEFORE = "(?<![\\p{L}\\p{N}_@.%+'\\-])";
const LOCAL = "[\\p{L}\\p{N}_%+\\-][\\p{L}\\p{N}._%+'\\-]*";
const DOMAIN_AFTER = '(?![\\p{L}\\p{N}\\-]|\\.[\\p{L}\\p{N}])';
/** Any address at a school domain (England and Wales schools use .sch.uk), for when the profile gives none. */
const SCH_UK_EMAIL = new RegExp(`${EMAIL_BEFORE}${LOCAL}@(?:[a-z0-9\\-]+\\.)+sch\\.uk${DOMAIN_AFTER}`, 'gu');
const SIX_DIGITS = /(?<![\p{L}\p{N}£$€.,/])\d{6}(?![\p{L}\p{N}]|[.,/]\d)/gu;
const DFE_SHAPE = /(?<![\p{L}\p{N}£$€.,/])(\d{3})(?: ?[/-] ?| )?(\d{4})(?![\p{L}\p{N}]|[.,/]\d)/gu;
const HANDLE = /(?<![\p{L}\p{N}_.])[#@]([\p{L}\p{N}_']{3,})/gu;

// ---------------------------------------------------------------------------------------------------------------
// Detection.

const NAME_MESSAGE =
  "This names your school. A post that says where you work can identify you, your colleagues and your pupils, and most schools' policies ask staff not to name the school on personal accounts.";
const NAME_SUGGESTION = "Leave the school's name out, or say \"school\" or \"work\" instead.";

function reason(kind: Reason['kind'], detail: string): Reason {
  return { kind, detail };
}

/** The token right after a normalised offset, if only spaces or tabs lie between. */
function nextWord(input: DetectorInput, end: number) {
  const t = input.tokens[input.tokenAt(end)];
  if (!t || t.start < end || !/^[ \t]*$/.test(input.norm.text.slice(end, t.start))) return undefined;
  return t;
}

/** The token right before a normalised offset, if only spaces or tabs (or, for a title, "Mr. ") lie between. */
function previousWord(input: DetectorInput, start: number, gap = /^[ \t]*$/) {
  const i = input.tokenAt(start) - 1;
  const t = input.tokens[i];
  if (!t || !gap.test(input.norm.text.slice(t.end, start))) return undefined;
  return t;
}

function detectNames(input: DetectorInput, m: Matcher, out: DetectorFinding[]): void {
  if (!m.names) return;
  const { text, lower } = input.norm;
  for (const hit of lower.matchAll(m.names)) {
    const g = hit.groups!;
    const vi = m.variants.findIndex((_, i) => g[`v${i}`] !== undefined);
    const variant = m.variants[vi]!;
    const pre = g.pre ?? '';
    const start = hit.index;
    let end = start + hit[0].length - (g.poss ?? '').length;
    // A sentence's full stop after "CE." is not part of the name; the stops inside "C.E." are.
    if (text[end - 1] === '.' && !/\.\p{L}\.$/u.test(text.slice(start, end))) end--;
    const coreStart = start + pre.length;
    const coreEnd = coreStart + g[`v${vi}`]!.length;
    const tailInfo = classifyTail(canonTokens(g.tail ?? ''), m.promoted);
    if (conflicts(tailInfo, m)) continue;

    if (variant.acronym && text.slice(coreStart, coreEnd) !== text.slice(coreStart, coreEnd).toUpperCase()) continue;
    if (variant.acronym && coreEnd - coreStart < 3 && !input.near(start, end, SCHOOL_WORD_LIST, 6)) continue;

    // "West Oakwood Academy" is another school.
    const prev = previousWord(input, start);
    if (prev && prev.capitalised && NAME_EXTENDERS.has(prev.key)) continue;

    const typed = pre !== '' || tailInfo.typed || variant.typedCore;
    const next = nextWord(input, start + hit[0].length);
    // Without a plain type word, "St Mary's (CE) church", "Oakwood Road" and "Hollins high street" are other places.
    if (!(pre || tailInfo.plainlyTyped || variant.typedCore) && next && OTHER_PLACE_WORDS.has(next.key)) continue;

    const reasons: Reason[] = [];
    let confidence: number;
    const exact = canonTokens(lower.slice(start, end)).join(' ') === m.canonName;
    if (typed || tailInfo.denomination) {
      confidence = exact ? 0.92 : variant.kind === 'alias' ? 0.85 : 0.8;
      reasons.push(
        reason('profile', exact ? "the school's full name from the school profile" : variant.kind === 'alias' ? 'an alias of the school from the school profile' : "the school's name from the school profile, written another way"),
      );
      if (!exact && variant.kind === 'name') reasons.push(reason('pattern', 'followed by a school-type or denomination word'));
    } else {
      // The bare core ("Oakwood", "St Mary's"): also a place, a church, a surname. Careful.
      if (prev && PLACE_PREPOSITIONS.has(prev.key)) continue;
      const title = previousWord(input, start, /^\.?[ \t]*$/);
      if (title && PERSON_TITLES.has(title.key)) continue;
      const adjacent = next && (ADJACENT_SCHOOL_WORDS.has(next.key) || /^y\d{1,2}$/.test(next.key));
      // Part of a longer proper name: "Oakwood Hill Primary", "St Mary's Hospital".
      const schoolWordNext = next && SCHOOL_WORD_LIST.find(lower.slice(next.start, next.start + 24)).some((x) => x.start === 0);
      if (!variant.acronym && next && next.capitalised && !adjacent && !schoolWordNext) continue;
      const capitalised = /(?:^|[\s\-.])\p{Lu}/u.test(text.slice(coreStart, coreEnd));
      // At a sentence start a capital proves nothing; an everyday word needs one ("Hope everyone..." is not the school).
      const sentenceStart = input.tokens[input.tokenAt(coreStart)]?.sentenceStart ?? false;
      if (variant.everyday && !capitalised) continue;
      if (variant.acronym) {
        confidence = 0.85;
        reasons.push(reason('profile', 'an abbreviation of the school from the school profile, in capitals'));
      } else if (variant.kind === 'alias' && (adjacent || (capitalised && !(sentenceStart && variant.everyday)))) {
        confidence = 0.85;
        reasons.push(reason('profile', 'an alias of the school from the school profile'));
      } else {
        const cue = adjacent ? next.key : capitalised && !(sentenceStart && variant.everyday) ? input.near(coreStart, end, SCHOOL_WORD_LIST, 6) : undefined;
        if (!cue) continue;
        confidence = 0.6;
        reasons.push(reason('profile', "the core of the school's name from the school profile, without \"School\" or \"Academy\""));
        reasons.push(reason('context', `"${cue}" nearby`));
      }
    }
    out.push({
      signal: 'school.name',
      ...input.at(start, end),
      confidence,
      evidence: { reasons },
      message: NAME_MESSAGE,
      suggestion: NAME_SUGGESTION,
    });
  }
}

function detectHandles(input: DetectorInput, m: Matcher, out: DetectorFinding[]): void {
  const lower = input.norm.lower;
  if (!m.handles || (!lower.includes('#') && !lower.includes('@'))) return;
  for (const hit of lower.matchAll(HANDLE)) {
    if (hit[1]!.length > 80) continue;
    const body = hit[1]!.replace(/[_']/g, '');
    const b = m.handles.exec(body);
    if (!b) continue;
    const g = b.groups!;
    const vi = m.variants.findIndex((_, i) => g[`v${i}`] !== undefined);
    const variant = m.variants[vi]!;
    const tailInfo = classifyTail(tailPieces(g.tail ?? ''), m.promoted);
    if (conflicts(tailInfo, m)) continue;
    let confidence: number;
    if (variant.kind === 'alias') confidence = 0.85;
    else if (tailInfo.typed || tailInfo.denomination || g.pre || variant.typedCore) confidence = 0.8;
    else if (g.a || g.z) confidence = 0.7;
    else continue;
    out.push({
      signal: 'school.name',
      ...input.at(hit.index, hit.index + hit[0].length),
      confidence,
      evidence: { reasons: [reason('profile', "a hashtag or handle made from the school's name in the school profile")] },
      message: `This ${hit[0].startsWith('#') ? 'hashtag' : 'handle'} names your school. A post that says where you work can identify you, your colleagues and your pupils.`,
      suggestion: 'Leave the school out of hashtags and mentions on a personal account.',
    });
  }
}

const TAIL_PIECE = new RegExp(TAIL_SQUEEZED.map(esc).join('|'), 'gy');

/** Splits a squeezed tail ("cofeprimary") into its words, longest first. */
function tailPieces(s: string): string[] {
  TAIL_PIECE.lastIndex = 0;
  const out: string[] = [];
  let p: RegExpExecArray | null;
  while ((p = TAIL_PIECE.exec(s))) out.push(p[0]);
  return out;
}

/** A number that is only part of a longer one: a phone number, "0116 123 456". */
function inLongerNumber(text: string, start: number, end: number): boolean {
  return /\d[ \-]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[ \-]\d/.test(text.slice(end, end + 2));
}

function detectNumbers(input: DetectorInput, m: Matcher | undefined, out: DetectorFinding[]): void {
  const text = input.norm.text;
  if (!/\d{3}/.test(text)) return;
  if (m?.urn) {
    for (const hit of text.matchAll(m.urn)) {
      const end = hit.index + hit[0].length;
      const cue = input.near(hit.index, end, URN_CUE_LIST, 4);
      if (!cue && inLongerNumber(text, hit.index, end)) continue;
      out.push({
        signal: 'school.urn',
        ...input.at(hit.index, end),
        confidence: 0.95,
        evidence: { reasons: [reason('profile', "the school's Unique Reference Number from the school profile"), ...(cue ? [reason('context', `"${cue}" nearby`)] : [])] },
        message: "This is your school's Unique Reference Number (URN), which identifies the school on Ofsted and DfE records.",
        suggestion: 'Remove the number.',
      });
    }
  } else {
    for (const hit of text.matchAll(SIX_DIGITS)) {
      const end = hit.index + hit[0].length;
      const cue = input.near(hit.index, end, URN_CUE_LIST, 4);
      if (!cue || inLongerNumber(text, hit.index, end)) continue;
      out.push({
        signal: 'school.urn',
        ...input.at(hit.index, end),
        confidence: 0.6,
        evidence: { reasons: [reason('pattern', 'six digits, shaped like a school Unique Reference Number'), reason('context', `"${cue}" nearby`)] },
        message: "This looks like a school's Unique Reference Number (URN), which identifies the school on Ofsted and DfE records.",
        suggestion: 'Remove the number.',
      });
    }
  }
  if (m?.dfe) {
    for (const hit of text.matchAll(m.dfe)) {
      const end = hit.index + hit[0].length;
      const cue = input.near(hit.index, end, DFE_CUE_LIST, 4);
      if (!cue && inLongerNumber(text, hit.index, end)) continue;
      out.push({
        signal: 'school.dfe-number',
        ...input.at(hit.index, end),
        confidence: 0.95,
        evidence: { reasons: [reason('profile', "the school's DfE number from the school profile"), ...(cue ? [reason('context', `"${cue}" nearby`)] : [])] },
        message: "This is your school's DfE number (local authority and establishment number), which identifies the school.",
        suggestion: 'Remove the number.',
      });
    }
  } else {
    for (const hit of text.matchAll(DFE_SHAPE)) {
      const end = hit.index + hit[0].length;
      if (!isValidDfeNumber(`${hit[1]}/${hit[2]}`)) continue;
      const cue = input.near(hit.index, end, DFE_CUE_LIST, 4);
      if (!cue || inLongerNumber(text, hit.index, end)) continue;
      out.push({
        signal: 'school.dfe-number',
        ...input.at(hit.index, end),
        confidence: 0.65,
        evidence: {
          reasons: [
            reason('pattern', 'a 3-digit local authority code and a 4-digit establishment number'),
            reason('checksum', 'the local authority code is one in use'),
            reason('context', `"${cue}" nearby`),
          ],
        },
        message: "This looks like a school's DfE number (local authority and establishment number), which identifies the school.",
        suggestion: 'Remove the number.',
      });
    }
  }
}

function detectContact(input: DetectorInput, m: Matcher | undefined, out: DetectorFinding[]): void {
  const lower = input.norm.lower;
  if (m?.email) {
    for (const hit of lower.matchAll(m.email)) {
      const address = hit.groups!.local !== undefined;
      out.push({
        signal: 'school.email',
        ...input.at(hit.index, hit.index + hit[0].length),
        confidence: address ? 0.9 : 0.7,
        evidence: { reasons: [reason('profile', address ? "an address at the school's email domain from the school profile" : "the school's web or email domain from the school profile")] },
        message: address
          ? 'This is a school email address. Policies ask staff not to use or share school addresses on personal social media.'
          : "This is your school's web or email domain, which identifies the school.",
        suggestion: address ? 'Remove the address.' : 'Remove the link or domain.',
      });
    }
  } else if (lower.includes('.sch.uk')) {
    for (const hit of lower.matchAll(SCH_UK_EMAIL)) {
      out.push({
        signal: 'school.email',
        ...input.at(hit.index, hit.index + hit[0].length),
        confidence: 0.6,
        evidence: { reasons: [reason('pattern', 'an email address at a .sch.uk school domain')] },
        message: 'This is a school email address. Policies ask staff not to use or share school addresses on personal social media.',
        suggestion: 'Remove the address.',
      });
    }
  }
  if (m?.postcode) {
    for (const hit of lower.matchAll(m.postcode)) {
      out.push({
        signal: 'school.postcode',
        ...input.at(hit.index, hit.index + hit[0].length),
        confidence: 0.95,
        evidence: { reasons: [reason('profile', "the school's postcode from the school profile")] },
        message: "This is your school's postcode, which pinpoints where the school is.",
        suggestion: 'Remove the postcode.',
      });
    }
  }
}

const CUE_MESSAGES: Record<CueKind, string> = {
  uniform: 'Pictures or mentions of pupils or staff in school uniform can identify the school; many policies forbid posting them.',
  logo: "The school's logo or badge identifies the school; policies usually forbid using it on personal accounts.",
  workplace: 'This points to where you work. With your profile it can identify the school, and then the people you mention.',
  premises: 'This places the post at your school, which can identify it.',
};
const CUE_SUGGESTIONS: Record<CueKind, string> = {
  uniform: 'Check that no pupil, uniform or badge can be recognised, or leave this out.',
  logo: 'Leave the logo out of personal posts.',
  workplace: 'Consider whether the post needs to say where you work.',
  premises: 'Check the post and any picture do not show where the school is.',
};

function detectCues(input: DetectorInput, out: DetectorFinding[]): void {
  for (const hit of CUE_LIST.find(input.norm.lower)) {
    const cue = hit.term as CueTerm;
    if (cue.kind === 'uniform' || cue.kind === 'logo') {
      const next = nextWord(input, hit.end);
      if (next && CUE_STOP_WORDS.has(next.key)) continue;
    }
    let context: string | undefined;
    if (cue.needsSchoolWord) {
      context = input.near(hit.start, hit.end, CUE_CONTEXT, 8);
      if (!context) continue;
    }
    out.push({
      signal: 'school.cue',
      ...input.at(hit.start, hit.end),
      confidence: cue.confidence,
      evidence: { reasons: [reason('wordlist', `a phrase that points to the poster's school (${cue.kind})`), ...(context ? [reason('context', `"${context}" nearby`)] : [])] },
      message: CUE_MESSAGES[cue.kind],
      suggestion: CUE_SUGGESTIONS[cue.kind],
    });
  }
}

export const schoolIdentity: Detector = {
  meta: {
    id: 'school-identity',
    category: 'school',
    signals: ['school.name', 'school.urn', 'school.dfe-number', 'school.email', 'school.postcode', 'school.cue'],
    description:
      "The school's name, aliases, URN, DfE number, email addresses, domain and postcode from the school profile; without a profile, cued URNs and DfE numbers and .sch.uk addresses; and phrases that point to the poster's school.",
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const profile = input.context.school;
    const m = profile ? matcherFor(profile) : undefined;
    if (m) {
      detectNames(input, m, out);
      detectHandles(input, m, out);
    }
    detectNumbers(input, m, out);
    detectContact(input, m, out);
    detectCues(input, out);
    return out;
  },
};
