// @vitest-environment happy-dom
// Post text and policy text are shown as text: markup in them never becomes elements, and bidi overrides are isolated.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { click, finding, mount, rect } from './testing.ts';

afterEach(() => {
  document.querySelectorAll('postcheck-ui').forEach((h) => h.remove());
});

const EVIL = '<img src=x onerror=alert(1)>';

describe('untrusted text', () => {
  it('renders markup in words, messages and clauses as text, in the badge list, the card and the gate', () => {
    const nasty = finding({
      words: EVIL,
      message: `<b>${EVIL}</b>`,
      suggestion: '<script>alert(2)</script>',
      citations: [{ packId: 'p', clauseId: '<i>1</i>', section: '<u>s</u>', quote: EVIL, guidance: '<a href="javascript:alert(3)">x</a>' }],
    });
    const { ui, root, $, $$ } = mount();
    const noMarkup = () => {
      for (const tag of ['img', 'script', 'b', 'i', 'u', 'a']) expect(root.querySelectorAll(tag)).toHaveLength(0);
    };
    act(() => ui.setBadge(rect(0, 0, 300, 100), { status: 'on', findings: [nasty, finding({ key: 'x' })] }, { onDismiss() {} }));
    click($('.pc-badge'));
    for (const t of $$('.pc-toggle')) click(t);
    expect($$('.pc-popup .pc-words').map((w) => w.textContent)).toContain(`“${EVIL}”`);
    expect($('.pc-popup blockquote')?.textContent).toBe(EVIL);
    noMarkup();

    act(() => ui.showCard(nasty, rect(0, 0, 10, 10)));
    expect($('.pc-card .pc-words')?.textContent).toBe(`“${EVIL}”`);
    expect($('.pc-card .pc-clause')?.textContent).toBe('Clause <i>1</i> · <u>s</u>');
    noMarkup();

    act(() => void ui.openGate({ findings: [nasty], canPostAnyway: true, packTitle: EVIL }));
    expect($('.pc-gate .pc-words')?.textContent).toBe(`“${EVIL}”`);
    expect($('.pc-gate blockquote')?.textContent).toBe(EVIL);
    expect($('.pc-gate p')?.textContent).toContain(EVIL);
    expect($('.pc-gate .pc-guidance')?.textContent).toBe('What to do: <a href="javascript:alert(3)">x</a>');
    noMarkup();
  });

  it('isolates the marked words in <bdi>, so a right-to-left override in them cannot flip the UI around them', () => {
    const { ui, $ } = mount();
    act(() => ui.showCard(finding({ words: '\u202Eevil\u202C' }), rect(0, 0, 10, 10)));
    const bdi = $('.pc-words bdi');
    expect(bdi?.textContent).toBe('\u202Eevil\u202C');
    expect($('style')?.textContent).toContain('bdi { unicode-bidi: isolate; }');
    expect($('style')?.textContent).toContain('overflow-wrap: anywhere');
  });
});
