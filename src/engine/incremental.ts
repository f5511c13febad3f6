// Checking as staff type: the post is cut into units, each unit is analysed with the sentence either side of it as
// context, and the results are cached by the text analysed, so a keystroke re-analyses only the unit it touched.
//
// Units. A post of at most `maxUnitChars` characters is one unit, analysed exactly as `analyse` would. A longer post
// is cut at line starts (after "\n"), failing those at sentence starts, failing those at word starts. Where it is cut
// depends only on the text near the cut (content-defined chunking): a candidate cut is taken when its weight (its
// kind, then a hash of the 16 characters after it) beats every other candidate within `radius` (maxUnitChars / 4)
// characters, and never within `radius` of either end of the post. So an edit can move only the cuts within about
// `radius` of it; the cuts elsewhere stay put however much is typed before or after them. A stretch still longer
// than `maxUnitChars` (one huge sentence, a paste with no punctuation) is cut again at its heaviest candidate, else
// at a space, else anywhere outside a surrogate pair.
//
// Context. Detectors look past the sentence of a hit: the sentence before ("Kai has been off for weeks. A welfare
// check is booked."), the sentence after, pending news "anywhere in the post". Analysing every sentence of the
// development corpus on its own loses findings in 30 of its 518 multi-sentence posts; with one sentence of context
// either side, 2 (each a post-wide cue of confidential-school-matters more than a sentence away). So each unit is
// analysed as its "window": the unit plus the sentence before it and the sentence after it (at most `contextChars`
// each), whether those lie in the same paragraph or the next; only findings that start inside the unit are kept,
// and a finding that runs across a cut is merged with its twin as `analyse` merges overlaps. Cues further away than
// one sentence across a cut are not seen: in a long post the window, not the post, is the unit of context.

import { analyse, mergeFindings } from './analyse.ts';
import type { AnalysisContext } from './context.ts';
import type { Detector } from './detector.ts';
import type { Finding } from './types.ts';

/** One unit of a post: it owns [start, end); it is analysed as text.slice(contextStart, contextEnd). */
export interface Unit {
  start: number;
  end: number;
  contextStart: number;
  contextEnd: number;
}

export interface SplitOptions {
  /**
   * A post up to this long is one unit; no unit is longer. Default 1,500: every post of the development corpus is one
   * unit, and on a 2-core EPYC a window (unit + context) of realistic text takes 1.7 ms median, 4.3 ms p95, 7.4 ms at
   * worst, so about 15 ms on a laptop twice as slow (2,000 would be 8.6 ms p95, 19 ms at worst).
   */
  maxUnitChars?: number;
  /** Most characters of context either side of a unit. Default 300, the sentence clamp the abuse detectors use. */
  contextChars?: number;
}

export interface IncrementalOptions extends SplitOptions {
  /** Most cached windows. Default 4,096. */
  cacheEntries?: number;
  /** Most characters of cached window text (stale versions of the unit being typed in go first). Default 262,144. */
  cacheChars?: number;
  /** A clock in milliseconds for `analyseSliced` (the content script passes `performance.now`). */
  now?: () => number;
  /** As for `analyse`: all registered detectors unless given. */
  detectors?: readonly Detector[];
}

export interface SliceOptions {
  /** Aborting rejects the promise with `signal.reason` (an AbortError unless the caller gave another reason). */
  signal?: AbortSignal;
  /** Gives the page its turn; default a zero-delay timer. In the browser pass `scheduler.yield` or a MessageChannel. */
  yieldToHost?: () => Promise<void>;
  /**
   * Time to spend before yielding. Default 25 ms: a slice stops before a window it expects to overrun the budget, so
   * it overruns only by a misjudged window (at worst about 10 ms here, 20 ms on a laptop twice as slow) and stays
   * under 50 ms even there.
   */
  budgetMs?: number;
  /** Overrides the analyser's clock. With no clock at all, a slice is measured in characters instead. */
  now?: () => number;
  /** Without a clock: characters of uncached windows per slice. Default 100 per millisecond of budget. */
  sliceChars?: number;
}

export interface FindingsCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
  readonly chars: number;
  clear(): void;
}

