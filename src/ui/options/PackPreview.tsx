import { SEVERITY_WORDS } from '../wording.ts';
import type { PackChoice } from './types.ts';

// The chosen policy's clauses, folded away until asked for: the id, section and severity, and the policy's own words.

export function PackPreview({ pack }: { pack: PackChoice }) {
  return (
    <div className="pack-preview">
      <h3 id="pack-preview-heading">
        {pack.title} <span className="organisation">— {pack.organisation}</span>
      </h3>
      {pack.problem ? (
        <p className="field-error">This policy cannot be used as it is, so Postcheck checks against its basic policy instead: {pack.problem}</p>
      ) : null}
      <details>
        <summary>Show its {pack.clauses.length === 1 ? 'clause' : `${pack.clauses.length} clauses`}</summary>
        <ol className="clauses" aria-labelledby="pack-preview-heading">
          {pack.clauses.map((c) => (
            <li key={c.id} className="clause">
              <p className="clause-head">
                <span className="clause-id">Clause {c.id}</span>
                <span className="clause-section">{c.section}</span>
                <span className={`severity severity--${c.severity}`}>{SEVERITY_WORDS[c.severity]}</span>
              </p>
              <blockquote>{c.quote}</blockquote>
              {c.checkable ? null : <p className="hint">Postcheck cannot check this from the words of a post.</p>}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
