import { useEffect, useState } from 'react';
import { describedBy, ReadOnlyNote } from './read-only.tsx';
import { SaveStatus, useSave } from './save-status.tsx';
import type { OptionsActions, Override, ReadOnlyReason } from './types.ts';
import { OVERRIDE_CHOICES } from './wording.ts';

// What happens when a post breaks a "must not post" rule: post anyway, post anyway after giving a reason, or not post.

const ALL = Object.keys(OVERRIDE_CHOICES) as Override[];

export interface OverrideSectionProps {
  value: Override;
  readOnly: ReadOnlyReason | null;
  onSet: OptionsActions['onSetOverride'];
}

export function OverrideSection({ value, readOnly, onSet }: OverrideSectionProps) {
  const [shown, setShown] = useState<Override>(value);
  useEffect(() => setShown(value), [value]);
  const [outcome, save] = useSave();

  const choose = (next: Override) => {
    setShown(next);
    void save(async () => {
      try {
        await onSet(next);
      } catch (e) {
        setShown(value);
        throw e;
      }
    }, `Saved: ${OVERRIDE_CHOICES[next].label}.`);
  };

  return (
    <section aria-labelledby="override-heading">
      <h2 id="override-heading">When a post breaks a “must not post” rule</h2>
      <fieldset aria-describedby={describedBy(readOnly && 'override-note')}>
        <legend>Posting anyway</legend>
        <ReadOnlyNote id="override-note" reason={readOnly} />
        {ALL.map((o) => (
          <div key={o} className="choice">
            <input
              type="radio"
              name="override"
              id={`override-${o}`}
              value={o}
              checked={shown === o}
              disabled={readOnly !== null}
              aria-describedby={`override-${o}-hint`}
              onChange={() => choose(o)}
            />
            <label htmlFor={`override-${o}`}>{OVERRIDE_CHOICES[o].label}</label>
            <p id={`override-${o}-hint`} className="hint">
              {OVERRIDE_CHOICES[o].hint}
            </p>
          </div>
        ))}
      </fieldset>
      <SaveStatus outcome={outcome} />
    </section>
  );
}
