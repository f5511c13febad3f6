// Words of the normalised text, with their offsets and the facts detectors keep asking about.

export interface Token {
  /** As written (normalised), e.g. "Alex's". */
  text: string;
  /** Lower-cased, possessive stripped: "alex". */
  key: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** End of the word without a possessive ending: the span a name finding should mark. */
  bareEnd: number;
  capitalised: boolean;
  /** First word of a sentence (or of the text, a line or a list item). */
  sentenceStart: boolean;
}

// Letters and digits, joined by inner apostrophes or hyphens: "O'Neill", "Smith-Jones", "Year-6".
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?/gu;
const POSSESSIVE = /'s?$/;
// A sentence ends at . ! ? or a line break; what follows starts a new one.
const SENTENCE_BREAK = /[.!?\n\r]/;
// "Mrs. Hill", "St. Mary's": a full stop after these does not end a sentence.
const ABBREVIATION = /^(?:mr|mrs|ms|mx|dr|st|prof|rev|cllr|no|vs|eg|ie)$/;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    // A trailing apostrophe belongs to the word only as a plural possessive ("James'").
    if (word.endsWith("'") && !/s'$/i.test(word)) word = word.slice(0, -1);
    const end = start + word.length;
    const possessive = POSSESSIVE.exec(word);
    const bare = possessive ? word.slice(0, possessive.index) : word;
    const gap = text.slice(lastEnd, start);
    const first = bare.charAt(0);
    tokens.push({
      text: word,
      key: bare.toLowerCase(),
      start,
      end,
      bareEnd: start + bare.length,
      capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
      sentenceStart:
        tokens.length === 0 ||
        (SENTENCE_BREAK.test(gap) && !(/^\.\s+$/.test(gap) && ABBREVIATION.test(tokens[tokens.length - 1]!.key))) ||
        /^\s*[-*•]\s/.test(gap),
    });
    lastEnd = end;
  }
  return tokens;
}
