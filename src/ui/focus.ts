// Focus helpers. Focus moves with preventScroll everywhere: our pieces are fixed, and the page must never jump.

const TABBABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element that really has focus, looking through open shadow roots (ours included). */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && 'focus' in el ? (el as HTMLElement) : null;
}

export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)];
}

export function focusQuietly(el: HTMLElement | null | undefined): boolean {
  if (!el || !el.isConnected) return false;
  el.focus({ preventScroll: true });
  return true;
}

/** Keeps Tab and Shift+Tab cycling inside `root`. Returns true when it moved focus. */
export function trapTab(event: { key: string; shiftKey: boolean; preventDefault(): void }, root: HTMLElement, active: Element | null): boolean {
  if (event.key !== 'Tab') return false;
  const items = tabbables(root);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return true;
  }
  const inside = active !== null && root.contains(active);
  if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault();
    focusQuietly(last);
    return true;
  }
  if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    focusQuietly(first);
    return true;
  }
  return false;
}
