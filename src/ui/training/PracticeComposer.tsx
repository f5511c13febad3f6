import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { characterLimitOf } from './limits.ts';
import type { PracticeBox, PracticeSite, TrainingApi } from './types.ts';
import { placeholderFor, postLabelFor, SITE_NAMES } from './wording.ts';

interface Props {
  api: Pick<TrainingApi, 'track' | 'keyPosts'>;
  site: PracticeSite;
  box: PracticeBox;
  /** Who is posting, shown as the site shows the author. */
  by: string;
  /** The text to start with (a scenario's post); changing it replaces what is in the box. */
  text: string;
  /** Hidden marks let the room look for the problem before it is revealed. */
  marks: 'shown' | 'hidden';
  /** Called as the user types (for the live findings list). */
  onText?(text: string): void;
}

const initials = (by: string) =>
  by
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/**
 * A practice composer made to look like the site's (no logos), checked by the real checker: the marks, the badge, the
 * card and "Before you post" are the product's own. Posting only shows the post on this page.
 */
export function PracticeComposer({ api, site, box, by, text, marks, onText }: Props) {
  const editor = useRef<HTMLDivElement>(null);
  const [length, setLength] = useState(text.length);
  const [posted, setPosted] = useState<string | null>(null);
  const limit = characterLimitOf(site, box);

  // The editor is the browser's, not React's: React never renders its children, so typing is never overwritten.
  useLayoutEffect(() => {
    const el = editor.current;
    if (!el) return;
    el.innerText = text;
    setLength(text.length);
    setPosted(null);
    onText?.(text);
  }, [text]); // eslint-disable-line react-hooks/exhaustive-deps -- onText is read, not watched

  useEffect(() => {
    if (editor.current) api.track(editor.current);
  }, [api]);

  const read = () => (editor.current?.innerText ?? '').replace(/\n$/, '');

  const post = () => {
    const el = editor.current;
    if (!el) return;
    setPosted(read());
    el.innerText = '';
    // Posted: the box is done with, as on the sites, so the presenter's keys work again.
    el.blur();
    setLength(0);
    onText?.('');
  };

  const over = length > limit;
  return (
    <section
      className={`practice practice--${site} practice--box-${box}`}
      data-practice-composer=""
      data-practice-site={site}
      data-practice-box={box}
      data-marks={marks}
      aria-label={`Practice ${SITE_NAMES[site]} ${box} box (nothing is posted)`}
    >
      <div className="practice-head">
        <span className="practice-avatar" aria-hidden="true">
          {initials(by) || '?'}
        </span>
        <span className="practice-author">{by}</span>
      </div>
      <div
        ref={editor}
        className="practice-editor"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label={placeholderFor(site, box)}
        data-placeholder={placeholderFor(site, box)}
        data-practice-editor=""
        spellCheck={false}
        onInput={() => {
          const now = read();
          setLength(now.length);
          onText?.(now);
        }}
        onKeyDown={(e) => {
          // The site's own keys post (Enter in a comment, Ctrl+Enter on X); the gate has already let this one through.
          if (api.keyPosts(e.nativeEvent, e.currentTarget)) {
            e.preventDefault();
            e.currentTarget.closest('[data-practice-composer]')?.querySelector<HTMLButtonElement>('[data-practice-post]')?.click();
          }
        }}
      />
      <div className="practice-foot">
        {limit < 10_000 && (
          <span className={`practice-count${over ? ' practice-count--over' : ''}`} aria-live="polite">
            {length}/{limit}
          </span>
        )}
        <button type="button" className="practice-post" data-practice-post="" disabled={length === 0 || over} onClick={post}>
          {postLabelFor(site, box)}
        </button>
      </div>
      {posted !== null && (
        <div className="practice-posted" role="status">
          <p className="practice-posted-note">Posted on this page only: nothing was sent.</p>
          <p className="practice-posted-text">{posted}</p>
        </div>
      )}
    </section>
  );
}
