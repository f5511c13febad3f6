import { closestMatching, isBareKey, isModEnter, isPickingSuggestion, nearby, type BoxKind, type SiteAdapter } from './adapter.ts';

// X (x.com and twitter.com): posts and replies are Draft.js editors with test ids; the buttons are react-native-web
// (they act on the native click and stop its propagation, so the gate listens on window in the capture phase).
// Ctrl/Cmd+Enter posts from any composer; Enter sends in direct messages. See shared/notes/editors.md.

const TWEET = '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] textarea';
const DM = '[data-testid="dmComposerTextInput"][contenteditable="true"], textarea[data-testid="dm-composer-textarea"]';
const EDITOR = `${TWEET}, ${DM}`;
const TWEET_CONTROL = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const DM_CONTROL = '[data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]';
const CONTROL = `${TWEET_CONTROL}, ${DM_CONTROL}`;

const isDm = (editor: HTMLElement) => editor.matches(DM);

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],

  editorFor(node) {
    return closestMatching(node, EDITOR);
  },

  kindOf(editor): BoxKind {
    if (isDm(editor)) return 'message';
    return editor.closest('[role="dialog"]')?.querySelector('article') ? 'reply' : 'post';
  },

  submitControlFor(node) {
    return closestMatching(node, CONTROL);
  },

  editorsForControl(control) {
    if (control.matches(DM_CONTROL)) return nearby(control, DM);
    // "Post all" in the compose dialog posts every box of the thread.
    const dialog = control.closest('[role="dialog"]');
    if (dialog && control.matches('[data-testid="tweetButton"]')) return [...dialog.querySelectorAll<HTMLElement>(TWEET)];
    return nearby(control, TWEET);
  },

  controlForEditor(editor) {
    return nearby(editor, isDm(editor) ? DM_CONTROL : TWEET_CONTROL)[0] ?? null;
  },

  keyPosts(event, editor) {
    return isDm(editor) ? isBareKey(event, 'Enter') && !isPickingSuggestion(editor) : isModEnter(event);
  },
};
