import { InputError } from './errors.ts';

/** Parses JSON text (a leading BOM is fine); a syntax error becomes an InputError naming the line where V8 says. */
export function readJson(json: string, source: string): unknown {
  try {
    return JSON.parse(json.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+) column \d+/.exec(msg);
    const line = pos ? json.slice(0, Number(pos[1])).split('\n').length : lineCol ? Number(lineCol[1]) : undefined;
    throw new InputError(source, [{ ...(line ? { line } : {}), problem: `not valid JSON (${msg})` }]);
  }
}
