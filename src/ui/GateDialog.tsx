import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent as ReactFocusEvent, KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useEnv } from './env.ts';
import { FindingDetails } from './FindingDetails.tsx';
import { FindingTitle } from './FindingTitle.tsx';
import { deepActiveElement, focusQuietly, trapTab } from './focus.ts';
import { guardScroll } from './scroll-guard.ts';
import type { GateSlot } from './store.ts';
import { askWhoText, bySeverity, EDIT_LABEL, GATE_TITLE, gateSummary, POST_LABEL, REASON_HINT, REASON_LABEL } from './wording.ts';

/** Keys that would scroll something; inside the gate they scroll the dialog, never the page behind it. */
const SCROLL_KEYS: Record<string, (page: number) => { top?: number; by?: number }> = {
  ArrowDown: () => ({ by: 40 }),
  ArrowUp: () => ({ by: -40 }),
  PageDown: (page) => ({ by: page }),
  PageUp: (page) => ({ by: -page }),
  Home: () => ({ top: 0 }),
  End: () => ({ top: Number.MAX_SAFE_INTEGER }),
};

/** Pulling focus back more often than this means something else (a site's own focus trap) is fighting us: give way. */
const REFOCUS_LIMIT = 5;

/**
 * The pre-post dialog: what was found, the clause each breaks and what to do. "Edit post" is focused and is what
 * Escape does; "Post anyway" is there only when the settings allow it, and otherwise we say who to ask.
 */
/** How long after opening the buttons ignore clicks (longer than a double click's second click takes to land). */
const SETTLE_MS = 400;

/** A reason for posting anyway must say something (a few characters), not just tick a box. */
const MIN_REASON_CHARS = 3;

export function GateDialog({ slot }: { slot: GateSlot }) {
  const { doc, win } = useEnv();
  const { request, choose } = slot;
  const backdropRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const refocused = useRef({ count: 0, since: 0 });
  const titleId = useId();
  const summaryId = useId();
  const askId = useId();
  const reasonId = useId();
  const reasonHintId = useId();
  const [reason, setReason] = useState('');
  const needsReason = request.canPostAnyway && request.recordReason !== undefined;
  const reasonGiven = reason.trim().length >= MIN_REASON_CHARS;
  const findings = bySeverity(request.findings);

  useLayoutEffect(() => {
    focusQuietly(editRef.current);
  }, []);

  useEffect(() => {
    const backdrop = backdropRef.current;
    const dialog = dialogRef.current;
    return backdrop && dialog ? guardScroll(backdrop, dialog) : undefined;
  }, []);

  // A held Enter (or a double click) that opened the dialog must not also answer it: key repeats are ignored, and so
  // are clicks in the first moments after it opens, when the second click of a double click lands.
  const openedAt = useRef(performance.now());
  const settled = () => performance.now() - openedAt.current >= SETTLE_MS;

  const keyDown = (e: ReactKeyboardEvent) => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (e.repeat) {
      e.preventDefault();
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      choose('edit');
      return;
    }
    if (trapTab(e, dialog, deepActiveElement(doc))) return;
    const scroll = SCROLL_KEYS[e.key];
    if (scroll && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      const { top, by } = scroll(Math.max(40, dialog.clientHeight - 60));
      if (top !== undefined) dialog.scrollTop = top;
      else dialog.scrollTop += by ?? 0;
    }
  };

  const blur = (e: ReactFocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && dialogRef.current?.contains(to)) return;
    const now = Date.now();
    const r = refocused.current;
    if (now - r.since > 1000) refocused.current = { count: 0, since: now };
    if (++refocused.current.count > REFOCUS_LIMIT) return;
    win.setTimeout(() => {
      const active = deepActiveElement(doc);
      if (!(active && dialogRef.current?.contains(active))) focusQuietly(editRef.current);
    }, 0);
  };

  return (
    <div ref={backdropRef} className="pc-backdrop" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={request.canPostAnyway ? summaryId : `${summaryId} ${askId}`}
        tabIndex={-1}
        className="pc-gate"
        onKeyDown={keyDown}
        onBlur={blur}
      >
        <div className="pc-gate-main">
          <h2 className="pc-gate-title" id={titleId}>
            {GATE_TITLE}
          </h2>
          <p id={summaryId}>{gateSummary(findings, request.packTitle)}</p>
          {!request.canPostAnyway && (
            <p className="pc-ask" id={askId}>
              {askWhoText(request.askWho)}
            </p>
          )}
          <ul className="pc-gate-list">
            {findings.map((f) => (
              <li key={f.key} className={`pc-item--${f.severity}`}>
                <h3>
                  <FindingTitle finding={f} />
                </h3>
                <FindingDetails finding={f} />
              </li>
            ))}
          </ul>
        </div>
        {needsReason && (
          <div className="pc-reason">
            <label htmlFor={reasonId}>{REASON_LABEL}</label>
            <textarea id={reasonId} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={reasonHintId} />
            <p id={reasonHintId} className="pc-reason-hint">
              {REASON_HINT}
            </p>
          </div>
        )}
        <div className="pc-gate-actions">
          <button ref={editRef} type="button" className="pc-button pc-button--primary" onClick={() => settled() && choose('edit')}>
            {EDIT_LABEL}
          </button>
          {request.canPostAnyway && (
            <button
              type="button"
              className="pc-button"
              aria-disabled={needsReason && !reasonGiven ? 'true' : undefined}
              aria-describedby={needsReason ? reasonHintId : undefined}
              onClick={() => {
                if (!settled() || (needsReason && !reasonGiven)) return;
                if (needsReason) request.recordReason?.(reason.trim());
                choose('post');
              }}
            >
              {POST_LABEL}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
