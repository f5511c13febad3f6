import { useCallback, useRef, useState } from 'react';

// Every change saves at once; the section then says so, or says what went wrong. The polite status is always in
// the page (so screen readers hear it change); a failure is an alert.

export type Outcome = { ok: true; text: string } | { ok: false; text: string } | null;

export function useSave(): [Outcome, (work: () => Promise<unknown>, done: string) => Promise<boolean>] {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const seq = useRef(0);
  const run = useCallback(async (work: () => Promise<unknown>, done: string) => {
    const mine = ++seq.current;
    try {
      await work();
      if (mine === seq.current) setOutcome({ ok: true, text: done });
      return true;
    } catch (e) {
      if (mine === seq.current) setOutcome({ ok: false, text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
      return false;
    }
  }, []);
  return [outcome, run];
}

export function SaveStatus({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p role="status" className="saved">
        {outcome?.ok ? outcome.text : ''}
      </p>
      {outcome && !outcome.ok ? (
        <p role="alert" className="field-error">
          {outcome.text}
        </p>
      ) : null}
    </>
  );
}
