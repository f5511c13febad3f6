import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from './errors.ts';

/**
 * Parses JSON text (a leading BOM is fine). A syntax error becomes an InputError naming the line and what is wrong:
 * JSON.parse's own messages often give no position ("Unexpected token '}'"), so a strict jsonc-parser pass (no comments,
 * no trailing commas: plain JSON) finds where it is.
 */
export function readJson(json: string, source: string): unknown {
  const text = json.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const errors: ParseError[] = [];
    try {
      parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      // jsonc-parser recurses once per level of nesting, so thousands of "[" overflow the stack: the errors found
      // before that still hold, and with none, JSON.parse's own message stands.
    }
    const first = errors[0];
    const code = first ? printParseErrorCode(first.error) : undefined;
    const line = first && code ? lineOf(text, first.offset, code) : undefined;
    // V8's own message quotes the text around the error ('Unexpected token 'G', "…Grace…" is not valid JSON'): not that.
    const what = code ? describe(code) : (e as Error).message.replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '');
    throw new InputError(source, [{ ...(line ? { line } : {}), problem: `not valid JSON (${what})` }]);
  }
}

/**
 * The line to show. "Something expected" is found at the token after the gap (a trailing comma is reported at the
 * closing brace on the next line): name the line where the text stopped making sense, the last thing before it. A bad
 * token itself (a comment, a quote) is named where it stands.
 */
function lineOf(text: string, offset: number, code: string): number {
  let at = offset;
  if (code.endsWith('Expected') && code !== 'EndOfFileExpected') {
    while (at > 0 && /\s/.test(text[at - 1]!)) at -= 1;
    at = Math.max(0, at - 1);
  }
  return text.slice(0, at).split('\n').length;
}

/** "PropertyNameExpected" → "property name expected". */
const describe = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
