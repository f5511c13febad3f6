import type { Detector, DetectorInput } from '../../engine/detector.ts';
import type { RosterIndex } from '../../engine/roster/index.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import { isFiniteVerb } from '../../engine/nlp.ts';
import { familyOrAdult, notAPupil } from '../name-context.ts';
import { cueNear, pupilCues } from '../pupil-cues.ts';
import { MONTH_BEFORE, MONTHS, WORD_AFTER, WORD_AFTER_WEAK, WORD_BEFORE } from './senses.ts';

// Digits standing for letters inside a name ("0liver Sm1th", "L1zz1e"): real names have none, so a word that mixes a
// few digits with more letters is read with them as letters, and then only ever matched against the roster ("Y6",
// "4B" and "10am" are not names). A "1" may be an i or an l; other digits are left, so they match nothing.
const DIGIT_LETTERS: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

function key(t: Token, roster: RosterIndex): string {
  const k = t.key.replace(/-/g, ' ');
  if (!/\d/.test(k)) return k;
  const digits = k.match(/\d/g)!.length;
  const letters = k.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2 || digits > letters) return k;
  const read = k.replace(/[0345789]/g, (d) => DIGIT_LETTERS[d]!);
  const asL = read.replace(/1/g, 'l');
  return asL !== read && (roster.first.has(asL) || roster.last.has(asL)) ? asL : read.replace(/1/g, 'i');
}

const CHILD_AFTER = /^\s+(?:boy|girl|kid|kids|lad|lass|child|twins)\b/;
const SUGGESTION = "Use initials or 'a pupil' instead of the name.";

/** The surname that follows token i, if it is this first name's pupil's, as the number of words it spans. */
function surnameAfter(roster: RosterIndex, tokens: Token[], i: number, first: string): number {
  for (let w = Math.min(roster.maxLastWords, tokens.length - 1 - i); w >= 1; w--) {
    const last = tokens.slice(i + 1, i + 1 + w).map((t) => key(t, roster)).join(' ');
    if (roster.pairs.has(`${first}|${last}`)) return w;
  }
  return 0;
}

