// While the gate is open the page behind must not move: a wheel or touch scroll that the dialog cannot use itself
// is cancelled instead of chaining to the page.

/** True when some element from `target` up to `root` can still scroll by `dy` (so the gesture is the dialog's). */
export function canScrollWithin(target: EventTarget | null, root: HTMLElement, dy: number): boolean {
  for (let el = target as HTMLElement | null; el; el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight + 1) {
      if (dy < 0 ? el.scrollTop > 0 : dy > 0 ? el.scrollTop + el.clientHeight < el.scrollHeight - 1 : false) return true;
    }
    if (el === root) break;
  }
  return false;
}

/** Installs the guard on `backdrop` (wheel and touch, non-passive so they can be cancelled); returns the undo. */
export function guardScroll(backdrop: HTMLElement, dialog: HTMLElement): () => void {
  let lastY = 0;
  const onWheel = (e: WheelEvent) => {
    if (!canScrollWithin(e.target, dialog, e.deltaY)) e.preventDefault();
  };
  const onTouchStart = (e: TouchEvent) => {
    lastY = e.touches[0]?.clientY ?? 0;
  };
  const onTouchMove = (e: TouchEvent) => {
    const y = e.touches[0]?.clientY ?? lastY;
    const dy = lastY - y;
    lastY = y;
    if (!canScrollWithin(e.target, dialog, dy)) e.preventDefault();
  };
  backdrop.addEventListener('wheel', onWheel, { passive: false });
  backdrop.addEventListener('touchstart', onTouchStart, { passive: true });
  backdrop.addEventListener('touchmove', onTouchMove, { passive: false });
  return () => {
    backdrop.removeEventListener('wheel', onWheel);
    backdrop.removeEventListener('touchstart', onTouchStart);
    backdrop.removeEventListener('touchmove', onTouchMove);
  };
}
