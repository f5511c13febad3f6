// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedin } from './linkedin.ts';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

beforeEach(() => {
  document.body.innerHTML = `
    <div data-test-modal-id="sharebox" role="dialog"><div class="share-creation-state__text-editor"><div class="ql-container">
      <div class="ql-editor" contenteditable="true" id="share"><p>hello</p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div></div>
      <button class="share-actions__primary-action" id="share-btn"><span>Post</span></button></div>
    <form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="ql-editor" contenteditable="true" id="qcomment"></div></div>
      <button class="comments-comment-box__submit-button--cr" id="qcomment-btn">Comment</button></form>
    <div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true" aria-label="Text editor for creating comment" id="tcomment"><p>x</p></div>
      <button data-view-name="comment-post" id="tcomment-btn">Comment</button></div>
    <div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true" id="treply"></div>
      <button data-view-name="comment-reply-post" id="treply-btn">Reply</button></div>
    <div role="dialog" id="newshare"><div role="textbox" contenteditable="true" id="newshare-box"></div><button id="cancel">Cancel</button><button id="newshare-btn">Post</button></div>
    <form class="msg-form" id="msgform"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="msg"><p></p></div>
      <button class="msg-form__send-button" type="submit" id="send">Send</button></form>`;
});

const $ = (id: string) => document.getElementById(id) as HTMLElement;

describe('linkedin adapter', () => {
  it.each([
    ['share', 'post'],
    ['qcomment', 'comment'],
    ['tcomment', 'comment'],
    ['treply', 'reply'],
    ['newshare-box', 'post'],
    ['msg', 'message'],
  ])('finds %s and knows it is a %s box', (id, kind) => {
    expect(linkedin.editorFor($(id).firstElementChild ?? $(id))).toBe($(id));
    expect(linkedin.kindOf($(id))).toBe(kind);
  });

  it.each([
    ['share-btn', 'share'],
    ['qcomment-btn', 'qcomment'],
    ['tcomment-btn', 'tcomment'],
    ['treply-btn', 'treply'],
    ['newshare-btn', 'newshare-box'],
    ['send', 'msg'],
  ])('the control %s posts %s, and the box finds it', (control, box) => {
    expect(linkedin.submitControlFor($(control).firstElementChild ?? $(control))).toBe($(control));
    expect(linkedin.editorsForControl($(control))).toEqual([$(box)]);
    expect(linkedin.controlForEditor($(box))).toBe($(control));
  });

  it('other buttons in the new share dialog are not submit controls', () => {
    expect(linkedin.submitControlFor($('cancel'))).toBeNull();
  });

  it('Enter sends in messaging only', () => {
    expect(linkedin.keyPosts(key({ key: 'Enter' }), $('msg'))).toBe(true);
    expect(linkedin.keyPosts(key({ key: 'Enter', shiftKey: true }), $('msg'))).toBe(false);
    expect(linkedin.keyPosts(key({ key: 'Enter' }), $('tcomment'))).toBe(false);
  });

  it('the messaging form posts its box', () => {
    expect(linkedin.editorsForForm?.($('msgform') as HTMLFormElement)).toEqual([$('msg')]);
  });
});
