import { useEffect, useState } from 'react';
import { describedBy, ReadOnlyNote } from './read-only.tsx';
import { SaveStatus, useSave } from './save-status.tsx';
import type { OptionsActions, ReadOnlyReason, Site } from './types.ts';
import { SITE_NAMES } from './wording.ts';

// Where checking runs. Each box saves as soon as it changes.

const ALL = Object.keys(SITE_NAMES) as Site[];

export interface SitesSectionProps {
  enabled: readonly Site[];
  readOnly: ReadOnlyReason | null;
  onSet: OptionsActions['onSetSites'];
}

export function SitesSection({ enabled, readOnly, onSet }: SitesSectionProps) {
  // Shown ticked at once; the saved settings coming back confirm it (or put it back if saving failed).
  const [shown, setShown] = useState<readonly Site[]>(enabled);
  useEffect(() => setShown(enabled), [enabled]);
  const [outcome, save] = useSave();

  const toggle = (site: Site, on: boolean) => {
    const next = ALL.filter((s) => (s === site ? on : shown.includes(s)));
    setShown(next);
    const words = next.length ? `Postcheck checks your posts on ${next.map((s) => SITE_NAMES[s]).join(', ')}.` : 'Postcheck is off on every site.';
    void save(async () => {
      try {
        await onSet(next);
      } catch (e) {
        setShown(enabled);
        throw e;
      }
    }, `Saved. ${words}`);
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <fieldset aria-describedby={describedBy(readOnly && 'sites-note')}>
        <legend>Check my posts on</legend>
        <ReadOnlyNote id="sites-note" reason={readOnly} />
        {ALL.map((site) => (
          <div key={site} className="choice">
            <input
              type="checkbox"
              id={`site-${site}`}
              checked={shown.includes(site)}
              disabled={readOnly !== null}
              onChange={(e) => toggle(site, e.currentTarget.checked)}
            />
            <label htmlFor={`site-${site}`}>{SITE_NAMES[site]}</label>
          </div>
        ))}
      </fieldset>
      <SaveStatus outcome={outcome} />
    </section>
  );
}