/** Token i joined by "and", "&" or a comma to a capitalised roster first name that is not an everyday word. */
function listedWithPupil(roster: RosterIndex, tokens: Token[], i: number, text: string): boolean {
  if (!tokens[i]!.capitalised) return false;
  const pupil = (n: Token | undefined) => !!n && n.capitalised && roster.first.has(key(n, roster)) && !roster.everyday.has(key(n, roster));
  const joins = (a: Token, b: Token) => /^\s*[,&]\s*$/.test(text.slice(a.end, b.start));
  const [b2, b1, a1, a2] = [tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  // "Lizzie and Grace", "Grace and Lizzie".
  if ((b1?.key === 'and' && pupil(b2)) || (a1?.key === 'and' && pupil(a2))) return true;
  // "Lizzie, Grace", "Grace & Lizzie".
  return (!!b1 && pupil(b1) && joins(b1, tokens[i]!)) || (!!a1 && pupil(a1) && joins(tokens[i]!, a1));
}

/** How many words from token i make a roster surname (0 if none). */
function surnameAt(roster: RosterIndex, tokens: Token[], i: number): number {
  for (let w = Math.min(roster.maxLastWords, tokens.length - i); w >= 1; w--) {
    if (roster.last.has(tokens.slice(i, i + w).map((t) => key(t, roster)).join(' '))) return w;
  }
  return 0;
}

/** An everyday word used as the word, not the name: lower case, or read so by its neighbours. */
function usedAsWord(tokens: Token[], i: number, pupilContext: boolean): boolean {
  const t = tokens[i]!;
  if (!t.capitalised) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const possessive = t.bareEnd !== t.end;
  if (prev && !t.sentenceStart) {
    if (WORD_BEFORE.has(prev.key)) return true;
    if (MONTHS.has(t.key) && (MONTH_BEFORE.has(prev.key) || /^\d/.test(prev.key))) return true;
  }
  if (next && !next.sentenceStart && !possessive) {
    if (WORD_AFTER.has(next.key)) return true;
    if (!pupilContext && WORD_AFTER_WEAK.has(next.key)) return true;
    if (MONTHS.has(t.key) && /^\d/.test(next.key)) return true;
    // "Summer Fair", "Hope Valley": a run of capitalised words is a title or a place.
    if (next.capitalised) return true;
  }
  // All-capitals shouting ("WILL YOU") or a heading.
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return true;
  return false;
}

const DISGUISE: Reason = { kind: 'pattern', detail: 'spelt with digits or spaced letters, a common way round filters' };

function finding(input: DetectorInput, start: number, end: number, confidence: number, reasons: Reason[], what: string): DetectorFinding {
  // Names have no digits: one inside the marked name was standing for a letter.
  const disguised = /\d/.test(input.norm.text.slice(start, end)) && !reasons.includes(DISGUISE);
  return {
    signal: 'pupil.name',
    ...input.at(start, end),
    confidence,
    evidence: { reasons: disguised ? [...reasons, DISGUISE] : reasons },
    message: `This matches ${what} on your school's pupil roster. Naming a pupil publicly can identify them.`,
    suggestion: SUGGESTION,
  };
}

export const rosterName: Detector = {
  meta: {
    id: 'roster-name',
    category: 'pupil',
    signals: ['pupil.name'],
    description: "Names from the school's pupil roster: full names, first names with their short forms, and surnames.",
  },
  detect(input) {
    const roster = input.context.roster;
    if (!roster) return [];
    const { tokens } = input;
    const out: DetectorFinding[] = [];
    let cues: ReturnType<typeof pupilCues> | undefined;
    const cue = (start: number, end: number) => cueNear(input, (cues ??= pupilCues(input)), start, end);

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const k = key(t, roster);
      const family = (strict = false) => familyOrAdult(tokens, i, input.norm.text.slice(t.end, t.end + 8), strict);
      if (roster.first.has(k)) {
        const w = surnameAfter(roster, tokens, i, k);
        if (family(w > 0)) continue;
        if (w) {
          const last = tokens[i + w]!;
          out.push(finding(input, t.start, last.bareEnd, 0.97, [{ kind: 'roster', detail: "a pupil's first name and surname" }], "a pupil's full name"));
          i += w;
          continue;
        }
        if (notAPupil(tokens, i, i)) continue;
        const nearCue = cue(t.start, t.bareEnd);
        const reasons: Reason[] = [{ kind: 'roster', detail: roster.everyday.has(k) ? "a pupil's first name that is also an everyday word" : "a pupil's first name" }];
        if (nearCue) reasons.push({ kind: 'context', detail: 'words about pupils or a school year nearby' });
        if (roster.everyday.has(k)) {
          // "Will you…", "Hope everyone…", "in May", "Summer term": an everyday word needs a capital, a place in the
          // sentence where a name fits, and (at the start of a sentence) a pupil cue or a possessive.
          // "Lizzie and Grace", "Grace, Oliver and Will": listed with another pupil's name, it is a name too.
          const listed = listedWithPupil(roster, tokens, i, input.norm.text);
          if (listed) reasons.push({ kind: 'roster', detail: "listed with another pupil's name" });
          else if (usedAsWord(tokens, i, !!nearCue)) continue;
          // At the start of a sentence it must be the subject of a verb ("Summer was…", not "Autumn leaves…").
          const possessive = t.bareEnd !== t.end;
          if (!listed && t.sentenceStart && !possessive && (!nearCue || !isFiniteVerb(tokens[i + 1]?.key ?? ''))) continue;
          out.push(finding(input, t.start, t.bareEnd, nearCue || listed ? 0.85 : 0.65, reasons, "a pupil's first name"));
          continue;
        }
        // A different capitalised surname after the first name is someone else ("Oliver Twist").
        const next = tokens[i + 1];
        // Initials after it ("Lizzie T-R", "Oliver S.") keep it our pupil.
        const initials = next && /^[A-Z](?:[-.]?[A-Z])?\.?$/.test(next.text);
        if (next && next.capitalised && !next.sentenceStart && t.bareEnd === t.end && next.key.length > 1 && !initials) continue;
        out.push(finding(input, t.start, t.bareEnd, nearCue ? 0.95 : t.capitalised ? 0.85 : 0.7, reasons, "a pupil's first name"));
        continue;
      }
      const w = surnameAt(roster, tokens, i);
      if (w) {
        const last = tokens[i + w - 1]!;
        // "The Cockburn boy", "the Smith twins": a surname used to point at a child.
        const child = CHILD_AFTER.test(input.norm.lower.slice(last.end, last.end + 12));
        // Otherwise "the Wright brothers", "the new Collins textbook": a family, a famous group or a brand.
        if (family() || (!child && notAPupil(tokens, i, i + w - 1))) {
          i += w - 1;
          continue;
        }
        // A surname alone is weaker: it may be a parent, a colleague or a word (Brown, Wood, King).
        const everyday = roster.everyday.has(k);
        const nearCue = child ? { start: last.end, end: last.end } : cue(t.start, last.bareEnd);
        // A surname alone needs a pupil cue nearby; a word-like one (Brown, Wood) needs a capital and a name's place too.
        if (!nearCue) continue;
        if (everyday && (!t.capitalised || t.sentenceStart || usedAsWord(tokens, i, true))) continue;
        out.push(
          finding(input, t.start, last.bareEnd, everyday ? 0.7 : 0.8, [
            { kind: 'roster', detail: "a pupil's surname" },
            { kind: 'context', detail: 'words about pupils or a school year nearby' },
          ], "a pupil's surname"),
        );
        i += w - 1;
      }
    }
    spacedNames(input, roster, out);
    return out;
  },
};

