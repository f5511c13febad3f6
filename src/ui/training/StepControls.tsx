interface Props {
  canBack: boolean;
  canForward: boolean;
  revealLabel: string;
  onBack(): void;
  onForward(): void;
  onRevealAll(): void;
}

/** The presenter's buttons, each with its key. */
export function StepControls({ canBack, canForward, revealLabel, onBack, onForward, onRevealAll }: Props) {
  return (
    <nav className="controls" aria-label="Presenter controls">
      <button type="button" onClick={onBack} disabled={!canBack} aria-keyshortcuts="ArrowLeft PageUp">
        ← Back
      </button>
      <button type="button" onClick={onRevealAll} aria-keyshortcuts="R">
        Reveal all <kbd>R</kbd>
      </button>
      <button type="button" className="primary" onClick={onForward} disabled={!canForward} aria-keyshortcuts="ArrowRight PageDown Space">
        {revealLabel} →
      </button>
    </nav>
  );
}
