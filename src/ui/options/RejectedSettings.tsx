import { useRef } from 'react';
import type { SettingsProblem } from '../../settings/settings.ts';
import { settingName } from './wording.ts';

// Settings that could not be used, and why. At the top of the page. It is an alert only when it appears after the
// page loaded (IT pushed a bad value while it was open): a list already there on load is simply read in order.

function ProblemList({ problems }: { problems: readonly SettingsProblem[] }) {
  return (
    <ul>
      {problems.map((p, i) => (
        <li key={`${p.field}|${i}`}>
          <strong>{settingName(p.field)}</strong>: {p.problem}
        </li>
      ))}
    </ul>
  );
}

export function RejectedSettings({ problems }: { problems: readonly SettingsProblem[] }) {
  const shownOnLoad = useRef(problems.length > 0);
  if (problems.length === 0) return null;
  const managed = problems.filter((p) => p.source === 'managed');
  const local = problems.filter((p) => p.source === 'local');
  return (
    <section id="problems" className="problems" aria-labelledby="problems-heading" role={shownOnLoad.current ? undefined : 'alert'} tabIndex={-1}>
      <h2 id="problems-heading">Settings that were rejected</h2>
      {managed.length ? (
        <>
          <p>These settings from your school’s IT were rejected:</p>
          <ProblemList problems={managed} />
          <p>Postcheck ignores these values until they are fixed. Please tell your school’s IT.</p>
        </>
      ) : null}
      {local.length ? (
        <>
          <p>These settings saved on this device were rejected:</p>
          <ProblemList problems={local} />
        </>
      ) : null}
    </section>
  );
}
