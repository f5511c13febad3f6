import { DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern, RegExpMatcher, SyntaxKind, type MatchPayload, type Node } from 'obscenity';
import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { TermList } from '../../engine/terms.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import { ALLOWED, ENTRIES, INNOCENT_CUES, OBSCENITY_DECISIONS, VULGAR_GESTURE, type Entry, type InnocentSense, type Kind } from './data.ts';

type Meta = { originalWord: string };

const BY_TERM = new Map(ENTRIES.map((e) => [e.term, e]));

/** obscenity's English dataset minus what we drop or replace, plus our entries and the places/names we spare. */
export function buildDataset(): DataSet<Meta> {
  const keep = new Set(OBSCENITY_DECISIONS.filter((d) => d.use === 'keep').map((d) => d.term));
  const dataset = new DataSet<Meta>()
    .addAll(englishDataset as DataSet<Meta>)
    .removePhrasesIf((phrase) => !keep.has(phrase.metadata?.originalWord ?? ''));
  for (const e of ENTRIES) {
    dataset.addPhrase((phrase) => {
      phrase.setMetadata({ originalWord: e.term });
      for (const p of e.patterns ?? []) phrase.addPattern(parseRawPattern(p));
      for (const a of e.allow ?? []) phrase.addWhitelistedTerm(a);
      return phrase;
    });
  }
  dataset.addPhrase((phrase) => {
    for (const a of ALLOWED) phrase.addWhitelistedTerm(a.term);
    return phrase;
  });
  return dataset;
}

const DATASET = buildDataset();
const BUILT = DATASET.build();
// We hand obscenity text that is already lower-cased (input.norm.lower), so whitelisted terms are matched as
// written, without the whitelist transformers' second pass over the text; blacklisted patterns get the full
// recommended set (confusables, leetspeak, lower case, collapsing repeated letters).
const MATCHER = new RegExpMatcher({
  ...BUILT,
  blacklistMatcherTransformers: englishRecommendedTransformers.blacklistMatcherTransformers ?? [],
});
/** For tests: obscenity over the whole text, without the gate. */
export const obscenityMatcher = MATCHER;

