import { useEffect, useRef } from 'react';
import { ClauseQuote } from './ClauseQuote.tsx';
import { FlaggedList } from './FlaggedList.tsx';
import type { ScenarioView } from './types.ts';
import { NO_CONSEQUENCE, STEPS } from './wording.ts';

interface Props {
  scenario: ScenarioView;
  packName: string;
  /** How many steps are revealed (0: only the question). */
  step: number;
  onUseRewrite(): void;
}

/** The warning, one step at a time: what is flagged, the clause, why it matters, a safer way to say it. */
export function RevealSteps({ scenario, packName, step, onUseRewrite }: Props) {
  const { clause } = scenario;
  const latest = useRef<HTMLLIElement>(null);
  // The step just revealed comes into view in the panel (on a projector nobody scrolls).
  useEffect(() => {
    latest.current?.scrollIntoView({ block: 'nearest' });
  }, [step]);
  const parts = [
    <FlaggedList key="flagged" findings={scenario.findings} />,
    clause ? <ClauseQuote key="clause" clause={clause} packName={packName} /> : <p key="clause">No clause of this policy covers it.</p>,
    <div key="why">
      <p className="why-consequence">{clause?.consequence ?? NO_CONSEQUENCE}</p>
      {clause && (
        <p className="why-guidance">
          <strong>What to do instead: </strong>
          {clause.guidance}
        </p>
      )}
    </div>,
    scenario.rewrite ? (
      <div key="rewrite">
        <p className="rewrite">{scenario.rewrite}</p>
        <button type="button" className="quiet" onClick={onUseRewrite}>
          Put this in the box
        </button>
      </div>
    ) : (
      <p key="rewrite">{clause?.guidance ?? 'Leave it out.'}</p>
    ),
  ];
  return (
    <ol className="steps" aria-live="polite">
      {parts.map((part, i) => (
        <li key={STEPS[i + 1]} ref={step === i + 1 ? latest : undefined} className={`step${step > i ? ' step--shown' : ''}`}>
          <h3 className="step-title">
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            {STEPS[i + 1]}
          </h3>
          {step > i ? part : <p className="step-hidden">Not revealed yet</p>}
        </li>
      ))}
    </ol>
  );
}
