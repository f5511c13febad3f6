// The engine's vocabulary. Closed sets are `as const` arrays so their unions are derived, never repeated.

export const CATEGORIES = ['pupil', 'school', 'confidential', 'abuse'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SIGNALS = [
  'pupil.name',
  'pupil.description',
  'pupil.upn',
  'pupil.uln',
  'pupil.image',
  'pupil.contact',
  'pupil.influence',
  'school.name',
  'school.urn',
  'school.dfe-number',
  'school.email',
  'school.postcode',
  'school.cue',
  'school.representation',
  'school.providers',
  'school.disrepute',
  'school.copyright',
  'confidential.safeguarding',
  'confidential.sen',
  'confidential.medical',
  'confidential.behaviour',
  'confidential.looked-after',
  'confidential.disadvantage',
  'confidential.staff-hr',
  'confidential.unpublished',
  'confidential.contact-details',
  'confidential.date-of-birth',
  'confidential.nhs-number',
  'confidential.ni-number',
  'confidential.credentials',
  'abuse.profanity',
  'abuse.discriminatory',
  'abuse.dehumanising',
  'abuse.sexual',
  'abuse.threat',
  'abuse.derogatory',
  'abuse.defamatory',
  'abuse.extremism',
] as const;
export type Signal = (typeof SIGNALS)[number];

export const SEVERITIES = ['advice', 'warning', 'stop'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The category a signal belongs to is its prefix: `pupil.upn` → `pupil`. */
export function categoryOf(signal: Signal): Category {
  return signal.slice(0, signal.indexOf('.')) as Category;
}

export const REASON_KINDS = ['pattern', 'context', 'checksum', 'roster', 'profile', 'wordlist', 'nlp'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** One piece of evidence. `detail` describes the rule, never quotes a pupil's name. */
export interface Reason {
  kind: ReasonKind;
  detail: string;
}

export interface Finding {
  category: Category;
  signal: Signal;
  detector: string;
  /** Half-open UTF-16 offsets into the original text. */
  start: number;
  end: number;
  confidence: number;
  evidence: { reasons: Reason[] };
  message: string;
  suggestion?: string;
}

/** What a detector reports; `analyse` adds the category and the detector id. */
export type DetectorFinding = Omit<Finding, 'category' | 'detector'>;

export interface DetectorMeta {
  id: string;
  category: Category;
  signals: readonly Signal[];
  description: string;
}
