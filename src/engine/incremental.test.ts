import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { createContext, type AnalysisContext } from './context.ts';
import type { Detector } from './detector.ts';
import { createIncrementalAnalyser, DEFAULT_CONTEXT_CHARS, DEFAULT_MAX_UNIT_CHARS, splitUnits, type Unit } from './incremental.ts';
import { parseRosterCsv } from './roster/index.ts';
import { parseSchoolProfileJson } from './school-profile.ts';
import type { Finding } from './types.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const contextFrom = (dir: string): AnalysisContext =>
  createContext({ school: parseSchoolProfileJson(read(`${dir}/school.json`)), pupils: parseRosterCsv(read(`${dir}/roster.csv`)) });
// The development corpus and the school it is written against; the example school every policy pack is tested with.
const CORPUS = contextFrom('test/corpus');
const EXAMPLE = contextFrom('examples');
const posts: string[] = read('test/corpus/posts.jsonl')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

// A small deterministic generator, so every run builds the same long posts.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** About `chars` characters of corpus posts, as paragraphs or run together into one paragraph. */
function longPost(chars: number, shape: 'paragraphs' | 'one paragraph', seed = 1): string {
  const next = rng(seed);
  let t = '';
  while (t.length < chars) {
    const p = posts[Math.floor(next() * posts.length)]!;
    t += shape === 'paragraphs' ? `${p}\n\n` : `${p.replace(/\s*\n\s*/g, ' ')} `;
  }
  return t.slice(0, chars);
}

const key = (f: Finding) => `${f.detector}|${f.signal}|${f.start}|${f.end}`;
const cutsOf = (units: Unit[]) => units.slice(1).map((u) => u.start);

function expectWellFormed(text: string, findings: Finding[]) {
  findings.forEach((f, i) => {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
  });
  // As from analyse: findings of one signal never overlap, even across a cut.
  const last = new Map<string, number>();
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(last.get(f.signal) ?? 0);
    last.set(f.signal, f.end);
  }
}

