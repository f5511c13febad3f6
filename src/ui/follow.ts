// Keeps a floating piece beside what it points at: re-placed after every render and, throttled to one animation
// frame, on any scroll (in any scroller: capture on window), resize, or change in the piece's own size (a list item
// opening). Writes styles directly to our own elements so scrolling never re-renders React.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useEnv } from './env.ts';
import type { Box, Point, Size } from './position.ts';
import type { Anchor } from './store.ts';

/** `watch` returns the floating elements whose size changes should re-place them. */
export function useFollow(place: () => void, watch: () => readonly (Element | null)[] = () => []): void {
  const { win } = useEnv();
  const latest = useRef(place);
  const observer = useRef<ResizeObserver | null>(null);
  const watched = useRef<readonly (Element | null)[]>([]);

  useLayoutEffect(() => {
    latest.current = place;
    place();
    const now = watch();
    const ro = observer.current;
    if (ro && (now.length !== watched.current.length || now.some((el, i) => el !== watched.current[i]))) {
      ro.disconnect();
      for (const el of now) if (el) ro.observe(el);
    }
    watched.current = now;
  });

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame === 0) frame = win.requestAnimationFrame(() => ((frame = 0), latest.current()));
    };
    const opts = { capture: true, passive: true } as const;
    win.addEventListener('scroll', schedule, opts);
    win.addEventListener('resize', schedule, opts);
    win.visualViewport?.addEventListener('resize', schedule, opts);
    win.visualViewport?.addEventListener('scroll', schedule, opts);
    const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (RO) {
      observer.current = new RO(schedule);
      for (const el of watched.current) if (el) observer.current.observe(el);
    }
    return () => {
      win.removeEventListener('scroll', schedule, opts);
      win.removeEventListener('resize', schedule, opts);
      win.visualViewport?.removeEventListener('resize', schedule, opts);
      win.visualViewport?.removeEventListener('scroll', schedule, opts);
      observer.current?.disconnect();
      observer.current = null;
      if (frame !== 0) win.cancelAnimationFrame(frame);
    };
  }, [win]);
}

/** The layout viewport, without scrollbars where the page has them. */
export function viewportOf(win: Window): Size {
  const de = win.document.documentElement;
  return { width: Math.min(win.innerWidth, de.clientWidth || win.innerWidth), height: Math.min(win.innerHeight, de.clientHeight || win.innerHeight) };
}

/** The anchor's rectangle, or null when it cannot be read (its element went away). */
export function readAnchor(anchor: Anchor | undefined): Box | null {
  if (!anchor) return null;
  try {
    const r = anchor();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  } catch {
    return null;
  }
}

/** The size an element would take without a max-height we set earlier (its content's full height plus borders). */
export function sizeOf(el: HTMLElement): Size {
  const borders = el.offsetHeight - el.clientHeight;
  return { width: el.offsetWidth, height: Math.max(el.offsetHeight, el.scrollHeight + borders) };
}

/** Moves one of our floating elements; `null` hides it (it stays in the tree, so focus inside is not lost). */
export function moveTo(el: HTMLElement, at: (Point & { maxHeight?: number }) | null): void {
  if (!at) {
    el.dataset.placed = 'false';
    return;
  }
  el.style.left = `${Math.round(at.left)}px`;
  el.style.top = `${Math.round(at.top)}px`;
  el.style.maxHeight = at.maxHeight === undefined ? '' : `${Math.floor(at.maxHeight)}px`;
  el.dataset.placed = 'true';
}
