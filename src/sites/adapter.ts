// What the shared content-script code needs to know about one site. Each site's file knows only that site's DOM;
// text reading, highlighting and the submit gate are shared. A fourth site is one new file plus a line in sites.ts.

export const SITE_IDS = ['facebook', 'x', 'linkedin'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** What kind of box it is, for wording ("your comment", "your message"). */
export type BoxKind = 'post' | 'comment' | 'reply' | 'message';

export interface SiteAdapter {
  /** A site's id, or 'training' for the training page's practice composers. */
  id: SiteId | 'training';
  /** The site's name as staff know it. */
  name: string;
  /** Host names the adapter serves (exact match). */
  hosts: readonly string[];
  /** The compose box that `node` is in or is, or null when it is not a compose box this adapter knows. */
  editorFor(node: Element): HTMLElement | null;
  /** What kind of box an editor is. */
  kindOf(editor: HTMLElement): BoxKind;
  /** The site's own post/reply/comment/send control that `node` is part of, or null. */
  submitControlFor(node: Element): HTMLElement | null;
  /** The compose boxes a control would post (every box of an X thread for "Post all"). */
  editorsForControl(control: HTMLElement): HTMLElement[];
  /** The control that posts `editor`, when there is one on the page (used for "Post anyway" after a key). */
  controlForEditor(editor: HTMLElement): HTMLElement | null;
  /** Whether this key press in `editor` posts (e.g. Enter in a Facebook comment, Ctrl+Enter on X). */
  keyPosts(event: KeyboardEvent, editor: HTMLElement): boolean;
  /** The boxes a form's submit would post, for sites that post by form submission (LinkedIn messaging). */
  editorsForForm?(form: HTMLFormElement): HTMLElement[];
}

/** True when a control is disabled by attribute or ARIA: the site will not post, so the gate leaves it alone. */
export function isDisabled(control: Element): boolean {
  return (
    (control instanceof HTMLButtonElement && control.disabled) ||
    control.getAttribute('aria-disabled') === 'true' ||
    control.hasAttribute('disabled')
  );
}

/** The editable element itself: some editors mark a wrapper, some the element typed into. */
export function editableWithin(el: Element | null): HTMLElement | null {
  if (!el) return null;
  const up = el.closest<HTMLElement>('[contenteditable="true"], textarea');
  if (up) return up;
  return el.querySelector<HTMLElement>('[contenteditable="true"], textarea');
}

/** A plain key with none of the modifiers that make it mean something else. */
export function isBareKey(event: KeyboardEvent, key: string): boolean {
  return event.key === key && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
}

/**
 * A suggestion list (mentions, hashtags, emoji) is open on the box and Enter would pick from it, not post: the box
 * points at the highlighted option (`aria-activedescendant`) or says its list is expanded (the combobox pattern).
 */
export function isPickingSuggestion(editor: Element): boolean {
  return Boolean(editor.getAttribute('aria-activedescendant')) || editor.getAttribute('aria-expanded') === 'true';
}

/** Ctrl+Enter, or Cmd+Enter on a Mac. */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** Walks up from `el` (across open shadow roots) to the nearest ancestor matching `selector`. */
export function closestMatching<T extends Element = HTMLElement>(el: Element | null, selector: string): T | null {
  let node: Element | null = el;
  while (node) {
    const hit = node.closest(selector);
    if (hit) return hit as T;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Where a search for a box's control (or a control's box) stops: a dialog or a feed item holds its own. */
const BOUNDARY = '[role="dialog"], dialog, [role="article"], article';

/**
 * The elements matching `selector` in the nearest ancestor of `from` that has any: how a control finds its box and a
 * box its control without knowing the site's wrapper classes. Stops at a dialog or feed item, at `<body>`, and after
 * `maxUp` levels.
 */
export function nearby<T extends Element = HTMLElement>(from: Element, selector: string, maxUp = 16): T[] {
  let node: Element | null = from;
  for (let i = 0; node && i <= maxUp; i++, node = node.parentElement) {
    const found = node.querySelectorAll<T>(selector);
    if (found.length) return [...found];
    if (node === from.ownerDocument.body || node.matches(BOUNDARY)) break;
  }
  return [];
}
