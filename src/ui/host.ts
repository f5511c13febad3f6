// The one element Postcheck adds to a page: a host outside any editor whose open shadow root holds the styles, the
// highlighter's overlay and the React root. Page CSS cannot reach inside, and nothing inside reaches out.
import { CSS } from './styles.ts';

export const HOST_TAG = 'postcheck-ui';

// Inline and !important, so the page's own rules (even `html > * { … !important }`) cannot move, hide or restyle it.
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'contain: none',
  'transform: none',
  'filter: none',
]
  .map((d) => `${d} !important`)
  .join('; ');

// Events that happen inside our UI are none of the page's business: a page listener for Escape or "click outside"
// could otherwise close the site's own composer. They still pass window/document capture listeners (the gate's).
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'contextmenu', 'wheel'] as const;

export interface Host {
  host: HTMLElement;
  shadow: ShadowRoot;
  overlay: HTMLElement;
  container: HTMLElement;
}

export function createHost(doc: Document): Host {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });

  // A <style> element rather than adoptedStyleSheets: constructable sheets are unreliable from Firefox content scripts.
  const style = doc.createElement('style');
  style.textContent = CSS;

  const overlay = doc.createElement('div');
  overlay.className = 'pc-overlay';
  overlay.setAttribute('aria-hidden', 'true');

  const container = doc.createElement('div');
  container.className = 'pc-root';
  container.setAttribute('lang', 'en-GB');
  container.setAttribute('dir', 'ltr');

  // The overlay sits in its own root so its marks share our styles (.pc-mark) but React never owns or clears it.
  const overlayRoot = doc.createElement('div');
  overlayRoot.className = 'pc-root';
  overlayRoot.append(overlay);

  shadow.append(style, overlayRoot, container);
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation(), { passive: true });
  doc.documentElement.append(host);
  return { host, shadow, overlay, container };
}

/** True when an event started inside Postcheck's own UI (so the submit gate and box tracking should ignore it). */
export function isFromUi(event: Event): boolean {
  // Duck-typed: instanceof is unreliable across a content script's isolated world.
  return event.composedPath().some((n) => (n as Partial<Element>).localName === HOST_TAG);
}
