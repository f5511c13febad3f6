import type { TrainingModel } from './types.ts';

/**
 * The printable handout: the policy's checkable clauses in plain English, each with its own words and one example.
 * On screen only in its own mode; printed from any mode (print styles hide everything else).
 */
export function Handout({ model, onScreen, onPrint }: { model: TrainingModel; onScreen: boolean; onPrint(): void }) {
  return (
    <article className={`handout${onScreen ? '' : ' handout--print-only'}`} aria-label="Handout">
      <header className="handout-head">
        <h2>Posting on social media: what your policy asks of you</h2>
        <p className="handout-pack">{model.packName}</p>
        <p>Each point in plain English, then the policy's own words, what can happen, and an example said safely.</p>
        {onScreen && (
          <button type="button" className="primary no-print" onClick={onPrint}>
            Print the handout
          </button>
        )}
      </header>
      {model.handout.map(({ clause, example }) => (
        <section key={clause.id} className="handout-item">
          <h3>{clause.guidance}</h3>
          <p className="handout-quote">
            <span className="handout-cite">
              Clause <bdi>{clause.id}</bdi>, <bdi>{clause.section}</bdi>:{' '}
            </span>
            “{clause.quote}”
          </p>
          {clause.consequence && <p className="handout-consequence">If it is breached: {clause.consequence}</p>}
          {example && (
            <dl className="handout-example">
              <dt>Not this</dt>
              <dd>{example.post}</dd>
              {example.rewrite && (
                <>
                  <dt>But this</dt>
                  <dd>{example.rewrite}</dd>
                </>
              )}
            </dl>
          )}
        </section>
      ))}
    </article>
  );
}
