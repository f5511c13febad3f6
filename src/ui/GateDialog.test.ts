// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, finding, mount, press, rect } from './testing.ts';
import type { GateChoice, GateRequest } from './types.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('postcheck-ui').forEach((h) => h.remove());
  document.body.innerHTML = '';
});

const request = (over: Partial<GateRequest> = {}): GateRequest => ({
  findings: [finding({ key: 'a', severity: 'warning', words: 'damn', signal: 'abuse.profanity', category: 'abuse' }), finding({ key: 'b' })],
  canPostAnyway: true,
  packTitle: 'Congerstone Primary School Social Media Policy',
  ...over,
});

/** Lets the dialog's settle time pass (it ignores clicks just after opening). */
function settle(): void {
  const now = performance.now();
  vi.spyOn(performance, 'now').mockReturnValue(now + 1000);
}

function open(over: Partial<GateRequest> = {}) {
  const m = mount();
  let answer!: Promise<GateChoice>;
  act(() => {
    answer = m.ui.openGate(request(over));
  });
  const dialog = m.$('[role="alertdialog"]');
  if (!dialog) throw new Error('no dialog');
  const button = (name: string) => m.$$<HTMLButtonElement>('button').find((b) => b.textContent === name) ?? null;
  return { ...m, answer, dialog, button };
}

describe('GateDialog', () => {
  it('is a modal alertdialog named "Before you post", described by its summary, with Edit post focused', () => {
    const { dialog, refText, root, button } = open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(refText(dialog, 'aria-labelledby')).toBe('Before you post');
    expect(dialog.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby') ?? '')}`)?.tagName).toBe('H2');
    expect(refText(dialog, 'aria-describedby')).toBe(
      "Postcheck found 2 things in this post that your school's policy covers (Congerstone Primary School Social Media Policy). 1 of them must not be posted as written.",
    );
    expect(root.activeElement).toBe(button('Edit post'));
    expect(button('Post anyway')).not.toBeNull();
  });

  it('lists each finding, most severe first: severity in words, the words, clause id, heading, quote and guidance', () => {
    const { $$ } = open();
    const items = $$('.pc-gate-list > li');
    expect(items).toHaveLength(2);
    expect(items.map((li) => li.querySelector('h3')?.textContent)).toEqual(['Must not post“Jo Bloggs”', 'Check before posting“damn”']);
    const first = items[0] as HTMLElement;
    expect(first.querySelector('.pc-clause')?.textContent).toBe('Clause B1 · Pupils');
    expect(first.querySelector('blockquote')?.textContent).toBe('Staff must not name pupils on social media.');
    expect(first.querySelector('.pc-guidance')?.textContent).toContain('Remove the name before posting.');
  });

  it('Escape means "Edit post"', async () => {
    const { ui, dialog, answer, $ } = open();
    press(dialog, 'Escape');
    await expect(answer).resolves.toBe('edit');
    expect($('[role="alertdialog"]')).toBeNull();
    expect(ui.isGateOpen()).toBe(false);
  });

  it('clicks in the first moments after opening are ignored (the second click of a double click)', () => {
    const { ui, button } = open();
    click(button('Post anyway'));
    expect(ui.isGateOpen()).toBe(true);
  });

  it('"Post anyway" resolves "post" exactly once', async () => {
    const { ui, answer, button } = open();
    settle();
    const post = button('Post anyway');
    const seen: GateChoice[] = [];
    void answer.then((c) => seen.push(c));
    click(post);
    act(() => post?.click()); // a second click on the (now removed) button changes nothing
    await expect(answer).resolves.toBe('post');
    await Promise.resolve();
    expect(seen).toEqual(['post']);
    expect(ui.isGateOpen()).toBe(false);
  });

  it('when the school asks for a reason, "Post anyway" waits for one and hands it over before posting', async () => {
    const reasons: string[] = [];
    const { ui, answer, button, $ } = open({ recordReason: (r) => reasons.push(r) });
    settle();
    const post = button('Post anyway');
    expect(post?.getAttribute('aria-disabled')).toBe('true');
    click(post);
    expect(ui.isGateOpen()).toBe(true);
    const box = $<HTMLTextAreaElement>('.pc-reason textarea')!;
    expect(box.labels?.[0]?.textContent).toBe('Why does this need to go out as it is?');
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value')!.set!;
      setValue.call(box, '  Parent asked us to share the photo  ');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(post?.getAttribute('aria-disabled')).toBeNull();
    click(post);
    await expect(answer).resolves.toBe('post');
    expect(reasons).toEqual(['Parent asked us to share the photo']);
  });

  it('has no "Post anyway" when the settings forbid it, and says who to ask', () => {
    const custom = open({ canPostAnyway: false, askWho: 'Mrs Patel (DSL)' });
    expect(custom.button('Post anyway')).toBeNull();
    expect(custom.$('.pc-ask')?.textContent).toBe("Your school's settings don't allow posting this as it is. If you think it should go out, ask Mrs Patel (DSL) first.");
    expect(custom.refText(custom.dialog, 'aria-describedby')).toContain('ask Mrs Patel (DSL) first');
    act(() => custom.ui.destroy());

    const fallback = open({ canPostAnyway: false });
    expect(fallback.$('.pc-ask')?.textContent).toContain('ask your headteacher or designated safeguarding lead first');
  });

  it('a second openGate while open returns the same promise and opens nothing new', async () => {
    const { ui, answer, $$, button } = open();
    let again!: Promise<GateChoice>;
    act(() => {
      again = ui.openGate(request({ packTitle: 'Other' }));
    });
    expect(again).toBe(answer);
    expect($$('[role="alertdialog"]')).toHaveLength(1);
    settle();
    click(button('Edit post'));
    await expect(again).resolves.toBe('edit');
    let third!: Promise<GateChoice>;
    act(() => {
      third = ui.openGate(request());
    });
    expect(third).not.toBe(answer);
  });

  it('traps Tab and Shift+Tab inside the dialog', () => {
    const { root, dialog, button } = open();
    const edit = button('Edit post');
    const post = button('Post anyway');
    act(() => post?.focus());
    press(dialog, 'Tab');
    expect(root.activeElement).toBe(edit);
    press(dialog, 'Tab', { shiftKey: true });
    expect(root.activeElement).toBe(post);
  });

  it('gives focus back to the editor when it closes, and hides any open card', async () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed" tabindex="0">text</div>';
    const editor = document.getElementById('ed') as HTMLElement;
    editor.focus();
    const m = mount();
    act(() => m.ui.showCard(finding(), rect(0, 0, 10, 10)));
    expect(m.$('.pc-card')).not.toBeNull();
    let answer!: Promise<GateChoice>;
    act(() => {
      answer = m.ui.openGate(request());
    });
    expect(m.$('.pc-card')).toBeNull();
    expect(document.activeElement).not.toBe(editor);
    press(m.$('[role="alertdialog"]') as HTMLElement, 'Escape');
    await answer;
    expect(document.activeElement).toBe(editor);
  });
});
