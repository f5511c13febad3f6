import type { Detector, DetectorInput } from '../../engine/detector.ts';
import type { TermMatch } from '../../engine/terms.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import { COPY_TERMS, type CopyKind, type CopyTerm } from './data.ts';
import { TermList, within } from '../../engine/terms.ts';

const LIST = new TermList(COPY_TERMS);
const OBJECTS: ReadonlySet<CopyKind> = new Set(['work', 'brand', 'paid', 'media']);
/** Kinds whose words are marked: the act and the thing copied, not the "DM me" that may be a sentence away. */
const MARKED: ReadonlySet<CopyKind> = new Set(['piracy', 'copy', 'work', 'brand', 'paid', 'media', 'form', 'whole']);
/** Marked words may be this many words apart and still be one run; words added at the edges must be closer (a name of the thing may be a word further: "Collins Year 4 maths textbook"). */
const MARK_GAP = 2;
const EDGE_GAP = 2;
/** How far (in characters) from the copied thing the evidence may be, in a post without sentence breaks. */
const WINDOW_REACH = 400;
const FREE = /(?<![\p{L}])free(?![\p{L}])/u;

interface Hit extends TermMatch {
  kind: CopyKind;
  weak: boolean;
}

interface Score {
  total: number;
  reasons: Reason[];
}

/** Weighs the evidence in a window of text (a sentence and its neighbours); undefined when it is not enough. */
function score(hits: Hit[], text: string): Score | undefined {
  const kinds = new Set(hits.map((h) => h.kind));
  if (kinds.has('lesson')) return undefined;
  const strongWork = hits.some((h) => h.kind === 'work' && !h.weak);
  // Two kinds of evidence for the thing ("the CGP revision guide", "Twinkl premium", "the Jigsaw scheme") add up.
  const objectKinds = [kinds.has('brand'), kinds.has('work'), kinds.has('paid'), kinds.has('media')].filter(Boolean).length;
  const object = Math.min(2, Math.max(kinds.has('paid') ? 1.5 : 0, kinds.has('brand') || strongWork || kinds.has('media') ? 1 : 0, kinds.has('work') ? 0.5 : 0) + (objectKinds >= 2 ? 0.5 : 0));
  if (object < 1) return undefined;
  // Ripping or pirating needs a film, book or brand to be about; downloading is what a licensed user does, so it is no act.
  const piracy = kinds.has('piracy') && (kinds.has('media') || strongWork || kinds.has('brand'));
  const request = kinds.has('request') && kinds.has('form');
  if (!piracy && !kinds.has('copy') && !kinds.has('offer') && !request) return undefined;
  const act = Math.max(piracy ? 2 : 0, kinds.has('copy') || kinds.has('offer') ? 1 : 0, request ? 0.5 : 0) + ((piracy || kinds.has('copy')) && kinds.has('offer') ? 0.5 : 0);
  // "Free" next to paid material ("premium files for free", "free download of the paid scheme") avoids paying.
  const loophole = Math.min(1.5, (kinds.has('loophole') ? 1 : 0) + (kinds.has('paid') && FREE.test(text) ? 1 : 0));
  const extras = (kinds.has('form') ? 0.5 : 0) + (kinds.has('whole') ? 0.5 : 0) + loophole;
  const against = (kinds.has('own') ? 2 : 0) + (kinds.has('legit') ? 1.5 : 0);
  const total = object + act + extras - against;
  if (total < 3) return undefined;
  const reasons: Reason[] = [
    { kind: 'wordlist', detail: describe(kinds) },
    { kind: 'context', detail: piracy ? 'ripped, pirated or torrented' : kinds.has('copy') ? 'copied, scanned or uploaded' : 'offered or asked for as copies' },
  ];
  if (kinds.has('whole')) reasons.push({ kind: 'context', detail: 'the whole work, not an extract' });
  if (loophole) reasons.push({ kind: 'context', detail: 'avoids paying for it' });
  return { total, reasons };
}

function describe(kinds: Set<CopyKind>): string {
  if (kinds.has('paid')) return 'paid-for resources';
  if (kinds.has('media')) return 'a film, series or recording';
  if (kinds.has('brand')) return "a publisher's or paid service's material";
  return 'a published book';
}

/**
 * The words to mark in a sentence: the act and the nearest thing it is done to ("Scanned the whole CGP textbook",
 * "dodgy link to the new Paddington film"), or without an act the run of words naming the thing ("Twinkl premium
 * files"); then any marked word right next to either edge ("… the Testbase subscription").
 */
