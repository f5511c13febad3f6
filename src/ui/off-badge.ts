// "Checking is off" for when the checker itself could not load: no React, no engine, a few hundred bytes in the
// content script. Drawn like the badge's off state, by the box, outside it; it says why in its name and tooltip.
import { badgePlace } from './position.ts';
import { COLOURS } from './styles.ts';
import { badgeName, badgeText } from './wording.ts';

export const OFF_BADGE_TAG = 'postcheck-off';

const HOST_STYLE = ['all: initial', 'position: fixed', 'left: 0', 'top: 0', 'z-index: 2147483647', 'pointer-events: none']
  .map((d) => `${d} !important`)
  .join('; ');

const PILL_STYLE = `
div {
  display: inline-flex; align-items: center; justify-content: center; min-height: 1.85em; padding: 0 0.6em;
  font: 700 0.875em/1 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Arial, sans-serif;
  border: 2px solid ${COLOURS.paper}; border-radius: 999px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.4);
  background: ${COLOURS.off}; color: ${COLOURS.paper}; pointer-events: auto; cursor: help; white-space: nowrap;
}`;

/** Shows the off badge by `editor` until the returned function is called. */
export function showOffBadge(doc: Document, editor: HTMLElement, reason: string): () => void {
  const win = doc.defaultView;
  const host = doc.createElement(OFF_BADGE_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PILL_STYLE;
  const pill = doc.createElement('div');
  const state = { status: 'off', reason } as const;
  pill.setAttribute('role', 'status');
  pill.setAttribute('aria-label', badgeName(state));
  pill.title = badgeName(state);
  pill.textContent = badgeText(state);
  shadow.append(style, pill);
  doc.documentElement.append(host);

  let frame = 0;
  const place = () => {
    frame = 0;
    const at = editor.isConnected && win ? badgePlace(editor.getBoundingClientRect(), pill.getBoundingClientRect(), { width: win.innerWidth, height: win.innerHeight }) : null;
    host.style.setProperty('display', at ? 'block' : 'none', 'important');
    if (at) host.style.setProperty('transform', `translate(${at.left}px, ${at.top}px)`, 'important');
  };
  const schedule = () => {
    if (!frame && win) frame = win.requestAnimationFrame(place);
  };
  place();
  win?.addEventListener('scroll', schedule, { capture: true, passive: true });
  win?.addEventListener('resize', schedule, { passive: true });
  return () => {
    if (frame && win) win.cancelAnimationFrame(frame);
    win?.removeEventListener('scroll', schedule, { capture: true });
    win?.removeEventListener('resize', schedule);
    host.remove();
  };
}
