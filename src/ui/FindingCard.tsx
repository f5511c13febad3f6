import { useEffect, useId, useRef, useState } from 'react';
import { useEnv } from './env.ts';
import { FindingButtons } from './FindingButtons.tsx';
import { FindingDetails } from './FindingDetails.tsx';
import { FindingTitle } from './FindingTitle.tsx';
import { focusQuietly } from './focus.ts';
import { moveTo, readAnchor, sizeOf, useFollow, viewportOf } from './follow.ts';
import { EDGE, isVisible, placeNear } from './position.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { Anchor, CardSlot } from './store.ts';
import type { CardActions } from './types.ts';

/** How long a card lingers after it is asked to close, so the pointer can move from the words onto it. */
export const CARD_CLOSE_MS = 250;

interface Props {
  slot: CardSlot;
  /** Where to put the card when the caller gave no anchor: the badge. */
  fallbackAnchor: Anchor | undefined;
  fallbackActions: CardActions | undefined;
  onClose(): void;
}

/**
 * The card for one finding, beside its marked words: a non-modal dialog. It stays while the pointer or focus is in
 * it; Escape or the close button closes it and gives focus back to where it came from.
 */
export function FindingCard({ slot, fallbackAnchor, fallbackActions, onClose }: Props) {
  const { win } = useEnv();
  const { finding } = slot;
  const ref = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const anchor = slot.anchor ?? fallbackAnchor;
  const actions = slot.actions ?? fallbackActions;

  useFollow(() => {
    const card = ref.current;
    if (!card) return;
    const viewport = viewportOf(win);
    const size = sizeOf(card);
    const rect = readAnchor(anchor);
    if (!rect) moveTo(card, anchor ? null : { left: Math.max(EDGE, (viewport.width - size.width) / 2), top: EDGE });
    else moveTo(card, isVisible(rect, viewport) ? placeNear(rect, size, viewport) : null);
  }, () => [ref.current]);

  useEffect(() => {
    if (!slot.closing || hovered || focused) return;
    const timer = win.setTimeout(onClose, CARD_CLOSE_MS);
    return () => win.clearTimeout(timer);
  }, [slot.closing, hovered, focused, win, onClose]);

  const close = () => {
    const back = focused ? returnTo.current : null;
    onClose();
    focusQuietly(back);
  };

  return (
    <div
      ref={ref}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      className={`pc-float pc-card pc-float--${finding.severity}`}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={(e) => {
        const from = e.relatedTarget as HTMLElement | null;
        if (!focused && !(from && ref.current?.contains(from))) returnTo.current = from;
        setFocused(true);
      }}
      onBlur={(e) => {
        const to = e.relatedTarget as Node | null;
        if (!(to && ref.current?.contains(to))) setFocused(false);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
    >
      <div className="pc-card-head">
        <h2 className="pc-float-title" id={titleId}>
          <FindingTitle finding={finding} />
        </h2>
        <button type="button" className="pc-close" aria-label="Close" onClick={close}>
          <SeverityIcon kind="close" />
        </button>
      </div>
      <FindingDetails finding={finding} />
      <FindingButtons finding={finding} actions={actions} onDone={close} />
    </div>
  );
}
