import { FindingTitle } from '../FindingTitle.tsx';
import type { ShownFinding } from '../types.ts';

/** What the checker flags in a post: each marked phrase with its severity and the reason, as the card shows it. */
export function FlaggedList({ findings }: { findings: readonly ShownFinding[] }) {
  if (!findings.length) return <p>Nothing is flagged: it can go straight out.</p>;
  return (
    <ul className="flagged pc-root">
      {findings.map((f) => (
        <li key={f.key}>
          <FindingTitle finding={f} />
          <span className="flagged-message">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
