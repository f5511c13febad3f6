import { useCallback, useSyncExternalStore } from 'react';
import { Announcer } from './Announcer.tsx';
import { Badge } from './Badge.tsx';
import { FindingCard } from './FindingCard.tsx';
import { GateDialog } from './GateDialog.tsx';
import type { Store } from './store.ts';

/** Everything the UI shows, rendered from the store. The gate, when open, hides the cards and blocks the badge. */
export function App({ store }: { store: Store }) {
  const { badge, card, gate } = useSyncExternalStore(store.subscribe, store.get, store.get);
  const cardId = card?.id;
  const closeCard = useCallback(() => {
    if (store.get().card?.id === cardId) store.set({ card: null });
  }, [store, cardId]);

  return (
    <>
      <Announcer state={badge?.state ?? null} />
      {badge && <Badge slot={badge} blocked={gate !== null} />}
      {card && !gate && <FindingCard key={card.id} slot={card} fallbackAnchor={badge?.anchor} fallbackActions={badge?.actions} onClose={closeCard} />}
      {gate && <GateDialog key={gate.id} slot={gate} />}
    </>
  );
}
