// The one module that sets up compromise. Everything NLP goes through here, so its cost is visible in one place.
import nlp from 'compromise';

export interface Span {
  start: number;
  end: number;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Honorific']);
let lexicon: Record<string, string | string[]> | undefined;

/** The tags compromise's lexicon gives a lower-case word ([] if it does not know it). A lookup, not tagging. */
export function lexiconTags(lower: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[lower];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** True when compromise knows the word as something other than a name: "will" (Modal), "rose" (Noun). */
export function isEverydayWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => !NAME_TAGS.has(t));
}

const FINITE = new Set(['Copula', 'PastTense', 'PresentTense', 'Auxiliary']);
/** A verb that can follow a singular subject: "was", "scored", "loves", "has" — not "miss" or "be". */
export function isFiniteVerb(lower: string): boolean {
  return lower === 'has' || lower === 'had' || lower === 'does' || lexiconTags(lower).some((t) => FINITE.has(t));
}

/** People's names that compromise finds in `text`, as half-open offsets into `text`. */
export function findPeople(text: string): Span[] {
  const out: Span[] = [];
  const people = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  for (const p of people) {
    let { start } = p.offset;
    let end = start + p.offset.length;
    // compromise's span can carry trailing punctuation ("Brown,"): trim to the name itself.
    while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
    while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
    if (end > start) out.push({ start, end });
  }
  return out;
}
