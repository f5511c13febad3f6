// The UI's only stylesheet. It lives inside the shadow root, so the page's CSS cannot reach it and it cannot reach
// the page. Sizes are in em from the host's initial (user-chosen) font size, never the page's rem.

/** Colours, chosen for ≥ 4.5:1 text contrast (checked in styles.test.ts). */
export const COLOURS = {
  ink: '#1a1a1a',
  muted: '#404040',
  paper: '#ffffff',
  rule: '#767676',
  accent: '#0b57a4',
  accentHover: '#08427c',
  accentTint: '#e7f0fa',
  stop: '#b3261e',
  stopInk: '#a3211a',
  warning: '#f2c230',
  warningInk: '#6e4400',
  advice: '#0b57a4',
  clear: '#1e6b34',
  off: '#595959',
} as const;

const c = COLOURS;

export const CSS = `
.pc-root {
  font: normal 400 medium/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Arial, sans-serif;
  color: ${c.ink};
  direction: ltr;
  text-align: left;
  overflow-wrap: anywhere;
  -webkit-text-size-adjust: 100%;
}
.pc-root *, .pc-root *::before, .pc-root *::after { box-sizing: border-box; }
/* Zero specificity, so each component's own spacing wins over this reset. */
:where(.pc-root) :where(p, h2, h3, ul, li, blockquote) { margin: 0; padding: 0; }
.pc-root bdi { unicode-bidi: isolate; }
.pc-root svg { flex: none; width: 1.15em; height: 1.15em; fill: currentColor; }

.pc-overlay { position: fixed; inset: 0; pointer-events: none; z-index: 0; overflow: hidden; }
.pc-mark { position: absolute; pointer-events: none; border-bottom: 2px solid ${c.advice}; background: rgba(11, 87, 164, 0.10); }
.pc-mark--warning { border-bottom-color: ${c.warningInk}; background: rgba(242, 194, 48, 0.25); }
.pc-mark--stop { border-bottom: 2px solid ${c.stop}; background: rgba(179, 38, 30, 0.12); }

.pc-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}

.pc-root :focus { outline: none; }
.pc-root :focus-visible { outline: 2px solid ${c.paper}; outline-offset: 0; box-shadow: 0 0 0 5px ${c.ink}; }

.pc-badge {
  position: fixed; left: 0; top: 0; z-index: 1;
  display: inline-flex; align-items: center; justify-content: center; gap: 0.3em;
  min-width: 1.85em; min-height: 1.85em; padding: 0 0.45em; margin: 0;
  font: inherit; font-size: 0.875em; font-weight: 700; line-height: 1;
  border: 2px solid ${c.paper}; border-radius: 999px; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.4);
  background: ${c.off}; color: ${c.paper};
}
.pc-badge[data-placed="false"] { visibility: hidden; }
.pc-badge--stop { background: ${c.stop}; color: ${c.paper}; }
.pc-badge--warning { background: ${c.warning}; color: ${c.ink}; }
.pc-badge--advice { background: ${c.advice}; color: ${c.paper}; }
.pc-badge--clear { background: ${c.clear}; color: ${c.paper}; }
.pc-badge--off { background: ${c.off}; color: ${c.paper}; }
.pc-badge--loading { background: ${c.paper}; color: ${c.muted}; border-color: ${c.rule}; }

.pc-float {
  position: fixed; left: 0; top: 0; z-index: 2;
  width: min(26em, calc(100vw - 16px)); max-height: min(34em, calc(100vh - 16px));
  overflow: auto; overscroll-behavior: contain;
  padding: 0.85em 1em 1em; background: ${c.paper}; color: ${c.ink};
  border: 1px solid ${c.rule}; border-radius: 0.5em;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
  animation: pc-in 0.12s ease-out;
}
.pc-float[data-placed="false"] { visibility: hidden; }
.pc-float--stop { border-left: 0.4em solid ${c.stop}; }
.pc-float--warning { border-left: 0.4em solid ${c.warning}; }
.pc-float--advice { border-left: 0.4em solid ${c.advice}; }
.pc-float-title { font-size: 1em; font-weight: 700; margin-bottom: 0.5em; }
.pc-card-head { display: flex; align-items: flex-start; gap: 0.5em; }
.pc-card-head .pc-float-title { flex: 1 1 auto; min-width: 0; }
.pc-close {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 2em; height: 2em; margin: -0.35em -0.5em 0 0; padding: 0;
  color: ${c.muted}; background: none; border: 0; border-radius: 0.25em; cursor: pointer;
}
.pc-close:hover { background: ${c.accentTint}; color: ${c.ink}; }
.pc-status { display: flex; gap: 0.5em; align-items: flex-start; }

.pc-sev { display: inline-flex; align-items: center; gap: 0.35em; font-weight: 700; }
.pc-sev--stop { color: ${c.stopInk}; }
.pc-sev--warning { color: ${c.warningInk}; }
.pc-sev--advice { color: ${c.advice}; }
.pc-finding-title { display: flex; flex-wrap: wrap; align-items: center; column-gap: 0.6em; row-gap: 0.15em; min-width: 0; }
/* The user's words wrap anywhere, but one letter carrying hundreds of combining marks (zalgo) cannot be broken and can
   be wider than the card: it is cut at the card's edge rather than pushing the card sideways. */
.pc-words { font-weight: 600; max-width: 100%; overflow-x: clip; }

.pc-details > * + * { margin-top: 0.5em; }
.pc-details { margin-top: 0.4em; }
.pc-clause { color: ${c.muted}; font-size: 0.9375em; }
.pc-clause-id { font-weight: 700; color: ${c.ink}; }
.pc-quote { padding: 0.15em 0 0.15em 0.75em; border-left: 0.25em solid ${c.rule}; font-style: normal; }
.pc-label { font-weight: 700; }
.pc-uncited, .pc-also { color: ${c.muted}; font-size: 0.9375em; }

.pc-actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: 0.85em; }
.pc-button {
  display: inline-flex; align-items: center; justify-content: center;
  min-height: 2.5em; padding: 0.4em 1em; margin: 0;
  font: inherit; font-weight: 600; line-height: 1.25; text-align: center;
  color: ${c.accent}; background: ${c.paper};
  border: 2px solid ${c.accent}; border-radius: 0.375em; cursor: pointer;
}
.pc-button:hover { background: ${c.accentTint}; }
.pc-button--primary { color: ${c.paper}; background: ${c.accent}; }
.pc-button--primary:hover { background: ${c.accentHover}; border-color: ${c.accentHover}; }

.pc-list { list-style: none; }
.pc-list > li + li { border-top: 1px solid ${c.rule}; }
.pc-list > li { padding: 0.35em 0; }
.pc-toggle {
  display: flex; width: 100%; align-items: flex-start; gap: 0.5em; padding: 0.35em 0.25em; margin: 0;
  font: inherit; color: inherit; text-align: left; background: none; border: 0; border-radius: 0.25em; cursor: pointer;
}
.pc-toggle:hover { background: ${c.accentTint}; }
.pc-chevron { flex: none; transition: transform 0.12s; }
.pc-toggle[aria-expanded="true"] .pc-chevron { transform: rotate(90deg); }
.pc-list .pc-details, .pc-list .pc-actions { margin-left: 1.65em; }

.pc-backdrop {
  position: fixed; inset: 0; z-index: 3;
  display: flex; align-items: center; justify-content: center;
  padding: 1em; background: rgba(0, 0, 0, 0.6);
  overscroll-behavior: contain;
}
.pc-gate {
  position: relative; width: min(40em, 100%); max-height: 100%;
  overflow: auto; overscroll-behavior: contain;
  font-size: 1.125em; background: ${c.paper}; color: ${c.ink};
  border-radius: 0.5em; box-shadow: 0 10px 40px rgba(0, 0, 0, 0.4);
  animation: pc-in 0.15s ease-out;
}
.pc-gate-main { padding: 1.25em 1.5em 0.5em; }
.pc-gate-title { font-size: 1.5em; line-height: 1.25; font-weight: 700; margin-bottom: 0.4em; }
.pc-gate-list { list-style: none; margin-top: 1em; }
.pc-gate-list > li { padding: 0.25em 0 0.25em 0.85em; border-left: 0.3em solid ${c.advice}; margin-bottom: 1.1em; }
.pc-gate-list > li.pc-item--stop { border-left-color: ${c.stop}; }
.pc-gate-list > li.pc-item--warning { border-left-color: ${c.warning}; }
.pc-gate-list h3 { font-size: 1em; font-weight: 400; }
.pc-ask { margin-top: 0.5em; padding: 0.6em 0.8em; background: ${c.accentTint}; border-radius: 0.375em; }
.pc-reason { padding: 0.75em 1.5em 0; }
.pc-reason label { display: block; font-weight: 600; margin-bottom: 0.3em; }
.pc-reason textarea { box-sizing: border-box; width: 100%; font: inherit; color: ${c.ink}; background: ${c.paper}; border: 1px solid ${c.muted}; border-radius: 0.375em; padding: 0.4em 0.6em; resize: vertical; }
.pc-reason-hint { margin: 0.3em 0 0; color: ${c.muted}; font-size: 0.9em; }
.pc-button[aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
.pc-gate-actions {
  position: sticky; bottom: 0; display: flex; flex-wrap: wrap; gap: 0.75em;
  padding: 0.85em 1.5em 1.1em; background: ${c.paper}; border-top: 1px solid ${c.rule};
}
.pc-gate-actions .pc-button { min-height: 2.75em; }

@media (max-width: 30em) {
  .pc-backdrop { padding: 0.5em; }
  .pc-gate-main { padding: 1em 1em 0.25em; }
  .pc-gate-actions { padding: 0.75em 1em 0.85em; }
  .pc-gate-actions .pc-button { flex: 1 1 auto; }
}

@keyframes pc-in { from { opacity: 0; transform: translateY(0.25em); } }
@keyframes pc-spin { to { transform: rotate(360deg); } }
.pc-spin { animation: pc-spin 1.2s linear infinite; transform-origin: 50% 50%; }

@media (prefers-reduced-motion: reduce) {
  .pc-root *, .pc-root *::before, .pc-root *::after { animation: none !important; transition: none !important; }
}
@media (forced-colors: active) {
  .pc-badge, .pc-float, .pc-gate, .pc-button { border: 2px solid CanvasText; }
  .pc-root :focus-visible { outline: 3px solid Highlight; }
}
`;
