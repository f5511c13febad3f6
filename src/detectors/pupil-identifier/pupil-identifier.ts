import { isValidUln, isValidUpn } from '../../engine/checksums.ts';
import type { Detector } from '../../engine/detector.ts';
import { TermList } from '../../engine/terms.ts';
import type { DetectorFinding } from '../../engine/types.ts';

// Words that say a number is a pupil's identifier.
const UPN_CUES = new TermList([{ term: 'upn' }, { term: 'unique pupil number' }, { term: 'pupil number' }]);
const ULN_CUES = new TermList([
  { term: 'uln' },
  { term: 'unique learner number' },
  { term: 'learner number' },
  { term: 'learner' },
  { term: 'pupil' },
  { term: 'student' },
]);

const UPN = /(?<![\p{L}\p{N}])[A-Za-z]\d{11}[\dA-Za-z](?![\p{L}\p{N}])/gu;
const ULN = /(?<![\p{L}\p{N}])[1-9]\d{9}(?![\p{L}\p{N}])/gu;

export const pupilIdentifier: Detector = {
  meta: {
    id: 'pupil-identifier',
    category: 'pupil',
    signals: ['pupil.upn', 'pupil.uln'],
    description: "Unique Pupil Numbers and Unique Learner Numbers, only when their check character is right.",
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const text = input.norm.text;
    for (const m of text.matchAll(UPN)) {
      if (!isValidUpn(m[0])) continue;
      const end = m.index + m[0].length;
      const cue = input.near(m.index, end, UPN_CUES);
      out.push({
        signal: 'pupil.upn',
        ...input.at(m.index, end),
        confidence: cue ? 0.98 : 0.9,
        evidence: {
          reasons: [
            { kind: 'pattern', detail: 'a letter and 12 characters, shaped like a Unique Pupil Number' },
            { kind: 'checksum', detail: 'UPN check letter (mod 23) and local authority code are valid' },
            ...(cue ? [{ kind: 'context' as const, detail: `"${cue}" nearby` }] : []),
          ],
        },
        message: "This looks like a pupil's Unique Pupil Number, which identifies them in every school record.",
        suggestion: 'Remove the number; it never needs to be shared publicly.',
      });
    }
    for (const m of text.matchAll(ULN)) {
      if (!isValidUln(m[0])) continue;
      const end = m.index + m[0].length;
      const cue = input.near(m.index, end, ULN_CUES);
      out.push({
        signal: 'pupil.uln',
        ...input.at(m.index, end),
        // About 1 in 11 ten-digit numbers pass the check by chance: without a cue it is weak evidence.
        confidence: cue ? 0.95 : 0.55,
        evidence: {
          reasons: [
            { kind: 'pattern', detail: 'ten digits, shaped like a Unique Learner Number' },
            { kind: 'checksum', detail: 'ULN check (mod 11) passes' },
            ...(cue ? [{ kind: 'context' as const, detail: `"${cue}" nearby` }] : []),
          ],
        },
        message: "This looks like a pupil's Unique Learner Number.",
        suggestion: 'Remove the number; it never needs to be shared publicly.',
      });
    }
    return out;
  },
};
