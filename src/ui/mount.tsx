// The UI's entry point: one host, one shadow root, one React root, driven through an imperative handle.
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { EnvContext } from './env.ts';
import { deepActiveElement, focusQuietly } from './focus.ts';
import { createHost } from './host.ts';
import { createStore } from './store.ts';
import type { GateChoice, UiHandle } from './types.ts';

export { HOST_TAG, isFromUi } from './host.ts';

export function mountUi(doc: Document): UiHandle {
  const win = doc.defaultView;
  if (!win) throw new Error('Postcheck UI: the document has no window to show in');
  const { host, shadow, overlay, container } = createHost(doc);
  const roots = [...shadow.querySelectorAll<HTMLElement>('.pc-root')];
  const store = createStore();
  const root = createRoot(container, { identifierPrefix: 'pc-' });
  root.render(
    <EnvContext value={{ doc, win }}>
      <App store={store} />
    </EnvContext>,
  );

  let destroyed = false;
  let cardSeq = 0;
  let gateSeq = 0;
  let gate: { promise: Promise<GateChoice>; choose(choice: GateChoice, refocus?: boolean): void } | null = null;

  return {
    setBadge(anchor, state, actions) {
      if (destroyed) return;
      store.set({ badge: anchor ? { anchor, state, actions } : null });
    },

    setTextScale(scale) {
      // A percentage of the host's font size, which is the browser's default (the host resets everything).
      const size = Number.isFinite(scale) && scale > 0 ? `${Math.round(scale * 1000) / 10}%` : '';
      for (const root of roots) root.style.fontSize = size;
    },

    showCard(finding, anchor, actions) {
      if (destroyed) return;
      const current = store.get().card;
      if (!finding) {
        if (current && !current.closing) store.set({ card: { ...current, closing: true } });
        return;
      }
      // The same finding again (the pointer still on its words) keeps the card, and cancels a pending close.
      const id = current?.finding.key === finding.key ? current.id : ++cardSeq;
      store.set({ card: { id, finding, anchor, actions, closing: false } });
    },

    openGate(request) {
      if (gate) return gate.promise;
      if (destroyed) return Promise.resolve('edit');
      const previous = deepActiveElement(doc);
      let resolve: (choice: GateChoice) => void = () => {};
      const promise = new Promise<GateChoice>((r) => (resolve = r));
      const choose = (choice: GateChoice, refocus = true) => {
        if (gate?.promise !== promise) return; // answered already: resolve once
        gate = null;
        if (!destroyed) store.set({ gate: null });
        // Focus goes back where it was (the editor), without scrolling the page.
        if (!destroyed && refocus) focusQuietly(previous);
        resolve(choice);
      };
      gate = { promise, choose };
      store.set({ gate: { id: ++gateSeq, request, choose }, card: null });
      return promise;
    },

    isGateOpen: () => gate !== null,

    closeGate: () => gate?.choose('edit', false),

    focusBadge: () => !destroyed && gate === null && focusQuietly(shadow.querySelector<HTMLElement>('.pc-badge')),

    overlayLayer: () => overlay,

    destroy() {
      if (destroyed) return;
      // An open gate must not hang the caller, and must not post: it answers "edit".
      gate?.choose('edit');
      destroyed = true;
      root.unmount();
      host.remove();
    },
  };
}
