import { FindingButtons } from './FindingButtons.tsx';
import { FindingDetails } from './FindingDetails.tsx';
import { FindingList } from './FindingList.tsx';
import { FindingTitle } from './FindingTitle.tsx';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { BadgeState, CardActions } from './types.ts';
import { CLEAR_TEXT, LOADING_TEXT, offText, plural } from './wording.ts';

/** What the badge opens onto: the state in words, the one finding as a card, or a list of them. */
export function BadgePopup({ state, actions, titleId, onDone }: { state: BadgeState; actions: CardActions; titleId: string; onDone: () => void }) {
  if (state.status !== 'on' || state.findings.length === 0) {
    const [icon, text] =
      state.status === 'loading' ? (['loading', LOADING_TEXT] as const) : state.status === 'off' ? (['off', offText(state.reason)] as const) : (['clear', CLEAR_TEXT] as const);
    return (
      <>
        <h2 className="pc-float-title" id={titleId}>
          Postcheck
        </h2>
        <p className="pc-status">
          <SeverityIcon kind={icon} className={icon === 'loading' ? 'pc-spin' : undefined} />
          <span>{text}</span>
        </p>
      </>
    );
  }
  const [only, ...rest] = state.findings;
  if (only && rest.length === 0) {
    return (
      <>
        <h2 className="pc-float-title" id={titleId}>
          <FindingTitle finding={only} />
        </h2>
        <FindingDetails finding={only} />
        <FindingButtons finding={only} actions={actions} onDone={onDone} />
      </>
    );
  }
  return (
    <>
      <h2 className="pc-float-title" id={titleId}>
        {plural(state.findings.length, 'issue', 'issues')} in this post
      </h2>
      <FindingList findings={state.findings} actions={actions} onDone={onDone} />
    </>
  );
}
