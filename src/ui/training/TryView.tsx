import { useEffect, useRef, useState } from 'react';
import { useEnv } from '../env.ts';
import { FindingDetails } from '../FindingDetails.tsx';
import { FindingTitle } from '../FindingTitle.tsx';
import type { ShownFinding } from '../types.ts';
import { PracticeComposer } from './PracticeComposer.tsx';
import type { PracticeBox, PracticeSite, TrainingApi, TrainingModel } from './types.ts';
import { PRACTICE_NOTE, whereText } from './wording.ts';

const PLACES: readonly [PracticeSite, PracticeBox][] = [
  ['facebook', 'post'],
  ['facebook', 'comment'],
  ['facebook', 'message'],
  ['x', 'post'],
  ['x', 'reply'],
  ['x', 'message'],
  ['linkedin', 'post'],
  ['linkedin', 'comment'],
  ['linkedin', 'message'],
];

/** How long typing must pause before the list beside the box is brought up to date (the marks are live). */
const LIST_DELAY_MS = 150;

/** "Try your own": a free practice composer for the room's own examples, live marks, and each finding explained. */
export function TryView({ api, model }: { api: TrainingApi; model: TrainingModel }) {
  const { win } = useEnv();
  const [place, setPlace] = useState(0);
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<ShownFinding[]>([]);
  const timer = useRef(0);
  const [site, box] = PLACES[place]!;

  useEffect(() => {
    win.clearTimeout(timer.current);
    timer.current = win.setTimeout(() => setFindings(text.trim() ? api.check(text) : []), LIST_DELAY_MS);
    return () => win.clearTimeout(timer.current);
  }, [text, api, model, win]);

  return (
    <div className="try">
      <div className="present-stage">
        <label className="try-where">
          Where:{' '}
          <select value={place} onChange={(e) => setPlace(Number(e.target.value))}>
            {PLACES.map(([s, b], i) => (
              <option key={`${s}-${b}`} value={i}>
                {whereText(s, b)}
              </option>
            ))}
          </select>
        </label>
        <PracticeComposer key={`${site}-${box}`} api={api} site={site} box={box} by="You" text="" marks="shown" onText={setText} />
        <p className="note">{PRACTICE_NOTE}</p>
      </div>
      <section className="try-findings" aria-label="What Postcheck finds" aria-live="polite">
        <h2 className="question">What Postcheck finds</h2>
        {!text.trim() ? (
          <p>Type a post in the box: risky words are marked as you type, and explained here.</p>
        ) : findings.length === 0 ? (
          <p>Nothing flagged under {model.packName}: this post would go straight out.</p>
        ) : (
          <ul className="try-list pc-root">
            {findings.map((f) => (
              <li key={f.key} className="pc-item">
                <FindingTitle finding={f} />
                <FindingDetails finding={f} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
