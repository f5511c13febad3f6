import { fold } from '../normalise.ts';
import { NAME_WORDS } from '../name-words.ts';
import { isEverydayWord } from '../nlp.ts';
import type { RosterPupil } from './parse.ts';
import { firstNameForms } from './short-forms.ts';

export { parseRosterCsv, type RosterPupil, RosterPupilSchema } from './parse.ts';

/**
 * A roster compiled for matching: folded name forms, never the rows themselves. Multi-word surnames are kept with
 * single spaces ("smith jones" for "Smith-Jones" or "Smith Jones").
 */
export interface RosterIndex {
  size: number;
  first: Set<string>;
  last: Set<string>;
  /** "first|last" for every first-name form and surname of the same pupil. */
  pairs: Set<string>;
  /** Name forms that are also everyday words (Grace, Will, May, Brown): they need stronger evidence. */
  everyday: Set<string>;
  /** The most words in any surname, so matching knows how far to look. */
  maxLastWords: number;
}

export const nameKey = (name: string) => fold(name).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

export function compileRoster(pupils: readonly RosterPupil[]): RosterIndex {
  const index: RosterIndex = { size: pupils.length, first: new Set(), last: new Set(), pairs: new Set(), everyday: new Set(), maxLastWords: 1 };
  const everyday = NAME_WORDS;
  const note = (form: string) => {
    if (everyday.has(form) || (!form.includes(' ') && isEverydayWord(form))) index.everyday.add(form);
  };
  for (const p of pupils) {
    const last = nameKey(p.last);
    index.last.add(last);
    note(last);
    index.maxLastWords = Math.max(index.maxLastWords, last.split(' ').length);
    const givens = [p.first, p.preferred].filter((n): n is string => !!n).map(nameKey);
    for (const given of givens) {
      // "Mary Ann" as a first name: the whole, and its first word, as people often use only that.
      for (const g of new Set([given, given.split(' ')[0]!])) {
        for (const form of firstNameForms(g)) {
          index.first.add(form);
          index.pairs.add(`${form}|${last}`);
          note(form);
        }
      }
    }
  }
  return index;
}
