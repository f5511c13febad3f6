import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../engine/roster/index.ts';
import { parsePackJson } from '../../policy/load.ts';
import { problemsOf, rosterProblems } from './problems.ts';

const fails = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not fail');
};

describe('problemsOf', () => {
  it('keeps a pack problem\'s JSON path, and a JSON syntax error\'s line', () => {
    const bad = fails(() => parsePackJson('{"id": "a", "organisation": "O", "title": "T", "clauses": [{"id": "1"}]}', 'p.json'));
    expect(problemsOf(bad)).toContainEqual({ where: '$.clauses[0].section', problem: 'is missing' });
    expect(problemsOf(fails(() => parsePackJson('{\n  "id": "x",\n  oops\n}', 'p.json')))[0]!.where).toBe('Line 3');
  });
  it('takes a plain error\'s message', () => {
    expect(problemsOf(new Error('not available yet'))).toEqual([{ problem: 'not available yet' }]);
  });
});

describe('rosterProblems', () => {
  it('never repeats a cell of the file, even when the first row is pupils rather than a header', () => {
    const error = fails(() => parseRosterCsv('Zwicklebury,Philomena,6\nQuockerwodger,Anastasius,5\n', 'r.csv'));
    const [shown] = rosterProblems(error);
    expect(shown!.where).toBe('Line 1');
    expect(JSON.stringify(shown)).not.toMatch(/Zwicklebury|Philomena|Quockerwodger|Anastasius/);
    // The hint about which headers to use survives.
    expect(shown!.problem).toContain('"Forename" and "Surname"');
    expect(shown!.problem).toContain('"Name"');
  });
  it('names the line of a row with a missing name, by its column header', () => {
    const error = fails(() => parseRosterCsv('Forename,Surname\nPhilomena,\n', 'r.csv'));
    expect(rosterProblems(error)).toEqual([{ where: 'Line 2, Surname', problem: 'missing surname' }]);
  });
});
