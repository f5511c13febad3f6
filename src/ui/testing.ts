// Shared by the UI's tests: findings to show and a mounted UI to look into. Not part of the product bundle.
import { act } from 'react';
import { mountUi } from './mount.tsx';
import type { ShownFinding, UiHandle } from './types.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function finding(over: Partial<ShownFinding> = {}): ShownFinding {
  return {
    key: 'pupil.name|jo|0',
    words: 'Jo Bloggs',
    start: 10,
    end: 19,
    severity: 'stop',
    category: 'pupil',
    signal: 'pupil.name',
    message: 'This looks like a pupil’s name.',
    suggestion: 'Leave the name out, or say “a pupil”.',
    citations: [
      { packId: 'baseline', clauseId: 'B1', section: 'Pupils', quote: 'Staff must not name pupils on social media.', guidance: 'Remove the name before posting.' },
      { packId: 'baseline', clauseId: 'B4', section: 'Confidentiality', quote: 'Keep pupil information confidential.', guidance: 'Share nothing that identifies a pupil.' },
    ],
    uncited: false,
    allowable: true,
    ...over,
  };
}

export const rect = (left: number, top: number, width: number, height: number) => () => new DOMRect(left, top, width, height);

export interface Mounted {
  ui: UiHandle;
  root: ShadowRoot;
  $: <E extends Element = HTMLElement>(selector: string) => E | null;
  $$: <E extends Element = HTMLElement>(selector: string) => E[];
  /** The text of the elements an aria-labelledby / aria-describedby points at. */
  refText(el: Element, attr: 'aria-labelledby' | 'aria-describedby'): string;
}

export function mount(): Mounted {
  let ui!: UiHandle;
  act(() => {
    ui = mountUi(document);
  });
  const host = document.querySelector('postcheck-ui');
  if (!host?.shadowRoot) throw new Error('no host');
  const root = host.shadowRoot;
  return {
    ui,
    root,
    $: <E extends Element = HTMLElement>(s: string) => root.querySelector(s) as E | null,
    $$: <E extends Element = HTMLElement>(s: string) => [...root.querySelectorAll(s)] as E[],
    refText: (el, attr) =>
      (el.getAttribute(attr) ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' '),
  };
}

export function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  });
}

export function click(target: Element | null): void {
  if (!target) throw new Error('nothing to click');
  act(() => {
    (target as HTMLElement).click();
  });
}

export function activeIn(root: ShadowRoot): Element | null {
  return root.activeElement;
}
