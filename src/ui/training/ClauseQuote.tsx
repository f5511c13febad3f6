import { SeverityTag } from '../SeverityTag.tsx';
import type { ClauseView } from './types.ts';

/** A clause as the room reads it: its number and heading, the policy's own words, and how serious the policy makes it. */
export function ClauseQuote({ clause, packName }: { clause: ClauseView; packName: string }) {
  return (
    <figure className="clause">
      <figcaption className="clause-cite">
        Clause <bdi>{clause.id}</bdi> · <bdi>{clause.section}</bdi> · {packName}
      </figcaption>
      <blockquote className="clause-quote">{clause.quote}</blockquote>
      <p className="clause-severity pc-root">
        <SeverityTag severity={clause.severity} />
      </p>
    </figure>
  );
}
