import { isDisabled, type SiteAdapter } from './adapter.ts';

// The submit gate: window listeners in the capture phase, so they run before the sites' own handlers (React's root
// listeners, Lexical's, react-native-web's stopPropagation). It only classifies events into "the user is trying to
// post these boxes" and asks the checker; it never reads or changes the editor.

/** A key press, kept so it can be replayed with everything editors read from it (Draft.js needs keyCode). */
export interface KeyReplay {
  key: string;
  code: string;
  keyCode: number;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export interface PostIntent {
  how: 'click' | 'key' | 'submit';
  /** The boxes that would be posted. */
  editors: HTMLElement[];
  /** The site's own control, when the post starts from it (or the key's box has one). */
  control: HTMLElement | null;
  form: HTMLFormElement | null;
  key: KeyReplay | null;
}

export interface GateHooks {
  /** Synchronous: should this attempt be stopped? Must be cheap; called for every attempt to post. */
  shouldStop(intent: PostIntent): boolean;
  /** The attempt was stopped: explain why (open the dialog). Called once per attempt, not for pointer events. */
  stopped(intent: PostIntent): void;
}

export interface Gate {
  /** Posts as the user asked, through the site's own control or key, exactly once, past the gate. */
  replay(intent: PostIntent): void;
  uninstall(): void;
}

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

function keyReplay(e: KeyboardEvent): KeyReplay {
  return { key: e.key, code: e.code, keyCode: e.keyCode, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey };
}

/** The innermost element an event started at, inside open shadow roots too. */
function origin(event: Event): Element | null {
  const first = event.composedPath()[0];
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function installGate(win: Window, adapter: SiteAdapter, hooks: GateHooks): Gate {
  // While we replay a post the user confirmed, events it fires synchronously (the click, a submit it causes) pass.
  let replaying = false;

  const controlIntent = (control: HTMLElement, how: PostIntent['how'], key: KeyReplay | null): PostIntent | null => {
    if (isDisabled(control)) return null;
    const editors = adapter.editorsForControl(control);
    if (!editors.length) return null;
    return { how, editors, control, form: control.closest('form'), key };
  };

  const onPointer = (event: Event) => {
    if (replaying || !event.isTrusted) return;
    const el = origin(event);
    const control = el && adapter.submitControlFor(el);
    const intent = control && controlIntent(control, 'click', null);
    // Which of these a site posts on is not verified: while the post is risky, none of them reaches it.
    if (intent && hooks.shouldStop(intent)) stop(event);
  };

  const onClick = (event: MouseEvent) => {
    if (replaying || !event.isTrusted) return;
    const el = origin(event);
    const control = el && adapter.submitControlFor(el);
    const intent = control && controlIntent(control, 'click', null);
    if (intent && hooks.shouldStop(intent)) {
      stop(event);
      hooks.stopped(intent);
    }
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (replaying || !event.isTrusted || event.isComposing || event.keyCode === 229) return;
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const el = origin(event);
    if (!el) return;
    let intent: PostIntent | null = null;
    const editor = adapter.editorFor(el);
    if (editor && adapter.keyPosts(event, editor)) {
      intent = { how: 'key', editors: [editor], control: adapter.controlForEditor(editor), form: editor.closest('form'), key: keyReplay(event) };
    } else if (!editor) {
      // Enter or Space on a focused control that is not a native button: the site's keydown handler posts without a
      // click. (A native <button> turns the key into a trusted click, which the click listener already sees.)
      const control = adapter.submitControlFor(el);
      if (control && !(control instanceof HTMLButtonElement)) intent = controlIntent(control, 'key', keyReplay(event));
    }
    if (!intent || !hooks.shouldStop(intent)) return;
    stop(event);
    // A held key repeats: one dialog, not one per repeat.
    if (!event.repeat) hooks.stopped(intent);
  };

  const onSubmit = (event: SubmitEvent) => {
    if (replaying || !event.isTrusted || !adapter.editorsForForm) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const editors = adapter.editorsForForm(form);
    if (!editors.length) return;
    const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
    const intent: PostIntent = { how: 'submit', editors, control: submitter, form, key: null };
    if (hooks.shouldStop(intent)) {
      stop(event);
      hooks.stopped(intent);
    }
  };

  const options = { capture: true } as const;
  for (const type of POINTER_EVENTS) win.addEventListener(type, onPointer, options);
  win.addEventListener('click', onClick, options);
  win.addEventListener('keydown', onKeydown, options);
  win.addEventListener('submit', onSubmit, options);

  return {
    replay(intent) {
      replaying = true;
      try {
        const editor = intent.editors[0];
        const control = intent.control ?? (editor ? adapter.controlForEditor(editor) : null);
        if (intent.how === 'submit' && intent.form) intent.form.requestSubmit(control && control.matches('[type="submit"]') ? control : null);
        else if (control && !isDisabled(control)) control.click();
        else if (intent.key && editor) {
          const init = { ...intent.key, which: intent.key.keyCode, bubbles: true, cancelable: true, composed: true };
          editor.dispatchEvent(new KeyboardEvent('keydown', init));
          editor.dispatchEvent(new KeyboardEvent('keyup', init));
        }
      } finally {
        replaying = false;
      }
    },
    uninstall() {
      for (const type of POINTER_EVENTS) win.removeEventListener(type, onPointer, options);
      win.removeEventListener('click', onClick, options);
      win.removeEventListener('keydown', onKeydown, options);
      win.removeEventListener('submit', onSubmit, options);
    },
  };
}
