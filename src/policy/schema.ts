import { z } from '../engine/zod.ts';
import { SEVERITIES, SIGNALS } from '../engine/types.ts';

// A policy pack: one school's (or trust's) social media policy as data. Clause quotes are the policy's own words.

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .trim()
  .min(1, 'must not be empty');

/** Where a training scenario is set: the sites the extension checks, and the kind of box on them. */
export const SCENARIO_SITES = ['facebook', 'x', 'linkedin'] as const;
export const SCENARIO_BOXES = ['post', 'comment', 'reply', 'message'] as const;

/** A post that breaches a clause, told as a training scenario: who wrote it, where, and how to say it safely. */
export const ScenarioExampleSchema = z.strictObject({
  post: text,
  /** Who wrote it, as the room would say it: "Year 4 class teacher", "School business manager". */
  by: text,
  site: z.enum(SCENARIO_SITES, { error: `must be one of ${SCENARIO_SITES.map((s) => `"${s}"`).join(', ')}` }),
  box: z.enum(SCENARIO_BOXES, { error: `must be one of ${SCENARIO_BOXES.map((s) => `"${s}"`).join(', ')}` }),
  /** The same message said safely: it must not breach this clause or stop the post. */
  rewrite: text,
});
export type ScenarioExample = z.output<typeof ScenarioExampleSchema>;

/** A breaching post: plain text, or a training scenario. Read as `{ post, ... }` either way. */
const FlagSchema = z.union([text, ScenarioExampleSchema]).transform((f) => (typeof f === 'string' ? { post: f } : f));
export type FlagExample = z.output<typeof FlagSchema>;

export const ExamplesSchema = z.strictObject({
  /** Posts that breach this clause: each must produce a finding that cites it (the training page's scenarios). */
  flags: z.array(FlagSchema).default([]),
  /** Near misses: posts that must not cite this clause. */
  passes: z.array(text).default([]),
});

export const ClauseSchema = z
  .strictObject({
    /** The policy's own numbering ("4.3.7", "5.15", "4.5(f)"), or "<heading>, bullet N" where it has none. */
    id: text,
    /** The heading of the section the clause sits in. */
    section: text,
    /** The clause, verbatim from the document (whitespace tidied, words untouched). */
    quote: text,
    /** The engine signals whose findings breach this clause. Empty for clauses post text cannot reveal. */
    signals: z
      // Only text is quoted back: String() throws on some objects (`{"toString": 1}`, a null-prototype object).
      .array(z.enum(SIGNALS, { error: (issue) => (typeof issue.input === 'string' ? `unknown signal "${issue.input}"` : 'must be a signal name, e.g. "pupil.name"') }))
      .default([]),
    severity: z.enum(SEVERITIES),
    /** Plain English: what to do instead. */
    guidance: text,
    /** What the policy itself says happens on a breach, if it says (for training). */
    consequence: text.optional(),
    checkable: z.boolean().default(true),
    /** Why post text cannot reveal a breach of this clause (required when checkable is false). */
    uncheckableReason: text.optional(),
    examples: ExamplesSchema.optional(),
    /** For a baseline clause: the clauses of the real packs it summarises, as "pack-id#clause-id". */
    basis: z.array(text).optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.checkable && !c.uncheckableReason) ctx.addIssue({ code: 'custom', path: ['uncheckableReason'], message: 'a clause that is not checkable needs the reason why' });
    if (c.checkable && c.signals.length === 0) ctx.addIssue({ code: 'custom', path: ['signals'], message: 'a checkable clause needs at least one signal' });
    if (new Set(c.signals).size !== c.signals.length) ctx.addIssue({ code: 'custom', path: ['signals'], message: 'a signal is listed twice' });
  });

/** Changes a pack makes to a clause it inherits through `extends`. */
export const ClauseOverrideSchema = z.strictObject({
  id: text,
  severity: z.enum(SEVERITIES).optional(),
  guidance: text.optional(),
  signals: z.array(z.enum(SIGNALS)).optional(),
});

export const PackSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "oakwood-primary"'),
    organisation: text,
    title: text,
    /** Dates as the document gives them ("28/11/2016", "March 2021"); absent when it gives none. */
    adopted: text.optional(),
    reviewed: text.optional(),
    nextReview: text.optional(),
    /** Where the text comes from: a file name or an address. */
    source: text.optional(),
    /** True for the baseline used when no policy is chosen: its clauses are our summary, not a school's words. */
    baseline: z.boolean().optional(),
    /** Another pack's id (or path) whose clauses this pack inherits. */
    extends: text.optional(),
    /** Findings at or above this severity stop the post for a decision (default: warning). */
    gateAt: z.enum(SEVERITIES).default('warning'),
    clauses: z.array(ClauseSchema).default([]),
    overrides: z.array(ClauseOverrideSchema).default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.clauses.forEach((c, i) => {
      const first = seen.get(c.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `duplicate clause id "${c.id}" (also clauses[${first}])` });
      else seen.set(c.id, i);
    });
    if (!p.extends && p.overrides.length) ctx.addIssue({ code: 'custom', path: ['overrides'], message: 'overrides need "extends": there is nothing to override' });
    if (!p.extends && p.clauses.length === 0) ctx.addIssue({ code: 'custom', path: ['clauses'], message: 'a pack needs clauses (or "extends" another pack)' });
  });

export type Clause = z.output<typeof ClauseSchema>;
export type PackInput = z.input<typeof PackSchema>;
export type Pack = z.output<typeof PackSchema>;