export interface IncrementalAnalyser {
  /**
   * The findings for the whole text, sorted by start, reusing every window analysed before. It runs as one task, so
   * a long paste (63,000 characters: about 230 ms here with nothing cached) belongs to `analyseSliced`.
   */
  analyse(text: string): Finding[];
  /**
   * The same findings as `analyse`, but uncached windows are analysed in slices of about `budgetMs`, yielding to the
   * host between them. Windows finished before an abort stay cached, so the call that superseded it starts ahead.
   */
  analyseSliced(text: string, options?: SliceOptions): Promise<Finding[]>;
  readonly findingsCache: FindingsCacheStats;
}

export const DEFAULT_MAX_UNIT_CHARS = 1500;
export const DEFAULT_CONTEXT_CHARS = 300;

// Candidate kinds, strongest first: a line start, a sentence start, a word start.
const LINE = 2;
const SENTENCE = 1;
const WORD = 0;
// As the tokeniser: "Mrs. Hill" does not start a sentence at "Hill".
const ABBREVIATION = /(?:^|[^\p{L}\p{N}])(?:mr|mrs|ms|mx|dr|st|prof|rev|cllr|no|vs|eg|ie)$/iu;
const LOWER = /\p{Ll}/u;
const HASHED_CHARS = 16;

interface Candidate {
  at: number;
  weight: number;
}

/** FNV-1a of the characters after a cut: the cut's weight depends on nearby text only. */
function hashAt(text: string, at: number): number {
  let h = 0x811c9dc5;
  const end = Math.min(text.length, at + HASHED_CHARS);
  for (let i = at; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const candidate = (text: string, at: number, kind: number): Candidate => ({ at, weight: kind * 2 ** 32 + hashAt(text, at) });

// Hand-written scans rather than regular expressions: a paste of 60,000 dots or spaces must stay linear.
// White space is what \s matches.
const WIDE_SPACES = new Set([0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && ((c >= 0x2000 && c <= 0x200a) || WIDE_SPACES.has(c)));
const isEnd = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const isCloser = (c: number) => c === 39 || c === 34 || c === 0x2019 || c === 0x201d || c === 41 || c === 93; // ' " ’ ” ) ]

/**
 * Line starts (the first character after a run of white space holding "\n") and sentence starts (after . ! ?, any
 * closing quotes or brackets, and spaces, unless a lower-case letter follows: "e.g. this" runs on), in order.
 */
function boundaries(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      let line = false;
      for (; j < n && isSpace(text.charCodeAt(j)); j++) if (text.charCodeAt(j) === 10) line = true;
      if (line && j < n) out.push(candidate(text, j, LINE));
      i = j;
    } else if (isEnd(c)) {
      let j = i;
      while (j < n && isEnd(text.charCodeAt(j))) j++;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      let k = j;
      let line = false;
      for (; k < n && isSpace(text.charCodeAt(k)); k++) if (text.charCodeAt(k) === 10) line = true;
      const next = text[k];
      if (!line && k > j && next !== undefined && !LOWER.test(next) && !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i))) out.push(candidate(text, k, SENTENCE));
      i = j; // the spaces are scanned again above, for a line break among them
    } else i++;
  }
  return out;
}

/** Word starts in [from, to), only looked for where no line or sentence start is near. */
function wordStarts(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let at = Math.max(1, from); at < to; at++) {
    if (isSpace(text.charCodeAt(at - 1)) && !isSpace(text.charCodeAt(at))) out.push(candidate(text, at, WORD));
  }
  return out;
}

const beats = (a: Candidate, b: Candidate) => a.weight > b.weight || (a.weight === b.weight && a.at < b.at);

