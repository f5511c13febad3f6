import { SeverityTag } from './SeverityTag.tsx';
import type { ShownFinding } from './types.ts';

/** Severity and the marked words. The words are the user's own text: isolated, so bidi overrides in them stay put. */
export function FindingTitle({ finding }: { finding: ShownFinding }) {
  return (
    <span className="pc-finding-title">
      <SeverityTag severity={finding.severity} />
      {finding.words !== '' && (
        <span className="pc-words">
          “<bdi>{finding.words}</bdi>”
        </span>
      )}
    </span>
  );
}
