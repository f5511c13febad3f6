// Text as the detectors see it: accents folded, invisible characters dropped, look-alike punctuation unified,
// Cyrillic and Greek look-alike letters read as Latin inside Latin words, with a map from every normalised offset
// back to the original UTF-16 offsets.

export interface NormalisedText {
  /** Case kept: capitals matter for telling "Will" from "will". */
  text: string;
  /** Same length as `text`, lower-cased character by character. */
  lower: string;
  /** startMap[i]: original offset of the character that produced text[i]; startMap[length] = original length. */
  startMap: Uint32Array;
  /** endMap[i]: original end offset of the character that produced text[i]. */
  endMap: Uint32Array;
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen: used to dodge filters and invisible to readers.
const DROPPED = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/u;
const COMBINING = /\p{M}/u;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
// Letters that NFKD does not decompose but readers see as plain Latin letters.
const LETTERS: Record<string, string> = {
  'ø': 'o', 'Ø': 'O', 'ß': 's', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'æ': 'a', 'Æ': 'A', 'œ': 'o', 'Œ': 'O',
  // Small capitals, as "fancy text" generators write them ("ɪᴅɪᴏᴛ"); phonetic symbols otherwise, harmless as letters.
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k',
  'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w',
  'ʏ': 'y', 'ᴢ': 'z',
};

// Cyrillic and Greek letters that readers take for Latin ones (after Unicode's confusables, kept to close matches):
// "іdіot" with Cyrillic і, "Оliver" with Cyrillic О. Read as Latin only inside a word that also has a Latin letter,
// so Russian or Greek words are left as they are.
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h',
  'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'ү': 'y',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
  'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ү': 'Y', 'Ӏ': 'I', 'Ԛ': 'Q', 'Ԝ': 'W',
  // Greek
  'α': 'a', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'υ': 'u', 'χ': 'x',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
  'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
};
const GREEK_OR_CYRILLIC = /[\u0370-\u03FF\u0400-\u052F]/;
// A word for this purpose: letters, marks and digits, with the invisible characters that are dropped inside it.
const WORD_RUN = /[\p{L}\p{M}\p{N}\u200B-\u200D\u2060\uFEFF\u00AD]+/gu;
const LATIN = /\p{Script=Latin}/u;

/** Original spans [start, end) of words that mix Latin letters with Cyrillic or Greek ones, in order. */
function mixedScriptWords(original: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!GREEK_OR_CYRILLIC.test(original)) return spans;
  for (const m of original.matchAll(WORD_RUN)) {
    if (GREEK_OR_CYRILLIC.test(m[0]) && LATIN.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function normalise(original: string): NormalisedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const mixed = mixedScriptWords(original);
  let w = 0;
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    // Fast path: plain ASCII other than the backtick needs no folding.
    if (cp < 0x80 && cp !== 0x60) {
      out.push(original[i]!);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    if (!DROPPED.test(ch)) {
      let mapped = QUOTES[ch] ?? LETTERS[ch];
      if (mapped === undefined) {
        mapped = SPACES.test(ch) ? ' ' : '';
        if (!mapped) {
          for (const part of ch.normalize('NFKD')) if (!COMBINING.test(part)) mapped += part;
          // A lone combining mark (or something NFKD empties) keeps its place so offsets stay honest.
          if (!mapped) mapped = COMBINING.test(ch) ? '' : ch;
        }
      }
      while (w < mixed.length && mixed[w]![1] <= i) w++;
      if (w < mixed.length && mixed[w]![0] <= i) {
        let read = '';
        for (const c of mapped) read += LOOKALIKES[c] ?? c;
        mapped = read;
      }
      for (let k = 0; k < mapped.length; k++) {
        out.push(mapped[k]!);
        starts.push(i);
        ends.push(end);
      }
      // A dropped combining mark belongs to the letter before it: a span ending at "t" of "s̶h̶i̶t̶" ends after its mark.
      if (!mapped && COMBINING.test(ch)) for (let k = ends.length - 1; k >= 0 && ends[k] === i; k--) ends[k] = end;
    }
    i = end;
  }
  const text = out.join('');
  let lower = text.toLowerCase();
  // A few letters change length when lower-cased (İ); fall back to character by character so offsets line up.
  if (lower.length !== text.length) {
    lower = out.map((c) => {
      const l = c.toLowerCase();
      return l.length === c.length ? l : c;
    }).join('');
  }
  const startMap = new Uint32Array(out.length + 1);
  const endMap = new Uint32Array(out.length + 1);
  startMap.set(starts);
  endMap.set(ends);
  startMap[out.length] = original.length;
  endMap[out.length] = original.length;
  return { text, lower, startMap, endMap };
}

/** Maps a half-open span of the normalised text back to the original text. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.startMap[start] ?? norm.startMap[norm.text.length]!;
    return { start: at, end: at };
  }
  return { start: norm.startMap[start]!, end: norm.endMap[end - 1]! };
}

/** Folds one short string (a roster name, a profile alias) the same way as post text, lower-cased. */
export function fold(s: string): string {
  return normalise(s).lower.replace(/\s+/g, ' ').trim();
}