// Between the letters of a name spelt out: "O l i v e r", "M.U.H.A.M.M.A.D", "O_k_a_f_o_r".
const SPACER = /^[ ._]{1,2}$/;
// Hyphens join letters into one word: "O-k-a-f-o-r".
const HYPHENATED = /^\p{L}(?:-\p{L}){2,}$/u;

/**
 * Names spelt out letter by letter (three letters or more), squeezed together and looked up. A name that is also an
 * everyday word counts only with its pupil's surname next to it ("H O P E" on a poster is the word). Read from the
 * tokens: single letters with only spacers between them.
 */
function spacedNames(input: DetectorInput, roster: RosterIndex, out: DetectorFinding[]): void {
  const { tokens } = input;
  const text = input.norm.text;
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    if (!HYPHENATED.test(tokens[i]!.text)) {
      if (tokens[i]!.text.length !== 1) continue;
      while (j + 1 < tokens.length && tokens[j + 1]!.text.length === 1 && SPACER.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
      if (j - i < 2) continue;
    }
    const run = tokens.slice(i, j + 1);
    const k = run.map((t) => t.text).join('').replace(/-/g, '').toLowerCase();
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    const at = i;
    i = j;
    if (/[^\p{L}]/u.test(k) || familyOrAdult(tokens, at, text.slice(end, end + 8))) continue;
    const full: Reason[] = [{ kind: 'roster', detail: "a pupil's first name and surname" }, DISGUISE];
    // Its pupil's surname after it, or its pupil's first name before it ("Grace O k a f o r").
    const w = roster.first.has(k) ? surnameAfter(roster, tokens, j, k) : 0;
    const before = tokens[at - 1];
    if (w) out.push(finding(input, start, tokens[j + w]!.bareEnd, 0.97, full, "a pupil's full name"));
    else if (before && !tokens[at]!.sentenceStart && roster.pairs.has(`${key(before, roster)}|${k}`)) {
      out.push(finding(input, before.start, end, 0.97, full, "a pupil's full name"));
    } else if ((roster.first.has(k) || roster.last.has(k)) && !roster.everyday.has(k)) {
      const surname = !roster.first.has(k);
      const reasons: Reason[] = [{ kind: 'roster', detail: surname ? "a pupil's surname" : "a pupil's first name" }, DISGUISE];
      out.push(finding(input, start, end, surname ? 0.8 : 0.85, reasons, surname ? "a pupil's surname" : "a pupil's first name"));
    }
  }
}
