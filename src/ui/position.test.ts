import { describe, expect, it } from 'vitest';
import { badgePlace, EDGE, GAP, INSET, MIN_ROOM, placeNear } from './position.ts';

const viewport = { width: 1000, height: 800 };
const badge = { width: 30, height: 26 };

describe('badgePlace', () => {
  it('puts the badge inside the bottom-right corner of the box', () => {
    expect(badgePlace({ left: 100, top: 100, width: 500, height: 200 }, badge, viewport)).toEqual({ left: 600 - INSET - 30, top: 300 - INSET - 26 });
  });
  it('centres it on the right edge of a one-line box', () => {
    expect(badgePlace({ left: 100, top: 100, width: 500, height: 40 }, badge, viewport)).toEqual({ left: 564, top: 107 });
  });
  it('keeps it on screen while part of the box is, and drops it when none is', () => {
    expect(badgePlace({ left: 100, top: 600, width: 1200, height: 600 }, badge, viewport)).toEqual({ left: 1000 - EDGE - 30, top: 800 - EDGE - 26 });
    expect(badgePlace({ left: 100, top: -500, width: 500, height: 200 }, badge, viewport)).toBeNull();
    expect(badgePlace({ left: 100, top: 900, width: 500, height: 200 }, badge, viewport)).toBeNull();
    expect(badgePlace({ left: 0, top: 0, width: 0, height: 0 }, badge, viewport)).toBeNull();
  });
});

describe('placeNear', () => {
  const card = { width: 300, height: 200 };
  it('goes below the words when it fits', () => {
    expect(placeNear({ left: 50, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({ side: 'below', left: 50, top: 120 + GAP });
  });
  it('flips above when there is no room below', () => {
    expect(placeNear({ left: 50, top: 700, width: 80, height: 20 }, card, viewport)).toEqual({ side: 'above', left: 50, top: 700 - GAP - 200 });
  });
  it('stays inside the viewport horizontally, and can line up with the right edge instead', () => {
    expect(placeNear({ left: 900, top: 100, width: 80, height: 20 }, card, viewport).left).toBe(1000 - EDGE - 300);
    expect(placeNear({ left: 400, top: 100, width: 100, height: 20 }, card, viewport, 'below', 'end').left).toBe(200);
    expect(placeNear({ left: -50, top: 100, width: 80, height: 20 }, card, viewport).left).toBe(EDGE);
  });
  it('shrinks a card too tall for either side into the roomier one rather than cover the words', () => {
    expect(placeNear({ left: 50, top: 300, width: 80, height: 20 }, { width: 300, height: 2000 }, viewport)).toEqual({
      side: 'below',
      left: 50,
      top: 320 + GAP,
      maxHeight: 800 - 320 - GAP - EDGE,
    });
    expect(placeNear({ left: 50, top: 600, width: 80, height: 20 }, { width: 300, height: 700 }, viewport)).toEqual({
      side: 'above',
      left: 50,
      top: EDGE,
      maxHeight: 600 - GAP - EDGE,
    });
  });
  it('overlaps rather than shrink into a sliver when there is no room on either side', () => {
    const tiny = { width: 400, height: 300 };
    const at = placeNear({ left: 10, top: 100, width: 80, height: 100 }, { width: 300, height: 250 }, tiny);
    expect(at.maxHeight).toBeUndefined();
    expect(at.top).toBe(300 - EDGE - 250);
    expect(MIN_ROOM).toBeGreaterThan(300 - 200 - GAP - EDGE);
  });
  it('respects a preference for above when both fit', () => {
    expect(placeNear({ left: 50, top: 400, width: 80, height: 20 }, card, viewport, 'above').side).toBe('above');
  });
});
