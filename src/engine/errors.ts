// Bad input must say where and what: the file, the line or field, and the problem.

export interface InputProblem {
  line?: number;
  field?: string;
  problem: string;
}

export class InputError extends Error {
  readonly source: string;
  readonly problems: InputProblem[];

  constructor(source: string, problems: InputProblem[]) {
    super(problems.map((p) => formatProblem(source, p)).join('\n'));
    this.name = 'InputError';
    this.source = source;
    this.problems = problems;
  }
}

export function formatProblem(source: string, p: InputProblem): string {
  const where = p.line === undefined ? source : `${source}:${p.line}`;
  return p.field === undefined ? `${where}: ${p.problem}` : `${where}: ${p.field}: ${p.problem}`;
}