/** Never cut between the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at;
}

/** Cuts `text` into units with their context windows. Exported for tests and the benchmark. */
export function splitUnits(text: string, options: SplitOptions = {}): Unit[] {
  const maxUnit = Math.max(16, options.maxUnitChars ?? DEFAULT_MAX_UNIT_CHARS);
  const contextChars = Math.max(0, options.contextChars ?? DEFAULT_CONTEXT_CHARS);
  const n = text.length;
  if (!text.trim()) return [];
  if (n <= maxUnit) return [{ start: 0, end: n, contextStart: 0, contextEnd: n }];
  const radius = Math.floor(maxUnit / 4);

  const bounds = boundaries(text);
  // Candidates: every line and sentence start, and word starts only where no stronger one is within the radius.
  const candidates: Candidate[] = [];
  let previous = 0;
  for (const b of [...bounds, { at: n, weight: Infinity }]) {
    if (b.at - previous > 2 * radius) candidates.push(...wordStarts(text, previous + radius + 1, b.at - radius));
    if (b.weight !== Infinity) candidates.push(b);
    previous = b.at;
  }

  // A cut is a candidate that beats every other within the radius, away from the ends of the post. The strongest
  // candidate of the sliding window is kept at the front of a queue, so this stays linear however dense they are.
  const cuts: Candidate[] = [];
  const queue: number[] = [];
  let head = 0;
  let hi = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    while (hi < candidates.length && candidates[hi]!.at <= c.at + radius) {
      while (queue.length > head && beats(candidates[hi]!, candidates[queue[queue.length - 1]!]!)) queue.pop();
      queue.push(hi++);
    }
    while (candidates[queue[head]!]!.at < c.at - radius) head++;
    if (queue[head] === i && c.at > radius && n - c.at > radius) cuts.push(c);
  }

  // Stretches still too long are cut again, greedily from their start (the start is a stable cut).
  const ends: number[] = [];
  let from = 0;
  let k = 0;
  for (const to of [...cuts.map((c) => c.at), n]) {
    while (to - from > maxUnit) {
      const lowest = from + Math.floor(maxUnit / 3);
      const highest = from + maxUnit;
      let cut: Candidate | undefined;
      while (k < candidates.length && candidates[k]!.at <= lowest) k++;
      for (let j = k; j < candidates.length && candidates[j]!.at <= highest; j++) if (!cut || beats(candidates[j]!, cut)) cut = candidates[j];
      if (!cut) for (const w of wordStarts(text, lowest + 1, highest + 1)) if (!cut || beats(w, cut)) cut = w;
      from = cut ? cut.at : safeCut(text, highest);
      ends.push(from);
    }
    ends.push(to);
    from = to;
  }

  const boundaryAt = bounds.map((b) => b.at);
  const units: Unit[] = [];
  let start = 0;
  for (const end of ends) {
    if (/\S/.test(text.slice(start, end))) units.push({ start, end, contextStart: contextBefore(text, boundaryAt, start, contextChars), contextEnd: contextAfter(text, boundaryAt, end, contextChars) });
    start = end;
  }
  return units;
}