describe('splitUnits', () => {
  it('keeps a post of up to maxUnitChars whole, with no context, and skips blank text', () => {
    const text = posts.find((p) => p.length > 200)!;
    expect(splitUnits(text)).toEqual([{ start: 0, end: text.length, contextStart: 0, contextEnd: text.length }]);
    expect(splitUnits('a'.repeat(DEFAULT_MAX_UNIT_CHARS))).toHaveLength(1);
    expect(splitUnits('a'.repeat(DEFAULT_MAX_UNIT_CHARS + 1)).length).toBeGreaterThan(1);
    expect(splitUnits(' \n\n \t')).toEqual([]);
  });

  it.each(['paragraphs', 'one paragraph'] as const)('cuts a long post (%s) at line or sentence starts into bounded units and windows', (shape) => {
    const text = longPost(20_000, shape);
    const units = splitUnits(text);
    expect(units.length).toBeGreaterThan(text.length / DEFAULT_MAX_UNIT_CHARS);
    let covered = 0;
    for (const u of units) {
      expect(u.start).toBeGreaterThanOrEqual(covered);
      expect(text.slice(covered, u.start).trim()).toBe(''); // only blank text is left out
      covered = u.end;
      expect(u.end - u.start).toBeLessThanOrEqual(DEFAULT_MAX_UNIT_CHARS);
      expect(u.contextStart).toBeLessThanOrEqual(u.start);
      expect(u.contextEnd).toBeGreaterThanOrEqual(u.end);
      expect(u.start - u.contextStart).toBeLessThanOrEqual(DEFAULT_CONTEXT_CHARS);
      expect(u.contextEnd - u.end).toBeLessThanOrEqual(DEFAULT_CONTEXT_CHARS);
    }
    expect(text.slice(covered).trim()).toBe('');
    // Realistic text has sentence ends everywhere, so no cut falls inside a sentence.
    for (const cut of cutsOf(units)) expect(text.slice(0, cut)).toMatch(/(?:\n|[.!?]['")\]\u2019\u201D]*)\s*$/);
  });

  it('does not start a sentence after "Mrs." or before a lower-case word', () => {
    const sentence = 'Mrs. Hill and the children went to the park, e.g. the big one, and played. ';
    const text = sentence.repeat(60);
    for (const cut of cutsOf(splitUnits(text))) {
      expect(text.slice(cut - 2, cut)).toBe('. ');
      expect(text.slice(cut - 6, cut)).not.toBe('Mrs. ');
      expect(text.slice(cut, cut + 3)).toBe('Mrs');
    }
  });

  it('puts each cut by the text near it, so edits far away do not move it', () => {
    const text = longPost(20_000, 'one paragraph', 3);
    const before = cutsOf(splitUnits(text));
    const prefix = 'A new opening paragraph, typed at the very start of the post. It has two sentences.\n';
    const suffix = ' And one more sentence typed at the very end.';
    const after = new Set(cutsOf(splitUnits(prefix + text + suffix)).map((c) => c - prefix.length));
    const far = before.filter((c) => c > DEFAULT_MAX_UNIT_CHARS && c < text.length - DEFAULT_MAX_UNIT_CHARS);
    expect(far.length).toBeGreaterThan(10);
    expect(far.filter((c) => !after.has(c))).toEqual([]);
  });

  it.each([
    ['no spaces', 'a'.repeat(63_000)],
    ['only dots', '.'.repeat(63_000)],
    ['dot space', '. '.repeat(31_500)],
    ['line breaks', 'Ab\n'.repeat(21_000)],
    ['emoji', '👩🏽‍🏫'.repeat(9_000)],
    ['white space around one letter', `${' '.repeat(30_000)}x${'\n'.repeat(30_000)}`],
  ])('bounds the units of a pathological paste (%s) and never splits a surrogate pair', (_, text) => {
    const units = splitUnits(text);
    for (const u of units) {
      expect(u.end - u.start).toBeLessThanOrEqual(DEFAULT_MAX_UNIT_CHARS);
      for (const at of [u.start, u.end, u.contextStart, u.contextEnd]) {
        const c = text.charCodeAt(at);
        expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
      }
    }
    expect(units.length).toBeGreaterThan(0);
  });
});

describe('createIncrementalAnalyser', () => {
  it.each([
    ['the corpus school', CORPUS],
    ['the example school', EXAMPLE],
  ])('gives exactly what analyse gives for every corpus post (each one unit), with %s', (_, context) => {
    const analyser = createIncrementalAnalyser(context);
    let findings = 0;
    for (const text of posts) {
      expect(splitUnits(text)).toHaveLength(1);
      const expected = analyse(text, context);
      expect(analyser.analyse(text)).toEqual(expected);
      findings += expected.length;
    }
    expect(findings).toBeGreaterThan(100); // the comparison covered real findings, not just empty lists
  });

  it.each(['paragraphs', 'one paragraph'] as const)('in a long post (%s), reports for each unit what analyse finds in its window', (shape) => {
    const text = longPost(20_000, shape, 5);
    const result = createIncrementalAnalyser(CORPUS).analyse(text);
    expectWellFormed(text, result);
    let compared = 0;
    for (const u of splitUnits(text)) {
      const own = result.filter((f) => f.start >= u.start && f.start < u.end);
      const expected = analyse(text.slice(u.contextStart, u.contextEnd), CORPUS)
        .map((f) => ({ ...f, start: f.start + u.contextStart, end: f.end + u.contextStart }))
        .filter((f) => f.start >= u.start && f.start < u.end);
      for (const e of expected) {
        const got = own.find((f) => f.signal === e.signal && f.start === e.start);
        if (got) {
          // Equal, unless merged with a same-signal finding across the next cut (then it only grows).
          if (got.end === e.end) expect(got).toEqual(e);
          else expect(got.end).toBeGreaterThan(u.end);
        } else {
          // Absorbed into an overlapping finding of the same signal from the unit before.
          expect(result.some((f) => f.signal === e.signal && f.start < u.start && f.end > e.start)).toBe(true);
        }
        compared++;
      }
      expect(own.every((f) => expected.some((e) => e.signal === f.signal && e.start === f.start))).toBe(true);
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('keeps what analyse finds in corpus posts cut into small units, thanks to the sentence of context either side', () => {
    // Cutting every post into units of at most 100 characters puts cuts between most sentences.
    const differing = (contextChars: number) => {
      const analyser = createIncrementalAnalyser(CORPUS, { maxUnitChars: 100, contextChars });
      let cut = 0;
      let differ = 0;
      for (const text of posts) {
        if (splitUnits(text, { maxUnitChars: 100, contextChars }).length < 2) continue;
        cut++;
        const whole = analyse(text, CORPUS).map(key).sort();
        if (JSON.stringify(analyser.analyse(text).map(key).sort()) !== JSON.stringify(whole)) differ++;
      }
      return { cut, differ };
    };
    const withContext = differing(DEFAULT_CONTEXT_CHARS);
    const without = differing(0);
    expect(withContext.cut).toBeGreaterThan(200);
    expect(withContext.differ / withContext.cut).toBeLessThan(0.03);
    expect(without.differ / without.cut).toBeGreaterThan(0.08);
  });

  it('agrees with analyse on the whole text for nearly every finding of a 20,000-character post', () => {
    for (const shape of ['paragraphs', 'one paragraph'] as const) {
      const text = longPost(20_000, shape, 7);
      const whole = analyse(text, CORPUS);
      const incremental = new Set(createIncrementalAnalyser(CORPUS).analyse(text).map(key));
      const kept = whole.filter((f) => incremental.has(key(f))).length;
      expect(whole.length).toBeGreaterThan(50);
      expect(kept / whole.length).toBeGreaterThan(0.96);
    }
  });

  it('re-analyses only the edited unit when one letter changes inside a long post', () => {
    const text = longPost(20_000, 'paragraphs', 9);
    const analyser = createIncrementalAnalyser(CORPUS);
    analyser.analyse(text);
    const units = splitUnits(text);
    expect(analyser.findingsCache.misses).toBe(units.length);
    // A letter well inside a unit: outside its neighbours' context, and far from any cut.
    const unit = units.find((u) => u.end - u.start > 2 * DEFAULT_CONTEXT_CHARS + 100)!;
    let at = unit.start + DEFAULT_CONTEXT_CHARS + 40;
    while (!/[a-z]/.test(text[at]!)) at++;
    const edited = text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1);
    expect(splitUnits(edited)).toEqual(units);
    const { hits, misses } = analyser.findingsCache;
    const result = analyser.analyse(edited);
    expect(analyser.findingsCache.misses - misses).toBe(1);
    expect(analyser.findingsCache.hits - hits).toBe(units.length - 1);
    expect(result).toEqual(createIncrementalAnalyser(CORPUS).analyse(edited));
  });

  it('re-analyses at most three windows per keystroke while a sentence is typed into a long paragraph', () => {
    let text = longPost(20_000, 'one paragraph', 11);
    const analyser = createIncrementalAnalyser(CORPUS);
    analyser.analyse(text);
    let cursor = text.indexOf(' ', 10_000) + 1;
    let most = 0;
    for (const ch of 'Then Grace in Year 6 said it was the best day ever. We agreed! ') {
      text = text.slice(0, cursor) + ch + text.slice(cursor);
      cursor++;
      const misses = analyser.findingsCache.misses;
      analyser.analyse(text);
      most = Math.max(most, analyser.findingsCache.misses - misses);
    }
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(3);
  });

  it('merges a finding that runs across a cut with its twin from the next unit, as analyse merges overlaps', () => {
    // A stand-in detector: "<<…>>" marks a span (it may run across sentences), "##" a point, both of one signal.
    const marks: Detector = {
      meta: { id: 'marks', category: 'abuse', signals: ['abuse.threat'], description: 'test spans' },
      detect: ({ original }) => [
        ...Array.from(original.matchAll(/<<[^]*?>>/g), (m) => ({ at: m, confidence: 0.8, detail: 'a span' })),
        ...Array.from(original.matchAll(/##/g), (m) => ({ at: m, confidence: 0.9, detail: 'a point' })),
      ].map(({ at, confidence, detail }) => ({
        signal: 'abuse.threat' as const,
        start: at.index,
        end: at.index + at[0].length,
        confidence,
        evidence: { reasons: [{ kind: 'pattern' as const, detail }] },
        message: detail,
      })),
    };
    const options = { maxUnitChars: 200, detectors: [marks] };
    // Letters are swapped for marks in the middle of sentences, so the cuts (set by sentence starts) stay put.
    const plain = Array.from({ length: 40 }, (_, i) => `Sentence number ${10 + i} is here now. `).join('');
    const cut = cutsOf(splitUnits(plain, options))[3]!;
    // The span opens two sentences before the cut, out of the next unit's context: that unit sees only the "##".
    const before = plain.lastIndexOf(' is ', plain.lastIndexOf(' is ', cut - 2) - 1) + 1;
    const after = plain.indexOf(' is ', cut) + 1;
    const text = `${plain.slice(0, before)}<<${plain.slice(before + 2, after)}##${plain.slice(after + 2, after + 6)}>>${plain.slice(after + 8)}`;
    expect(cutsOf(splitUnits(text, options))).toContain(cut);
    const expected = analyse(text, {}, [marks]);
    expect(expected).toHaveLength(1); // one span, with both reasons, across the cut
    expect(expected[0]!.start).toBeLessThan(cut);
    expect(expected[0]!.end).toBeGreaterThan(cut);
    expect(createIncrementalAnalyser({}, options).analyse(text)).toEqual(expected);
  });

  it('returns fresh objects: changing a result does not change the next one', () => {
    const text = posts.find((p) => analyse(p, CORPUS).length > 0)!;
    const analyser = createIncrementalAnalyser(CORPUS);
    const first = analyser.analyse(text);
    first[0]!.start = -1;
    first[0]!.evidence.reasons.length = 0;
    expect(analyser.analyse(text)).toEqual(analyse(text, CORPUS));
  });

  it('keeps the cache within its bounds, and a tiny cache gives the same findings', () => {
    const text = longPost(20_000, 'paragraphs', 13);
    const small = createIncrementalAnalyser(CORPUS, { cacheEntries: 5, cacheChars: 3_000 });
    const expected = createIncrementalAnalyser(CORPUS).analyse(text);
    expect(small.analyse(text)).toEqual(expected);
    expect(small.findingsCache.entries).toBeLessThanOrEqual(5);
    expect(small.findingsCache.chars).toBeLessThanOrEqual(3_000 + DEFAULT_MAX_UNIT_CHARS + 2 * DEFAULT_CONTEXT_CHARS);
    expect(small.analyse(text)).toEqual(expected);
    small.findingsCache.clear();
    expect(small.findingsCache.entries).toBe(0);
  });
});

describe('incremental analysis of arbitrary text', () => {
  const pieces = fc.constantFrom(
    'Grace', 'Will', 'Year 6', 'pupil', 'UPN B801200005001', '07700 900123', 'a@b.sch.uk', 'f*ck', 'safeguarding',
    'ADHD', 'J.S. in 5B', '. ', '! ', '\n', '\n\n', 'Mrs. ', 'e.g. ', '\u200B', '\u00AD', '\u0301', 'שלום', '👩🏽‍🏫', '\uD800',
    '\uDC00', 'İ', 'ﬁ', '’s', '6mg', '...',
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 3_000 }),
    fc.string({ unit: 'binary', maxLength: 3_000 }),
    fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme-ascii', maxLength: 12 })), { maxLength: 600 }).map((xs) => xs.join(' ')),
    fc.array(pieces, { maxLength: 600 }).map((xs) => xs.join('')),
  );
  const analyser = createIncrementalAnalyser(CORPUS, { cacheChars: 20_000 });

  it('never throws, and every finding lies inside the text, in order', () => {
    fc.assert(
      fc.property(text, (t) => expectWellFormed(t, analyser.analyse(t))),
      { numRuns: 150 },
    );
  });

  it('copes with 63,000-character posts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 200, maxLength: 400 }), fc.boolean(), (xs, spaced) => {
        let t = xs.join(spaced ? ' ' : '');
        while (t.length < 63_000) t += ` ${t}`;
        t = t.slice(0, 63_000);
        expectWellFormed(t, analyser.analyse(t));
      }),
      { numRuns: 4 },
    );
  });
});

describe('analyseSliced', () => {
  const text = longPost(20_000, 'paragraphs', 17);
  const expected = createIncrementalAnalyser(CORPUS).analyse(text);

  it('gives the same findings as analyse, yielding whenever the (fake) clock passes the budget', async () => {
    let clock = 0;
    const analyser = createIncrementalAnalyser(CORPUS, { now: () => (clock += 4) });
    let yields = 0;
    const result = await analyser.analyseSliced(text, { budgetMs: 30, yieldToHost: async () => void yields++ });
    expect(result).toEqual(expected);
    // Each window reads the clock about three times (12 ms), so a 30 ms slice holds one or two windows.
    const windows = splitUnits(text).length;
    expect(yields).toBeGreaterThanOrEqual(Math.floor(windows / 3));
    expect(yields).toBeLessThan(windows);

    // Everything is cached now: no work, so no yield.
    yields = 0;
    const hits = analyser.findingsCache.hits;
    expect(await analyser.analyseSliced(text, { yieldToHost: async () => void yields++ })).toEqual(expected);
    expect(yields).toBe(0);
    expect(analyser.findingsCache.hits - hits).toBe(windows);
  });

  it('without a clock, measures slices in characters', async () => {
    const analyser = createIncrementalAnalyser(CORPUS);
    let yields = 0;
    const result = await analyser.analyseSliced(text, { sliceChars: 2_000, yieldToHost: async () => void yields++ });
    expect(result).toEqual(expected);
    const chars = splitUnits(text).reduce((sum, u) => sum + u.contextEnd - u.contextStart, 0);
    expect(yields).toBeGreaterThanOrEqual(Math.floor(chars / 2_000) - 1);
    expect(yields).toBeLessThanOrEqual(splitUnits(text).length);
  });

  it('works through a 63,000-character paste with the real default yield', async () => {
    const paste = longPost(63_000, 'one paragraph', 19);
    let clock = 0;
    const analyser = createIncrementalAnalyser(CORPUS, { now: () => (clock += 10) });
    const result = await analyser.analyseSliced(paste);
    expect(result).toEqual(createIncrementalAnalyser(CORPUS).analyse(paste));
  });

  it('rejects with an AbortError when superseded, keeping the windows it finished', async () => {
    const analyser = createIncrementalAnalyser(CORPUS);
    const before = new AbortController();
    before.abort();
    await expect(analyser.analyseSliced(text, { signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(analyser.findingsCache.misses).toBe(0);

    const controller = new AbortController();
    let yields = 0;
    const run = analyser.analyseSliced(text, {
      signal: controller.signal,
      sliceChars: 2_000,
      yieldToHost: async () => {
        if (++yields === 3) controller.abort(); // a newer keystroke arrives during the third pause
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const finished = analyser.findingsCache.misses;
    expect(finished).toBeGreaterThan(0);
    expect(finished).toBeLessThan(splitUnits(text).length);
    // The next call reuses what the aborted one finished.
    expect(analyser.analyse(text)).toEqual(expected);
    expect(analyser.findingsCache.hits).toBe(finished);
  });
});
