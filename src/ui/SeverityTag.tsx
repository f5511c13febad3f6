import type { Severity } from '../engine/types.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import { SEVERITY_WORDS } from './wording.ts';

/** The severity in words, with its shape: "Must not post". */
export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <span className={`pc-sev pc-sev--${severity}`}>
      <SeverityIcon kind={severity} />
      {SEVERITY_WORDS[severity]}
    </span>
  );
}
