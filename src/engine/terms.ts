// Word and phrase lists as data, compiled once into one case-insensitive, word-bounded regex.

/** One entry of a word list: the phrase, and why it is there. */
export interface Term {
  /** Lower-case phrase. A space matches any run of spaces or hyphens; `*` matches any word ending. */
  term: string;
  note?: string;
  source?: string;
}

export interface TermMatch {
  term: Term;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function pattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((w) => escape(w).replace(/\\\*/g, '[\\p{L}\\p{N}]*'))
    .join('[\\s\\-]+');
}

const keyOf = (s: string) => s.replace(/[\s-]+/g, ' ');

export class TermList {
  readonly terms: readonly Term[];
  private readonly regex: RegExp;
  private readonly exact = new Map<string, Term>();
  private readonly wildcards: { term: Term; regex: RegExp }[] = [];

  constructor(terms: readonly Term[]) {
    // Matching runs on lower-cased text: a term written with capitals would silently never match.
    const upper = terms.find((t) => t.term !== t.term.toLowerCase());
    if (upper) throw new Error(`TermList: term "${upper.term}" must be lower case`);
    this.terms = terms;
    // Longest first, so "child protection plan" wins over "child protection".
    const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
    for (const t of sorted) {
      if (t.term.includes('*')) this.wildcards.push({ term: t, regex: new RegExp(`^${pattern(t.term)}$`, 'u') });
      else this.exact.set(keyOf(t.term), t);
    }
    this.regex = new RegExp(`${BEFORE}(?:${sorted.map((t) => pattern(t.term)).join('|')})${AFTER}`, 'gu');
  }

  /** All non-overlapping matches in `lower` (text already lower-cased). */
  find(lower: string): TermMatch[] {
    const out: TermMatch[] = [];
    if (this.terms.length === 0) return out;
    for (const m of lower.matchAll(this.regex)) {
      const term = this.exact.get(keyOf(m[0])) ?? this.wildcards.find((w) => w.regex.test(m[0]))!.term;
      out.push({ term, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }
}
