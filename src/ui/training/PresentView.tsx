import { useCallback, useState } from 'react';
import { useEnv } from '../env.ts';
import { usePresenterKeys } from './keys.ts';
import { PostStage } from './PostStage.tsx';
import { RevealSteps } from './RevealSteps.tsx';
import { StepControls } from './StepControls.tsx';
import type { ScenarioView, TrainingApi, TrainingModel } from './types.ts';
import { STEPS } from './wording.ts';

const LAST_STEP = STEPS.length - 1;

/**
 * Presenting: one scenario at a time in a practice composer, the warning revealed step by step. Keys: → / PageDown /
 * Space reveal the next step and then move on; ← / PageUp go back; R reveals everything; N and P skip a scenario.
 */
export function PresentView({ api, model, scenarios }: { api: TrainingApi; model: TrainingModel; scenarios: ScenarioView[] }) {
  const { win } = useEnv();
  const [index, setIndex] = useState(0);
  const [step, setStep] = useState(0);
  const [boxText, setBoxText] = useState<string | null>(null);
  const at = Math.min(index, Math.max(0, scenarios.length - 1));
  const scenario = scenarios[at];

  const go = useCallback(
    (to: number, toStep: number) => {
      if (to < 0 || to >= scenarios.length) return;
      setIndex(to);
      setStep(toStep);
      setBoxText(null);
    },
    [scenarios.length],
  );
  const next = useCallback(() => (step < LAST_STEP ? setStep(step + 1) : go(at + 1, 0)), [step, at, go]);
  const previous = useCallback(() => (step > 0 ? setStep(step - 1) : go(at - 1, LAST_STEP)), [step, at, go]);

  usePresenterKeys(
    win,
    useCallback(
      (key: string) => {
        if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') next();
        else if (key === 'ArrowLeft' || key === 'PageUp') previous();
        else if (key === 'r' || key === 'R' || key === 'ArrowDown') setStep(LAST_STEP);
        else if (key === 'n' || key === 'N') go(at + 1, 0);
        else if (key === 'p' || key === 'P') go(at - 1, 0);
        else if (key === 'Home') go(0, 0);
        else if (key === 'End') go(scenarios.length - 1, 0);
        else return false;
        return true;
      },
      [next, previous, go, at, scenarios.length],
    ),
  );

  if (!scenario) return <p className="empty">No scenarios in this category for this policy.</p>;
  return (
    <div className="present">
      <PostStage
        key={`${model.packId}/${scenario.id}`}
        api={api}
        counter={`Scenario ${at + 1} of ${scenarios.length}`}
        post={scenario}
        text={boxText ?? scenario.post}
        marks={step > 0 || boxText !== null ? 'shown' : 'hidden'}
      />
      <section className="present-reveal" aria-label="The warning, step by step">
        <h2 className="question">{STEPS[0]}</h2>
        <RevealSteps scenario={scenario} packName={model.packName} step={step} onUseRewrite={() => setBoxText(scenario.rewrite ?? null)} />
      </section>
      <StepControls
        canBack={at > 0 || step > 0}
        canForward={at < scenarios.length - 1 || step < LAST_STEP}
        revealLabel={step < LAST_STEP ? `Reveal: ${STEPS[step + 1]}` : 'Next scenario'}
        onBack={previous}
        onForward={next}
        onRevealAll={() => setStep(LAST_STEP)}
      />
    </div>
  );
}