// obscenity's leetspeak table (its resolveLeetSpeakTransformer), as one character to one letter.
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '(': 'c', '3': 'e', '6': 'g', '1': 'i', '|': 'i', '!': 'i', '/': 'l', '0': 'o', $: 's', '5': 's', '7': 't', '2': 'z' };
const LEET_CHARS = /[@4(361|!/0$572]/g;
const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * obscenity transforms the whole text character by character and then tries ~160 patterns one by one: about 0.7 ms
 * for 3,000 characters. Most posts contain nothing, so we first look for candidates with one regex over the text
 * with only its leetspeak resolved (same length, so offsets hold): each pattern compiled so that every letter may
 * repeat (obscenity collapses repeats) and a wildcard may be a run of one character. That finds every place where
 * obscenity can match, and a little more; obscenity then runs only on a window around each candidate.
 */
export function compileGate(patterns: { nodes: Node[]; requireWordBoundaryAtStart: boolean; requireWordBoundaryAtEnd: boolean }[]): RegExp {
  let group = 0;
  const node = (n: Node): string => {
    if (n.kind === SyntaxKind.Literal) return n.chars.map((c) => `${escapeChar(String.fromCodePoint(c))}+`).join('');
    if (n.kind === SyntaxKind.Wildcard) return `([^])\\${++group}*`;
    return `(?:${node(n.childNode)})?`;
  };
  const sources = patterns.map((p) => `${p.requireWordBoundaryAtStart ? '\\b' : ''}${p.nodes.map(node).join('')}${p.requireWordBoundaryAtEnd ? '\\b' : ''}`);
  return new RegExp(sources.join('|'), 'g');
}
const GATE = compileGate(BUILT.blacklistedTerms.map((t) => t.pattern));
// obscenity also reads look-alike letters from other scripts (Cyrillic "а"); the gate cannot, so such text skips it.
const CONFUSABLE = /[^\x00-\x7f]/;
const FOREIGN_LETTER = /(?![\x00-\x7f])[\p{L}\p{N}]/u;
// A whitelisted stretch ("dick whittington") must fit in the window around a candidate.
const PAD = Math.max(...(BUILT.whitelistedTerms ?? []).map((t) => t.length)) + 2;
const SPACE = /\s/;

/** obscenity's matches in `lower`, with its offsets (inclusive end) into `lower`. */
export function obscenityMatches(lower: string): MatchPayload[] {
  if (CONFUSABLE.test(lower) && FOREIGN_LETTER.test(lower)) return MATCHER.getAllMatches(lower);
  const skeleton = lower.replace(LEET_CHARS, (c) => LEET[c]!);
  // Windows around the candidates, from whitespace to whitespace so that word boundaries at their edges are the
  // text's own, merged where they touch.
  const windows: [number, number][] = [];
  GATE.lastIndex = 0;
  for (let hit = GATE.exec(skeleton); hit; hit = GATE.exec(skeleton)) {
    let start = Math.max(0, hit.index - PAD);
    while (start > 0 && !SPACE.test(lower[start - 1]!)) start--;
    let end = Math.min(lower.length, hit.index + hit[0].length + PAD);
    while (end < lower.length && !SPACE.test(lower[end]!)) end++;
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const out: MatchPayload[] = [];
  for (const [start, end] of windows) {
    for (const m of MATCHER.getAllMatches(lower.slice(start, end))) out.push({ ...m, startIndex: m.startIndex + start, endIndex: m.endIndex + start });
  }
  return out;
}

const CUES = Object.fromEntries(
  Object.entries(INNOCENT_CUES).map(([sense, terms]) => [sense, new TermList(terms)]),
) as Record<InnocentSense, TermList>;

// A stretched or disguised spelling: symbols inside a word, or a letter repeated three times.
const DISGUISED = /[^\p{L}\s'-]|(\p{L})\1\1/u;
// Letters spaced or dotted out: "f u c k", "s.h.i.t", "c-u-n-t". Three or more single characters.
const SPACED = /(?<![\p{L}\p{N}@$!])[\p{L}\p{N}@$!](?:[ .\-_*+~]{1,2}[\p{L}\p{N}@$!]){2,}(?![\p{L}\p{N}])/gu;
const SPACER = /[ .\-_*+~]/g;
// Stars, hashes or percent signs standing for letters: "sh*t", "c**t", "f***ing".
const MASKED = /(?<![\p{L}\p{N}*#%])\p{L}[\p{L}*#%]*[*#%][\p{L}*#%]*(?![\p{L}\p{N}*#%])/gu;
const MASK = /[*#%]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const GESTURE = /\u{1F595}|\b[Ww]here the sun (?:doesn't|doesnt|does not|don't|dont|never) shines?\b/gu;
const INNER = /[@$*#!|]/;
const LETTERS = /[\p{L}@$]/gu;
// What comes before an insult when it is used as one: "you git", "such a scrubber", "he's a right git", "old git".
const INSULT_FRAME =
  /(?:\b(?:you|ya|u)|\b(?:what|such|quite|bit of) an?|(?:'s|\bis|\bare|\bwas|\bwere|\bbe|\bbeing|\bur|\byou're|\byoure) an?|\b(?:old|silly|stupid|daft|miserable|grumpy|smug|filthy|skanky|entitled|lazy|dirty|useless|horrible|nasty|arrogant|jammy|lucky|fat|ugly|little|right|proper|total|complete|absolute|utter|bloody|thick|cheeky|sneaky))(?:\s+[\p{L}']+)?\s+$/u;
// Said of oneself, right before the word: "I felt a right prat", "I'm such a pillock", "made me look a numpty".
const SELF =
  /\b(?:i'm|im|i am|i was|i felt|i feel|i look|i looked|i've been|felt|feel|feeling|me|me look|me feel|myself)\s+(?:like\s+)?(?:such\s+)?(?:an?\s+)?(?:(?:right|total|complete|absolute|proper|utter|bit of a|old|silly|daft|such a)\s+)*$/u;

/** A written form as a key: lower case, possessive dropped, leetspeak resolved, symbols gone, stretches shrunk. */
function keyOf(lower: string): string {
  let s = lower.replace(/'s?$/, '');
  s = [...s].map((c) => LEET[c] ?? c).join('');
  return s
    .replace(/[^\p{L}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .trim();
}

/** Forms a masked spelling is compared with, in entry order (so "f***" is read as the strongest word first). */
const MASK_TARGETS: { form: string; entry: Entry }[] = ENTRIES.flatMap((entry) => (entry.masked ?? []).map((form) => ({ form, entry })));
// With only the first letter showing, only the conventional self-censored spellings are read: f***, c***, s***.
const BARE_MASK_OK = new Set(['fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'fucks', 'cunt', 'cunts', 'shit']);

function unmask(word: string): { form: string; entry: Entry } | undefined {
  const visible = [...word].filter((c) => !MASK.test(c)).length;
  for (const t of MASK_TARGETS) {
    if (t.form.length !== word.length) continue;
    if (visible < 2 && !BARE_MASK_OK.has(t.form)) continue;
    let ok = true;
    for (let i = 0; i < word.length && ok; i++) ok = MASK.test(word[i]!) ? /\p{L}/u.test(t.form[i]!) : word[i] === t.form[i];
    if (ok) return t;
  }
  return undefined;
}

interface Candidate {
  entry: Entry;
  start: number;
  end: number;
  confidence: number;
  disguised: boolean;
  framed: boolean;
}

const MESSAGES: Record<Kind, { message: string; suggestion: string; label: string }> = {
  swear: {
    label: 'swear word',
    message: 'This is swearing. In a post by a member of school staff it can breach the code of conduct, even as a joke, and screenshots last.',
    suggestion: 'Take the word out or rephrase.',
  },
  insult: {
    label: 'vulgar insult',
    message: 'This is a vulgar insult. Aimed at anyone (a parent, a colleague, a pupil) it reads as abuse and reflects on the school.',
    suggestion: 'Remove the insult. If you need to raise a concern, use the proper channel instead.',
  },
  'sexual-insult': {
    label: 'sexualised insult',
    message: 'This is a sexualised insult. Many readers find it offensive, and aimed at anyone it reads as abuse.',
    suggestion: 'Remove the insult.',
  },
  mild: {
    label: 'mild swear word',
    message: "This is mild bad language. Many readers won't mind, but some parents, and your school's policy, may see it as unprofessional.",
    suggestion: 'Consider a gentler word.',
  },
  'mild-insult': {
    label: 'mild insult',
    message: 'This is mild name-calling. Even in fun, it can read as unprofessional from a member of staff.',
    suggestion: 'Consider leaving it out.',
  },
  sexual: {
    label: 'explicit sexual term',
    message: 'This refers to explicit sexual material or acts, which has no place in a post by school staff.',
    suggestion: "Remove it. If it is about a safeguarding concern, tell your school's DSL rather than posting.",
  },
};

const tier = (c: number) => (c >= 0.85 ? 'strong' : c >= 0.6 ? 'medium' : 'mild');

export const profanity: Detector = {
  meta: {
    id: 'profanity',
    category: 'abuse',
    signals: ['abuse.profanity', 'abuse.sexual'],
    description:
      'Swearing, vulgar and sexualised insults (with UK additions) and explicit sexual content, including disguised spellings; Scunthorpe-safe.',
  },
  detect(input) {
    const lower = input.norm.lower;
    const candidates: Candidate[] = [];

    for (const m of obscenityMatches(lower)) {
      const word = DATASET.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord;
      const entry = word === undefined ? undefined : BY_TERM.get(word);
      if (!entry) continue;
      // obscenity's end index is inclusive; ours is half-open. Then widen to the whole word ("fuck" → "fucking").
      let start = m.startIndex;
      let end = m.endIndex + 1;
      while (start > 0 && (WORD_CHAR.test(lower[start - 1]!) || (INNER.test(lower[start - 1]!) && start > 1 && WORD_CHAR.test(lower[start - 2]!)))) start--;
      while (end < lower.length && (WORD_CHAR.test(lower[end]!) || (INNER.test(lower[end]!) && end + 1 < lower.length && WORD_CHAR.test(lower[end + 1]!)))) end++;
      const written = lower.slice(start, end);
      consider(input, candidates, entry, start, end, keyOf(written), DISGUISED.test(written) ? 'disguised' : 'plain');
    }

    // Spaced-out letters: squeeze them together and ask the matcher again (rare, so cheap). A one-letter word may
    // run into them ("what a w a n k e r"): if the whole run reads as nothing, try without it.
    for (const run of lower.matchAll(SPACED)) {
      const letters = [...run[0].matchAll(/[^ .\-_*+~]/g)];
      for (let skip = 0; skip <= 1 && letters.length - skip >= 3; skip++) {
        const squeezed = run[0].slice(letters[skip]!.index).replace(SPACER, '');
        let found = false;
        for (const m of MATCHER.getAllMatches(squeezed)) {
          const entry = BY_TERM.get(DATASET.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '');
          if (!entry) continue;
          found = true;
          // From the letter the word starts at ("a c u n t" marks "c u n t") to the end of the run ("f u c k i n g").
          const from = run.index + letters[skip + m.startIndex]!.index;
          consider(input, candidates, entry, from, run.index + run[0].length, keyOf(squeezed.slice(m.startIndex)), 'disguised');
        }
        if (found) break;
      }
    }

    // Masked letters: compare with the known forms letter by letter.
    for (const m of lower.matchAll(MASKED)) {
      let word = m[0];
      // One trailing star after a letter is a footnote or a grade ("A*"), not a mask.
      if (word.endsWith('*') && !word.endsWith('**') && /\p{L}/u.test(word.at(-2) ?? '')) word = word.slice(0, -1);
      if (!MASK.test(word)) continue;
      const hit = unmask(word);
      if (hit) consider(input, candidates, hit.entry, m.index, m.index + word.length, hit.form, 'masked');
    }

    // Vulgar gestures: the middle-finger emoji, "where the sun doesn't shine".
    for (const m of input.norm.text.matchAll(GESTURE)) candidates.push({ entry: VULGAR_GESTURE, start: m.index, end: m.index + m[0].length, confidence: VULGAR_GESTURE.confidence, disguised: false, framed: false });

    return report(input, candidates);
  },
};

function consider(input: DetectorInput, out: Candidate[], entry: Entry, start: number, end: number, key: string, spelling: 'plain' | 'disguised' | 'masked'): void {
  const lower = input.norm.lower;
  if (entry.only && !entry.only.includes(key)) return;
  const confidence = entry.forms?.[key] ?? entry.confidence;
  if (confidence <= 0) return;
  // Digits alone are not a word: "7175" de-leets to a rude one. (A masked word was read letter by letter already.)
  if (spelling !== 'masked' && (lower.slice(start, end).match(LETTERS)?.length ?? 0) < 2) return;
  // "Twatt" (Orkney), "Dick" Whittington: Title-case is a name.
  if (entry.names?.includes(key) && /^\p{Lu}\p{Ll}/u.test(input.norm.text.slice(start, end))) return;
  const before = lower.slice(Math.max(0, start - 40), start);
  let framed = false;
  if (entry.insultFrame) {
    if (!INSULT_FRAME.test(before)) return;
    framed = true;
  }
  if (entry.kind === 'mild-insult' && SELF.test(before)) return;
  // The innocent sense shows in the words nearby, or anywhere in the same sentence ("INSET on keeping children safe
  // from online pornography").
  if (entry.innocent?.length) {
    const sentence = input.sentence(start);
    const words = lower.slice(sentence.start, sentence.end);
    for (const sense of entry.innocent) if (input.near(start, end, CUES[sense], 8) || CUES[sense].find(words).length) return;
  }
  out.push({ entry, start, end, confidence, disguised: spelling !== 'plain', framed });
}

function report(input: DetectorInput, candidates: Candidate[]): DetectorFinding[] {
  // The longest match wins: "dick pic" over "dick", "cock-up" over "cock"; on the same span, the surest.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  const kept: Candidate[] = [];
  for (const c of candidates) if (!kept.some((k) => k.start <= c.start && c.end <= k.end)) kept.push(c);
  return kept.map((c) => {
    const text = MESSAGES[c.entry.kind];
    const reasons: Reason[] = [
      { kind: 'wordlist', detail: `${tier(c.confidence)} ${text.label} (${c.entry.patterns ? 'UK and school additions' : "obscenity's English list"})` },
    ];
    if (c.disguised) reasons.push({ kind: 'pattern', detail: 'spelt with symbols, spaces or stretched letters, a common way round filters' });
    if (c.framed) reasons.push({ kind: 'context', detail: 'used as an insult ("you …", "such a …")' });
    return {
      signal: c.entry.signal,
      ...input.at(c.start, c.end),
      confidence: c.confidence,
      evidence: { reasons },
      message: text.message,
      suggestion: text.suggestion,
    };
  });
}
