// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { facebook } from './facebook.ts';
import { installGate, type Gate, type PostIntent } from './gate.ts';

// Events a user makes are trusted; script-made ones are not. happy-dom makes every event untrusted, so the tests mark
// the ones standing for the user's own.
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let gate: Gate;
let risky: boolean;
let stopped: PostIntent[];
let posted: string[];
let site: AbortController;

beforeEach(() => {
  document.body.innerHTML = `
    <div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Create a public post" id="post"><p>hi</p></div>
      <div role="button" tabindex="0" aria-label="Post" id="post-btn"><span id="post-btn-label">Post</span></div></div>
    <div role="article"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Jo" id="comment"><p>hi</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Comment" id="comment-btn"></div></div></div>`;
  risky = true;
  stopped = [];
  posted = [];
  gate = installGate(window, facebook, { shouldStop: () => risky, stopped: (i) => stopped.push(i) });
  // The site's own handlers, in the bubble phase, like React's root listener.
  site = new AbortController();
  const { signal } = site;
  document.addEventListener('click', (e) => {
    const btn = (e.target as Element).closest('[role="button"]');
    if (btn) posted.push(`click:${btn.id}`);
  }, { signal });
  document.addEventListener('keydown', (e) => posted.push(`key:${e.key}:${(e.target as Element).id}`), { signal });
});

afterEach(() => {
  gate.uninstall();
  site.abort();
});

const $ = (id: string) => document.getElementById(id)!;
const click = (id: string) => $(id).dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
const press = (id: string, init: KeyboardEventInit) =>
  $(id).dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init })));

describe('submit gate', () => {
  it('stops a click on the post control while the post is risky, and says so once', () => {
    click('post-btn-label');
    expect(posted).toEqual([]);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({ how: 'click', editors: [$('post')], control: $('post-btn') });
  });

  it('lets a clean post straight through', () => {
    risky = false;
    click('post-btn');
    expect(posted).toEqual(['click:post-btn']);
    expect(stopped).toEqual([]);
  });

  it('ignores untrusted events (our own replay, page scripts)', () => {
    $('post-btn').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(posted).toEqual(['click:post-btn']);
  });

  it('leaves a disabled control alone', () => {
    $('post-btn').setAttribute('aria-disabled', 'true');
    click('post-btn');
    expect(stopped).toEqual([]);
  });

  it('stops Enter in a comment box but not Shift+Enter, and never during IME composition', () => {
    press('comment', { key: 'Enter' });
    press('comment', { key: 'Enter', shiftKey: true });
    press('comment', { key: 'Enter', isComposing: true });
    expect(stopped.map((i) => i.how)).toEqual(['key']);
    expect(posted).toEqual(['key:Enter:comment', 'key:Enter:comment']);
  });

  it('plain Enter in the post dialog is a new paragraph, not a post', () => {
    press('post', { key: 'Enter' });
    expect(stopped).toEqual([]);
  });

  it('Enter or Space on a focused div control is gated', () => {
    press('post-btn', { key: ' ' });
    press('post-btn', { key: 'Enter' });
    expect(stopped.map((i) => i.how)).toEqual(['key', 'key']);
    expect(posted).toEqual([]);
  });

  it('a held key opens one dialog, not one per repeat', () => {
    press('comment', { key: 'Enter' });
    press('comment', { key: 'Enter', repeat: true });
    press('comment', { key: 'Enter', repeat: true });
    expect(stopped).toHaveLength(1);
    expect(posted).toEqual([]);
  });

  it('pointer events on a risky post control do not reach the site', () => {
    const seen = vi.fn();
    document.addEventListener('pointerdown', seen, { signal: site.signal });
    $('post-btn').dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, cancelable: true })));
    expect(seen).not.toHaveBeenCalled();
    expect(stopped).toEqual([]);
  });

  it('replay posts once through the site control, past the gate', () => {
    press('comment', { key: 'Enter' });
    gate.replay(stopped[0]!);
    expect(posted).toEqual(['click:comment-btn']);
  });

  it('replays the key itself when the box has no control', () => {
    $('comment-btn').remove();
    press('comment', { key: 'Enter' });
    gate.replay(stopped[0]!);
    expect(posted).toEqual(['key:Enter:comment']);
  });
});
