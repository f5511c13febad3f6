import { useRef, useState, type ReactNode } from 'react';
import type { ShownProblem } from './problems.ts';

// A labelled file input that reads the chosen file as text and hands it on; the result (or each problem, with where
// it is) is shown below it and tied to the input with aria-describedby.

export interface FilePickerProps {
  id: string;
  label: string;
  accept: string;
  hint: ReactNode;
  disabled: boolean;
  /** Ids of other descriptions (a read-only note). */
  describedBy?: string | undefined;
  /** Does the work; resolves with the success message, or rejects. */
  onFile(text: string, fileName: string): Promise<string>;
  /** The problems to show for a rejection, and the sentence introducing them. */
  explain(error: unknown, fileName: string): { intro: string; problems: ShownProblem[] };
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; intro: string; problems: ShownProblem[] };

export function FilePicker({ id, label, accept, hint, disabled, describedBy, onFile, explain }: FilePickerProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;

  const onChange = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setState({ kind: 'busy' });
    try {
      const text = await file.text();
      setState({ kind: 'done', text: await onFile(text, file.name) });
    } catch (e) {
      setState({ kind: 'failed', ...explain(e, file.name) });
    } finally {
      // The same file can be chosen again after it is fixed.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="file-picker">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={[hintId, describedBy, state.kind === 'failed' ? errorsId : ''].filter(Boolean).join(' ')}
        aria-invalid={state.kind === 'failed' ? true : undefined}
        onChange={() => void onChange()}
      />
      <p role="status" className="saved">
        {state.kind === 'busy' ? 'Reading the file…' : state.kind === 'done' ? state.text : ''}
      </p>
      {state.kind === 'failed' ? (
        <div id={errorsId} role="alert" className="field-error">
          <p>{state.intro}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>
                {p.where ? (
                  <>
                    <code>{p.where}</code>:{' '}
                  </>
                ) : null}
                {p.problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
