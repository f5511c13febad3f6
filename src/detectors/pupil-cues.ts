// Words that say "this is about a child at school", shared by the two pupil-name detectors.
import type { DetectorInput } from '../engine/detector.ts';
import { TermList } from '../engine/terms.ts';

export const PUPIL_CUES = new TermList([
  { term: 'pupil', note: 'the usual word in UK schools' },
  { term: 'pupils' },
  { term: 'student' },
  { term: 'students' },
  { term: 'child' },
  { term: 'kid' },
  { term: 'kiddo' },
  { term: 'learner' },
  { term: 'boy in my class' },
  { term: 'girl in my class' },
  { term: 'in my class' },
  { term: 'my class' },
  { term: 'my form' },
  { term: 'my tutor group' },
  { term: 'my tutee' },
  { term: 'tutee' },
  { term: 'my set' },
  { term: 'reception', note: 'the first school year in England; "reception desk" is filtered by the detectors' },
  { term: 'nursery' },
  { term: 'in detention' },
  { term: 'detention' },
  { term: 'on report' },
  { term: 'sixth form' },
  { term: 'sixth former' },
]);

// A school year or form name, on the case-kept text: Year 6, Y9, Yr 10, Class 4B, 8G1, 10X2, 7B. Form names are
// capitals ("5pm", "10k" and "3rd" are not forms).
export const YEAR_OR_FORM =
  /(?<![\p{L}\p{N}])(?:[Yy]ear\s?(?:[1-9]|1[0-3])|Y(?:r\s?)?(?:[1-9]|1[0-3])|[Cc]lass\s?[1-6][A-Z]?|(?:[1-9]|1[0-3])[A-Z]{1,2}\d?)(?![\p{L}\p{N}])/gu;

export interface Span {
  start: number;
  end: number;
}

/** Every pupil cue in the post (normalised offsets), found once per post. */
export function pupilCues(input: DetectorInput): Span[] {
  const spans: Span[] = [];
  for (const m of PUPIL_CUES.find(input.norm.lower)) {
    // "reception" at a desk or a wedding is not the school year.
    if (m.term.term === 'reception' && /^\s*(?:desk|area|office|staff|party|drinks|venue)\b/.test(input.norm.lower.slice(m.end, m.end + 12))) continue;
    spans.push({ start: m.start, end: m.end });
  }
  for (const m of input.norm.text.matchAll(YEAR_OR_FORM)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

/** The nearest cue in the same sentence within `words` words of the span, if any. */
export function cueNear(input: DetectorInput, cues: Span[], start: number, end: number, words = 8): Span | undefined {
  const sentence = input.sentence(start);
  const ti = input.tokenAt(start);
  const tj = input.tokenAt(end - 1);
  let best: Span | undefined;
  let bestDistance = Infinity;
  for (const c of cues) {
    if (c.end <= sentence.start || c.start >= sentence.end) continue;
    if (c.start < end && start < c.end) continue; // the name itself is not its own cue
    const ci = input.tokenAt(c.start);
    const distance = ci > tj ? ci - tj : ti - input.tokenAt(c.end - 1);
    if (distance <= words && distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

// Titles mean an adult (staff, a parent, a public figure): "Mrs Hill" is not a pupil.
export const TITLES = new Set([
  'mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend',
  'father', 'sister', 'brother', 'king', 'queen', 'prince', 'princess', 'captain', 'saint', 'st', 'uncle', 'aunt',
  'auntie', 'nan', 'nanny', 'grandma', 'grandad', 'coach', 'councillor', 'cllr', 'count', 'countess', 'duke',
  'duchess', 'baron', 'baroness', 'emperor', 'empress', 'pharaoh', 'general', 'admiral', 'chief', 'pope', 'bishop',
]);

// "my son Jack", "our daughter Grace": the poster's own family, not a pupil.
export const FAMILY = new Set([
  'son', 'daughter', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'brother', 'sister', 'nephew', 'niece',
  'grandson', 'granddaughter', 'dad', 'mum', 'mom', 'cousin', 'baby', 'eldest', 'youngest', 'twins', 'hubby',
  'fiance', 'fiancee', 'dog', 'cat', 'puppy', 'kitten', 'friend', 'mate', 'colleague', 'boss', 'head', 'headteacher',
]);
