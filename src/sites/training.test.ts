// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { training } from './training.ts';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

beforeEach(() => {
  const composer = (id: string, site: string, box: string) => `
    <section data-practice-composer data-practice-site="${site}" data-practice-box="${box}" id="${id}">
      <div contenteditable="true" role="textbox" data-practice-editor id="${id}-box"><p id="${id}-p">Hi</p></div>
      <button type="button" data-practice-post id="${id}-post"><span id="${id}-label">Post</span></button>
    </section>`;
  document.body.innerHTML = [
    composer('fb', 'facebook', 'post'),
    composer('fbc', 'facebook', 'comment'),
    composer('x', 'x', 'post'),
    composer('xdm', 'x', 'message'),
    composer('li', 'linkedin', 'post'),
    composer('lim', 'linkedin', 'message'),
    '<div contenteditable="true" id="other"></div>',
  ].join('');
});

const $ = (id: string) => document.getElementById(id) as HTMLElement;

describe('training adapter', () => {
  it('finds the practice editor from inside it, and nothing else on the page', () => {
    expect(training.editorFor($('fb-p'))).toBe($('fb-box'));
    expect(training.editorFor($('other'))).toBeNull();
  });

  it('pairs each composer with its own post button', () => {
    expect(training.submitControlFor($('x-label'))).toBe($('x-post'));
    expect(training.editorsForControl($('x-post'))).toEqual([$('x-box')]);
    expect(training.controlForEditor($('li-box'))).toBe($('li-post'));
  });

  it('reads the kind of box from the composer', () => {
    expect(training.kindOf($('fbc-box'))).toBe('comment');
    expect(training.kindOf($('xdm-box'))).toBe('message');
  });

  it.each([
    ['fb', { key: 'Enter' }, false, 'Enter is a new line in a Facebook post'],
    ['fbc', { key: 'Enter' }, true, 'Enter posts a Facebook comment'],
    ['fbc', { key: 'Enter', shiftKey: true }, false, 'Shift+Enter is a new line'],
    ['x', { key: 'Enter' }, false, 'Enter is a new line on X'],
    ['x', { key: 'Enter', ctrlKey: true }, true, 'Ctrl+Enter posts on X'],
    ['x', { key: 'Enter', metaKey: true }, true, 'Cmd+Enter posts on X'],
    ['xdm', { key: 'Enter' }, true, 'Enter sends an X message'],
    ['li', { key: 'Enter', ctrlKey: true }, false, 'no key posts a LinkedIn post'],
    ['lim', { key: 'Enter' }, true, 'Enter sends a LinkedIn message'],
  ] as const)('%s %o posts: %s (%s)', (id, init, posts, _why) => {
    expect(training.keyPosts(key(init), $(`${id}-box`))).toBe(posts);
  });
});
