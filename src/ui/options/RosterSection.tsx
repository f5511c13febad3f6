import { plural } from '../wording.ts';
import { FilePicker } from './FilePicker.tsx';
import { describedBy, ReadOnlyNote } from './read-only.tsx';
import { rosterProblems } from './problems.ts';
import { SaveStatus, useSave } from './save-status.tsx';
import type { OptionsActions, ReadOnlyReason } from './types.ts';

// The pupil roster: a CSV export from the school's MIS, read and hashed on the device. The page only ever shows how
// many pupils there are, never who.

export interface RosterSectionProps {
  /** Whether a roster is in use, and how many pupils it holds (null when it does not say). */
  roster: { pupils: number | null } | null;
  readOnly: ReadOnlyReason | null;
  actions: Pick<OptionsActions, 'onImportRoster' | 'onRemoveRoster'>;
}

/** How many pupils a saved (hashed) roster holds, read from its `pupils` field; never anything else. */
export function rosterSummary(roster: unknown): RosterSectionProps['roster'] {
  if (roster === null || roster === undefined) return null;
  const pupils = (roster as { pupils?: unknown }).pupils;
  return { pupils: typeof pupils === 'number' && Number.isInteger(pupils) && pupils >= 0 ? pupils : null };
}

export function RosterSection({ roster, readOnly, actions }: RosterSectionProps) {
  const [outcome, save] = useSave();
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">Pupil roster</h2>
      <p>With your pupils’ names, Postcheck can tell a pupil’s name from any other name. Names are hashed on this device before they are saved, and never leave it.</p>
      <ReadOnlyNote id="roster-note" reason={readOnly} />
      <p className="roster-state">
        {roster === null
          ? 'No roster is in use.'
          : roster.pupils === null
            ? 'A roster is in use.'
            : `A roster of ${plural(roster.pupils, 'pupil', 'pupils')} is in use.`}
      </p>
      {roster && !readOnly ? (
        <button type="button" onClick={() => void save(() => actions.onRemoveRoster(), 'Removed the roster.')}>
          Remove roster
        </button>
      ) : null}
      <SaveStatus outcome={outcome} />
      <FilePicker
        id="roster-file"
        label={roster ? 'Replace the roster (a CSV file)' : 'Import a roster (a CSV file)'}
        accept=".csv,text/csv"
        hint="A CSV export from your school’s information system, with a header row: Forename and Surname (SIMS), First name and Last name (Arbor), or Name."
        disabled={readOnly !== null}
        describedBy={describedBy(readOnly && 'roster-note')}
        onFile={async (text, fileName) => {
          const { pupils } = await actions.onImportRoster(text, fileName);
          return `Read ${plural(pupils, 'pupil', 'pupils')} from ${fileName}. Their names were hashed on this device and saved.`;
        }}
        explain={(error, fileName) => ({ intro: `Could not use ${fileName}; nothing was saved:`, problems: rosterProblems(error) })}
      />
    </section>
  );
}
