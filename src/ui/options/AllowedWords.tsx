// The personal allow-list: words the user chose to "Always allow", visible and removable. Kept on this device only.

export interface AllowedWordsProps {
  words: readonly string[];
  /** School IT locked settings: the list is shown but cannot be changed, and does not apply. */
  locked: boolean;
  onRemove(word: string): void;
}

export function AllowedWords({ words, locked, onRemove }: AllowedWordsProps) {
  return (
    <section aria-labelledby="allowed-heading">
      <h2 id="allowed-heading">Words you always allow</h2>
      <p>
        When you choose “Always allow this word” on a warning, the word is kept here, on this device only, and is not
        marked again. Names on your school’s pupil roster are always checked.
      </p>
      {locked ? <p role="note">Set by your school's IT: you cannot allow words on this computer.</p> : null}
      {words.length === 0 ? (
        <p>You have not allowed any words.</p>
      ) : (
        <ul className="allowed-words">
          {words.map((word) => (
            <li key={word}>
              <bdi>{word}</bdi>{' '}
              {locked ? null : (
                <button type="button" onClick={() => onRemove(word)} aria-label={`Remove “${word}” from the words you allow`}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