function mark(input: DetectorInput, marked: Hit[], anchor: Hit): [number, number] {
  const word = (offset: number) => input.tokenAt(offset);
  const gap = (a: Hit, b: Hit) => (a.start < b.start ? word(b.start) - word(a.end - 1) - 1 : word(a.start) - word(b.end - 1) - 1);
  const acts = marked.filter((h) => h.kind === 'piracy' || h.kind === 'copy');
  const things = marked.filter((h) => OBJECTS.has(h.kind));
  let span: Hit[] = [anchor];
  let bestGap = Infinity;
  for (const a of acts) {
    for (const t of things) {
      const g = gap(a, t);
      if (g < bestGap) {
        bestGap = g;
        span = [a, t];
      }
    }
  }
  if (acts.length === 0 || things.length === 0) {
    // The longest run of marked words, at most MARK_GAP apart, that names the thing.
    let run: Hit[] = [];
    let best: Hit[] = [];
    const consider = () => {
      if (run.some((h) => OBJECTS.has(h.kind)) && run.length > best.length) best = run;
    };
    for (const h of marked) {
      const last = run[run.length - 1];
      if (last && gap(last, h) > MARK_GAP) {
        consider();
        run = [];
      }
      run.push(h);
    }
    consider();
    if (best.length) span = best;
  }
  let start = Math.min(...span.map((h) => h.start));
  let end = Math.max(...span.map((h) => h.end));
  for (let grew = true; grew; ) {
    grew = false;
    for (const h of marked) {
      if (h.start >= start && h.end <= end) continue;
      const g = h.end <= start ? word(start) - word(h.end - 1) - 1 : h.start >= end ? word(h.start) - word(end - 1) - 1 : 0;
      if (g <= (OBJECTS.has(h.kind) ? EDGE_GAP + 1 : EDGE_GAP)) {
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
        grew = true;
      }
    }
  }
  return [start, end];
}


function around(input: DetectorInput, offset: number): { start: number; end: number } {
  const s = input.sentence(offset);
  const before = s.start > 0 ? input.sentence(s.start - 1) : s;
  const after = s.end < input.norm.text.length ? input.sentence(s.end) : s;
  return { start: before.start, end: after.end };
}

export const copyright: Detector = {
  meta: {
    id: 'copyright',
    category: 'school',
    signals: ['school.copyright'],
    description: 'Sharing or copying copyrighted material without permission: scanned books, paid resources, ripped films.',
  },
  detect(input) {
    const { lower } = input.norm;
    const hits: Hit[] = [];
    for (const m of LIST.find(lower)) {
      const t = m.term as CopyTerm;
      if (t.notAfter?.test(lower.slice(m.end, m.end + 30))) continue;
      hits.push({ ...m, kind: t.kind, weak: Boolean(t.weak) });
    }
    const out: DetectorFinding[] = [];
    if (!hits.some((h) => OBJECTS.has(h.kind))) return out;
    let coveredUntil = -1;
    for (const anchor of hits) {
      if (!OBJECTS.has(anchor.kind)) continue;
      const sentence = input.sentence(anchor.start);
      // One finding per stretch of text: a post about one scanned book is one warning.
      if (sentence.start < coveredUntil) continue;
      // The sentence and its neighbours, but no further than WINDOW_REACH characters either side in a run-on post.
      const around3 = around(input, anchor.start);
      const window = { start: Math.max(around3.start, anchor.start - WINDOW_REACH), end: Math.min(around3.end, anchor.end + WINDOW_REACH) };
      const result = score(within(hits, window.start, window.end), lower.slice(window.start, window.end));
      if (!result) continue;
      coveredUntil = window.end;
      const marked = within(hits, Math.max(sentence.start, window.start), Math.min(sentence.end, window.end)).filter((h) => MARKED.has(h.kind));
      const [start, end] = mark(input, marked, anchor);
      out.push({
        signal: 'school.copyright',
        ...input.at(start, end),
        confidence: Math.min(0.95, Math.round((0.35 + 0.12 * result.total) * 100) / 100),
        evidence: { reasons: result.reasons },
        message: 'This looks like sharing or copying copyrighted material (a scanned book, paid resources or a ripped film) without permission.',
        suggestion: "Link to the publisher or the official source instead, or check the school's licence before sharing.",
      });
    }
    return out;
  },
};