/** Index of the first boundary after `offset`. */
function firstAfter(boundaryAt: number[], offset: number): number {
  let lo = 0;
  let hi = boundaryAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaryAt[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the sentence before `start` (or of the one `start` cuts into), at most `chars` back, on a word start. */
function contextBefore(text: string, boundaryAt: number[], start: number, chars: number): number {
  if (start === 0) return 0;
  const i = firstAfter(boundaryAt, start - 1) - 1;
  const sentence = i >= 0 ? boundaryAt[i]! : 0;
  const limit = start - chars;
  if (sentence >= limit) return sentence;
  const word = /\s\S/.exec(text.slice(limit, start));
  return word ? limit + word.index + 1 : safeCut(text, Math.max(0, limit));
}

/** End of the sentence after `end` (or of the one `end` cuts into), at most `chars` on, at the end of a word. */
function contextAfter(text: string, boundaryAt: number[], end: number, chars: number): number {
  if (end >= text.length) return text.length;
  const sentenceEnd = boundaryAt[firstAfter(boundaryAt, end)] ?? text.length;
  const limit = end + chars;
  if (sentenceEnd <= limit) return sentenceEnd;
  const window = text.slice(end, limit);
  const space = window.search(/\s\S*$/);
  return space > 0 ? end + space : safeCut(text, limit);
}

/** The window's findings that start inside the unit, moved into the post's offsets, as fresh objects. */
function own(unit: Unit, found: readonly Finding[], out: Finding[]): void {
  for (const f of found) {
    const start = f.start + unit.contextStart;
    if (start < unit.start || start >= unit.end) continue;
    out.push({ ...f, start, end: f.end + unit.contextStart, evidence: { reasons: f.evidence.reasons.map((r) => ({ ...r })) } });
  }
}

export function createIncrementalAnalyser(context: AnalysisContext, options: IncrementalOptions = {}): IncrementalAnalyser {
  const split: SplitOptions = {};
  if (options.maxUnitChars !== undefined) split.maxUnitChars = options.maxUnitChars;
  if (options.contextChars !== undefined) split.contextChars = options.contextChars;
  const maxEntries = options.cacheEntries ?? 4096;
  const maxChars = options.cacheChars ?? 262_144;
  // Map order is the LRU order: a hit is moved to the end, the oldest entries are evicted first.
  const cache = new Map<string, readonly Finding[]>();
  let cachedChars = 0;
  let hits = 0;
  let misses = 0;
  // Milliseconds per character of recent windows, to decide whether the next window still fits in the slice.
  let msPerChar = 0.01;

  const lookup = (window: string): readonly Finding[] | undefined => {
    const found = cache.get(window);
    if (found) {
      hits++;
      cache.delete(window);
      cache.set(window, found);
    }
    return found;
  };

  const compute = (window: string): readonly Finding[] => {
    misses++;
    // A slice keeps the whole post it was cut from alive (in V8), and so does anything a finding keeps that was cut
    // from it: the cache after 300 keystrokes in a 63,000-character post held 28 MB. Concatenating and slicing again
    // makes a copy of just the window (1.8 MB for the same run); only the copy is analysed and cached.
    const copy = (' ' + window).slice(1);
    const found = options.detectors ? analyse(copy, context, options.detectors) : analyse(copy, context);
    cache.set(copy, found);
    cachedChars += copy.length;
    for (const [key] of cache) {
      if (cache.size <= maxEntries && cachedChars <= maxChars) break;
      if (key === copy) continue; // the window just analysed stays, whatever its size
      cache.delete(key);
      cachedChars -= key.length;
    }
    return found;
  };

  const assemble = (units: Unit[], results: (readonly Finding[])[]): Finding[] => {
    const out: Finding[] = [];
    units.forEach((u, i) => own(u, results[i]!, out));
    return units.length > 1 ? mergeFindings(out) : out;
  };

  return {
    analyse(text) {
      const units = splitUnits(text, split);
      const results = units.map((u) => {
        const window = text.slice(u.contextStart, u.contextEnd);
        return lookup(window) ?? compute(window);
      });
      return assemble(units, results);
    },

    async analyseSliced(text, slice = {}) {
      const { signal } = slice;
      signal?.throwIfAborted();
      const now = slice.now ?? options.now;
      const budget = slice.budgetMs ?? 25;
      const sliceChars = slice.sliceChars ?? budget * 100;
      const yieldToHost = slice.yieldToHost ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
      let began = now?.() ?? 0;
      let charsDone = 0;

      const units = splitUnits(text, split);
      const results: (readonly Finding[])[] = [];
      for (const u of units) {
        const window = text.slice(u.contextStart, u.contextEnd);
        const cached = lookup(window);
        if (cached) {
          results.push(cached);
          continue;
        }
        // Yield first if this window would take the slice past its budget (a slice always does some work).
        const over = now ? now() - began + window.length * msPerChar > budget : charsDone + window.length > sliceChars;
        if (over && charsDone > 0) {
          await yieldToHost();
          signal?.throwIfAborted();
          began = now?.() ?? 0;
          charsDone = 0;
        }
        const t0 = now?.() ?? 0;
        results.push(compute(window));
        charsDone += window.length;
        if (now) {
          // Lean towards the slower recent rate, so a run of cheap windows does not hide an expensive kind of text.
          const rate = (now() - t0) / window.length;
          msPerChar = Math.max(rate, 0.7 * msPerChar + 0.3 * rate);
        }
      }
      return assemble(units, results);
    },

    findingsCache: {
      get hits() {
        return hits;
      },
      get misses() {
        return misses;
      },
      get entries() {
        return cache.size;
      },
      get chars() {
        return cachedChars;
      },
      clear() {
        cache.clear();
        cachedChars = 0;
      },
    },
  };
}
