// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_TAG, isFromUi } from './mount.tsx';
import { finding, mount, rect } from './testing.ts';

afterEach(() => {
  document.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  document.body.innerHTML = '';
});

describe('mountUi host', () => {
  it('adds one host to <html>, outside the body and any editor, with an open shadow root holding its styles', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed">hello</div>';
    const before = document.body.innerHTML;
    const { root } = mount();
    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.parentElement).toBe(document.documentElement);
    expect(hosts[0]?.shadowRoot).toBe(root);
    expect(document.body.innerHTML).toBe(before);
    const host = hosts[0] as HTMLElement;
    expect(host.getAttribute('style')).toContain('all: initial !important');
    expect(host.getAttribute('style')).toContain('z-index: 2147483647 !important');
    expect(root.querySelector('style')?.textContent).toContain('.pc-badge');
  });

  it('gives the highlighter a fixed, pointer-events-none layer inside the shadow root that React leaves alone', () => {
    const { ui, root } = mount();
    const layer = ui.overlayLayer();
    expect(layer.getRootNode()).toBe(root);
    expect(layer.className).toBe('pc-overlay');
    expect(root.querySelector('style')?.textContent).toMatch(/\.pc-overlay \{ position: fixed; inset: 0; pointer-events: none;/);
    const mark = document.createElement('div');
    layer.append(mark);
    act(() => ui.setBadge(rect(0, 0, 300, 100), { status: 'loading' }, { onDismiss() {} }));
    expect(mark.isConnected).toBe(true);
  });

  it('scales all its text from the browser default for a page that presents, and ignores a nonsense scale', () => {
    const { ui, root } = mount();
    const roots = [...root.querySelectorAll<HTMLElement>('.pc-root')];
    expect(roots).toHaveLength(2);
    ui.setTextScale(1.75);
    expect(roots.map((r) => r.style.fontSize)).toEqual(['175%', '175%']);
    ui.setTextScale(Number.NaN);
    expect(roots.map((r) => r.style.fontSize)).toEqual(['', '']);
  });

  it('keeps its events from bubbling to the page, and says which events are its own', () => {
    const { ui, $ } = mount();
    act(() => ui.setBadge(rect(0, 0, 300, 100), { status: 'on', findings: [] }, { onDismiss() {} }));
    const seen: string[] = [];
    let fromUi = false;
    document.addEventListener('keydown', (e) => seen.push(`doc:${e.key}`));
    window.addEventListener('keydown', (e) => (fromUi = isFromUi(e)), { capture: true });
    $('.pc-badge')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(fromUi).toBe(true);
    expect(seen).toEqual([]);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(seen).toEqual(['doc:a']);
  });

  it('closes an open dialog as "edit" when what it asked about has gone, leaving focus alone', async () => {
    document.body.innerHTML = '<button id="elsewhere">x</button>';
    const { ui, $ } = mount();
    let answer!: Promise<string>;
    act(() => {
      answer = ui.openGate({ findings: [finding()], canPostAnyway: true, packTitle: 'Baseline' });
    });
    expect($('[role="alertdialog"]')).not.toBeNull();
    document.getElementById('elsewhere')!.focus();
    act(() => ui.closeGate());
    await expect(answer).resolves.toBe('edit');
    expect($('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement?.id).toBe('elsewhere');
    act(() => ui.closeGate()); // nothing open: nothing happens
  });

  it('destroy removes the host, stops rendering and answers an open gate with "edit"', async () => {
    const { ui } = mount();
    let answer!: Promise<string>;
    act(() => {
      answer = ui.openGate({ findings: [finding()], canPostAnyway: true, packTitle: 'Baseline' });
    });
    act(() => ui.destroy());
    expect(document.querySelector(HOST_TAG)).toBeNull();
    await expect(answer).resolves.toBe('edit');
    expect(ui.isGateOpen()).toBe(false);
    ui.setBadge(rect(0, 0, 1, 1), { status: 'loading' }, { onDismiss() {} }); // no throw after destroy
    ui.destroy();
  });
});
