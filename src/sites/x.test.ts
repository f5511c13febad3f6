// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { x } from './x.ts';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

beforeEach(() => {
  document.body.innerHTML = `
    <main><div id="home">
      <label data-testid="tweetTextarea_0_label" id="label">
        <div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0" id="inline"><div data-contents="true"></div></div>
      </label>
      <button data-testid="tweetButtonInline" id="inline-btn"><span>Post</span></button>
    </div></main>
    <div role="dialog" id="dialog">
      <div contenteditable="true" data-testid="tweetTextarea_0" id="t0"></div>
      <div contenteditable="true" data-testid="tweetTextarea_1" id="t1"></div>
      <button data-testid="tweetButton" id="post-all"><span>Post all</span></button>
    </div>
    <aside><div contenteditable="true" data-testid="dmComposerTextInput" id="dm"></div>
      <button data-testid="dmComposerSendButton" id="dm-send"></button></aside>`;
});

const $ = (id: string) => document.getElementById(id) as HTMLElement;

describe('x adapter', () => {
  it('the wrapping label with a tweetTextarea test id is not the editor', () => {
    expect(x.editorFor($('label'))).toBeNull();
    expect(x.editorFor($('inline').firstElementChild!)).toBe($('inline'));
  });

  it('"Post all" in the compose dialog posts every box of the thread', () => {
    expect(x.editorsForControl($('post-all'))).toEqual([$('t0'), $('t1')]);
  });

  it.each([
    ['inline-btn', ['inline']],
    ['dm-send', ['dm']],
  ])('%s posts %o', (control, boxes) => {
    expect(x.submitControlFor($(control).firstElementChild ?? $(control))).toBe($(control));
    expect(x.editorsForControl($(control))).toEqual(boxes.map($));
  });

  it('each box knows its own control', () => {
    expect(x.controlForEditor($('inline'))).toBe($('inline-btn'));
    expect(x.controlForEditor($('t1'))).toBe($('post-all'));
    expect(x.controlForEditor($('dm'))).toBe($('dm-send'));
  });

  it.each([
    ['inline', { key: 'Enter', ctrlKey: true }, true],
    ['t1', { key: 'Enter', metaKey: true }, true],
    ['inline', { key: 'Enter' }, false],
    ['inline', { key: 'Enter', ctrlKey: true, altKey: true }, false],
    ['dm', { key: 'Enter' }, true],
    ['dm', { key: 'Enter', shiftKey: true }, false],
  ] as const)('in %s, %o posts: %s', (id, init, posts) => {
    expect(x.keyPosts(key(init), $(id))).toBe(posts);
  });

  it('kinds: post, message', () => {
    expect(x.kindOf($('inline'))).toBe('post');
    expect(x.kindOf($('dm'))).toBe('message');
  });
});
