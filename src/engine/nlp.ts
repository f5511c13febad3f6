// The one module that sets up compromise. Everything NLP goes through here, so its cost is visible in one place.
import nlp from 'compromise';

export interface Span {
  start: number;
  end: number;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Honorific']);
let lexicon: Record<string, string | string[]> | undefined;

/** True when compromise knows the word as something other than a name: "will" (Modal), "rose" (Noun). */
export function isEverydayWord(lower: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[lower];
  if (tags === undefined) return false;
  return (Array.isArray(tags) ? tags : [tags]).some((t) => !NAME_TAGS.has(t));
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
