// The content script's answer to {type: 'postcheck:status'}: whether it is checking this tab, on which site, with
// which policy, and how many warnings it has shown. Anything else (no answer, an odd shape) counts as no answer.

export const STATUS_REQUEST = { type: 'postcheck:status' } as const;

export interface TabStatus {
  active: boolean;
  site: string;
  packTitle: string;
  warnings: number;
}

export function parseTabStatus(answer: unknown): TabStatus | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const { active, site, packTitle, warnings } = answer as Record<string, unknown>;
  if (typeof active !== 'boolean' || typeof site !== 'string' || typeof packTitle !== 'string') return null;
  if (typeof warnings !== 'number' || !Number.isInteger(warnings) || warnings < 0) return null;
  return { active, site, packTitle, warnings };
}

/** The session's warning count from storage: a whole number, or 0 for anything else. */
export function sessionWarningsOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}
