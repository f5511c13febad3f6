import { isBareKey, isModEnter, type BoxKind, type SiteAdapter } from './adapter.ts';

// The training page's practice composers: made to look like each site's, marked up with our own attributes (so this
// adapter needs no site's markup), and checked by the same checker and gate as the real sites. Each composer says which
// site it plays and what kind of box it is; keys post the way they do on that site.

/** The attributes a practice composer carries (the training UI renders them). */
export const TRAINING_ATTR = {
  composer: 'data-practice-composer',
  site: 'data-practice-site',
  box: 'data-practice-box',
  editor: 'data-practice-editor',
  post: 'data-practice-post',
} as const;

const COMPOSER = `[${TRAINING_ATTR.composer}]`;
const EDITOR = `[${TRAINING_ATTR.editor}][contenteditable="true"]`;
const CONTROL = `[${TRAINING_ATTR.post}]`;
const KINDS: readonly BoxKind[] = ['post', 'comment', 'reply', 'message'];

const composerOf = (el: Element) => el.closest(COMPOSER);

export const training: SiteAdapter = {
  id: 'training',
  name: 'Training page',
  hosts: [],

  editorFor(node) {
    return node.closest<HTMLElement>(EDITOR);
  },

  kindOf(editor) {
    const box = composerOf(editor)?.getAttribute(TRAINING_ATTR.box) as BoxKind | null | undefined;
    return box && KINDS.includes(box) ? box : 'post';
  },

  submitControlFor(node) {
    return node.closest<HTMLElement>(CONTROL);
  },

  editorsForControl(control) {
    return [...(composerOf(control)?.querySelectorAll<HTMLElement>(EDITOR) ?? [])];
  },

  controlForEditor(editor) {
    return composerOf(editor)?.querySelector<HTMLElement>(CONTROL) ?? null;
  },

  keyPosts(event, editor) {
    const composer = composerOf(editor);
    const site = composer?.getAttribute(TRAINING_ATTR.site);
    const box = training.kindOf(editor);
    // X: Ctrl/Cmd+Enter posts from any composer, Enter sends a message. Facebook: Enter posts a comment, reply or chat
    // message. LinkedIn: Enter sends a message. (Shift+Enter is a new line everywhere.)
    if (site === 'x') return box === 'message' ? isBareKey(event, 'Enter') : isModEnter(event);
    if (site === 'facebook') return box !== 'post' && isBareKey(event, 'Enter');
    if (site === 'linkedin') return box === 'message' && isBareKey(event, 'Enter');
    return false;
  },
};
