// Sentences as the abuse detectors read them: a sentence ends at a line break, or at . ! ? followed by a space and a
// capital ("Year 3 were… in the play" runs on), and is clamped to 300 characters either side of the offset so that a
// post with no full stops costs no more than a short one. Boundaries are found once per text.
const BREAK = /[.!?\n]/g;
const BREAK_AFTER = /^[.!?'")]*\s+(?:\p{Lu}|$)/u;
let endsOf = '';
let ends: number[] = [];

/** Bounds (normalised offsets) of the sentence around `offset`. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  if (text !== endsOf || ends.length === 0) {
    ends = [];
    for (const m of text.matchAll(BREAK)) if (m[0] === '\n' || BREAK_AFTER.test(text.slice(m.index + 1, m.index + 8))) ends.push(m.index);
    ends.push(text.length);
    endsOf = text;
  }
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(lo > 0 ? ends[lo - 1]! + 1 : 0, offset - 300, 0);
  return { start: Math.min(start, offset), end: Math.min(ends[lo]!, offset + 300, text.length) };
}
