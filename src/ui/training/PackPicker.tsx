import { useId, useState } from 'react';
import type { PackOption } from './types.ts';

interface Props {
  packs: readonly PackOption[];
  value: string;
  onChoose(id: string): void;
  /** Reads a school's own pack from a file; returns its id, or throws an error that names the file and what is wrong. */
  onOpenFile(json: string, fileName: string): string;
}

/** Which policy the page cites: the built-in packs, the school's own, or a pack file (read here, never kept). */
export function PackPicker({ packs, value, onChoose, onOpenFile }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="pack-picker">
      <label htmlFor={id}>Policy</label>
      <select id={id} value={value} onChange={(e) => onChoose(e.target.value)}>
        {packs.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label className="file-button">
        Open a policy file…
        <input
          type="file"
          accept=".json,application/json"
          className="sr-only"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            try {
              onChoose(onOpenFile(await file.text(), file.name));
              setError(null);
            } catch (err) {
              setError(err instanceof Error ? err.message : String(err));
            }
          }}
        />
      </label>
      {error && (
        <p className="pack-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
