// What every loader promises: a value, or an InputError that says which file and where. Anything else it throws
// (a TypeError, a RangeError, a plain Error) is rethrown here, so the property fails on it.
import { expect } from 'vitest';
import { InputError } from '../../src/engine/errors.ts';

export type Outcome<T> = { value: T; error?: undefined } | { error: InputError; value?: undefined };

export function attempt<T>(run: () => T): Outcome<T> {
  try {
    return { value: run() };
  } catch (e) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

export async function attemptAsync<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await run() };
  } catch (e) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

/** Lines as an editor counts them (CRLF, LF or a lone CR). */
export const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/**
 * A clear error: it names `source`, has at least one problem, each problem says something readable, and any line
 * it names is in the file.
 */
export function expectClearError(error: InputError, source: string, text?: string): void {
  expect(error.source).toBe(source);
  expect(error.problems.length).toBeGreaterThan(0);
  expect(error.message.startsWith(`${source}:`)).toBe(true);
  for (const p of error.problems) {
    expect(typeof p.problem).toBe('string');
    expect(p.problem.trim()).not.toBe('');
    // A value turned into text carelessly.
    expect(p.problem).not.toMatch(/\[object \w+\]/);
    if (p.line !== undefined) {
      expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
      if (text !== undefined) expect(p.line).toBeLessThanOrEqual(lineCount(text));
    }
  }
}

/** A JSON file's problem is either a syntax error at a line, or a schema error at a field. */
export function expectPlaced(error: InputError, field: RegExp = /./): void {
  for (const p of error.problems) {
    if (p.line !== undefined) expect(p.problem).toMatch(/^not valid JSON/);
    else if (p.field !== undefined) expect(p.field).toMatch(field);
  }
}
