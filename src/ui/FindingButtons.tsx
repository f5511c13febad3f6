import type { CardActions, ShownFinding } from './types.ts';
import { ALLOW_LABEL, DISMISS_LABEL } from './wording.ts';

/** "Not a problem here" and, when the settings allow and the word is not a pupil's name, "Always allow this word". */
export function FindingButtons({ finding, actions, onDone }: { finding: ShownFinding; actions: CardActions | undefined; onDone?: () => void }) {
  if (!actions) return null;
  const canAllow = finding.allowable && typeof actions.onAllowWord === 'function';
  return (
    <div className="pc-actions">
      <button
        type="button"
        className="pc-button"
        onClick={() => {
          actions.onDismiss(finding.key);
          onDone?.();
        }}
      >
        {DISMISS_LABEL}
      </button>
      {canAllow && (
        <button
          type="button"
          className="pc-button"
          onClick={() => {
            actions.onAllowWord?.(finding.key);
            onDone?.();
          }}
        >
          {ALLOW_LABEL}
        </button>
      )}
    </div>
  );
}
