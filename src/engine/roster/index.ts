import { fold } from '../normalise.ts';
import { NAME_WORDS } from '../name-words.ts';
import { isEverydayWord } from '../nlp.ts';
import type { RosterPupil } from './parse.ts';
import { firstNameForms } from './short-forms.ts';

export { parseRosterCsv, type RosterPupil, RosterPupilSchema } from './parse.ts';

/**
 * What matching asks of a set of name forms: only whether it holds one. A plain Set answers, and so does a set of
 * keyed hashes (hashed.ts), which never holds the names themselves.
 */
export interface NameSet {
  has(form: string): boolean;
}

/**
 * A roster compiled for matching: folded name forms, never the rows themselves. Multi-word surnames are kept with
 * single spaces ("smith jones" for "Smith-Jones" or "Smith Jones").
 */
export interface RosterIndex {
  /** How many pupils. */
  readonly size: number;
  readonly first: NameSet;
  readonly last: NameSet;
  /** "first|last" for every first-name form and surname of the same pupil. */
  readonly pairs: NameSet;
  /** Name forms that are also everyday words (Grace, Will, May, Brown): they need stronger evidence. */
  readonly everyday: NameSet;
  /** The most words in any surname, so matching knows how far to look. */
  readonly maxLastWords: number;
}

/** A roster compiled from its rows: the forms themselves, in memory only. Hashing starts from this. */
export interface PlainRosterIndex extends RosterIndex {
  readonly first: Set<string>;
  readonly last: Set<string>;
  readonly pairs: Set<string>;
  readonly everyday: Set<string>;
}

/**
 * Whether a roster name form is also an everyday word. Only the engine's own word lists decide, so a hashed roster
 * asks this at match time instead of storing which of its hashes are everyday words.
 */
export const isEverydayForm = (form: string): boolean => NAME_WORDS.has(form) || (!form.includes(' ') && isEverydayWord(form));

export const nameKey = (name: string) => fold(name).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

export function compileRoster(pupils: readonly RosterPupil[]): PlainRosterIndex {
  const index = { size: pupils.length, first: new Set<string>(), last: new Set<string>(), pairs: new Set<string>(), everyday: new Set<string>(), maxLastWords: 1 };
  const note = (form: string) => {
    if (isEverydayForm(form)) index.everyday.add(form);
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
