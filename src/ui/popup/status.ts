// The content script's answer to {type: 'postcheck:status'} (src/content/boot.ts): whether it is checking this tab
// (null: ready, but nothing written yet, so the checker has not started), the site's name, the policy's title once
// known, and, if it says, how many warnings it has shown. Anything else (no answer, an odd shape) is no answer.

export const STATUS_REQUEST = { type: 'postcheck:status' } as const;

export interface TabStatus {
  active: boolean | null;
  site: string;
  packTitle: string | null;
  warnings?: number;
}

export function parseTabStatus(answer: unknown): TabStatus | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const { active, site, packTitle, warnings } = answer as Record<string, unknown>;
  if (active !== null && typeof active !== 'boolean') return null;
  if (typeof site !== 'string' || (packTitle !== null && typeof packTitle !== 'string')) return null;
  const status: TabStatus = { active, site, packTitle };
  if (typeof warnings === 'number' && Number.isInteger(warnings) && warnings >= 0) status.warnings = warnings;
  return status;
}

/** The session's warning count from storage: a whole number, or 0 for anything else. */
export function sessionWarningsOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}
