import { z } from '../zod.ts';
import { InputError, type InputProblem } from '../errors.ts';
import { readCsv } from './csv.ts';

// A pupil as the roster gives them. Only names: nothing else from an MIS export is read or kept.
export const RosterPupilSchema = z.object({
  first: z.string().trim().min(1),
  last: z.string().trim().min(1),
  preferred: z.string().trim().min(1).optional(),
});
export type RosterPupil = z.infer<typeof RosterPupilSchema>;

type Column = 'first' | 'last' | 'preferred' | 'full';

// Header names from the usual MIS exports (SIMS, Arbor, Bromcom, ScholarPack) and plain snake_case, compared
// with case, spaces and punctuation removed.
const HEADERS: Record<string, Column> = {
  forename: 'first',
  legalforename: 'first',
  firstname: 'first',
  givenname: 'first',
  legalfirstname: 'first',
  surname: 'last',
  legalsurname: 'last',
  lastname: 'last',
  familyname: 'last',
  preferredforename: 'preferred',
  preferredname: 'preferred',
  preferredfirstname: 'preferred',
  knownas: 'preferred',
  name: 'full',
  fullname: 'full',
  pupilname: 'full',
  studentname: 'full',
};

const headerKey = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');

/** "Surname, Forename" or "Forename Surname" in one column. */
function splitFull(full: string): { first: string; last: string } | undefined {
  const comma = full.indexOf(',');
  if (comma > 0) return { last: full.slice(0, comma).trim(), first: full.slice(comma + 1).trim() };
  const parts = full.trim().split(/\s+/);
  if (parts.length < 2) return undefined;
  return { first: parts.slice(0, -1).join(' '), last: parts[parts.length - 1]! };
}

/**
 * Parses a roster CSV. Any problem rejects the whole file (nothing half-loaded), listing up to 20 problems with
 * their line numbers.
 */
export function parseRosterCsv(text: string, source = 'roster'): RosterPupil[] {
  const { rows, unterminatedQuoteAt } = readCsv(text);
  if (unterminatedQuoteAt) throw new InputError(source, [{ line: unterminatedQuoteAt, problem: 'a quoted field is never closed' }]);
  const header = rows.find((r) => r.fields.some((f) => f.trim()));
  if (!header) throw new InputError(source, [{ problem: 'the file is empty: expected a header row and one row per pupil' }]);

  const columns = new Map<Column, number>();
  header.fields.forEach((h, i) => {
    const col = HEADERS[headerKey(h)];
    if (col && !columns.has(col)) columns.set(col, i);
  });
  const hasSplit = columns.has('first') && columns.has('last');
  if (!hasSplit && !columns.has('full')) {
    throw new InputError(source, [
      {
        line: header.line,
        // The cells are not repeated: in a file with no header row they would be a pupil's name.
        problem: `no name columns found in the first row (${header.fields.length} columns): expected a header with "Forename" and "Surname" (SIMS), "First name" and "Last name" (Arbor), first_name and last_name, or "Name"`,
      },
    ]);
  }

  const pupils: RosterPupil[] = [];
  const problems: InputProblem[] = [];
  for (const row of rows.slice(rows.indexOf(header) + 1)) {
    if (row.fields.every((f) => !f.trim())) continue;
    if (row.fields.length > header.fields.length) {
      problems.push({ line: row.line, problem: `${row.fields.length} fields but the header has ${header.fields.length}; is a comma missing its quotes?` });
      continue;
    }
    const get = (c: Column) => {
      const i = columns.get(c);
      return i === undefined ? '' : (row.fields[i] ?? '').trim();
    };
    let first = get('first');
    let last = get('last');
    if (!hasSplit || (!first && !last)) {
      const split = splitFull(get('full'));
      if (split) ({ first, last } = split);
    }
    const preferred = get('preferred');
    if (!first) problems.push({ line: row.line, field: hasSplit ? header.fields[columns.get('first')!]!.trim() : 'name', problem: 'missing first name' });
    else if (!last) problems.push({ line: row.line, field: hasSplit ? header.fields[columns.get('last')!]!.trim() : 'name', problem: 'missing surname' });
    else pupils.push(preferred && preferred !== first ? { first, last, preferred } : { first, last });
    if (problems.length >= 20) break;
  }
  if (problems.length) throw new InputError(source, problems);
  if (!pupils.length) throw new InputError(source, [{ problem: 'no pupils: the file has a header but no rows' }]);
  return pupils;
}
