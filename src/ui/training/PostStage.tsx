import { PracticeComposer } from './PracticeComposer.tsx';
import type { PostView, TrainingApi } from './types.ts';
import { whereText } from './wording.ts';

interface Props {
  api: TrainingApi;
  /** "Scenario 3 of 56", "Question 2 of 10". */
  counter: string;
  post: PostView;
  /** What is in the box (the post, or its safer rewrite once put there). */
  text: string;
  marks: 'shown' | 'hidden';
}

/** The post being discussed: who wrote it and where, in a practice composer for that site. */
export function PostStage({ api, counter, post, text, marks }: Props) {
  return (
    <div className="present-stage">
      <p className="scenario-meta">
        <span className="scenario-count">{counter}</span>
        <span>
          <strong>{post.by}</strong>, writing {whereText(post.site, post.box)}
        </span>
      </p>
      <PracticeComposer api={api} site={post.site} box={post.box} by={post.by} text={text} marks={marks} />
    </div>
  );
}
