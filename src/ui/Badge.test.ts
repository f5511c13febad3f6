// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from './Announcer.tsx';
import { HOVER_CLOSE_MS } from './Badge.tsx';
import { click, finding, mount, press, rect } from './testing.ts';
import type { BadgeState, CardActions } from './types.ts';

const noop: CardActions = { onDismiss() {} };

afterEach(() => {
  document.querySelectorAll('postcheck-ui').forEach((h) => h.remove());
  vi.useRealTimers();
});

function withBadge(state: BadgeState, actions: CardActions = noop) {
  const m = mount();
  act(() => m.ui.setBadge(rect(100, 100, 400, 120), state, actions));
  const badge = m.$<HTMLButtonElement>('button.pc-badge');
  if (!badge) throw new Error('no badge');
  return { ...m, badge };
}

describe('Badge', () => {
  it('is a button named by its count and the worst severity, coloured and shaped by it', () => {
    const { badge } = withBadge({
      status: 'on',
      findings: [finding({ key: 'a', severity: 'advice' }), finding({ key: 'b', severity: 'stop' }), finding({ key: 'c', severity: 'advice' })],
    });
    expect(badge.tagName).toBe('BUTTON');
    expect(badge.getAttribute('aria-label')).toBe('Postcheck: 3 issues (1 must not post, 2 worth a look)');
    expect(badge.classList.contains('pc-badge--stop')).toBe(true);
    expect(badge.querySelector('svg')?.getAttribute('data-icon')).toBe('stop');
    expect(badge.textContent).toBe('3');
  });

  it.each([
    ['warning', ['advice', 'warning'], 'Postcheck: 2 issues (1 check before posting, 1 worth a look)'],
    ['advice', ['advice'], 'Postcheck: 1 issue (1 worth a look)'],
  ] as const)('takes the %s look when that is the worst', (look, severities, name) => {
    const { badge } = withBadge({ status: 'on', findings: severities.map((severity, i) => finding({ key: String(i), severity })) });
    expect(badge.className).toBe(`pc-badge pc-badge--${look}`);
    expect(badge.getAttribute('aria-label')).toBe(name);
  });

  it('says "no issues" with a check mark when the post is clean', () => {
    const { badge } = withBadge({ status: 'on', findings: [] });
    expect(badge.getAttribute('aria-label')).toBe('Postcheck: no issues found');
    expect(badge.classList.contains('pc-badge--clear')).toBe(true);
    expect(badge.querySelector('svg')?.getAttribute('data-icon')).toBe('clear');
  });

  it('is never silent when checking is off, and shows when it is still loading', () => {
    const off = withBadge({ status: 'off', reason: 'LinkedIn is turned off in your settings' });
    expect(off.badge.getAttribute('aria-label')).toBe('Postcheck: checking is off: LinkedIn is turned off in your settings');
    expect(off.badge.classList.contains('pc-badge--off')).toBe(true);
    click(off.badge);
    expect(off.$('.pc-popup')?.textContent).toContain('Checking is off: LinkedIn is turned off in your settings');
    act(() => off.ui.destroy());

    const loading = withBadge({ status: 'loading' });
    expect(loading.badge.getAttribute('aria-label')).toBe('Postcheck: getting ready to check');
    expect(loading.badge.classList.contains('pc-badge--loading')).toBe(true);
  });

  it('hides when given no anchor', () => {
    const { ui, $ } = withBadge({ status: 'on', findings: [] });
    act(() => ui.setBadge(null, { status: 'on', findings: [] }, noop));
    expect($('.pc-badge')).toBeNull();
  });

  it('sits inside the box, at its bottom-right corner', () => {
    const { badge } = withBadge({ status: 'on', findings: [] });
    // happy-dom has no layout: the badge measures 0×0, so it lands INSET px in from the corner (100+400-6, 100+120-6).
    expect(badge.style.left).toBe('494px');
    expect(badge.style.top).toBe('214px');
    expect(badge.dataset.placed).toBe('true');
  });

  it('opens a list on click (several findings), each expanding to the full card; Escape closes it and keeps focus on the badge', () => {
    const onDismiss = vi.fn();
    const { badge, $, $$, root } = withBadge(
      { status: 'on', findings: [finding({ key: 'a', severity: 'advice', words: 'Ofsted' }), finding({ key: 'b', words: 'Jo Bloggs' })] },
      { onDismiss },
    );
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const popup = $('.pc-popup');
    expect(popup?.getAttribute('role')).toBe('dialog');
    expect(badge.getAttribute('aria-controls')).toBe(popup?.id);
    const toggles = $$<HTMLButtonElement>('.pc-toggle');
    // Most severe first.
    expect(toggles.map((t) => t.textContent)).toEqual(['Must not post“Jo Bloggs”', 'Worth a look“Ofsted”']);
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('false');
    click(toggles[0] ?? null);
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('true');
    expect($('.pc-list .pc-quote')?.textContent).toBe('Staff must not name pupils on social media.');
    click($$('.pc-list .pc-button').find((b) => b.textContent === 'Not a problem here') ?? null);
    expect(onDismiss).toHaveBeenCalledWith('b');
    expect(root.activeElement).toBe(popup);
    press(popup as HTMLElement, 'Escape');
    expect($('.pc-popup')).toBeNull();
    expect(root.activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on keyboard focus, and on hover until the pointer has been away for a moment', () => {
    vi.useFakeTimers();
    const { badge, $ } = withBadge({ status: 'on', findings: [finding()] });
    act(() => badge.focus());
    expect($('.pc-popup')).not.toBeNull();
    act(() => badge.blur());
    expect($('.pc-popup')).toBeNull();

    act(() => badge.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    expect($('.pc-popup h2')?.textContent).toBe('Must not post“Jo Bloggs”');
    act(() => badge.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true })));
    act(() => vi.advanceTimersByTime(HOVER_CLOSE_MS - 50));
    expect($('.pc-popup')).not.toBeNull();
    act(() => vi.advanceTimersByTime(100));
    expect($('.pc-popup')).toBeNull();
  });

  it('can be reached by a shortcut (focusBadge), and a second Escape goes back to the editor', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed" tabindex="0">text</div>';
    const editor = document.getElementById('ed') as HTMLElement;
    editor.focus();
    const { ui, badge, root, $ } = withBadge({ status: 'on', findings: [finding()] });
    let moved = false;
    act(() => {
      moved = ui.focusBadge();
    });
    expect(moved).toBe(true);
    expect(root.activeElement).toBe(badge);
    expect($('.pc-popup')).not.toBeNull();
    press(badge, 'Escape');
    expect($('.pc-popup')).toBeNull();
    expect(root.activeElement).toBe(badge);
    press(badge, 'Escape');
    expect(document.activeElement).toBe(editor);
    act(() => ui.setBadge(null, { status: 'loading' }, noop));
    expect(ui.focusBadge()).toBe(false);
    document.body.innerHTML = '';
  });

  it('tells screen readers when the count changes, once typing settles', () => {
    vi.useFakeTimers();
    const m = mount();
    const region = m.$('[aria-live="polite"]');
    const set = (n: number) =>
      act(() => m.ui.setBadge(rect(0, 0, 300, 100), { status: 'on', findings: Array.from({ length: n }, (_, i) => finding({ key: String(i), severity: 'warning' })) }, noop));
    set(0);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
    expect(region?.textContent).toBe(''); // a clean box at the start is not worth saying
    set(1);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2));
    set(2);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2));
    expect(region?.textContent).toBe('');
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region?.textContent).toBe('Postcheck: 2 issues (2 check before posting)');
    set(0);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region?.textContent).toBe('Postcheck: no issues found');
  });
});
