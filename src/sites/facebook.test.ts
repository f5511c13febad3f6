// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { facebook } from './facebook.ts';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

beforeEach(() => {
  document.body.innerHTML = `
    <div role="dialog" id="create">
      <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Jo?" id="post"><p><span data-lexical-text="true">hi</span></p></div>
      <div role="button" tabindex="0" aria-label="Post" id="post-btn"><span>Post</span></div>
    </div>
    <div role="article">
      <form><div>
        <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Jo Bloggs" id="comment"><p><br></p></div>
        <div id="focused-state-composer-submit"><div role="button" aria-label="Comment" aria-disabled="true" id="comment-btn"><i></i></div></div>
      </div></form>
      <div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Reply to Sam Jones" id="reply"></div>
      <div role="button" aria-label="Reply" id="reply-btn"></div></div>
    </div>
    <div id="chat"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message" id="message"></div>
      <div role="button" aria-label="Press Enter to send" id="send"></div></div>
    <div role="button" aria-label="Like" id="like"></div>`;
});

const $ = (id: string) => document.getElementById(id) as HTMLElement;

describe('facebook adapter', () => {
  it.each([
    ['post', 'post'],
    ['comment', 'comment'],
    ['reply', 'reply'],
    ['message', 'message'],
  ])('finds the %s box from inside it and knows its kind', (id, kind) => {
    const inner = $(id).querySelector('span') ?? $(id);
    expect(facebook.editorFor(inner)).toBe($(id));
    expect(facebook.kindOf($(id))).toBe(kind);
  });

  it('ignores elements that are not compose boxes', () => {
    expect(facebook.editorFor($('like'))).toBeNull();
    expect(facebook.submitControlFor($('like'))).toBeNull();
  });

  it.each([
    ['post-btn', 'post'],
    ['comment-btn', 'comment'],
    ['reply-btn', 'reply'],
    ['send', 'message'],
  ])('maps the control %s to the %s box and back', (control, box) => {
    const inner = $(control).firstElementChild ?? $(control);
    expect(facebook.submitControlFor(inner)).toBe($(control));
    expect(facebook.editorsForControl($(control))).toEqual([$(box)]);
    expect(facebook.controlForEditor($(box))).toBe($(control));
  });

  it('Enter that picks a mention from the open suggestion list is not a post', () => {
    $('comment').setAttribute('aria-activedescendant', 'mention-option-2');
    expect(facebook.keyPosts(key({ key: 'Enter' }), $('comment'))).toBe(false);
    $('comment').removeAttribute('aria-activedescendant');
    $('comment').setAttribute('aria-expanded', 'true');
    expect(facebook.keyPosts(key({ key: 'Enter' }), $('comment'))).toBe(false);
    $('comment').setAttribute('aria-expanded', 'false');
    expect(facebook.keyPosts(key({ key: 'Enter' }), $('comment'))).toBe(true);
  });

  it('a localised comment box is still a comment box, by its submit wrapper', () => {
    $('comment').setAttribute('aria-label', 'Écrire un commentaire');
    expect(facebook.kindOf($('comment'))).toBe('comment');
  });

  it.each([
    ['comment', { key: 'Enter' }, true],
    ['reply', { key: 'Enter' }, true],
    ['message', { key: 'Enter' }, true],
    ['comment', { key: 'Enter', shiftKey: true }, false],
    ['post', { key: 'Enter' }, false],
    ['post', { key: 'Enter', ctrlKey: true }, false],
    ['comment', { key: 'a' }, false],
  ] as const)('in the %s box, %o posts: %s', (id, init, posts) => {
    expect(facebook.keyPosts(key(init), $(id))).toBe(posts);
  });
});
