interface Props {
  label: string;
  keyName: string;
  count: number;
  onChange(count: number): void;
}

/** One side of the vote: a big button that adds a vote (or its key), and a small one to take one back. */
export function VoteCounter({ label, keyName, count, onChange }: Props) {
  return (
    <div className="vote">
      <button type="button" className="vote-add" onClick={() => onChange(count + 1)} aria-keyshortcuts={keyName}>
        <span className="vote-label">{label}</span>
        <span className="vote-count" aria-label={`${count} ${count === 1 ? 'vote' : 'votes'}`}>
          {count}
        </span>
        <kbd>{keyName}</kbd>
      </button>
      <button type="button" className="vote-undo quiet" onClick={() => onChange(Math.max(0, count - 1))} disabled={count === 0} aria-label={`Undo a vote for "${label}"`}>
        Undo
      </button>
    </div>
  );
}
