import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, FocusEvent as ReactFocusEvent } from 'react';
import { BadgePopup } from './BadgePopup.tsx';
import { useEnv } from './env.ts';
import { deepActiveElement, focusQuietly } from './focus.ts';
import { moveTo, readAnchor, sizeOf, useFollow, viewportOf } from './follow.ts';
import { badgePlace, placeNear } from './position.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { IconKind } from './SeverityIcon.tsx';
import type { BadgeSlot } from './store.ts';
import type { BadgeState } from './types.ts';
import { badgeName, badgeText, worstSeverity } from './wording.ts';

/** How long the popup waits after the pointer leaves, so it can cross the gap from badge to popup. */
export const HOVER_CLOSE_MS = 300;

type OpenedBy = 'hover' | 'focus' | 'click';

/** The look of the badge: worst severity, or clear / off / loading. Also its class suffix. */
export function badgeLook(state: BadgeState): IconKind {
  if (state.status !== 'on') return state.status;
  return worstSeverity(state.findings) ?? 'clear';
}

/**
 * The badge beside the active compose box: a real button that says whether checking is on and how many issues it
 * found. Hover, focus or click opens the popup; click pins it open; Escape closes it and keeps focus on the badge; Escape again returns focus to where it was before.
 */
export function Badge({ slot, blocked }: { slot: BadgeSlot; blocked: boolean }) {
  const { doc, win } = useEnv();
  const { state, actions, anchor } = slot;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const [openedBy, setOpenedBy] = useState<OpenedBy | null>(null);
  const pointerInside = useRef(false);
  const closeTimer = useRef(0);
  // Set when we move focus back to the badge ourselves, so that focus does not reopen what Escape just closed.
  const quietFocus = useRef(false);
  // Where focus was before it came into the badge or its popup.
  const cameFrom = useRef<HTMLElement | null>(null);
  const popupId = useId();
  const titleId = useId();
  const open = openedBy !== null && !blocked;
  const look = badgeLook(state);

  useFollow(() => {
    const button = buttonRef.current;
    if (!button) return;
    const rect = readAnchor(anchor);
    const viewport = viewportOf(win);
    const size = sizeOf(button);
    const at = rect && badgePlace(rect, size, viewport);
    moveTo(button, at);
    const popup = popupRef.current;
    if (popup) moveTo(popup, at && placeNear({ ...at, ...size }, sizeOf(popup), viewport, 'below', 'end'));
  }, () => [popupRef.current]);

  useEffect(() => () => win.clearTimeout(closeTimer.current), [win]);

  const cancelClose = () => win.clearTimeout(closeTimer.current);
  const pointerEnter = () => {
    pointerInside.current = true;
    cancelClose();
    setOpenedBy((by) => by ?? 'hover');
  };
  const pointerLeave = () => {
    pointerInside.current = false;
    cancelClose();
    closeTimer.current = win.setTimeout(() => setOpenedBy((by) => (by === 'hover' ? null : by)), HOVER_CLOSE_MS);
  };
  const within = (target: EventTarget | null) => {
    const node = target as Node | null; // focus events' relatedTarget is an element or null
    return node !== null && (buttonRef.current?.contains(node) === true || popupRef.current?.contains(node) === true);
  };
  const blur = (e: ReactFocusEvent) => {
    if (within(e.relatedTarget)) return;
    setOpenedBy((by) => (by === 'hover' && pointerInside.current ? by : null));
  };
  const keyDown = (e: ReactKeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    const button = buttonRef.current;
    if (!open) {
      // A second Escape goes back to where the user was (the editor), e.g. after a shortcut brought them here.
      if (deepActiveElement(doc) === button) focusQuietly(cameFrom.current);
      return;
    }
    setOpenedBy(null);
    if (button && deepActiveElement(doc) !== button) {
      quietFocus.current = true;
      focusQuietly(button);
    }
  };
  // After "Not a problem here" the item goes away: keep focus in the popup rather than losing it to the page.
  const done = () => focusQuietly(popupRef.current);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`pc-badge pc-badge--${look}`}
        aria-label={badgeName(state)}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        onPointerEnter={pointerEnter}
        onPointerLeave={pointerLeave}
        onFocus={(e) => {
          if (!within(e.relatedTarget)) cameFrom.current = e.relatedTarget as HTMLElement | null;
          if (quietFocus.current) quietFocus.current = false;
          else setOpenedBy((by) => by ?? 'focus');
        }}
        onBlur={blur}
        onClick={() => setOpenedBy((by) => (by === 'click' ? null : 'click'))}
        onKeyDown={keyDown}
      >
        <SeverityIcon kind={look} className={look === 'loading' ? 'pc-spin' : undefined} />
        {badgeText(state) !== '' && <span aria-hidden="true">{badgeText(state)}</span>}
      </button>
      {open && (
        <div
          ref={popupRef}
          id={popupId}
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          className={`pc-float pc-popup${state.status === 'on' && look !== 'clear' ? ` pc-float--${look}` : ''}`}
          onPointerEnter={pointerEnter}
          onPointerLeave={pointerLeave}
          onBlur={blur}
          onKeyDown={keyDown}
        >
          <BadgePopup state={state} actions={actions} titleId={titleId} onDone={done} />
        </div>
      )}
    </>
  );
}
