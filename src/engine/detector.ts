import type { AnalysisContext } from './context.ts';
import { findPeople, type Span } from './nlp.ts';
import { normalise, toOriginal, type NormalisedText } from './normalise.ts';
import type { TermList } from './terms.ts';
import { tokenise, type Token } from './tokens.ts';
import type { DetectorFinding, DetectorMeta } from './types.ts';

/** What every detector is given: the post prepared once, and the school's context. */
export interface DetectorInput {
  original: string;
  norm: NormalisedText;
  tokens: Token[];
  context: AnalysisContext;
  /** Original offsets of a span of the normalised text. */
  at(start: number, end: number): Span;
  /** Index of the first token ending after `offset` (tokens.length if none). */
  tokenAt(offset: number): number;
  /** The first cue from `cues` within `words` words either side of the span, or undefined. */
  near(start: number, end: number, cues: TermList | RegExp, words?: number): string | undefined;
  /** Bounds of the sentence around a normalised offset. */
  sentence(offset: number): Span;
  /** People's names (compromise) in a span, computed once per span. Costly: call only with a reason. */
  peopleIn(span: Span): Span[];
}

export interface Detector {
  meta: DetectorMeta;
  detect(input: DetectorInput): DetectorFinding[];
}

const SENTENCE_END = /[.!?]+(?=\s)|\n/g;

export function createInput(original: string, context: AnalysisContext): DetectorInput {
  const norm = normalise(original);
  const tokens = tokenise(norm.text);
  const peopleCache = new Map<string, Span[]>();
  let boundaries: number[] | undefined;
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    original,
    norm,
    tokens,
    context,
    at: (start, end) => toOriginal(norm, start, end),
    tokenAt,
    near(start, end, cues, words = 5) {
      const first = Math.max(0, tokenAt(start) - words);
      const last = Math.min(tokens.length - 1, tokenAt(end - 1) + words);
      if (tokens.length === 0) return undefined;
      const from = Math.min(tokens[first]!.start, start);
      const to = Math.max(tokens[last]!.end, end);
      const window = norm.lower.slice(from, to);
      if (cues instanceof RegExp) {
        cues.lastIndex = 0;
        return cues.exec(window)?.[0];
      }
      return cues.find(window)[0]?.term.term;
    },
    sentence(offset) {
      // Sentence boundaries are found once per post, then looked up by binary search.
      boundaries ??= [0, ...Array.from(norm.text.matchAll(SENTENCE_END), (m) => m.index + m[0].length), norm.text.length];
      let lo = 0;
      let hi = boundaries.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (boundaries[mid]! <= offset) lo = mid;
        else hi = mid;
      }
      return { start: boundaries[lo]!, end: boundaries[hi]! };
    },
    peopleIn(span) {
      const key = `${span.start}:${span.end}`;
      let found = peopleCache.get(key);
      if (!found) {
        found = findPeople(norm.text.slice(span.start, span.end)).map((p) => ({ start: p.start + span.start, end: p.end + span.start }));
        peopleCache.set(key, found);
      }
      return found;
    },
  };
}
