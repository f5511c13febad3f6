import { useCallback, useMemo, useState } from 'react';
import { useEnv } from '../env.ts';
import { ClauseQuote } from './ClauseQuote.tsx';
import { FlaggedList } from './FlaggedList.tsx';
import { usePresenterKeys } from './keys.ts';
import { PostStage } from './PostStage.tsx';
import { quizRound } from './quiz.ts';
import { tallyScore, type Tally } from './tally.ts';
import type { TrainingApi, TrainingModel } from './types.ts';
import { VoteCounter } from './VoteCounter.tsx';

/**
 * "Would you post this?": the room votes (the trainer counts hands: 1 and 2 add a vote), then the answer is revealed
 * (R). The tally lives in this component only: it is gone when the page closes.
 */
export function QuizView({ api, model }: { api: TrainingApi; model: TrainingModel }) {
  const { win } = useEnv();
  const [seed, setSeed] = useState(1);
  const questions = useMemo(() => quizRound(model.scenarios, model.clean(), seed), [model, seed]);
  const [index, setIndex] = useState(0);
  const [tally, setTally] = useState<Record<string, Tally>>({});
  const at = Math.min(index, Math.max(0, questions.length - 1));
  const q = questions[at];
  const votes = (q && tally[q.id]) || { post: 0, hold: 0, revealed: false };
  const score = tallyScore(questions, tally);

  const update = useCallback((change: Partial<Tally>) => q && setTally((t) => ({ ...t, [q.id]: { ...votes, ...change } })), [q, votes]);
  const go = useCallback((to: number) => to >= 0 && to < questions.length && setIndex(to), [questions.length]);

  usePresenterKeys(
    win,
    useCallback(
      (key: string) => {
        if (key === '1') update({ post: votes.post + 1 });
        else if (key === '2') update({ hold: votes.hold + 1 });
        else if (key === 'r' || key === 'R' || key === 'ArrowDown') update({ revealed: true });
        else if (key === 'ArrowRight' || key === 'PageDown') go(at + 1);
        else if (key === 'ArrowLeft' || key === 'PageUp') go(at - 1);
        else return false;
        return true;
      },
      [update, votes, go, at],
    ),
  );

  if (!q) return <p className="empty">This policy has no posts to quiz on.</p>;
  return (
    <div className="quiz">
      <PostStage
        key={`${model.packId}/${seed}/${q.id}`}
        api={api}
        counter={`Question ${at + 1} of ${questions.length}`}
        post={q}
        text={q.post}
        marks={votes.revealed ? 'shown' : 'hidden'}
      />
      <section className="quiz-panel" aria-label="Would you post this?">
        <h2 className="question">Would you post this?</h2>
        <div className="votes" role="group" aria-label="The room's votes">
          <VoteCounter label="Post it" keyName="1" count={votes.post} onChange={(post) => update({ post })} />
          <VoteCounter label="Don't post" keyName="2" count={votes.hold} onChange={(hold) => update({ hold })} />
        </div>
        {votes.revealed ? (
          <div className={`verdict verdict--${q.risky ? 'risky' : 'clean'}`} role="status">
            <p className="verdict-title">{q.risky ? "Don't post it as written." : 'Fine to post.'}</p>
            {q.risky ? (
              <>
                <FlaggedList findings={q.findings} />
                {q.clause && <ClauseQuote clause={q.clause} packName={model.packName} />}
              </>
            ) : (
              <p>Nothing in it breaches {model.packName}.</p>
            )}
          </div>
        ) : (
          <button type="button" className="primary" onClick={() => update({ revealed: true })} aria-keyshortcuts="R">
            Reveal the answer <kbd>R</kbd>
          </button>
        )}
        <p className="score" aria-live="polite">
          {score.asked === 0 ? 'No answers revealed yet.' : `The room agreed with the policy on ${score.agreed} of ${score.asked} revealed.`}
        </p>
      </section>
      <nav className="controls" aria-label="Quiz controls">
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0} aria-keyshortcuts="ArrowLeft PageUp">
          ← Previous
        </button>
        <button
          type="button"
          onClick={() => {
            setSeed((s) => s + 1);
            setIndex(0);
            setTally({});
          }}
        >
          New questions
        </button>
        <button type="button" className="primary" onClick={() => go(at + 1)} disabled={at >= questions.length - 1} aria-keyshortcuts="ArrowRight PageDown">
          Next question →
        </button>
      </nav>
    </div>
  );
}
