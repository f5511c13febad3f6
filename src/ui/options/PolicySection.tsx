import { describedBy, ReadOnlyNote } from './read-only.tsx';
import { FilePicker } from './FilePicker.tsx';
import { PackPreview } from './PackPreview.tsx';
import { problemsOf } from './problems.ts';
import { SaveStatus, useSave } from './save-status.tsx';
import type { OptionsActions, PackChoice, ReadOnlyReason } from './types.ts';

// Which policy the warnings quote: a built-in one or the school's own pack, imported from a JSON file.

export interface PolicySectionProps {
  packs: readonly PackChoice[];
  selected: string;
  /** Why the choice cannot be changed, if it cannot. */
  chooseReadOnly: ReadOnlyReason | null;
  /** Why packs cannot be added or removed, if they cannot. */
  importReadOnly: ReadOnlyReason | null;
  actions: Pick<OptionsActions, 'onSelectPack' | 'onImportPack' | 'onRemovePack'>;
}

function PackOptions({ packs }: { packs: readonly PackChoice[] }) {
  return packs.map((p) => (
    <option key={p.id} value={p.id}>
      {p.title} — {p.organisation}
    </option>
  ));
}

export function PolicySection({ packs, selected, chooseReadOnly, importReadOnly, actions }: PolicySectionProps) {
  const [outcome, save] = useSave();
  const current = packs.find((p) => p.id === selected);
  const builtin = packs.filter((p) => p.builtin);
  const own = packs.filter((p) => !p.builtin);
  const removable = current && !current.builtin && !importReadOnly && !chooseReadOnly;

  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Your school’s policy</h2>
      <p>Warnings quote the clause of this policy that a post would break.</p>
      <label htmlFor="policy-pack">Policy</label>
      <ReadOnlyNote id="policy-pack-note" reason={chooseReadOnly} />
      <select
        id="policy-pack"
        value={selected}
        disabled={chooseReadOnly !== null}
        aria-describedby={describedBy(chooseReadOnly && 'policy-pack-note')}
        onChange={(e) => {
          const id = e.currentTarget.value;
          const title = packs.find((p) => p.id === id)?.title ?? id;
          void save(() => actions.onSelectPack(id), `Saved: warnings now quote “${title}”.`);
        }}
      >
        {current ? null : <option value={selected}>{selected}</option>}
        {own.length ? (
          <>
            <optgroup label="Built in">
              <PackOptions packs={builtin} />
            </optgroup>
            <optgroup label="Your school’s own">
              <PackOptions packs={own} />
            </optgroup>
          </>
        ) : (
          <PackOptions packs={builtin} />
        )}
      </select>
      <SaveStatus outcome={outcome} />
      {current ? <PackPreview pack={current} /> : null}
      {removable ? (
        <button type="button" onClick={() => void save(() => actions.onRemovePack(current.id), `Removed “${current.title}”.`)}>
          Remove this policy pack
        </button>
      ) : null}

      <h3>Your school’s own policy pack</h3>
      <ReadOnlyNote id="policy-import-note" reason={importReadOnly ?? chooseReadOnly} />
      <FilePicker
        id="policy-file"
        label="Import a policy pack (a JSON file)"
        accept=".json,application/json"
        hint="Your school’s IT can write your policy as a pack. Postcheck checks the file, then uses it."
        disabled={(importReadOnly ?? chooseReadOnly) !== null}
        describedBy={describedBy((importReadOnly ?? chooseReadOnly) && 'policy-import-note')}
        onFile={async (text, fileName) => {
          const { title } = await actions.onImportPack(text, fileName);
          return `Imported “${title}” from ${fileName}: warnings now quote it.`;
        }}
        explain={(error, fileName) => ({ intro: `${fileName} is not a policy pack Postcheck can use:`, problems: problemsOf(error) })}
      />
    </section>
  );
}
