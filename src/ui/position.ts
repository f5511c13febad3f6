// Where floating pieces go, as pure functions of rectangles, so they can be tested without a layout engine.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Point {
  left: number;
  top: number;
}

/** Space kept between a floating piece and the viewport's edges, and between it and what it points at. */
export const EDGE = 8;
export const GAP = 6;
/** How far the badge sits inside the box's bottom-right corner. */
export const INSET = 6;
/** The least height worth shrinking a card into (px); with less room it may overlap what it explains instead. */
export const MIN_ROOM = 160;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

export const isVisible = (a: Box, viewport: Size) =>
  a.width > 0 && a.height > 0 && a.top + a.height > 0 && a.left + a.width > 0 && a.top < viewport.height && a.left < viewport.width;

/**
 * The badge: inside the box's bottom-right corner, where text rarely reaches; centred on the right edge when the box
 * is too short to hold it below a line of text. Kept on screen while any of the box is. Null when the box is not.
 */
export function badgePlace(anchor: Box, badge: Size, viewport: Size): Point | null {
  if (!isVisible(anchor, viewport)) return null;
  const right = anchor.left + anchor.width;
  const bottom = anchor.top + anchor.height;
  const left = right - INSET - badge.width;
  const top = anchor.height >= badge.height * 2 + INSET ? bottom - INSET - badge.height : anchor.top + (anchor.height - badge.height) / 2;
  return {
    left: clamp(left, Math.max(EDGE, anchor.left), viewport.width - EDGE - badge.width),
    top: clamp(top, EDGE, viewport.height - EDGE - badge.height),
  };
}

/**
 * A card or popup next to what it explains: below it when it fits (or fits better than above), else above; lined up
 * with its left edge (or, for `align: 'end'`, its right edge) and kept inside the viewport. A card taller than the
 * viewport is pinned to the top edge (it scrolls inside itself).
 */
export function placeNear(
  anchor: Box,
  card: Size,
  viewport: Size,
  prefer: 'below' | 'above' = 'below',
  align: 'start' | 'end' = 'start',
): Point & { side: 'below' | 'above'; maxHeight?: number } {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - EDGE;
  const above = anchor.top - GAP - EDGE;
  const fitsBelow = card.height <= below;
  const fitsAbove = card.height <= above;
  const side = prefer === 'below' ? (fitsBelow || (!fitsAbove && below >= above) ? 'below' : 'above') : fitsAbove || (!fitsBelow && above > below) ? 'above' : 'below';
  // Too tall for either side: shrink it to the side it is on (it scrolls inside) rather than cover what it explains,
  // unless that side is too cramped to read in, when it may overlap.
  const room = side === 'below' ? below : above;
  const shrink = card.height > room && room >= MIN_ROOM;
  const height = shrink ? room : card.height;
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  return {
    side,
    ...(shrink ? { maxHeight: room } : {}),
    left: clamp(align === 'start' ? anchor.left : anchor.left + anchor.width - card.width, EDGE, viewport.width - EDGE - card.width),
    top: clamp(top, EDGE, viewport.height - EDGE - height),
  };
}
