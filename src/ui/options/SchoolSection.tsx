import { useRef, useState } from 'react';
import type { SchoolProfile } from '../../engine/school-profile.ts';
import { describedBy, ReadOnlyNote } from './read-only.tsx';
import { SaveStatus, useSave } from './save-status.tsx';
import { formFromProfile, profileFromForm, SCHOOL_FIELDS, type SchoolField, type SchoolForm } from './school-form.ts';
import type { OptionsActions, ReadOnlyReason } from './types.ts';

// The school's own identifiers, so a post that names the school (or gives its URN, postcode or email) is caught.

const FIELDS: Record<SchoolField, { label: string; hint: string; multiline?: boolean; autoComplete?: string; inputMode?: 'numeric' }> = {
  name: { label: 'School name', hint: 'As it is usually written, e.g. “Oakwood Primary School”.', autoComplete: 'organization' },
  aliases: { label: 'Other names for the school', hint: 'One per line: short names and nicknames, e.g. “Oakwood”.', multiline: true },
  urn: { label: 'URN (Unique Reference Number)', hint: '6 digits, e.g. 123456.', inputMode: 'numeric' },
  dfeNumber: { label: 'DfE number', hint: 'Local authority code and school number, e.g. 855/2001.' },
  emailDomains: { label: 'Email domains', hint: 'One per line, without “@”, e.g. oakwood.sch.uk.', multiline: true },
  postcode: { label: 'Postcode', hint: 'e.g. LE12 3AB.', autoComplete: 'postal-code' },
};

export interface SchoolSectionProps {
  profile: SchoolProfile | null;
  readOnly: ReadOnlyReason | null;
  onSave: OptionsActions['onSaveSchool'];
}

type Save = ReturnType<typeof useSave>[1];

function SchoolFormFields({ profile, readOnly, onSave, save }: SchoolSectionProps & { save: Save }) {
  const [form, setForm] = useState<SchoolForm>(() => formFromProfile(profile));
  const [errors, setErrors] = useState<Partial<Record<SchoolField, string[]>>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async () => {
    const result = profileFromForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      // Take the keyboard to the first field to fix.
      const first = SCHOOL_FIELDS.find((f) => result.errors[f]);
      formRef.current?.querySelector<HTMLElement>(`#school-${first}`)?.focus();
      return;
    }
    setErrors({});
    await save(() => onSave(result.profile), result.profile ? 'Saved the school’s details.' : 'Cleared the school’s details.');
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>The school’s details</legend>
        <ReadOnlyNote id="school-note" reason={readOnly} />
        {SCHOOL_FIELDS.map((field) => {
          const spec = FIELDS[field];
          const id = `school-${field}`;
          const problems = errors[field];
          const props = {
            id,
            name: field,
            value: form[field],
            readOnly: readOnly !== null,
            'aria-invalid': problems ? true : undefined,
            'aria-describedby': describedBy(`${id}-hint`, problems && `${id}-error`, readOnly && 'school-note'),
            onChange: (e: { currentTarget: { value: string } }) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, [field]: value }));
            },
          };
          return (
            <div key={field} className="field">
              <label htmlFor={id}>{spec.label}</label>
              <p id={`${id}-hint`} className="hint">
                {spec.hint}
              </p>
              {spec.multiline ? (
                <textarea rows={3} {...props} />
              ) : (
                <input type="text" autoComplete={spec.autoComplete ?? 'off'} inputMode={spec.inputMode} {...props} />
              )}
              {problems ? (
                <p id={`${id}-error`} className="field-error">
                  {problems.join(' ')}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {readOnly ? null : <button type="submit">Save the school’s details</button>}
      {Object.keys(errors).length ? (
        <p role="alert" className="field-error">
          Not saved: please correct the {Object.keys(errors).length === 1 ? 'field' : 'fields'} marked above.
        </p>
      ) : null}
    </form>
  );
}

export function SchoolSection(props: SchoolSectionProps) {
  // Above the form, which starts again when the saved profile comes back: the message outlives it.
  const [outcome, save] = useSave();
  return (
    <section aria-labelledby="school-heading">
      <h2 id="school-heading">Your school</h2>
      <p>Posts that name or identify your school are marked, so you can check that is what you meant. Leave a field empty if you do not need it.</p>
      {/* A new profile from storage (IT's, or saved in another tab) starts the form again from it. */}
      <SchoolFormFields key={JSON.stringify(props.profile)} {...props} save={save} />
      <SaveStatus outcome={outcome} />
    </section>
  );
}
