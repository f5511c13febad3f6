// Turning a failed import into lines to show. Imports reject with the engine's InputError (a list of problems, each
// with a JSON path or a line) or a plain Error; either becomes a list of {where, problem}.

export interface ShownProblem {
  /** "$.clauses[3].signals[0]", "Line 4", "Line 4, Forename", or absent. */
  where?: string;
  problem: string;
}

interface ProblemLike {
  line?: unknown;
  field?: unknown;
  problem?: unknown;
}

export function problemsOf(error: unknown): ShownProblem[] {
  const list = (error as { problems?: unknown } | null)?.problems;
  if (Array.isArray(list) && list.length) {
    return list.map((p: ProblemLike) => {
      const parts = [typeof p.line === 'number' ? `Line ${p.line}` : '', typeof p.field === 'string' ? p.field : ''].filter(Boolean);
      return { ...(parts.length ? { where: parts.join(', ') } : {}), problem: String(p.problem ?? 'is not valid') };
    });
  }
  return [{ problem: error instanceof Error ? error.message : String(error) }];
}

/**
 * A roster's problems may quote the file's header row, which is a pupil's name when the file has no header. Quoted
 * text is dropped, so no cell of the file reaches the page; the line number still says where to look.
 */
export function rosterProblems(error: unknown): ShownProblem[] {
  return problemsOf(error).map((p) => ({
    ...p,
    problem: p.problem
      .replace(/\s*\((?:"[^"]*"(?:,\s*)?)+\)/g, '')
      .replace(/"[^"]*"/g, (quoted) => (KNOWN_HEADERS.has(quoted.slice(1, -1).toLowerCase()) ? quoted : '…')),
  }));
}

/** Header names the roster reader suggests: safe to show, and the hint that helps. */
const KNOWN_HEADERS = new Set(['forename', 'surname', 'first name', 'last name', 'first_name', 'last_name', 'name', 'preferred forename']);
