import { useId, useState } from 'react';
import { FindingButtons } from './FindingButtons.tsx';
import { FindingDetails } from './FindingDetails.tsx';
import { FindingTitle } from './FindingTitle.tsx';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { CardActions, ShownFinding } from './types.ts';
import { bySeverity } from './wording.ts';

/** Several findings, most severe first; each opens in place to the full card (a disclosure, not a new dialog). */
export function FindingList({ findings, actions, onDone }: { findings: readonly ShownFinding[]; actions: CardActions | undefined; onDone?: () => void }) {
  const baseId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <ul className="pc-list">
      {bySeverity(findings).map((f, i) => {
        const open = expanded.has(f.key);
        const panelId = `${baseId}-${i}`;
        return (
          <li key={f.key}>
            <button type="button" className="pc-toggle" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => toggle(f.key)}>
              <SeverityIcon kind="chevron" className="pc-chevron" />
              <FindingTitle finding={f} />
            </button>
            {open && (
              <div id={panelId}>
                <FindingDetails finding={f} />
                <FindingButtons finding={f} actions={actions} onDone={onDone} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
