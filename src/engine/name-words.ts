// First names that are also everyday English words. A dictionary lists many of them only as words (compromise
// knows "poppy" as a noun), so they are kept here: they need more evidence to count as a name, but they are names.
export const NAME_WORDS: ReadonlySet<string> = new Set([
  'grace', 'hope', 'will', 'may', 'summer', 'rose', 'joy', 'jack', 'bill', 'mark', 'lily', 'ivy', 'poppy', 'daisy',
  'holly', 'faith', 'amber', 'ruby', 'jade', 'pearl', 'hazel', 'violet', 'olive', 'autumn', 'dawn', 'sky', 'river',
  'angel', 'star', 'frank', 'sunny', 'june', 'april', 'august', 'chase', 'hunter', 'miles', 'rich', 'pat', 'sue',
  'art', 'bob', 'ted', 'nick', 'rob', 'sam', 'ben', 'dean', 'drew', 'gene', 'harmony', 'honey', 'iris', 'melody',
  'patience', 'robin', 'rowan', 'sandy', 'storm', 'willow', 'wren', 'jewel', 'penny', 'kit', 'cat', 'meg', 'tilly',
  'leo', 'jasmine', 'heather', 'crystal', 'sienna',
]);
