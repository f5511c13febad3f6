import { closestMatching, isBareKey, isPickingSuggestion, nearby, type BoxKind, type SiteAdapter } from './adapter.ts';

// LinkedIn runs two page versions side by side: the older one with Quill (`.ql-editor`) and stable class names, the
// newer one with TipTap/ProseMirror and `data-view-name` hooks (its hashed classes rotate). Messaging is a form.
// See shared/notes/editors.md.

const QUILL = '.ql-editor[contenteditable="true"]';
const TIPTAP = '.ProseMirror[contenteditable="true"]';
const MESSAGE = '.msg-form__contenteditable[contenteditable="true"]';
const EDITOR = `${QUILL}, ${TIPTAP}, ${MESSAGE}, [role="textbox"][contenteditable="true"]`;
const NAMED_CONTROL = [
  'button.share-actions__primary-action',
  'button.comments-comment-box__submit-button--cr',
  'button.comments-comment-box__submit-button',
  'button[data-view-name="comment-post"]',
  'button[data-view-name="comment-reply-post"]',
  'button.msg-form__send-button',
].join(', ');

/** The newer share box is not verified: fall back to a button named "Post" in the dialog that holds the box. */
function postButtonIn(scope: Element): HTMLElement | null {
  for (const button of scope.querySelectorAll<HTMLElement>('button')) {
    const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
    if (name === 'Post') return button;
  }
  return null;
}

function isFallbackControl(el: HTMLElement): boolean {
  const dialog = el.closest('[role="dialog"]');
  return dialog !== null && postButtonIn(dialog) === el && dialog.querySelector(EDITOR) !== null;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com'],

  editorFor(node) {
    return closestMatching(node, EDITOR);
  },

  kindOf(editor): BoxKind {
    if (editor.matches(MESSAGE) || editor.closest('form.msg-form')) return 'message';
    if (editor.closest('[data-view-name="comment-box"], .comments-comment-box, .comments-comment-texteditor')) {
      return linkedin.controlForEditor(editor)?.matches('[data-view-name="comment-reply-post"]') ? 'reply' : 'comment';
    }
    return 'post';
  },

  submitControlFor(node) {
    const named = closestMatching(node, NAMED_CONTROL);
    if (named) return named;
    const button = closestMatching(node, 'button');
    return button && isFallbackControl(button) ? button : null;
  },

  editorsForControl(control) {
    return nearby(control, EDITOR);
  },

  controlForEditor(editor) {
    const named = nearby(editor, NAMED_CONTROL)[0];
    if (named) return named;
    const dialog = editor.closest('[role="dialog"]');
    return dialog ? postButtonIn(dialog) : null;
  },

  keyPosts(event, editor) {
    // Messaging sends on Enter unless the user turned that off; gating it either way never loses text.
    return isBareKey(event, 'Enter') && linkedin.kindOf(editor) === 'message' && !isPickingSuggestion(editor);
  },

  editorsForForm(form) {
    return [...form.querySelectorAll<HTMLElement>(EDITOR)];
  },
};
