// Word and phrase lists as data, compiled once into one word-bounded regex. The regex is trie-shaped (phrases share
// their prefixes), so a long list costs little more than a short one.

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

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keyOf = (s: string) => s.replace(/[\s-]+/g, ' ');
const WORD_CHAR = /[\p{L}\p{N}]/u;

function unitSource(unit: string): string {
  if (unit === ' ') return '[\\s\\-]+';
  if (unit === '*') return '[\\p{L}\\p{N}]*';
  return esc(unit);
}

/** The regex source of a trie node: alternatives share prefixes; a node that ends a phrase makes the rest optional. */
function emit(node: Node): string {
  const alts = [...node.next.entries()].map(([unit, child]) => unitSource(unit) + emit(child));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

export class TermList {
  readonly terms: readonly Term[];
  // Built on first use, not at load: the detectors' lists are made when the engine module is evaluated, and building
  // every regex then was a third of the checker's start-up task in the page (docs/performance.md).
  private built: { regex: RegExp; exact: Map<string, Term>; wildcards: { term: Term; regex: RegExp }[] } | null = null;

  constructor(terms: readonly Term[]) {
    // Matching runs on lower-cased text: a term written with capitals would silently never match.
    const upper = terms.find((t) => t.term !== t.term.toLowerCase());
    if (upper) throw new Error(`TermList: term "${upper.term}" must be lower case`);
    this.terms = terms;
  }

  private build() {
    const exact = new Map<string, Term>();
    const wildcards: { term: Term; regex: RegExp }[] = [];
    const root: Node = { next: new Map(), end: false };
    for (const t of this.terms) {
      const units = t.term.trim().split(/(\s+)/).flatMap((part) => (/^\s+$/.test(part) ? [' '] : [...part]));
      let node = root;
      for (const u of units) {
        let child = node.next.get(u);
        if (!child) node.next.set(u, (child = { next: new Map(), end: false }));
        node = child;
      }
      node.end = true;
      if (t.term.includes('*')) wildcards.push({ term: t, regex: new RegExp(`^${units.map(unitSource).join('')}$`, 'u') });
      else if (!exact.has(keyOf(t.term.trim()))) exact.set(keyOf(t.term.trim()), t);
    }
    // Greedy, so the longest phrase at a place wins. The left word boundary is checked in code: a lookbehind at the
    // start would stop the regex engine from skipping ahead quickly.
    const regex = new RegExp(`(?:${emit(root) || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
    return { regex, exact, wildcards };
  }

  /** All non-overlapping, word-bounded matches in `lower` (text already lower-cased), leftmost first. */
  find(lower: string): TermMatch[] {
    const out: TermMatch[] = [];
    if (this.terms.length === 0) return out;
    this.built ??= this.build();
    const { regex: re, exact, wildcards } = this.built;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (m[0].length === 0 || (m.index > 0 && WORD_CHAR.test(lower[m.index - 1]!))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const term = exact.get(keyOf(m[0])) ?? wildcards.find((w) => w.regex.test(m[0]))?.term;
      if (term) out.push({ term, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }
}

// Small helpers for detectors that build their own regexes from word lists.

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terms of a list as a set of strings, for word look-ups. */
export const termSet = (terms: readonly Term[]) => new Set(terms.map((t) => t.term));

/** One regex alternation of a word list, longest first, a space matching any run of spaces or hyphens. */
export const termAlternation = (terms: readonly Term[]) =>
  [...new Set(terms.map((t) => t.term))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.split(' ').map(escapeRegex).join('[\\s\\-]+'))
    .join('|');

/** Regex source for "no letter or digit follows": a right word boundary that understands Unicode. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Matches of a global regex that start at the start of a word. The left word boundary is checked here rather than as
 * a leading lookbehind, which would stop the regex engine skipping quickly to candidate positions (eight times slower).
 */
export function* wordMatches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0 || (m.index > 0 && WORD_CHAR.test(s[m.index - 1]!))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

/** The items of `sorted` (by start) lying wholly inside [from, to), found by binary search. */
export function within<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end <= to) out.push(sorted[i]!);
  return out;
}
