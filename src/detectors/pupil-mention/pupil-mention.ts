import type { Detector } from '../../engine/detector.ts';
import { TermList } from '../../engine/terms.ts';
import type { Token } from '../../engine/tokens.ts';
import type { DetectorFinding } from '../../engine/types.ts';
import { NAME_WORDS } from '../../engine/name-words.ts';
import { isEverydayWord, lexiconTags } from '../../engine/nlp.ts';
import { familyOrAdult, notAPupil } from '../name-context.ts';
import { cueNear, PUPIL_CUES, pupilCues, TITLES, YEAR_OR_FORM, type Span } from '../pupil-cues.ts';
import { CONDITIONS, NOT_INITIALS } from './data.ts';

const conditions = new TermList(CONDITIONS);
// "a boy in 9X2", "the girl in my class", "one of my Year 6 girls", "the only child in Reception".
const GROUP = '(?:class|form|tutor group|set|reception|nursery|year\\s?\\d{1,2}|y\\d{1,2}|\\d{1,2}[a-z]{1,2}\\d?)';
const CHILD = '(?:boy|girl|child|kid|lad|lass|pupil|student|young person)';
const ONE_CHILD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:a|the|one|this|that|the only|our)\\s+(?:little\\s+|young\\s+|new\\s+)?(?:${CHILD}\\s+(?:in|from)\\s+(?:my\\s+|our\\s+)?${GROUP}|${GROUP}\\s+${CHILD})|one\\s+of\\s+(?:my|our)\\s+(?:year\\s?\\d{1,2}\\s+|y\\d{1,2}\\s+)?(?:boys|girls|pupils|students|kids|children|tutees))(?![\\p{L}\\p{N}])`,
  'giu',
);
const THE_ONLY = /(?<![\p{L}\p{N}])the only (?:boy|girl|child|pupil|student)\b/iu;
// Two or three capital initials, dotted or not: "J.S.", "JS", "J S".
const INITIALS = /(?<![\p{L}\p{N}.])[A-Z]\.?\s?[A-Z]\.?(?:\s?[A-Z]\.?)?(?![\p{L}\p{N}])/gu;
// What must follow a name or initials to tie them to a class: "in Year 6", "from 5B", "(Y4)".
const CLASS_AFTER = /^\s*(?:,\s*|\(\s*|in\s+|from\s+|-\s*)(?:year\s?\d{1,2}|y\d{1,2}|yr\s?\d{1,2}|reception|nursery|class\s?\w+|my class|my form|\d{1,2}[A-Z]{1,2}\d?)(?![\p{L}\p{N}])/iu;
const YEAR_OR_FORM_ONE = new RegExp(YEAR_OR_FORM.source, 'u');
const PUPIL_BEFORE = /(?:pupil|student|tutee|learner)s?\s*$/i;
const NOT_NAMES = new Set([
  'year', 'reception', 'nursery', 'class', 'form', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'christmas', 'easter', 'ofsted', 'sats', 'maths', 'english', 'science', 'pe', 'art',
  'music', 'history', 'geography', 'french', 'spanish', 'german', 'the', 'i', 'we', 'our', 'my', 'well', 'done',
  'congratulations', 'thanks', 'thank', 'huge', 'big', 'shout', 'star', 'week', 'term', 'school', 'primary',
  'academy', 'sports', 'day', 'trip', 'team', 'key', 'stage', 'ks1', 'ks2', 'gcse', 'a', 'level', 'pupil', 'pupils',
  'student', 'students', 'child', 'children', 'kids', 'parents', 'mum', 'dad', 'miss', 'sir', 'head', 'god', 'jesus',
]);

const EVENT_AFTER = /^\s*(?:day|week|party|themed|club|costume|books?|films?|exhibition|quiz|workshop)\b/;

const SUGGESTION = "Leave the child's name out, or use 'a pupil'.";

/** A capitalised word a name could be: not a known non-name, not a plural ("Boys"), not a common word opening a sentence. */
function nameLike(t: Token): boolean {
  if (!t.capitalised || NOT_NAMES.has(t.key) || t.text === t.text.toUpperCase() || /\d/.test(t.text)) return false;
  // A word that is itself a pupil cue ("Kiddo in my class") is not a name.
  if (PUPIL_CUES.find(t.key).length) return false;
  if (lexiconTags(t.key).includes('Plural')) return false;
  return !(t.sentenceStart && isEverydayWord(t.key) && !NAME_WORDS.has(t.key));
}

export const pupilMention: Detector = {
  meta: {
    id: 'pupil-mention',
    category: 'pupil',
    signals: ['pupil.name', 'pupil.description'],
    description:
      "Without a roster: people's names next to words about pupils or a school year, and descriptions that single out one child (a class and a condition, initials and a class).",
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const cues = pupilCues(input);
    if (cues.length === 0) return out;
    const { tokens, norm } = input;
    const marked: Span[] = [];
    const name = (start: number, end: number, confidence: number, kind: 'nlp' | 'pattern', detail: string) => {
      if (marked.some((m) => m.start < end && start < m.end)) return;
      marked.push({ start, end });
      out.push({
        signal: 'pupil.name',
        ...input.at(start, end),
        confidence,
        evidence: {
          reasons: [
            kind === 'nlp' ? { kind, detail: "a person's name (language model)" } : { kind, detail: 'a capitalised word placed as a name' },
            { kind: 'context', detail },
          ],
        },
        message: 'This looks like a child\'s name next to words about pupils or a class. Naming a pupil publicly can identify them.',
        suggestion: SUGGESTION,
      });
    };

    // A name directly tied to a class: "Lily in Year 2", "Tom from 5B", "pupil Amara".
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!nameLike(t) || familyOrAdult(tokens, i, norm.text.slice(t.end, t.end + 8))) continue;
      if (CLASS_AFTER.test(norm.text.slice(t.end, t.end + 24)) || PUPIL_BEFORE.test(norm.text.slice(Math.max(0, t.start - 12), t.start))) {
        // A capitalised word just before is the first name: "Lily Evans in Year 2".
        let first = i;
        while (first > 0 && i - first < 2 && !tokens[first]!.sentenceStart && nameLike(tokens[first - 1]!) && !familyOrAdult(tokens, first - 1, '')) first--;
        if (familyOrAdult(tokens, first, '') || notAPupil(tokens, first, i)) continue;
        name(tokens[first]!.start, t.bareEnd, 0.8, 'pattern', 'tied to a class or called a pupil');
      }
    }

    // Names compromise finds in a sentence that talks about pupils. Only sentences with a cue and a capitalised
    // word that could be a name are handed to the NLP, to keep typing fast.
    const seen = new Set<number>();
    for (const cue of cues) {
      const sentence = input.sentence(cue.start);
      if (seen.has(sentence.start)) continue;
      seen.add(sentence.start);
      const from = input.tokenAt(sentence.start);
      let candidate = false;
      for (let i = from; i < tokens.length && tokens[i]!.start < sentence.end; i++) {
        if (nameLike(tokens[i]!) && !(tokens[i]!.sentenceStart && !tokens[i + 1]?.capitalised)) candidate = true;
      }
      if (!candidate) continue;
      for (const person of input.peopleIn(sentence)) {
        const i = input.tokenAt(person.start);
        const first = tokens[i];
        const j = input.tokenAt(person.end - 1);
        if (!first || TITLES.has(first.key) || familyOrAdult(tokens, i, norm.text.slice(person.end, person.end + 8)) || notAPupil(tokens, i, j)) continue;
        const words = tokens.slice(i, j + 1);
        if (!words.some(nameLike)) continue;
        if (!cueNear(input, cues, person.start, person.end)) continue;
        // "Harry Potter day", "Roald Dahl week": an event named after someone, not a child.
        if (EVENT_AFTER.test(norm.lower.slice(person.end, person.end + 12))) continue;
        name(person.start, words[words.length - 1]!.bareEnd, 0.7, 'nlp', 'words about pupils or a school year in the same sentence');
      }
    }

    // Descriptions that single out one child.
    for (const m of norm.text.matchAll(ONE_CHILD)) {
      const end = m.index + m[0].length;
      const sentence = input.sentence(m.index);
      const condition = conditions.find(norm.lower.slice(sentence.start, sentence.end))[0];
      const only = THE_ONLY.test(m[0]);
      if (!condition && !only) continue;
      out.push({
        signal: 'pupil.description',
        ...input.at(m.index, end),
        confidence: condition ? 0.8 : 0.65,
        evidence: {
          reasons: [
            { kind: 'pattern', detail: 'one child in a named class or group' },
            condition ? { kind: 'context', detail: 'a condition or circumstance in the same sentence' } : { kind: 'pattern', detail: '"the only" one of them' },
          ],
        },
        message: 'Describing one child in a named class this way can identify them to anyone who knows the school.',
        suggestion: "Describe the situation without the class, or don't share it.",
      });
    }
    for (const m of norm.text.matchAll(INITIALS)) {
      const letters = m[0].replace(/[.\s]/g, '').toLowerCase();
      const dotted = m[0].includes('.');
      if (!dotted && NOT_INITIALS.has(letters)) continue;
      const end = m.index + m[0].length;
      // Tied to a class: "J.S. in Year 4", or "our Year 4 boy FH".
      const before = norm.lower.slice(Math.max(0, m.index - 10), m.index);
      const tied = CLASS_AFTER.test(norm.text.slice(end, end + 24)) || (/(?:boy|girl|pupil|student|child|lad|lass|tutee)\s+$/.test(before) && YEAR_OR_FORM_ONE.test(norm.text.slice(input.sentence(m.index).start, end)));
      if (!tied) continue;
      out.push({
        signal: 'pupil.description',
        ...input.at(m.index, end),
        confidence: dotted ? 0.8 : 0.65,
        evidence: { reasons: [{ kind: 'pattern', detail: 'initials followed by a class or year' }] },
        message: "Initials with a class or year can still identify a pupil to anyone who knows the school.",
        suggestion: "Say 'a pupil' without the class.",
      });
    }
    return out;
  },
};

