import type { MouseEvent } from 'react';
import { siteName } from '../options/wording.ts';
import { plural } from '../wording.ts';
import type { TabStatus } from './status.ts';

// The toolbar popup: is Postcheck checking this tab, with which policy; this session's warnings; settings IT sent
// that were rejected; a way to the settings. Never silent: every state says something.

export const NOT_CHECKING_TEXT = 'Not checking this page — Postcheck works on Facebook, X and LinkedIn';

export interface PopupProps {
  /** The content script's answer: undefined while asking, null when nothing answered. */
  tab: TabStatus | null | undefined;
  /** The chosen policy's title from the settings, for when the page has not said yet. */
  packTitle?: string | undefined;
  /** Warnings shown in this browser session, on every tab. */
  sessionWarnings: number;
  /** How many settings were rejected. */
  rejected: number;
  /** Opens the settings page, at a section when one is given. */
  onOpenSettings(section?: 'problems'): void;
  /** Opens the training page (for CPD sessions). No link is shown without it. */
  onOpenTraining?: (() => void) | undefined;
}

/** A link that runs an extension action instead of navigating the popup itself. */
function ActionLink({ href, onOpen, children }: { href: string; onOpen(): void; children: string }) {
  const open = (e: MouseEvent) => {
    e.preventDefault();
    onOpen();
  };
  return (
    <a href={href} onClick={open}>
      {children}
    </a>
  );
}

function TabState({ tab, packTitle }: { tab: PopupProps['tab']; packTitle: string | undefined }) {
  if (tab === undefined) return <p className="state">Looking at this page…</p>;
  if (tab === null) return <p className="state state--none">{NOT_CHECKING_TEXT}</p>;
  const site = siteName(tab.site);
  if (tab.active === false) {
    return <p className="state state--off">Checking is off on {site}. Settings shows where Postcheck checks.</p>;
  }
  const policy = tab.packTitle ?? packTitle;
  return (
    <>
      {tab.active ? (
        <p className="state state--on">Checking is on for {site}.</p>
      ) : (
        <p className="state state--on">Ready: Postcheck checks what you write on {site}.</p>
      )}
      {policy ? (
        <p>
          Policy: <strong>{policy}</strong>
        </p>
      ) : null}
      {tab.warnings === undefined ? null : <p>{plural(tab.warnings, 'warning', 'warnings')} on this page.</p>}
    </>
  );
}

export function Popup({ tab, packTitle, sessionWarnings, rejected, onOpenSettings, onOpenTraining }: PopupProps) {
  return (
    <>
      <h1>Postcheck</h1>
      <div role="status" className="tab-state">
        <TabState tab={tab} packTitle={packTitle} />
      </div>
      <p>{plural(sessionWarnings, 'warning', 'warnings')} since the browser started.</p>
      {rejected > 0 ? (
        <p className="problem">
          <ActionLink href="options.html#problems" onOpen={() => onOpenSettings('problems')}>
            {`${plural(rejected, 'setting was', 'settings were')} rejected: see why`}
          </ActionLink>
        </p>
      ) : null}
      <nav aria-label="Postcheck">
        <ul>
          <li>
            <ActionLink href="options.html" onOpen={() => onOpenSettings()}>
              Settings
            </ActionLink>
          </li>
          {onOpenTraining ? (
            <li>
              <ActionLink href="training.html" onOpen={onOpenTraining}>
                Training
              </ActionLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
