import type { ShownFinding } from './types.ts';
import { UNCITED_TEXT } from './wording.ts';

/** Why a finding matters: the message, the best clause (id, heading, its words, what to do) and a suggestion. */
export function FindingDetails({ finding }: { finding: ShownFinding }) {
  const [best, ...others] = finding.citations;
  return (
    <div className="pc-details">
      <p className="pc-message">{finding.message}</p>
      {best && (
        <>
          <p className="pc-clause">
            <span className="pc-clause-id">
              Clause <bdi>{best.clauseId}</bdi>
            </span>
            {' · '}
            <bdi className="pc-section">{best.section}</bdi>
          </p>
          <blockquote className="pc-quote">{best.quote}</blockquote>
          <p className="pc-guidance">
            <span className="pc-label">What to do: </span>
            {best.guidance}
          </p>
        </>
      )}
      {others.length > 0 && (
        <p className="pc-also">
          Also covered by {others.length === 1 ? 'clause' : 'clauses'}{' '}
          {others.map((c, i) => (
            <span key={`${c.packId}#${c.clauseId}`}>
              {i > 0 && ', '}
              <bdi>{c.clauseId}</bdi>
            </span>
          ))}
          .
        </p>
      )}
      {finding.suggestion && (
        <p className="pc-suggestion">
          <span className="pc-label">Try: </span>
          {finding.suggestion}
        </p>
      )}
      {finding.uncited && <p className="pc-uncited">{UNCITED_TEXT}</p>}
    </div>
  );
}
