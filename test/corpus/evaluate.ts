// Scores the engine against the labelled development corpus: per category, did a post that breaches it get a
// finding of that category (recall), and was every category we flagged really breached (precision)?
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyse, CATEGORIES, createContext, parseRosterCsv, parseSchoolProfileJson, type Category, type Finding } from '../../src/engine/index.ts';

const DIR = import.meta.dirname;

const PostSchema = z.object({
  id: z.string(),
  site: z.enum(['facebook', 'x', 'linkedin']),
  text: z.string().min(1),
  labels: z.array(z.enum(CATEGORIES)),
  note: z.string().optional(),
});
export type CorpusPost = z.infer<typeof PostSchema>;

/** The development corpus (posts.jsonl), or the held-out set (holdout.jsonl) that detectors are never tuned on. */
export type CorpusFile = 'posts.jsonl' | 'holdout.jsonl';

export function loadCorpus(file: CorpusFile = 'posts.jsonl'): CorpusPost[] {
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = PostSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

export function corpusContext(withRoster = true) {
  const school = parseSchoolProfileJson(readFileSync(join(DIR, 'school.json'), 'utf8'), 'school.json');
  const pupils = withRoster ? parseRosterCsv(readFileSync(join(DIR, 'roster.csv'), 'utf8'), 'roster.csv') : undefined;
  return createContext({ school, ...(pupils ? { pupils } : {}) });
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Outcome {
  post: CorpusPost;
  findings: Finding[];
  predicted: Set<Category>;
}

export interface Evaluation {
  posts: number;
  benign: number;
  perCategory: Record<Category, Score>;
  /** Benign posts that got any finding. */
  benignFlagged: number;
  misses: { post: CorpusPost; category: Category }[];
  falseAlarms: { post: CorpusPost; category: Category; findings: Finding[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(withRoster = true, file: CorpusFile = 'posts.jsonl'): Evaluation {
  const posts = loadCorpus(file);
  const context = corpusContext(withRoster);
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 }])) as Record<Category, Score>;
  const misses: Evaluation['misses'] = [];
  const falseAlarms: Evaluation['falseAlarms'] = [];
  let benignFlagged = 0;
  for (const post of posts) {
    const findings = analyse(post.text, context);
    const predicted = new Set(findings.map((f) => f.category));
    if (post.labels.length === 0 && findings.length > 0) benignFlagged++;
    for (const c of CATEGORIES) {
      const truth = post.labels.includes(c);
      const said = predicted.has(c);
      if (truth && said) perCategory[c].tp++;
      else if (truth) {
        perCategory[c].fn++;
        misses.push({ post, category: c });
      } else if (said) {
        perCategory[c].fp++;
        falseAlarms.push({ post, category: c, findings: findings.filter((f) => f.category === c) });
      }
    }
  }
  for (const s of Object.values(perCategory)) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
  }
  return { posts: posts.length, benign: posts.filter((p) => p.labels.length === 0).length, perCategory, benignFlagged, misses, falseAlarms };
}
