// Where a capitalised name is not a pupil: the poster's family, a title or a place, a figure being taught about.
// Shared by the two pupil-name detectors; facts about English usage, not about any one post.
import type { Token } from '../engine/tokens.ts';
import { FAMILY, TITLES } from './pupil-cues.ts';

// "my little Isla", "our youngest", "my own boy Oliver".
const FAMILY_WORDS = new Set(['little', 'own', 'boy', 'girl', 'youngest', 'eldest', 'baby', 'lovely', 'gorgeous', 'beautiful', 'darling', 'wee', 'big', 'middle', 'two', 'three']);
// "reading Oliver Twist", "performed Matilda", "learning about Turner", "dressed as Elsa".
const ABOUT_BEFORE = new Set(['reading', 'read', 'performed', 'performing', 'perform', 'watched', 'watching', 'studying', 'studied', 'as', 'starring', 'topic']);
// "learning about Turner" (but "worried about Grace" is about a child).
const TAUGHT = new Set(['learning', 'learnt', 'learned', 'learn', 'taught', 'teaching', 'lesson', 'lessons', 'facts', 'books', 'reading', 'studying', 'topic']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const BRAND_ADJECTIVES = new Set(['new', 'old', 'latest', 'whole', 'entire', 'famous', 'original', 'classic', 'complete']);
const STREETS = new Set(['way', 'road', 'street', 'lane', 'close', 'avenue', 'drive', 'crescent', 'court', 'grove', 'gardens', 'place', 'terrace', 'walk', 'rise', 'mews', 'row', 'square', 'hill', 'park']);
const REGNAL = /^(?:I|II|III|IV|V|VI|VII|VIII)$/;

/**
 * A title, a family word, or "my/our" (over a few describing words) just before token i. `strict` (for a full
 * roster name, already strong evidence) accepts only a title or a family word.
 */
export function familyOrAdult(tokens: Token[], i: number, textAfter: string, strict = false): boolean {
  const prev = tokens[i - 1];
  if (prev && !tokens[i]!.sentenceStart) {
    if (TITLES.has(prev.key) || FAMILY.has(prev.key)) return true;
    if (strict) return false;
    for (let j = i - 1; j >= Math.max(0, i - 3) && !tokens[j + 1]!.sentenceStart; j--) {
      const k = tokens[j]!.key;
      if (k === 'my' || k === 'our') return true;
      if (!FAMILY_WORDS.has(k)) break;
    }
  }
  // "Alfie (my youngest, …)".
  return /^\s*\(\s*(?:my|our)\b/i.test(textAfter);
}

/** The name tokens i..j read as a place, a title, a monarch or a figure being taught about. */
export function notAPupil(tokens: Token[], i: number, j: number): boolean {
  const last = tokens[j]!;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  if (next && !next.sentenceStart) {
    // "Noah's Ark", "Arthur's Seat", "Dick King-Smith's The Hodgeheg" (but not "Lizzie's EHCP": an acronym).
    if (last.bareEnd !== last.end && next.capitalised && next.text !== next.text.toUpperCase()) return true;
    // "Alexander the Great", "Charlie and the Chocolate Factory".
    if (next.key === 'the' && after?.capitalised) return true;
    if (next.key === 'and' && after?.key === 'the' && tokens[j + 3]?.capitalised) return true;
    // "Elizabeth I".
    if (REGNAL.test(next.text)) return true;
    // "Heron Way", "Grace Road": a street.
    if (next.capitalised && STREETS.has(next.key)) return true;
  }
  const prev = tokens[i - 1];
  if (!prev || tokens[i]!.sentenceStart) return false;
  // "the new Collins textbook", "a Dickens novel": a determiner makes the name a brand or a modifier.
  if (DETERMINERS.has(prev.key) || (BRAND_ADJECTIVES.has(prev.key) && ['the', 'a', 'an'].includes(tokens[i - 2]?.key ?? ''))) return true;
  return ABOUT_BEFORE.has(prev.key) || (prev.key === 'about' && TAUGHT.has(tokens[i - 2]?.key ?? ''));
}
