import { useEffect, useRef, useState } from 'react';
import { useEnv } from './env.ts';
import type { BadgeState } from './types.ts';
import { badgeName } from './wording.ts';

/** Quiet for this long after the last change, so typing does not make the screen reader chatter. */
export const ANNOUNCE_DELAY_MS = 1000;

const CLEAR = badgeName({ status: 'on', findings: [] });
const OFF = badgeName({ status: 'off', reason: '' });

/** What is worth saying about a badge state; '' for nothing (loading, or no badge). */
function messageFor(state: BadgeState | null): string {
  if (!state || state.status === 'loading') return '';
  return badgeName(state);
}

/**
 * A polite live region that says when the number of issues changes, once typing settles. "No issues" is only said
 * after there were some; a state that was already said is not repeated.
 */
export function Announcer({ state }: { state: BadgeState | null }) {
  const { win } = useEnv();
  const [said, setSaid] = useState('');
  const last = useRef('');
  const message = messageFor(state);

  useEffect(() => {
    if (message === '' || message === last.current) return;
    if (message === CLEAR && (last.current === '' || last.current.startsWith(OFF))) return;
    const timer = win.setTimeout(() => {
      last.current = message;
      setSaid(message);
    }, ANNOUNCE_DELAY_MS);
    return () => win.clearTimeout(timer);
  }, [message, win]);

  return (
    <div className="pc-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {said}
    </div>
  );
}
