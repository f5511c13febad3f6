import { z } from './zod.ts';
import { readJson } from './json.ts';
import { InputError } from './errors.ts';

// The school profile: everything that identifies the school, so posts naming it can be caught.
export const SchoolProfileSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  aliases: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  urn: z
    .string()
    .regex(/^\d{6}$/, 'must be the 6-digit Unique Reference Number, e.g. "123456"')
    .optional(),
  dfeNumber: z
    .string()
    .regex(/^\d{3}\/?\d{4}$/, 'must be the DfE number: 3-digit LA code and 4-digit number, e.g. "855/2001"')
    .optional(),
  emailDomains: z
    .array(
      z
        .string()
        .regex(/^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i, 'must be a domain such as "example.sch.uk", without "@"'),
    )
    .optional(),
  postcode: z
    .string()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, 'must be a UK postcode such as "LE12 3AB"')
    .optional(),
});

export type SchoolProfile = z.infer<typeof SchoolProfileSchema>;

/** Turns zod's issues into problems that name the field. */
export function zodProblems(error: z.ZodError): { field?: string; problem: string }[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
    let problem = issue.message;
    if (issue.code === 'unrecognized_keys') problem = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return field === undefined ? { problem } : { field, problem };
  });
}

/** Validates a parsed profile; `source` names the file in the error. */
export function parseSchoolProfile(value: unknown, source = 'school profile'): SchoolProfile {
  const result = SchoolProfileSchema.safeParse(value);
  if (!result.success) throw new InputError(source, zodProblems(result.error));
  return result.data;
}

/** Reads profile JSON text; a syntax error names the line. */
export function parseSchoolProfileJson(json: string, source = 'school profile'): SchoolProfile {
  return parseSchoolProfile(readJson(json, source), source);
}
