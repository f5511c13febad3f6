export const MODES = [
  ['present', 'Present'],
  ['quiz', 'Quiz'],
  ['try', 'Try your own'],
  ['handout', 'Handout'],
] as const;
export type Mode = (typeof MODES)[number][0];

/** The page's four modes. */
export function ModeNav({ mode, onChange }: { mode: Mode; onChange(mode: Mode): void }) {
  return (
    <nav className="modes" aria-label="Mode">
      {MODES.map(([id, name]) => (
        <button key={id} type="button" aria-current={mode === id ? 'page' : undefined} onClick={() => onChange(id)}>
          {name}
        </button>
      ))}
    </nav>
  );
}
