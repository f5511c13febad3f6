// The engine's first analysis pays for setting itself up (the NLP lexicon, the detectors' tables). Doing that while
// the page is idle, right after the checker loads, keeps it out of the first keystroke's time.

export function warmUp(analyse: (text: string) => unknown, win: Window = window): void {
  const idle = (fn: () => void) => (win.requestIdleCallback ? win.requestIdleCallback(fn, { timeout: 500 }) : win.setTimeout(fn, 0));
  idle(() => analyse('Warming up: Sam from Year 6 said the new head was great on Friday.'));
}
