// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_CLOSE_MS } from './FindingCard.tsx';
import { click, finding, mount, press, rect } from './testing.ts';
import type { CardActions } from './types.ts';

afterEach(() => {
  document.querySelectorAll('postcheck-ui').forEach((h) => h.remove());
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const buttonsOf = (root: ShadowRoot) => [...root.querySelectorAll('.pc-card .pc-actions button')].map((b) => b.textContent);

describe('FindingCard', () => {
  it('shows the words, the message, the best clause (id, heading, quote), its guidance and the suggestion', () => {
    const { ui, $, refText } = mount();
    act(() => ui.showCard(finding(), rect(50, 60, 80, 20), { onDismiss() {} }));
    const card = $('.pc-card');
    expect(card?.getAttribute('role')).toBe('dialog');
    expect(refText(card as Element, 'aria-labelledby')).toBe('Must not post“Jo Bloggs”');
    expect($('.pc-message')?.textContent).toBe('This looks like a pupil’s name.');
    expect($('.pc-clause-id')?.textContent).toBe('Clause B1');
    expect($('.pc-section')?.textContent).toBe('Pupils');
    expect($('blockquote.pc-quote')?.textContent).toBe('Staff must not name pupils on social media.');
    expect($('.pc-guidance')?.textContent).toBe('What to do: Remove the name before posting.');
    expect($('.pc-suggestion')?.textContent).toBe('Try: Leave the name out, or say “a pupil”.');
    expect($('.pc-also')?.textContent).toBe('Also covered by clause B4.');
    expect($('.pc-uncited')).toBeNull();
    // Placed under the words (happy-dom measures the card as 0×0).
    expect(card?.style.left).toBe('50px');
    expect(card?.style.top).toBe('86px');
  });

  it('says when no clause covers a finding', () => {
    const { ui, $ } = mount();
    act(() => ui.showCard(finding({ citations: [], uncited: true, severity: 'advice' }), rect(0, 0, 10, 10)));
    expect($('.pc-clause')).toBeNull();
    expect($('.pc-uncited')?.textContent).toBe("No clause of your school's policy covers this, so it is shown as advice only.");
  });

  it('"Not a problem here" and "Always allow this word" call the actions with the finding\'s key and close the card', () => {
    const actions = { onDismiss: vi.fn(), onAllowWord: vi.fn() } satisfies CardActions;
    const { ui, root, $ } = mount();
    act(() => ui.showCard(finding({ key: 'k1' }), rect(0, 0, 10, 10), actions));
    expect(buttonsOf(root)).toEqual(['Not a problem here', 'Always allow this word']);
    click([...root.querySelectorAll('.pc-actions button')][1] ?? null);
    expect(actions.onAllowWord).toHaveBeenCalledWith('k1');
    expect($('.pc-card')).toBeNull();

    act(() => ui.showCard(finding({ key: 'k2' }), rect(0, 0, 10, 10), actions));
    click(root.querySelector('.pc-actions button'));
    expect(actions.onDismiss).toHaveBeenCalledWith('k2');
    expect(actions.onDismiss).toHaveBeenCalledTimes(1);
    expect($('.pc-card')).toBeNull();
  });

  it('has no "Always allow" for a roster name, nor when the settings are locked', () => {
    const { ui, root } = mount();
    act(() => ui.showCard(finding({ allowable: false }), rect(0, 0, 10, 10), { onDismiss() {}, onAllowWord() {} }));
    expect(buttonsOf(root)).toEqual(['Not a problem here']);
    act(() => ui.showCard(finding({ key: 'other' }), rect(0, 0, 10, 10), { onDismiss() {} }));
    expect(buttonsOf(root)).toEqual(['Not a problem here']);
  });

  it('uses the badge\'s actions when the caller gives none', () => {
    const onDismiss = vi.fn();
    const { ui, root } = mount();
    act(() => ui.setBadge(rect(0, 0, 300, 100), { status: 'on', findings: [finding()] }, { onDismiss }));
    act(() => ui.showCard(finding(), rect(0, 0, 10, 10)));
    click(root.querySelector('.pc-card .pc-actions button'));
    expect(onDismiss).toHaveBeenCalledWith(finding().key);
  });

  it('closes a moment after it is told to, but not while the pointer is over it', () => {
    vi.useFakeTimers();
    const { ui, $ } = mount();
    act(() => ui.showCard(finding(), rect(0, 0, 10, 10)));
    const card = $('.pc-card') as HTMLElement;
    act(() => card.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    act(() => ui.showCard(null));
    act(() => vi.advanceTimersByTime(CARD_CLOSE_MS * 4));
    expect($('.pc-card')).toBe(card);
    act(() => card.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true })));
    act(() => vi.advanceTimersByTime(CARD_CLOSE_MS - 50));
    expect($('.pc-card')).toBe(card);
    act(() => vi.advanceTimersByTime(100));
    expect($('.pc-card')).toBeNull();
  });

  it('keeps the same card when shown the same finding again (no flicker), and cancels a pending close', () => {
    vi.useFakeTimers();
    const { ui, $ } = mount();
    act(() => ui.showCard(finding(), rect(0, 0, 10, 10)));
    const card = $('.pc-card');
    act(() => ui.showCard(null));
    act(() => ui.showCard(finding(), rect(0, 0, 10, 10)));
    act(() => vi.advanceTimersByTime(CARD_CLOSE_MS * 4));
    expect($('.pc-card')).toBe(card);
  });

  it('is keyboard reachable; Escape closes it and gives focus back to where it came from', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed" tabindex="0">text</div>';
    const editor = document.getElementById('ed') as HTMLElement;
    editor.focus();
    const { ui, root, $ } = mount();
    act(() => ui.showCard(finding(), rect(0, 0, 10, 10), { onDismiss() {} }));
    const first = $<HTMLButtonElement>('.pc-card button');
    act(() => first?.focus());
    expect(root.activeElement).toBe(first);
    press(first as HTMLElement, 'Escape');
    expect($('.pc-card')).toBeNull();
    expect(document.activeElement).toBe(editor);
  });
});
