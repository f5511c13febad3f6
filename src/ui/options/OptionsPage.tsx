import { useRef } from 'react';
import { AllowedWords } from './AllowedWords.tsx';
import { OverrideSection } from './OverrideSection.tsx';
import { PolicySection } from './PolicySection.tsx';
import { readOnlyReason } from './read-only.tsx';
import { RejectedSettings } from './RejectedSettings.tsx';
import { rosterSummary, RosterSection } from './RosterSection.tsx';
import { SchoolSection } from './SchoolSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import type { OptionsActions, PackChoice, Settings } from './types.ts';
import { Welcome } from './Welcome.tsx';
import { LOCK_NOTE } from './wording.ts';

// The settings page, one section per setting. Everything comes in as props and goes out through `actions`.

export interface OptionsPageProps {
  settings: Settings;
  packs: readonly PackChoice[];
  /** The words staff allowed on this device (kept, and listed, even while a lock stops them applying). */
  allowedWords: readonly string[];
  /** First run: the welcome is shown until dismissed. */
  welcome: boolean;
  actions: OptionsActions;
}

export function OptionsPage({ settings, packs, allowedWords, welcome, actions }: OptionsPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const ro = (key: Parameters<typeof readOnlyReason>[1]) => readOnlyReason(settings, key);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Postcheck for schools: settings
      </h1>
      {welcome ? null : (
        <p>
          Postcheck checks what you write on Facebook, X and LinkedIn against your school’s social media policy, on this
          device. Nothing you type leaves it.
        </p>
      )}
      {welcome ? (
        <Welcome
          onDismiss={() => {
            actions.onDismissWelcome();
            // The button goes away: keep the keyboard at the top of the page, not lost at <body>.
            heading.current?.focus();
          }}
        />
      ) : null}
      <RejectedSettings problems={settings.problems} />
      {settings.lockSettings ? (
        <p role="note" className="lock-note">
          {LOCK_NOTE}
        </p>
      ) : null}
      <PolicySection
        packs={packs}
        selected={settings.policyPack}
        chooseReadOnly={ro('policyPack')}
        importReadOnly={ro('customPolicyPacks')}
        actions={actions}
      />
      <SchoolSection profile={settings.school} readOnly={ro('school')} onSave={actions.onSaveSchool} />
      <RosterSection roster={rosterSummary(settings.roster)} readOnly={ro('roster')} actions={actions} />
      <SitesSection enabled={settings.enabledSites} readOnly={ro('enabledSites')} onSet={actions.onSetSites} />
      <OverrideSection value={settings.override} readOnly={ro('override')} onSet={actions.onSetOverride} />
      <AllowedWords words={allowedWords} locked={settings.lockSettings} onRemove={actions.onRemoveWord} />
      <section aria-labelledby="training-heading">
        <h2 id="training-heading">Staff training</h2>
        <p>
          For a CPD session: <a href="training.html">the training page</a> shows risky posts in practice composers that
          look like Facebook, X and LinkedIn, with the warnings and your policy's clauses, a quiz and a printable
          handout. Nothing typed there is kept or sent.
        </p>
      </section>
    </>
  );
}
