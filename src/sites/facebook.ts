import { closestMatching, editableWithin, isBareKey, isPickingSuggestion, nearby, type BoxKind, type SiteAdapter } from './adapter.ts';

// Facebook: every composer is Lexical. The post dialog posts only by its button (Enter is a new paragraph); comment,
// reply and Messenger boxes post on bare Enter. Labels are English: Facebook localises them, and the structural hook
// (the comment composer's submit wrapper) is used where there is one. See shared/notes/editors.md.

const LEXICAL = '[data-lexical-editor="true"]';
const EDITOR = `${LEXICAL}, [contenteditable="true"][role="textbox"]`;
const COMMENT_SUBMIT = '#focused-state-composer-submit';
const CONTROL_LABELS = ['Post', 'Comment', 'Reply', 'Send', 'Press Enter to send', 'Share now'];
const CONTROL = [
  `${COMMENT_SUBMIT} [role="button"]`,
  ...CONTROL_LABELS.map((label) => `[role="button"][aria-label="${label}"]`),
  ...CONTROL_LABELS.map((label) => `button[aria-label="${label}"]`),
].join(', ');

function label(editor: HTMLElement): string {
  return (editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '').trim();
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],

  editorFor(node) {
    const marked = closestMatching(node, EDITOR);
    const editor = editableWithin(marked);
    return editor?.isContentEditable ? editor : null;
  },

  kindOf(editor): BoxKind {
    const text = label(editor);
    if (/^(comment|write a comment)/i.test(text)) return 'comment';
    if (/^(reply|write a reply)/i.test(text)) return 'reply';
    if (/^(message|aa$)/i.test(text)) return 'message';
    // Localised labels: the comment composer's submit wrapper gives it away.
    if (nearby(editor, COMMENT_SUBMIT, 6).length) return 'comment';
    return 'post';
  },

  submitControlFor(node) {
    return closestMatching(node, CONTROL);
  },

  editorsForControl(control) {
    return nearby(control, EDITOR).map((el) => facebook.editorFor(el)).filter((el): el is HTMLElement => el !== null);
  },

  controlForEditor(editor) {
    return nearby(editor, CONTROL)[0] ?? null;
  },

  keyPosts(event, editor) {
    return isBareKey(event, 'Enter') && facebook.kindOf(editor) !== 'post' && !isPickingSuggestion(editor);
  },
};
