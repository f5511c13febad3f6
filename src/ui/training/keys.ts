import { useEffect } from 'react';
import { HOST_TAG } from '../host.ts';

// Presenter keys (a clicker sends PageDown/PageUp or the arrows) on the whole page, except while someone types in a
// box, uses a form control, or is in the checker's own warning UI.

const OWN_KEYS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY', 'A']);

/** A clicker's keys: they move the presentation on even from inside a practice box (nobody edits with them). */
const CLICKER_KEYS = new Set(['PageDown', 'PageUp']);

export function isTypingTarget(event: KeyboardEvent): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.localName === HOST_TAG) return true;
    if (node instanceof HTMLElement && node.isContentEditable) return !CLICKER_KEYS.has(event.key);
  }
  const target = event.target;
  return target instanceof Element && OWN_KEYS.has(target.tagName) && (event.key === ' ' || event.key === 'Enter');
}

/** Calls `onKey` with the key for presses that are the presenter's (no Ctrl, Alt or Cmd; not in a box or a control). */
export function usePresenterKeys(win: Window, onKey: (key: string, event: KeyboardEvent) => boolean): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTypingTarget(event)) return;
      if (onKey(event.key, event)) event.preventDefault();
    };
    win.addEventListener('keydown', listener);
    return () => win.removeEventListener('keydown', listener);
  }, [win, onKey]);
}
