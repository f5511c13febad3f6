import { DETECTORS } from '../detectors/registry.ts';
import { analyse as analyseWith } from '../engine/analyse.ts';
import { findPeople } from '../engine/nlp.ts';

// The engine's first analysis pays for setting itself up: compromise builds its tagger's match net, V8 compiles each
// detector's code and regexes on first use. As one analysis that is one task of 100–200 ms (bench/browser.bench.ts),
// long enough to delay a keystroke, so it is done here in steps, one idle task each: compromise first, then each
// detector alone on a short text, then one analysis through the checker's own analyser (its context's names).

const SAMPLE = 'Warming up: Sam from Year 6 said the new head was great on Friday.';

export function warmUp(analyse: (text: string) => unknown, win: Window = window): void {
  const steps: (() => unknown)[] = [
    // compromise's first tagging builds its match net (most of this step): on one word, so the step is only that.
    () => findPeople('Sam'),
    ...DETECTORS.map((detector) => () => analyseWith(SAMPLE, {}, [detector])),
    () => analyse(SAMPLE),
  ];
  const idle = (fn: () => void) => (win.requestIdleCallback ? win.requestIdleCallback(fn, { timeout: 500 }) : win.setTimeout(fn, 0));
  const next = () => {
    try {
      steps.shift()?.();
    } finally {
      // A step that throws is reported as any error in a callback; the others still run.
      if (steps.length) idle(next);
    }
  };
  idle(next);
}
