import { SchoolProfileSchema, zodProblems, type SchoolProfile } from '../../engine/school-profile.ts';

// The school profile as a form: text in, a validated profile (or each field's problem) out. Lists are one per line.

export const SCHOOL_FIELDS = ['name', 'aliases', 'urn', 'dfeNumber', 'emailDomains', 'postcode'] as const;
export type SchoolField = (typeof SCHOOL_FIELDS)[number];
export type SchoolForm = Record<SchoolField, string>;


export function formFromProfile(profile: SchoolProfile | null): SchoolForm {
  return {
    name: profile?.name ?? '',
    aliases: (profile?.aliases ?? []).join('\n'),
    urn: profile?.urn ?? '',
    dfeNumber: profile?.dfeNumber ?? '',
    emailDomains: (profile?.emailDomains ?? []).join('\n'),
    postcode: profile?.postcode ?? '',
  };
}

// A name may hold a comma ("St Mary's, Oakwood"); a domain never does, so domains may also be separated by them.
const SEPARATORS: Partial<Record<SchoolField, RegExp>> = { aliases: /\n/, emailDomains: /[\n,;\s]+/ };

const items = (field: SchoolField, text: string) =>
  text
    .split(SEPARATORS[field] ?? /\n/)
    .map((s) => s.trim())
    .filter(Boolean);

export type SchoolResult = { ok: true; profile: SchoolProfile | null } | { ok: false; errors: Partial<Record<SchoolField, string[]>> };

/** An empty form clears the profile; otherwise every field is checked, and each problem is filed under its field. */
export function profileFromForm(form: SchoolForm): SchoolResult {
  if (SCHOOL_FIELDS.every((f) => !form[f].trim())) return { ok: true, profile: null };
  const value: Record<string, unknown> = {};
  for (const field of SCHOOL_FIELDS) {
    if (SEPARATORS[field]) {
      const list = items(field, form[field]);
      if (list.length) value[field] = list;
    } else if (field === 'name' || form[field].trim()) value[field] = form[field].trim();
  }
  const parsed = SchoolProfileSchema.safeParse(value);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const errors: Partial<Record<SchoolField, string[]>> = {};
  for (const p of zodProblems(parsed.error)) {
    const [field, index] = (p.field ?? 'name').split('.');
    const key = (SCHOOL_FIELDS as readonly string[]).includes(field!) ? (field as SchoolField) : 'name';
    // In a list, say which entry: "“@oakwood.org” must be a domain …".
    const entry = index !== undefined && /^\d+$/.test(index) ? (value[key] as string[] | undefined)?.[Number(index)] : undefined;
    const text = entry === undefined ? p.problem : `“${entry}” ${p.problem}`;
    (errors[key] ??= []).push(text);
  }
  return { ok: false, errors };
}
